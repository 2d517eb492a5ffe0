//! The per-RHK summary the cascade reads (`domain::cascade::RingkasanRhk`), rewritten in the
//! caller's transaction after every change to an RHK's IKI or risks.

use sqlx::Row;

use super::write::Tx;
use crate::domain::cascade::{ringkas, IkiRingkas};

/// Recomputes the stored summary of one RHK from its IKI and risks.
pub async fn refresh_ringkasan(
    tx: Tx<'_, '_>,
    inst: &str,
    rhk_id: &str,
) -> Result<(), sqlx::Error> {
    let iki: Vec<(bool, f64, String, Option<f64>)> = sqlx::query(
        "SELECT aspek, target, satuan, realisasi FROM iki WHERE instansi_id = $1 AND rhk_id = $2 \
         ORDER BY urutan, id",
    )
    .bind(inst)
    .bind(rhk_id)
    .fetch_all(&mut **tx)
    .await?
    .iter()
    .map(|r| {
        (
            r.get::<Option<String>, _>("aspek").as_deref() == Some("KUANTITAS"),
            r.get("target"),
            r.get("satuan"),
            r.get("realisasi"),
        )
    })
    .collect();
    let risiko: Vec<(i64, i64)> = sqlx::query(
        "SELECT kemungkinan, dampak FROM rhk_risiko WHERE instansi_id = $1 AND rhk_id = $2",
    )
    .bind(inst)
    .bind(rhk_id)
    .fetch_all(&mut **tx)
    .await?
    .iter()
    .map(|r| (r.get("kemungkinan"), r.get("dampak")))
    .collect();
    let list: Vec<IkiRingkas> = iki
        .iter()
        .map(|(kuantitas, target, satuan, realisasi)| IkiRingkas {
            kuantitas: *kuantitas,
            target: *target,
            satuan,
            realisasi: *realisasi,
        })
        .collect();
    let r = ringkas(&list, &risiko);
    // floats travel as text cast in SQL (see `repo::bulk`): the Any driver types a NULL f64
    // as float4 on PostgreSQL
    sqlx::query(
        "UPDATE rhk SET progres_iki = CAST($3 AS DOUBLE PRECISION), \
         kuantitas_target = CAST($4 AS DOUBLE PRECISION), kuantitas_satuan = $5, risiko_skor = $6 \
         WHERE instansi_id = $1 AND id = $2",
    )
    .bind(inst)
    .bind(rhk_id)
    .bind(r.progres.map(|p| p.to_string()))
    .bind(r.kuantitas.as_ref().map(|(t, _)| t.to_string()))
    .bind(r.kuantitas.map(|(_, s)| s))
    .bind(r.risiko)
    .execute(&mut **tx)
    .await?;
    crate::backend::repo::dasbor::refresh_rhk(tx, inst, rhk_id).await
}

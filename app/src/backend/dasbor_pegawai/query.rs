//! The employee dashboard's own queries, each one statement over all of the employee's RHK of
//! the year (never one per RHK or IKI).

use std::collections::HashMap;

use sqlx::Row;

use crate::backend::{AppResult, Db};
use crate::domain::realisasi::{Entri, StatusRealisasi};

/// The annual period's dates and the number of its sub-periods.
pub struct Tahun {
    pub mulai: String,
    pub selesai: String,
    pub jumlah_sub: u32,
}

pub async fn tahun(db: &Db, inst: &str, periode_id: &str) -> AppResult<Tahun> {
    let r = sqlx::query(
        "SELECT y.mulai, y.selesai, \
         (SELECT COUNT(*) FROM periode s WHERE s.instansi_id = y.instansi_id AND s.parent_id = y.id) AS n \
         FROM periode y WHERE y.instansi_id = $1 AND y.id = $2",
    )
    .bind(inst)
    .bind(periode_id)
    .fetch_one(&db.pool)
    .await?;
    Ok(Tahun {
        mulai: r.get("mulai"),
        selesai: r.get("selesai"),
        jumlah_sub: r.get::<i64, _>("n").max(0) as u32,
    })
}

/// The employee's SKP of the year: (id, status).
pub async fn skp(
    db: &Db,
    inst: &str,
    pegawai_id: &str,
    periode_id: &str,
) -> AppResult<Option<(String, String)>> {
    Ok(sqlx::query(
        "SELECT id, status FROM skp WHERE instansi_id = $1 AND pegawai_id = $2 AND periode_id = $3",
    )
    .bind(inst)
    .bind(pegawai_id)
    .bind(periode_id)
    .fetch_optional(&db.pool)
    .await?
    .map(|r| (r.get("id"), r.get("status"))))
}

/// The stored risk score (highest likelihood × impact) of each active RHK of the year.
pub async fn risiko(
    db: &Db,
    inst: &str,
    pegawai_id: &str,
    periode_id: &str,
) -> AppResult<HashMap<String, i64>> {
    let rows = sqlx::query(
        "SELECT id, risiko_skor FROM rhk WHERE instansi_id = $1 AND periode_id = $2 \
         AND pegawai_id = $3 AND pensiun_at IS NULL AND risiko_skor IS NOT NULL",
    )
    .bind(inst)
    .bind(periode_id)
    .bind(pegawai_id)
    .fetch_all(&db.pool)
    .await?;
    Ok(rows
        .iter()
        .map(|r| (r.get("id"), r.get::<i64, _>("risiko_skor")))
        .collect())
}

/// Every entry of the employee's active RHK of the year, per IKI, as the cumulative rule
/// sees them (the same as `repo::realisasi::read::entri`, in the order recorded).
pub async fn entri(
    db: &Db,
    inst: &str,
    pegawai_id: &str,
    periode_id: &str,
) -> AppResult<HashMap<String, Vec<Entri>>> {
    // CROSS JOIN: SQLite drives from the person's RHK, then their entries by RHK
    let rows = sqlx::query(
        "SELECT r.iki_id, sp.nomor, r.nilai, r.status FROM rhk k CROSS JOIN realisasi r \
         JOIN periode sp ON sp.instansi_id = r.instansi_id AND sp.id = r.periode_id \
         WHERE k.instansi_id = $1 AND k.periode_id = $2 AND k.pegawai_id = $3 \
         AND k.pensiun_at IS NULL AND r.instansi_id = k.instansi_id AND r.rhk_id = k.id \
         ORDER BY r.created_at, r.id",
    )
    .bind(inst)
    .bind(periode_id)
    .bind(pegawai_id)
    .fetch_all(&db.pool)
    .await?;
    let mut out: HashMap<String, Vec<Entri>> = HashMap::new();
    for r in &rows {
        out.entry(r.get("iki_id")).or_default().push(Entri {
            sub_periode: r.get::<i64, _>("nomor") as u32,
            nilai: r.get("nilai"),
            status: StatusRealisasi::from_code(&r.get::<String, _>("status")).unwrap_or_default(),
        });
    }
    Ok(out)
}

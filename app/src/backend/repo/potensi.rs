//! SQL of the leader's potensi per employee and period, and the 9-box read over a unit subtree.

use sqlx::any::AnyRow;
use sqlx::{Any, Row, Transaction};

use super::evaluasi::{after_name, page_by_name, subtree};
use crate::backend::authz::Sql;
use crate::backend::ids::now;
use crate::domain::angka_kredit::Jenjang;
use crate::domain::dto::{OrangTalenta, Page, Potensi};
use crate::domain::rating::Predikat;
use crate::domain::talenta::{kinerja, kotak, Tingkat};

fn tingkat(r: &AnyRow, col: &str) -> Option<Tingkat> {
    r.get::<Option<String>, _>(col)
        .and_then(|c| Tingkat::from_code(&c))
}

fn predikat(r: &AnyRow, col: &str) -> Option<Predikat> {
    r.get::<Option<String>, _>(col)
        .and_then(|c| Predikat::from_code(&c))
}

pub async fn find<'e, E>(
    db: E,
    inst: &str,
    pegawai_id: &str,
    periode_id: &str,
) -> sqlx::Result<Option<Potensi>>
where
    E: sqlx::Executor<'e, Database = Any>,
{
    let row = sqlx::query(
        "SELECT pegawai_id, periode_id, potensi, alasan, oleh, version, updated_at \
         FROM potensi_pegawai WHERE instansi_id = $1 AND pegawai_id = $2 AND periode_id = $3",
    )
    .bind(inst)
    .bind(pegawai_id)
    .bind(periode_id)
    .fetch_optional(db)
    .await?;
    Ok(row.and_then(|r| {
        Some(Potensi {
            pegawai_id: r.get("pegawai_id"),
            periode_id: r.get("periode_id"),
            potensi: tingkat(&r, "potensi")?,
            alasan: r.get("alasan"),
            oleh: r.get("oleh"),
            version: r.get("version"),
            updated_at: r.get("updated_at"),
        })
    }))
}

/// What a change of potensi writes.
pub struct NewPotensi<'a> {
    pub pegawai_id: &'a str,
    pub periode_id: &'a str,
    pub potensi: Tingkat,
    pub alasan: &'a str,
    pub oleh: Option<&'a str>,
}

/// Sets the potensi when `version` is the current one (0: not set yet); false otherwise.
pub async fn save(
    tx: &mut Transaction<'_, Any>,
    inst: &str,
    version: i64,
    p: &NewPotensi<'_>,
) -> sqlx::Result<bool> {
    let at = now();
    let done = if version == 0 {
        sqlx::query(
            "INSERT INTO potensi_pegawai (instansi_id, pegawai_id, periode_id, potensi, alasan, oleh, \
             created_at, updated_at) VALUES ($1, $2, $3, $4, $5, $6, $7, $7) \
             ON CONFLICT (instansi_id, pegawai_id, periode_id) DO NOTHING",
        )
        .bind(inst)
        .bind(p.pegawai_id)
        .bind(p.periode_id)
        .bind(p.potensi.code())
        .bind(p.alasan.trim())
        .bind(p.oleh.map(str::to_string))
        .bind(&at)
        .execute(&mut **tx)
        .await?
    } else {
        sqlx::query(
            "UPDATE potensi_pegawai SET potensi = $4, alasan = $5, oleh = $6, updated_at = $7, \
             version = version + 1 \
             WHERE instansi_id = $1 AND pegawai_id = $2 AND periode_id = $3 AND version = $8",
        )
        .bind(inst)
        .bind(p.pegawai_id)
        .bind(p.periode_id)
        .bind(p.potensi.code())
        .bind(p.alasan.trim())
        .bind(p.oleh.map(str::to_string))
        .bind(&at)
        .bind(version)
        .execute(&mut **tx)
        .await?
    };
    Ok(done.rows_affected() == 1)
}

/// The joins of the subtree's people to their final evaluation and potensi for the period.
fn joins(sql: &mut Sql, periode_id: &str) -> String {
    let per = sql.bind(periode_id);
    format!(
        "LEFT JOIN evaluasi e ON e.instansi_id = p.instansi_id AND e.pegawai_id = p.id \
         AND e.periode_id = {per} AND e.status = 'FINAL' \
         LEFT JOIN potensi_pegawai t ON t.instansi_id = p.instansi_id AND t.pegawai_id = p.id \
         AND t.periode_id = {per}"
    )
}

/// How many of the subtree's people sit in each box (index 0 is box 1), and how many cannot
/// be placed yet (no final predikat or no potensi). One grouped query.
pub async fn counts(
    pool: &sqlx::AnyPool,
    inst: &str,
    periode_id: &str,
    path: &str,
) -> sqlx::Result<([i64; 9], i64)> {
    let mut sql = Sql::default();
    let cond = subtree(&mut sql, inst, path);
    let joins = joins(&mut sql, periode_id);
    let text = format!(
        "SELECT e.predikat, t.potensi, COUNT(*) AS n FROM unit_kerja u CROSS JOIN pegawai p \
         {joins} WHERE {cond} GROUP BY e.predikat, t.potensi"
    );
    let mut boxes = [0i64; 9];
    let mut missing = 0;
    for r in sql.query(&text).fetch_all(pool).await? {
        let n: i64 = r.get("n");
        match (predikat(&r, "predikat"), tingkat(&r, "potensi")) {
            (Some(p), Some(t)) => boxes[usize::from(kotak(kinerja(p), t) - 1)] += n,
            _ => missing += n,
        }
    }
    Ok((boxes, missing))
}

/// One page (by name) of the subtree's people with their place in the grid.
pub async fn people(
    pool: &sqlx::AnyPool,
    inst: &str,
    periode_id: &str,
    path: &str,
    limit: i64,
    cursor: Option<&str>,
) -> sqlx::Result<Page<OrangTalenta>> {
    let mut sql = Sql::default();
    let cond = subtree(&mut sql, inst, path);
    let joins = joins(&mut sql, periode_id);
    let after = after_name(&mut sql, cursor);
    let text = format!(
        "SELECT p.id, p.nip, p.nama, j.nama AS jabatan, u.nama AS unit_nama, e.predikat, \
         e.id AS evaluasi_id, j.jenjang, t.potensi, t.version AS potensi_version \
         FROM unit_kerja u CROSS JOIN pegawai p \
         JOIN jabatan j ON j.instansi_id = p.instansi_id AND j.id = p.jabatan_id \
         {joins} WHERE {cond}{after} ORDER BY p.nama, p.id LIMIT {}",
        limit + 1
    );
    let items = sql
        .query(&text)
        .fetch_all(pool)
        .await?
        .iter()
        .map(|r| {
            let predikat = predikat(r, "predikat");
            let potensi = tingkat(r, "potensi");
            let kinerja = predikat.map(kinerja);
            OrangTalenta {
                pegawai_id: r.get("id"),
                nip: r.get("nip"),
                name: r.get("nama"),
                jabatan: r.get("jabatan"),
                unit_name: r.get("unit_nama"),
                predikat,
                kinerja,
                potensi,
                kotak: kinerja.zip(potensi).map(|(k, t)| kotak(k, t)),
                potensi_version: r.get::<Option<i64>, _>("potensi_version").unwrap_or(0),
                evaluasi_id: r.get("evaluasi_id"),
                jenjang: r
                    .get::<Option<String>, _>("jenjang")
                    .and_then(|c| Jenjang::from_code(&c)),
                boleh_potensi: false,
            }
        })
        .collect();
    Ok(page_by_name(items, limit, |p| (&p.name, &p.pegawai_id)))
}

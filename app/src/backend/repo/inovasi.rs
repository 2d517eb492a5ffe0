//! SQL of innovation records. Authorisation and validation happen in `backend::inovasi`.

use sqlx::any::AnyRow;
use sqlx::{Any, Row, Transaction};

use crate::backend::ids::{new_id, now};
use crate::domain::dto::{Inovasi, JumlahInovasi};
use crate::domain::inovasi::{tautan_list, StatusInovasi};

const SELECT: &str =
    "SELECT i.instansi_id, i.id, i.pegawai_id, p.nama AS pegawai_nama, i.unit_id, \
        u.nama AS unit_nama, i.periode_id, i.rhk_id, r.judul AS rhk_judul, i.judul, i.masalah, \
        i.solusi, i.status, i.tautan, i.dampak, i.created_at, i.updated_at, i.version \
     FROM inovasi i \
     JOIN pegawai p ON p.instansi_id = i.instansi_id AND p.id = i.pegawai_id \
     JOIN unit_kerja u ON u.instansi_id = i.instansi_id AND u.id = i.unit_id \
     LEFT JOIN rhk r ON r.instansi_id = i.instansi_id AND r.id = i.rhk_id ";

fn inovasi(r: &AnyRow) -> Inovasi {
    Inovasi {
        id: r.get("id"),
        employee_id: r.get("pegawai_id"),
        employee_name: r.get("pegawai_nama"),
        unit_id: r.get("unit_id"),
        unit_name: r.get("unit_nama"),
        period_id: r.get("periode_id"),
        rhk_id: r.get("rhk_id"),
        rhk_title: r.get("rhk_judul"),
        title: r.get("judul"),
        problem: r.get("masalah"),
        solution: r.get("solusi"),
        status: r.get("status"),
        links: tautan_list(&r.get::<String, _>("tautan")),
        impact: r.get("dampak"),
        created_at: r.get("created_at"),
        updated_at: r.get("updated_at"),
        version: r.get("version"),
        can_edit: false,
    }
}

/// A record by id in any instansi (so callers can tell 403 from 404), with its instansi.
pub async fn find<'e, E>(ex: E, id: &str) -> sqlx::Result<Option<(String, Inovasi)>>
where
    E: sqlx::Executor<'e, Database = Any>,
{
    Ok(sqlx::query(&format!("{SELECT} WHERE i.id = $1"))
        .bind(id)
        .fetch_optional(ex)
        .await?
        .map(|r| (r.get("instansi_id"), inovasi(&r))))
}

/// An employee's records of a year, newest first.
pub async fn for_employee<'e, E>(
    ex: E,
    inst: &str,
    pegawai_id: &str,
    periode_id: &str,
) -> sqlx::Result<Vec<Inovasi>>
where
    E: sqlx::Executor<'e, Database = Any>,
{
    let rows = sqlx::query(&format!(
        "{SELECT} WHERE i.instansi_id = $1 AND i.pegawai_id = $2 AND i.periode_id = $3 \
         ORDER BY i.created_at DESC, i.id DESC"
    ))
    .bind(inst)
    .bind(pegawai_id)
    .bind(periode_id)
    .fetch_all(ex)
    .await?;
    Ok(rows.iter().map(inovasi).collect())
}

/// The newest records of a unit subtree (units whose path starts with `path`).
pub async fn for_subtree<'e, E>(
    ex: E,
    inst: &str,
    periode_id: &str,
    path: &str,
    limit: i64,
) -> sqlx::Result<Vec<Inovasi>>
where
    E: sqlx::Executor<'e, Database = Any>,
{
    let rows = sqlx::query(&format!(
        "{SELECT} WHERE i.instansi_id = $1 AND i.periode_id = $2 AND u.path LIKE $3 \
         ORDER BY i.created_at DESC, i.id DESC LIMIT {limit}"
    ))
    .bind(inst)
    .bind(periode_id)
    .bind(format!("{path}%"))
    .fetch_all(ex)
    .await?;
    Ok(rows.iter().map(inovasi).collect())
}

/// The counts per status of each given unit's subtree: the unit `unit_id` itself
/// (`children = false`) or each of its direct sub-units (`children = true`), by name.
pub async fn counts<'e, E>(
    ex: E,
    inst: &str,
    periode_id: &str,
    unit_id: &str,
    children: bool,
) -> sqlx::Result<Vec<JumlahInovasi>>
where
    E: sqlx::Executor<'e, Database = Any>,
{
    let which = if children { "c.parent_id" } else { "c.id" };
    let rows = sqlx::query(&format!(
        "SELECT c.id, c.nama, \
                COUNT(i.id) AS total, \
                COALESCE(SUM(CASE WHEN i.status = 'IDE' THEN 1 ELSE 0 END), 0) AS ide, \
                COALESCE(SUM(CASE WHEN i.status = 'PROTOTIPE' THEN 1 ELSE 0 END), 0) AS prototipe, \
                COALESCE(SUM(CASE WHEN i.status = 'DITERAPKAN' THEN 1 ELSE 0 END), 0) AS diterapkan \
         FROM unit_kerja c \
         JOIN unit_kerja u ON u.instansi_id = c.instansi_id AND u.path LIKE c.path || '%' \
         LEFT JOIN inovasi i ON i.instansi_id = u.instansi_id AND i.unit_id = u.id AND i.periode_id = $2 \
         WHERE c.instansi_id = $1 AND {which} = $3 \
         GROUP BY c.id, c.nama ORDER BY c.nama, c.id"
    ))
    .bind(inst)
    .bind(periode_id)
    .bind(unit_id)
    .fetch_all(ex)
    .await?;
    Ok(rows
        .iter()
        .map(|r| JumlahInovasi {
            unit_id: r.get("id"),
            unit_name: r.get("nama"),
            total: r.get("total"),
            ide: r.get("ide"),
            prototipe: r.get("prototipe"),
            diterapkan: r.get("diterapkan"),
        })
        .collect())
}

/// What a record holds (new or changed).
pub struct Isi<'a> {
    pub rhk_id: Option<&'a str>,
    pub judul: &'a str,
    pub masalah: &'a str,
    pub solusi: &'a str,
    pub status: StatusInovasi,
    pub tautan: &'a str,
    pub dampak: &'a str,
}

#[allow(clippy::too_many_arguments)]
pub async fn insert(
    tx: &mut Transaction<'_, Any>,
    inst: &str,
    pegawai_id: &str,
    unit_id: &str,
    periode_id: &str,
    isi: &Isi<'_>,
) -> sqlx::Result<String> {
    let id = new_id();
    let at = now();
    sqlx::query(
        "INSERT INTO inovasi (instansi_id, id, pegawai_id, unit_id, periode_id, rhk_id, judul, \
         masalah, solusi, status, tautan, dampak, version, created_at, updated_at) \
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, 1, $13, $13)",
    )
    .bind(inst)
    .bind(&id)
    .bind(pegawai_id)
    .bind(unit_id)
    .bind(periode_id)
    .bind(isi.rhk_id)
    .bind(isi.judul)
    .bind(isi.masalah)
    .bind(isi.solusi)
    .bind(isi.status.code())
    .bind(isi.tautan)
    .bind(isi.dampak)
    .bind(&at)
    .execute(&mut **tx)
    .await?;
    Ok(id)
}

/// Changes a record if it is still at `version`; `false` when someone changed it meanwhile.
pub async fn update(
    tx: &mut Transaction<'_, Any>,
    inst: &str,
    id: &str,
    isi: &Isi<'_>,
    version: i64,
) -> sqlx::Result<bool> {
    let done = sqlx::query(
        "UPDATE inovasi SET rhk_id = $3, judul = $4, masalah = $5, solusi = $6, status = $7, \
         tautan = $8, dampak = $9, version = version + 1, updated_at = $10 \
         WHERE instansi_id = $1 AND id = $2 AND version = $11",
    )
    .bind(inst)
    .bind(id)
    .bind(isi.rhk_id)
    .bind(isi.judul)
    .bind(isi.masalah)
    .bind(isi.solusi)
    .bind(isi.status.code())
    .bind(isi.tautan)
    .bind(isi.dampak)
    .bind(now())
    .bind(version)
    .execute(&mut **tx)
    .await?;
    Ok(done.rows_affected() == 1)
}

//! SQL of the SKP aggregate: the SKP row, its RHK, IKI, perilaku expectations, risks and
//! approved versions. Authorisation and validation happen in `backend::skp` before these run.

mod read;
mod ringkasan;
mod write;

pub use read::*;
pub use ringkasan::refresh_ringkasan;
pub use write::*;

use sqlx::any::AnyRow;
use sqlx::Row;

use crate::domain::skp::{Pendekatan, StatusSkp};

/// The SKP row with what authorisation and the workflow need.
#[derive(Clone, Debug)]
pub struct SkpRow {
    pub instansi_id: String,
    pub id: String,
    pub pegawai_id: String,
    pub periode_id: String,
    pub tahun: i64,
    pub status: StatusSkp,
    pub versi: i64,
    pub pendekatan: Pendekatan,
    pub ppk_id: Option<String>,
    pub version: i64,
}

const SKP_SELECT: &str =
    "SELECT s.instansi_id, s.id, s.pegawai_id, s.periode_id, pr.tahun, s.status, \
    s.versi, s.pendekatan, s.ppk_id, s.version FROM skp s \
    JOIN periode pr ON pr.instansi_id = s.instansi_id AND pr.id = s.periode_id";

fn to_row(r: &AnyRow) -> SkpRow {
    SkpRow {
        instansi_id: r.get("instansi_id"),
        id: r.get("id"),
        pegawai_id: r.get("pegawai_id"),
        periode_id: r.get("periode_id"),
        tahun: r.get("tahun"),
        status: StatusSkp::from_code(&r.get::<String, _>("status")).unwrap_or(StatusSkp::Draft),
        versi: r.get("versi"),
        pendekatan: Pendekatan::from_code(&r.get::<String, _>("pendekatan"))
            .unwrap_or(Pendekatan::Kuantitatif),
        ppk_id: r.get("ppk_id"),
        version: r.get("version"),
    }
}

/// An SKP by id in any instansi (so callers can tell 403 from 404).
pub async fn find<'e, E>(ex: E, id: &str) -> Result<Option<SkpRow>, sqlx::Error>
where
    E: sqlx::Executor<'e, Database = sqlx::Any>,
{
    let sql = format!("{SKP_SELECT} WHERE s.id = $1");
    Ok(sqlx::query(&sql)
        .bind(id)
        .fetch_optional(ex)
        .await?
        .as_ref()
        .map(to_row))
}

/// The SKP of an employee for an annual period.
pub async fn find_for(
    pool: &sqlx::AnyPool,
    instansi_id: &str,
    pegawai_id: &str,
    periode_id: &str,
) -> Result<Option<SkpRow>, sqlx::Error> {
    let sql = format!(
        "{SKP_SELECT} WHERE s.instansi_id = $1 AND s.pegawai_id = $2 AND s.periode_id = $3"
    );
    Ok(sqlx::query(&sql)
        .bind(instansi_id)
        .bind(pegawai_id)
        .bind(periode_id)
        .fetch_optional(pool)
        .await?
        .as_ref()
        .map(to_row))
}

/// What a write needs to know about an RHK.
#[derive(Clone, Debug)]
pub struct RhkRow {
    pub instansi_id: String,
    pub id: String,
    pub skp_id: String,
    pub pegawai_id: String,
    pub periode_id: String,
    pub parent_id: Option<String>,
    pub judul: String,
    pub terbit: bool,
    /// The status of the SKP it belongs to.
    pub skp_status: StatusSkp,
}

/// An RHK by id in any instansi.
pub async fn find_rhk<'e, E>(ex: E, id: &str) -> Result<Option<RhkRow>, sqlx::Error>
where
    E: sqlx::Executor<'e, Database = sqlx::Any>,
{
    Ok(sqlx::query(
        "SELECT r.instansi_id, r.id, r.skp_id, r.pegawai_id, r.periode_id, r.parent_id, r.judul, \
                r.terbit, s.status FROM rhk r \
         JOIN skp s ON s.instansi_id = r.instansi_id AND s.id = r.skp_id WHERE r.id = $1",
    )
    .bind(id)
    .fetch_optional(ex)
    .await?
    .map(|r| RhkRow {
        instansi_id: r.get("instansi_id"),
        id: r.get("id"),
        skp_id: r.get("skp_id"),
        pegawai_id: r.get("pegawai_id"),
        periode_id: r.get("periode_id"),
        parent_id: r.get("parent_id"),
        judul: r.get("judul"),
        terbit: r.get::<i64, _>("terbit") == 1,
        skp_status: StatusSkp::from_code(&r.get::<String, _>("status")).unwrap_or(StatusSkp::Draft),
    }))
}

/// One step of the chain above an RHK.
#[derive(Clone, Debug)]
pub struct ChainRow {
    pub id: String,
    pub judul: String,
    pub owner_name: String,
    pub sasaran_id: Option<String>,
}

/// The RHK and the ones above it (its parent, the parent's parent, …), nearest first, at most
/// `max` steps, in one recursive query (no round trip per level; the bound also ends a loop).
/// CROSS JOIN keeps the chain driving each step: SQLite 3.46 otherwise scans all of `rhk` and
/// probes the chain (80 ms instead of 0.3 ms per call on the 100k agency).
pub async fn chain_up<'e, E>(
    ex: E,
    instansi_id: &str,
    rhk_id: &str,
    max: i64,
) -> Result<Vec<ChainRow>, sqlx::Error>
where
    E: sqlx::Executor<'e, Database = sqlx::Any>,
{
    Ok(sqlx::query(
        "WITH RECURSIVE up (id, parent_id, sasaran_id, judul, pegawai_id, depth) AS ( \
           SELECT id, parent_id, sasaran_id, judul, pegawai_id, CAST(0 AS BIGINT) FROM rhk \
           WHERE instansi_id = $1 AND id = $2 \
           UNION ALL \
           SELECT r.id, r.parent_id, r.sasaran_id, r.judul, r.pegawai_id, up.depth + 1 \
           FROM up CROSS JOIN rhk r WHERE r.instansi_id = $1 AND r.id = up.parent_id AND up.depth < $3) \
         SELECT up.id, up.judul, up.sasaran_id, p.nama FROM up CROSS JOIN pegawai p \
         WHERE p.instansi_id = $1 AND p.id = up.pegawai_id ORDER BY up.depth",
    )
    .bind(instansi_id)
    .bind(rhk_id)
    .bind(max)
    .fetch_all(ex)
    .await?
    .iter()
    .map(|r| ChainRow {
        id: r.get("id"),
        judul: r.get("judul"),
        owner_name: r.get("nama"),
        sasaran_id: r.get("sasaran_id"),
    })
    .collect())
}

/// The IKI of an RHK as inputs (for copying it into another SKP).
pub async fn iki_inputs<'e, E>(
    ex: E,
    instansi_id: &str,
    rhk_id: &str,
) -> Result<Vec<crate::domain::dto::IkiInput>, sqlx::Error>
where
    E: sqlx::Executor<'e, Database = sqlx::Any>,
{
    Ok(sqlx::query(
        "SELECT aspek, nama, target, satuan FROM iki WHERE instansi_id = $1 AND rhk_id = $2 ORDER BY urutan",
    )
    .bind(instansi_id)
    .bind(rhk_id)
    .fetch_all(ex)
    .await?
    .iter()
    .map(|k| crate::domain::dto::IkiInput {
        id: None,
        aspek: k
            .get::<Option<String>, _>("aspek")
            .as_deref()
            .and_then(crate::domain::skp::Aspek::from_code),
        nama: k.get("nama"),
        target: k.get("target"),
        satuan: k.get("satuan"),
    })
    .collect())
}

//! SQL of the squad aggregate: the squad, its members' roles, the matrix (columns and cells),
//! the lead's recommendations, the squad tags on RHK, and the reads of the squad page, the
//! contribution map and the workload. Authorisation and validation happen in `backend::tim`.

pub mod bulk;
mod read;
mod write;

pub use read::*;
pub use write::*;

use sqlx::any::AnyRow;
use sqlx::Row;

use crate::domain::tim::PeranTim;

/// The squad row with what authorisation and the writes need.
#[derive(Clone, Debug)]
pub struct TimRow {
    pub instansi_id: String,
    pub id: String,
    pub periode_id: String,
    pub nama: String,
    pub tujuan: String,
    pub ketua_id: String,
    pub rhk_id: Option<String>,
    pub dibuat_oleh: Option<String>,
    pub version: i64,
}

fn to_tim(r: &AnyRow) -> TimRow {
    TimRow {
        instansi_id: r.get("instansi_id"),
        id: r.get("id"),
        periode_id: r.get("periode_id"),
        nama: r.get("nama"),
        tujuan: r.get("tujuan"),
        ketua_id: r.get("ketua_id"),
        rhk_id: r.get("rhk_id"),
        dibuat_oleh: r.get("dibuat_oleh"),
        version: r.get("version"),
    }
}

/// A squad by id in any instansi (so callers can tell 403 from 404).
pub async fn find<'e, E>(ex: E, id: &str) -> Result<Option<TimRow>, sqlx::Error>
where
    E: sqlx::Executor<'e, Database = sqlx::Any>,
{
    Ok(sqlx::query(
        "SELECT instansi_id, id, periode_id, nama, tujuan, ketua_id, rhk_id, dibuat_oleh, version \
         FROM tim WHERE id = $1",
    )
    .bind(id)
    .fetch_optional(ex)
    .await?
    .as_ref()
    .map(to_tim))
}

/// A member's role row.
#[derive(Clone, Debug)]
pub struct AnggotaRow {
    pub id: String,
    pub tim_id: String,
    pub pegawai_id: String,
    pub peran: PeranTim,
    pub nama_peran: String,
    pub alokasi: i64,
    pub keluar_at: Option<String>,
}

fn to_anggota(r: &AnyRow) -> AnggotaRow {
    AnggotaRow {
        id: r.get("id"),
        tim_id: r.get("tim_id"),
        pegawai_id: r.get("pegawai_id"),
        peran: PeranTim::from_code(&r.get::<String, _>("peran")).unwrap_or(PeranTim::Anggota),
        nama_peran: r.get("nama_peran"),
        alokasi: r.get("alokasi"),
        keluar_at: r.get("keluar_at"),
    }
}

/// Every role row of a squad, active and former, oldest first.
pub async fn anggota_rows<'e, E>(
    ex: E,
    inst: &str,
    tim_id: &str,
) -> Result<Vec<AnggotaRow>, sqlx::Error>
where
    E: sqlx::Executor<'e, Database = sqlx::Any>,
{
    Ok(sqlx::query(
        "SELECT id, tim_id, pegawai_id, peran, nama_peran, alokasi, keluar_at FROM tim_anggota \
         WHERE instansi_id = $1 AND tim_id = $2 ORDER BY urutan, created_at, id",
    )
    .bind(inst)
    .bind(tim_id)
    .fetch_all(ex)
    .await?
    .iter()
    .map(to_anggota)
    .collect())
}

/// Whether the employee holds an active role in the squad.
pub async fn is_member<'e, E>(
    ex: E,
    inst: &str,
    tim_id: &str,
    pegawai_id: &str,
) -> Result<bool, sqlx::Error>
where
    E: sqlx::Executor<'e, Database = sqlx::Any>,
{
    let n: i64 = sqlx::query_scalar(
        "SELECT COUNT(*) FROM tim_anggota WHERE instansi_id = $1 AND tim_id = $2 \
         AND pegawai_id = $3 AND keluar_at IS NULL",
    )
    .bind(inst)
    .bind(tim_id)
    .bind(pegawai_id)
    .fetch_one(ex)
    .await?;
    Ok(n > 0)
}

/// A cell row (active or retired) with its RHK.
#[derive(Clone, Debug)]
pub struct SelRow {
    pub id: String,
    pub anggota_id: String,
    pub kolom_id: String,
    pub judul: String,
    pub rhk_id: String,
    pub pensiun: bool,
}

/// Every cell of a squad, oldest first.
pub async fn sel_rows<'e, E>(ex: E, inst: &str, tim_id: &str) -> Result<Vec<SelRow>, sqlx::Error>
where
    E: sqlx::Executor<'e, Database = sqlx::Any>,
{
    Ok(sqlx::query(
        "SELECT id, anggota_id, kolom_id, judul, rhk_id, pensiun_at FROM tim_sel \
         WHERE instansi_id = $1 AND tim_id = $2 ORDER BY created_at, id",
    )
    .bind(inst)
    .bind(tim_id)
    .fetch_all(ex)
    .await?
    .iter()
    .map(|r| SelRow {
        id: r.get("id"),
        anggota_id: r.get("anggota_id"),
        kolom_id: r.get("kolom_id"),
        judul: r.get("judul"),
        rhk_id: r.get("rhk_id"),
        pensiun: r.get::<Option<String>, _>("pensiun_at").is_some(),
    })
    .collect())
}

/// An active column row.
#[derive(Clone, Debug)]
pub struct KolomRow {
    pub id: String,
    pub judul: String,
    pub rhk_id: String,
    pub iki_id: Option<String>,
}

/// The active columns of a squad, in order.
pub async fn kolom_rows<'e, E>(
    ex: E,
    inst: &str,
    tim_id: &str,
) -> Result<Vec<KolomRow>, sqlx::Error>
where
    E: sqlx::Executor<'e, Database = sqlx::Any>,
{
    Ok(sqlx::query(
        "SELECT id, judul, rhk_id, iki_id FROM tim_kolom \
         WHERE instansi_id = $1 AND tim_id = $2 AND pensiun_at IS NULL ORDER BY urutan, id",
    )
    .bind(inst)
    .bind(tim_id)
    .fetch_all(ex)
    .await?
    .iter()
    .map(|r| KolomRow {
        id: r.get("id"),
        judul: r.get("judul"),
        rhk_id: r.get("rhk_id"),
        iki_id: r.get("iki_id"),
    })
    .collect())
}

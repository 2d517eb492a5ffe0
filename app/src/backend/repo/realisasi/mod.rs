//! SQL of realisasi entries and their evidence. Authorisation and validation happen in
//! `backend::realisasi` before these run.

pub mod bulk;
mod read;
mod write;

pub use read::*;
pub use write::*;

use sqlx::Row;

/// What the realisasi use cases need to know about an IKI: its RHK, SKP, owner, squad and
/// annual period.
#[derive(Clone, Debug)]
pub struct IkiKonteks {
    pub instansi_id: String,
    pub iki_id: String,
    pub iki_nama: String,
    pub target: f64,
    pub satuan: String,
    pub rhk_id: String,
    pub rhk_pensiun: bool,
    pub tim_id: Option<String>,
    pub tim_ketua: Option<String>,
    pub skp_id: String,
    pub pegawai_id: String,
    pub periode_id: String,
    pub tahun: i64,
    pub periode_status: String,
}

/// An IKI by id in any instansi (so callers can tell 403 from 404).
pub async fn konteks<'e, E>(ex: E, iki_id: &str) -> Result<Option<IkiKonteks>, sqlx::Error>
where
    E: sqlx::Executor<'e, Database = sqlx::Any>,
{
    Ok(sqlx::query(
        "SELECT i.instansi_id, i.id, i.nama, i.target, i.satuan, r.id AS rhk_id, r.pensiun_at, \
                r.tim_id, t.ketua_id, r.skp_id, r.pegawai_id, pr.id AS periode_id, pr.tahun, \
                pr.status FROM iki i \
         JOIN rhk r ON r.instansi_id = i.instansi_id AND r.id = i.rhk_id \
         JOIN skp s ON s.instansi_id = r.instansi_id AND s.id = r.skp_id \
         JOIN periode pr ON pr.instansi_id = s.instansi_id AND pr.id = s.periode_id \
         LEFT JOIN tim t ON t.instansi_id = r.instansi_id AND t.id = r.tim_id \
         WHERE i.id = $1",
    )
    .bind(iki_id)
    .fetch_optional(ex)
    .await?
    .map(|r| IkiKonteks {
        instansi_id: r.get("instansi_id"),
        iki_id: r.get("id"),
        iki_nama: r.get("nama"),
        target: r.get("target"),
        satuan: r.get("satuan"),
        rhk_id: r.get("rhk_id"),
        rhk_pensiun: r.get::<Option<String>, _>("pensiun_at").is_some(),
        tim_id: r.get("tim_id"),
        tim_ketua: r.get("ketua_id"),
        skp_id: r.get("skp_id"),
        pegawai_id: r.get("pegawai_id"),
        periode_id: r.get("periode_id"),
        tahun: r.get("tahun"),
        periode_status: r.get("status"),
    }))
}

/// A sub-period of an annual period, by id or by number.
#[derive(Clone, Debug)]
pub struct SubPeriode {
    pub id: String,
    pub nomor: i64,
    pub mulai: String,
}

pub async fn sub_periode<'e, E>(
    ex: E,
    instansi_id: &str,
    annual_id: &str,
    id: Option<&str>,
    nomor: Option<i64>,
) -> Result<Option<SubPeriode>, sqlx::Error>
where
    E: sqlx::Executor<'e, Database = sqlx::Any>,
{
    let (cond, key) = match (id, nomor) {
        (Some(id), _) => ("id = $3", id.to_string()),
        (None, Some(n)) => ("CAST(nomor AS TEXT) = $3", n.to_string()),
        (None, None) => return Ok(None),
    };
    Ok(sqlx::query(&format!(
        "SELECT id, nomor, mulai FROM periode WHERE instansi_id = $1 AND parent_id = $2 AND {cond}"
    ))
    .bind(instansi_id)
    .bind(annual_id)
    .bind(key)
    .fetch_optional(ex)
    .await?
    .map(|r| SubPeriode {
        id: r.get("id"),
        nomor: r.get("nomor"),
        mulai: r.get("mulai"),
    }))
}

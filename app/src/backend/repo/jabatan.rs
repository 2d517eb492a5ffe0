use sqlx::{Any, Row, Transaction};

use crate::backend::ids::{new_id, now};
use crate::domain::jabatan::{JenisJabatan, Jenjang};

pub struct NewJabatan<'a> {
    pub unit_id: &'a str,
    pub nama: &'a str,
    pub jenis: JenisJabatan,
    pub jenjang: Option<Jenjang>,
    pub kepala_unit: bool,
}

/// Returns the id of the position with this name in the unit, creating it when missing.
pub async fn find_or_create(
    tx: &mut Transaction<'_, Any>,
    instansi_id: &str,
    j: NewJabatan<'_>,
) -> Result<String, sqlx::Error> {
    if let Some(r) =
        sqlx::query("SELECT id FROM jabatan WHERE instansi_id = $1 AND unit_id = $2 AND nama = $3")
            .bind(instansi_id)
            .bind(j.unit_id)
            .bind(j.nama)
            .fetch_optional(&mut **tx)
            .await?
    {
        return Ok(r.get("id"));
    }
    let id = new_id();
    let ts = now();
    sqlx::query(
        "INSERT INTO jabatan (instansi_id, id, unit_id, nama, jenis, jenjang, kepala_unit, created_at, updated_at) \
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $8)",
    )
    .bind(instansi_id)
    .bind(&id)
    .bind(j.unit_id)
    .bind(j.nama)
    .bind(j.jenis.code())
    .bind(j.jenjang.map(|x| x.code()))
    .bind(j.kepala_unit as i64)
    .bind(&ts)
    .execute(&mut **tx)
    .await?;
    Ok(id)
}

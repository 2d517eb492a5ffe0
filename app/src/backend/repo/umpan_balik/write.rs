use sqlx::{Any, Transaction};

use crate::backend::ids::{new_id, now};

/// What a new piece of feedback writes (exactly one of `rhk_id`, `nilai`).
pub struct NewUmpanBalik<'a> {
    pub pegawai_id: &'a str,
    pub sub_periode_id: &'a str,
    pub tahunan_id: &'a str,
    pub pemberi_id: &'a str,
    pub rhk_id: Option<&'a str>,
    pub nilai: Option<&'a str>,
    pub isi: &'a str,
    pub permintaan_id: Option<&'a str>,
}

pub async fn insert(
    tx: &mut Transaction<'_, Any>,
    inst: &str,
    u: &NewUmpanBalik<'_>,
) -> sqlx::Result<String> {
    let id = new_id();
    sqlx::query(
        "INSERT INTO umpan_balik (instansi_id, id, pegawai_id, periode_id, tahunan_id, \
         pemberi_id, rhk_id, nilai, isi, permintaan_id, created_at) \
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11)",
    )
    .bind(inst)
    .bind(&id)
    .bind(u.pegawai_id)
    .bind(u.sub_periode_id)
    .bind(u.tahunan_id)
    .bind(u.pemberi_id)
    .bind(u.rhk_id)
    .bind(u.nilai)
    .bind(u.isi)
    .bind(u.permintaan_id)
    .bind(now())
    .execute(&mut **tx)
    .await?;
    crate::backend::repo::dasbor::refresh(tx, inst, u.pegawai_id, u.tahunan_id).await?;
    Ok(id)
}

/// Marks a request answered; false when it already was (someone answered it first).
pub async fn answer_request(
    tx: &mut Transaction<'_, Any>,
    inst: &str,
    id: &str,
) -> sqlx::Result<bool> {
    let done = sqlx::query(
        "UPDATE permintaan_umpan_balik SET dijawab_at = $3 \
         WHERE instansi_id = $1 AND id = $2 AND dijawab_at IS NULL",
    )
    .bind(inst)
    .bind(id)
    .bind(now())
    .execute(&mut **tx)
    .await?;
    Ok(done.rows_affected() == 1)
}

/// What a new request writes.
pub struct NewPermintaan<'a> {
    pub pegawai_id: &'a str,
    pub periode_id: &'a str,
    pub kepada_id: &'a str,
    pub rhk_id: Option<&'a str>,
    pub nilai: Option<&'a str>,
    pub pesan: &'a str,
}

pub async fn insert_request(
    tx: &mut Transaction<'_, Any>,
    inst: &str,
    p: &NewPermintaan<'_>,
) -> sqlx::Result<String> {
    let id = new_id();
    sqlx::query(
        "INSERT INTO permintaan_umpan_balik (instansi_id, id, pegawai_id, periode_id, kepada_id, \
         rhk_id, nilai, pesan, created_at) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9)",
    )
    .bind(inst)
    .bind(&id)
    .bind(p.pegawai_id)
    .bind(p.periode_id)
    .bind(p.kepada_id)
    .bind(p.rhk_id)
    .bind(p.nilai)
    .bind(p.pesan)
    .bind(now())
    .execute(&mut **tx)
    .await?;
    Ok(id)
}

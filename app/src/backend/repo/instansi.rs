use sqlx::{Any, Transaction};

use crate::backend::audit::{self, Change};
use crate::backend::ids::{new_id, now};
use crate::domain::periode::JenisPeriode;

pub async fn create(
    tx: &mut Transaction<'_, Any>,
    kode: &str,
    nama: &str,
    jenis_periodik: JenisPeriode,
) -> Result<String, sqlx::Error> {
    let id = new_id();
    let ts = now();
    sqlx::query(
        "INSERT INTO instansi (instansi_id, kode, nama, jenis_periodik, created_at, updated_at) \
         VALUES ($1, $2, $3, $4, $5, $5)",
    )
    .bind(&id)
    .bind(kode)
    .bind(nama)
    .bind(jenis_periodik.code())
    .bind(&ts)
    .execute(&mut **tx)
    .await?;
    audit::record(
        tx,
        Change {
            instansi_id: &id,
            akun_id: None,
            aksi: "create",
            entitas: "instansi",
            entitas_id: &id,
            sebelum: None,
            sesudah: Some(serde_json::json!({ "kode": kode, "nama": nama })),
        },
    )
    .await?;
    Ok(id)
}

pub async fn find_by_kode(pool: &sqlx::AnyPool, kode: &str) -> Result<Option<String>, sqlx::Error> {
    use sqlx::Row;
    Ok(
        sqlx::query("SELECT instansi_id FROM instansi WHERE kode = $1")
            .bind(kode)
            .fetch_optional(pool)
            .await?
            .map(|r| r.get("instansi_id")),
    )
}

//! SQL of in-app notifications: written inside the transaction of the change they announce,
//! read and marked read by their recipient only.

use sqlx::any::AnyRow;
use sqlx::{Any, Row, Transaction};

use crate::backend::ids::{new_id, now};
use crate::domain::dto::Notifikasi;
use crate::domain::notifikasi::JenisNotifikasi;

/// A notification to write.
pub struct NewNotifikasi<'a> {
    pub penerima_id: &'a str,
    pub jenis: JenisNotifikasi,
    pub pesan_id: String,
    pub pesan_en: String,
    pub tautan: String,
}

pub async fn insert(
    tx: &mut Transaction<'_, Any>,
    inst: &str,
    n: &NewNotifikasi<'_>,
) -> sqlx::Result<()> {
    sqlx::query(
        "INSERT INTO notifikasi (instansi_id, id, penerima_id, jenis, pesan_id, pesan_en, tautan, \
         created_at) VALUES ($1, $2, $3, $4, $5, $6, $7, $8)",
    )
    .bind(inst)
    .bind(new_id())
    .bind(n.penerima_id)
    .bind(n.jenis.code())
    .bind(&n.pesan_id)
    .bind(&n.pesan_en)
    .bind(&n.tautan)
    .bind(now())
    .execute(&mut **tx)
    .await?;
    Ok(())
}

fn notifikasi(r: &AnyRow) -> Notifikasi {
    Notifikasi {
        id: r.get("id"),
        kind: r.get("jenis"),
        text_id: r.get("pesan_id"),
        text_en: r.get("pesan_en"),
        link: r.get("tautan"),
        read: r.get::<Option<String>, _>("dibaca_at").is_some(),
        created_at: r.get("created_at"),
    }
}

/// The newest `limit` notifications of an employee.
pub async fn latest<'e, E>(
    ex: E,
    inst: &str,
    penerima_id: &str,
    limit: i64,
) -> sqlx::Result<Vec<Notifikasi>>
where
    E: sqlx::Executor<'e, Database = Any>,
{
    let rows = sqlx::query(
        "SELECT id, jenis, pesan_id, pesan_en, tautan, dibaca_at, created_at FROM notifikasi \
         WHERE instansi_id = $1 AND penerima_id = $2 ORDER BY created_at DESC, id DESC LIMIT $3",
    )
    .bind(inst)
    .bind(penerima_id)
    .bind(limit)
    .fetch_all(ex)
    .await?;
    Ok(rows.iter().map(notifikasi).collect())
}

pub async fn unread<'e, E>(ex: E, inst: &str, penerima_id: &str) -> sqlx::Result<i64>
where
    E: sqlx::Executor<'e, Database = Any>,
{
    sqlx::query_scalar(
        "SELECT COUNT(*) FROM notifikasi \
         WHERE instansi_id = $1 AND penerima_id = $2 AND dibaca_at IS NULL",
    )
    .bind(inst)
    .bind(penerima_id)
    .fetch_one(ex)
    .await
}

/// Marks one notification (`Some(id)`) or all of them read; only the recipient's own rows.
pub async fn mark_read<'e, E>(
    ex: E,
    inst: &str,
    penerima_id: &str,
    id: Option<&str>,
) -> sqlx::Result<u64>
where
    E: sqlx::Executor<'e, Database = Any>,
{
    let done = sqlx::query(
        "UPDATE notifikasi SET dibaca_at = $3 WHERE instansi_id = $1 AND penerima_id = $2 \
         AND dibaca_at IS NULL AND ($4 = '' OR id = $4)",
    )
    .bind(inst)
    .bind(penerima_id)
    .bind(now())
    .bind(id.unwrap_or(""))
    .execute(ex)
    .await?;
    Ok(done.rows_affected())
}

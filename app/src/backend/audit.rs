//! The append-only audit log. Every change to performance data calls `record` inside the
//! transaction that makes the change, so the two commit or roll back together.

use serde::Serialize;
use sqlx::{Any, Transaction};

use super::ids::{new_id, now};

pub struct Change<'a> {
    pub instansi_id: &'a str,
    pub akun_id: Option<&'a str>,
    /// "create", "update", "delete", "login", "import", …
    pub aksi: &'a str,
    pub entitas: &'a str,
    pub entitas_id: &'a str,
    pub sebelum: Option<serde_json::Value>,
    pub sesudah: Option<serde_json::Value>,
}

pub async fn record(tx: &mut Transaction<'_, Any>, c: Change<'_>) -> Result<(), sqlx::Error> {
    sqlx::query(
        "INSERT INTO audit_log (instansi_id, id, at, akun_id, aksi, entitas, entitas_id, sebelum, sesudah) \
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9)",
    )
    .bind(c.instansi_id)
    .bind(new_id())
    .bind(now())
    .bind(c.akun_id.map(str::to_string))
    .bind(c.aksi)
    .bind(c.entitas)
    .bind(c.entitas_id)
    .bind(c.sebelum.map(|v| v.to_string()))
    .bind(c.sesudah.map(|v| v.to_string()))
    .execute(&mut **tx)
    .await?;
    Ok(())
}

#[derive(Debug, Clone, Serialize, PartialEq)]
pub struct AuditEntry {
    pub id: String,
    pub at: String,
    pub akun_id: Option<String>,
    pub aksi: String,
    pub entitas: String,
    pub entitas_id: String,
    pub sebelum: Option<serde_json::Value>,
    pub sesudah: Option<serde_json::Value>,
}

pub async fn for_entity(
    pool: &sqlx::AnyPool,
    instansi_id: &str,
    entitas: &str,
    entitas_id: &str,
) -> Result<Vec<AuditEntry>, sqlx::Error> {
    use sqlx::Row;
    let rows = sqlx::query(
        "SELECT id, at, akun_id, aksi, entitas, entitas_id, sebelum, sesudah FROM audit_log \
         WHERE instansi_id = $1 AND entitas = $2 AND entitas_id = $3 ORDER BY at, id",
    )
    .bind(instansi_id)
    .bind(entitas)
    .bind(entitas_id)
    .fetch_all(pool)
    .await?;
    let json = |s: Option<String>| s.and_then(|s| serde_json::from_str(&s).ok());
    Ok(rows
        .iter()
        .map(|r| AuditEntry {
            id: r.get("id"),
            at: r.get("at"),
            akun_id: r.get("akun_id"),
            aksi: r.get("aksi"),
            entitas: r.get("entitas"),
            entitas_id: r.get("entitas_id"),
            sebelum: json(r.get("sebelum")),
            sesudah: json(r.get("sesudah")),
        })
        .collect())
}

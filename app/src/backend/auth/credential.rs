//! Sessions and API tokens. The secret goes to the client once, as `<instansi_id>.<secret>`
//! (tokens: `rt_<instansi_id>.<secret>`); the database keeps only its SHA-256.

use base64::engine::general_purpose::URL_SAFE_NO_PAD;
use base64::Engine;
use rand::RngCore;
use sha2::{Digest, Sha256};
use sqlx::Row;

use crate::backend::ids::{at_offset, now};
use crate::backend::{AppResult, Db};

pub const TOKEN_PREFIX: &str = "rt_";

fn secret() -> String {
    let mut bytes = [0u8; 32];
    rand::rngs::OsRng.fill_bytes(&mut bytes);
    URL_SAFE_NO_PAD.encode(bytes)
}

pub fn digest(secret: &str) -> String {
    hex::encode(Sha256::digest(secret.as_bytes()))
}

/// Splits `<instansi_id>.<secret>` into the instansi id and the digest of the secret.
pub fn parse(value: &str) -> Option<(String, String)> {
    let (instansi, secret) = value.split_once('.')?;
    if instansi.is_empty() || instansi.len() > 64 || secret.len() < 32 || secret.len() > 128 {
        return None;
    }
    Some((instansi.to_string(), digest(secret)))
}

/// Starts a session for an account and returns the cookie value.
pub async fn create_session(db: &Db, instansi_id: &str, akun_id: &str) -> AppResult<String> {
    let s = secret();
    sqlx::query(
        "INSERT INTO sesi (instansi_id, id, akun_id, created_at, expires_at) VALUES ($1, $2, $3, $4, $5)",
    )
    .bind(instansi_id)
    .bind(digest(&s))
    .bind(akun_id)
    .bind(now())
    .bind(at_offset(chrono::Duration::hours(super::SESSION_HOURS)))
    .execute(&db.pool)
    .await?;
    Ok(format!("{instansi_id}.{s}"))
}

/// The account of a live session, or None.
pub async fn session_account(db: &Db, cookie: &str) -> AppResult<Option<(String, String)>> {
    let Some((instansi, id)) = parse(cookie) else {
        return Ok(None);
    };
    let row = sqlx::query(
        "SELECT akun_id FROM sesi WHERE instansi_id = $1 AND id = $2 AND expires_at > $3",
    )
    .bind(&instansi)
    .bind(&id)
    .bind(now())
    .fetch_optional(&db.pool)
    .await?;
    Ok(row.map(|r| (instansi, r.get::<String, _>("akun_id"))))
}

pub async fn end_session(db: &Db, cookie: &str) -> AppResult<()> {
    if let Some((instansi, id)) = parse(cookie) {
        sqlx::query("DELETE FROM sesi WHERE instansi_id = $1 AND id = $2")
            .bind(instansi)
            .bind(id)
            .execute(&db.pool)
            .await?;
    }
    Ok(())
}

/// Issues an API token for an account; returns the token text, shown once.
pub async fn create_token(
    db: &Db,
    instansi_id: &str,
    akun_id: &str,
    nama: &str,
    days: Option<i64>,
) -> AppResult<String> {
    let s = secret();
    sqlx::query(
        "INSERT INTO api_token (instansi_id, id, akun_id, nama, created_at, expires_at) \
         VALUES ($1, $2, $3, $4, $5, $6)",
    )
    .bind(instansi_id)
    .bind(digest(&s))
    .bind(akun_id)
    .bind(nama)
    .bind(now())
    .bind(days.map(|d| at_offset(chrono::Duration::days(d))))
    .execute(&db.pool)
    .await?;
    Ok(format!("{TOKEN_PREFIX}{instansi_id}.{s}"))
}

pub async fn token_account(db: &Db, bearer: &str) -> AppResult<Option<(String, String)>> {
    let Some((instansi, id)) = bearer.strip_prefix(TOKEN_PREFIX).and_then(parse) else {
        return Ok(None);
    };
    let row = sqlx::query(
        "SELECT akun_id FROM api_token WHERE instansi_id = $1 AND id = $2 \
         AND revoked_at IS NULL AND (expires_at IS NULL OR expires_at > $3)",
    )
    .bind(&instansi)
    .bind(&id)
    .bind(now())
    .fetch_optional(&db.pool)
    .await?;
    Ok(row.map(|r| (instansi, r.get::<String, _>("akun_id"))))
}

/// Removes expired sessions (run at start-up and after logins).
pub async fn purge_expired(db: &Db) -> AppResult<()> {
    sqlx::query("DELETE FROM sesi WHERE expires_at <= $1")
        .bind(now())
        .execute(&db.pool)
        .await?;
    Ok(())
}

#[cfg(test)]
mod tests {
    #[test]
    fn parse_rejects_garbage() {
        assert!(super::parse("").is_none());
        assert!(super::parse("abc").is_none());
        assert!(super::parse("inst.short").is_none());
        let (i, d) = super::parse("inst.0123456789012345678901234567890123456789").unwrap();
        assert_eq!(i, "inst");
        assert_eq!(d.len(), 64);
    }
}

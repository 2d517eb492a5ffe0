//! Failed-login throttle, kept in the database so that any number of stateless servers share
//! it: after MAX_FAILURES failures for a username within WINDOW_MINUTES, logins for that
//! username answer 429 until the window has passed.

use sqlx::Row;

use crate::backend::ids::{at_offset, new_id, now};
use crate::backend::{AppResult, Db};

pub const MAX_FAILURES: i64 = 5;
pub const WINDOW_MINUTES: i64 = 15;

fn key(username: &str) -> String {
    username.trim().to_lowercase()
}

pub async fn is_locked(db: &Db, username: &str) -> AppResult<bool> {
    let since = at_offset(chrono::Duration::minutes(-WINDOW_MINUTES));
    let row = sqlx::query("SELECT COUNT(*) AS n FROM login_gagal WHERE username = $1 AND at > $2")
        .bind(key(username))
        .bind(since)
        .fetch_one(&db.pool)
        .await?;
    Ok(row.try_get::<i64, _>("n").unwrap_or(0) >= MAX_FAILURES)
}

pub async fn record_failure(db: &Db, instansi_id: Option<&str>, username: &str) -> AppResult<()> {
    sqlx::query("INSERT INTO login_gagal (instansi_id, id, username, at) VALUES ($1, $2, $3, $4)")
        .bind(instansi_id.unwrap_or(""))
        .bind(new_id())
        .bind(key(username))
        .bind(now())
        .execute(&db.pool)
        .await?;
    Ok(())
}

/// A successful login clears the username's failures; old rows are pruned at the same time.
pub async fn clear(db: &Db, username: &str) -> AppResult<()> {
    let old = at_offset(chrono::Duration::minutes(-WINDOW_MINUTES));
    sqlx::query("DELETE FROM login_gagal WHERE username = $1 OR at <= $2")
        .bind(key(username))
        .bind(old)
        .execute(&db.pool)
        .await?;
    Ok(())
}

//! The login decision, shared by the JSON API and the login form.

use super::{credential, password, throttle};
use crate::backend::authz::Actor;
use crate::backend::repo::akun;
use crate::backend::{AppError, AppResult, Db};

/// Checks the credentials under the throttle; on success returns a new session (a fresh id
/// on every login, so a session id known before login is useless after it).
pub async fn login(db: &Db, username: &str, pw: &str) -> AppResult<(String, Actor)> {
    let username = username.trim();
    if username.is_empty() || pw.is_empty() || username.len() > 128 || pw.len() > 1024 {
        return Err(AppError::bad_credentials());
    }
    if throttle::is_locked(db, username).await? {
        return Err(AppError::too_many_requests(throttle::WINDOW_MINUTES));
    }
    let row = akun::find_for_login(&db.pool, username).await?;
    // argon2 is CPU-heavy: keep it off the async workers.
    let (pw2, hash) = (
        pw.to_string(),
        row.as_ref().map(|r| r.password_hash.clone()),
    );
    let ok = tokio::task::spawn_blocking(move || match hash {
        Some(h) => password::verify(&pw2, &h),
        None => {
            password::verify_dummy(&pw2);
            false
        }
    })
    .await
    .unwrap_or(false);
    let row = match row {
        Some(r) if ok && r.aktif => r,
        other => {
            throttle::record_failure(db, other.as_ref().map(|r| r.instansi_id.as_str()), username)
                .await?;
            return Err(AppError::bad_credentials());
        }
    };
    throttle::clear(db, username).await?;
    let cookie = credential::create_session(db, &row.instansi_id, &row.id).await?;
    let actor = Actor::load(db, &row.instansi_id, &row.id)
        .await?
        .ok_or_else(AppError::bad_credentials)?;
    Ok((cookie, actor))
}

//! Who is calling: a session cookie, or `Authorization: Bearer rt_…` for API tokens.

use axum::http::{header, HeaderMap};
use axum_extra::extract::cookie::{Cookie, SameSite};
use axum_extra::extract::CookieJar;

use super::{credential, SESSION_COOKIE, SESSION_HOURS};
use crate::backend::authz::Actor;
use crate::backend::{AppResult, Db};

pub async fn actor_from_headers(db: &Db, headers: &HeaderMap) -> AppResult<Option<Actor>> {
    let bearer = headers
        .get(header::AUTHORIZATION)
        .and_then(|v| v.to_str().ok())
        .and_then(|v| v.strip_prefix("Bearer "));
    let account = match bearer {
        Some(token) => credential::token_account(db, token.trim()).await?,
        None => match CookieJar::from_headers(headers).get(SESSION_COOKIE) {
            Some(c) => credential::session_account(db, c.value()).await?,
            None => None,
        },
    };
    match account {
        Some((instansi, akun)) => Actor::load(db, &instansi, &akun).await,
        None => Ok(None),
    }
}

/// The session cookie: HttpOnly, SameSite=Lax, Secure when RANTAI_COOKIE_SECURE=1 (behind TLS).
pub fn session_cookie(value: String) -> Cookie<'static> {
    let secure = std::env::var("RANTAI_COOKIE_SECURE").is_ok_and(|v| v == "1" || v == "true");
    Cookie::build((SESSION_COOKIE, value))
        .http_only(true)
        .same_site(SameSite::Lax)
        .secure(secure)
        .path("/")
        .max_age(time_max_age())
        .build()
}

fn time_max_age() -> cookie::time::Duration {
    cookie::time::Duration::hours(SESSION_HOURS)
}

/// An expired cookie that makes the browser forget the session.
pub fn removal_cookie() -> Cookie<'static> {
    let mut c = Cookie::build((SESSION_COOKIE, ""))
        .path("/")
        .http_only(true)
        .build();
    c.make_removal();
    c
}

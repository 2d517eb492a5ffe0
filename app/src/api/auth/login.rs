use leptos::prelude::*;

use crate::api::ApiError;

/// Only local paths are followed after signing in (no open redirects).
pub fn safe_next(next: Option<&str>) -> String {
    match next.map(str::trim) {
        Some(n) if n.starts_with('/') && !n.starts_with("//") && !n.contains('\\') => n.into(),
        _ => "/".into(),
    }
}

/// Checks the credentials (under the throttle), starts a session and goes to `next`.
#[server(prefix = "/sf", endpoint = "auth/login")]
pub async fn login(
    username: String,
    password: String,
    next: Option<String>,
) -> Result<(), ApiError> {
    use crate::backend::auth::{credential, current, login, SESSION_COOKIE};
    use axum_extra::extract::CookieJar;

    let ctx = crate::api::ctx::ctx().await?;
    // A session from before the login is ended: the new one has a fresh id.
    if let Some(old) = CookieJar::from_headers(&ctx.headers).get(SESSION_COOKIE) {
        credential::end_session(&ctx.db, old.value())
            .await
            .map_err(|e| ctx.err(e))?;
    }
    let (cookie, _actor) = login::login(&ctx.db, &username, &password)
        .await
        .map_err(|e| ctx.err(e))?;
    crate::api::ctx::set_cookie(current::session_cookie(cookie));
    leptos_axum::redirect(&safe_next(next.as_deref()));
    Ok(())
}

#[cfg(test)]
mod tests {
    #[test]
    fn next_stays_local() {
        assert_eq!(super::safe_next(None), "/");
        assert_eq!(
            super::safe_next(Some("/organisasi?unit=a")),
            "/organisasi?unit=a"
        );
        assert_eq!(super::safe_next(Some("//evil.example")), "/");
        assert_eq!(super::safe_next(Some("https://evil.example")), "/");
        assert_eq!(super::safe_next(Some("/\\evil")), "/");
    }
}

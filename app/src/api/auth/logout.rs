use leptos::prelude::*;

use crate::api::ApiError;

/// Ends the session, forgets the cookie and goes to the login page.
#[server(prefix = "/sf", endpoint = "auth/logout")]
pub async fn logout() -> Result<(), ApiError> {
    use crate::backend::auth::{credential, current, SESSION_COOKIE};
    use axum_extra::extract::CookieJar;

    let ctx = crate::api::ctx::ctx().await?;
    if let Some(c) = CookieJar::from_headers(&ctx.headers).get(SESSION_COOKIE) {
        credential::end_session(&ctx.db, c.value())
            .await
            .map_err(|e| ctx.err(e))?;
    }
    crate::api::ctx::set_cookie(current::removal_cookie());
    leptos_axum::redirect("/login");
    Ok(())
}

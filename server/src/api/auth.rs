use app::backend::auth::current::{removal_cookie, session_cookie};
use app::backend::auth::{credential, login as auth_login, SESSION_COOKIE};
use app::backend::AppError;
use app::domain::dto::Me;
use axum::extract::State;
use axum::Json;
use axum_extra::extract::CookieJar;
use serde::Deserialize;

use super::extract::{ApiJson, Auth};
use crate::AppState;

#[derive(Deserialize, utoipa::ToSchema)]
pub struct LoginRequest {
    pub username: String,
    pub password: String,
}

/// Signs in and sets the session cookie (HttpOnly, SameSite=Lax).
#[utoipa::path(post, path = "/api/v1/auth/login", tag = "auth", request_body = LoginRequest,
    responses((status = 200, body = Me), (status = 401, body = super::openapi::ErrorBody),
        (status = 429, body = super::openapi::ErrorBody)))]
pub async fn login(
    State(state): State<AppState>,
    jar: CookieJar,
    ApiJson(req): ApiJson<LoginRequest>,
) -> Result<(CookieJar, Json<Me>), AppError> {
    // A session from before the login is ended: the new one has a fresh id.
    if let Some(old) = jar.get(SESSION_COOKIE) {
        credential::end_session(&state.db, old.value()).await?;
    }
    let (cookie, actor) = auth_login::login(&state.db, &req.username, &req.password).await?;
    Ok((jar.add(session_cookie(cookie)), Json(actor.me())))
}

/// Ends the session.
#[utoipa::path(post, path = "/api/v1/auth/logout", tag = "auth",
    responses((status = 200), (status = 401, body = super::openapi::ErrorBody)))]
pub async fn logout(
    State(state): State<AppState>,
    Auth(_actor): Auth,
    jar: CookieJar,
) -> Result<(CookieJar, Json<serde_json::Value>), AppError> {
    if let Some(c) = jar.get(SESSION_COOKIE) {
        credential::end_session(&state.db, c.value()).await?;
    }
    Ok((
        jar.add(removal_cookie()),
        Json(serde_json::json!({ "status": "ok" })),
    ))
}

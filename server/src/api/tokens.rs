use app::backend::auth::credential;
use app::backend::repo::akun;
use app::backend::{AppError, AppResult};
use axum::extract::State;
use axum::http::StatusCode;
use axum::Json;
use serde::{Deserialize, Serialize};

use super::extract::{ApiJson, Auth};
use crate::AppState;

#[derive(Deserialize, utoipa::ToSchema)]
pub struct NewToken {
    /// The account the token acts as (an account of the admin's own instansi).
    pub username: String,
    /// What the token is for, e.g. "ekspor payroll".
    pub name: String,
    /// Days until it expires (1–3650); omitted: never.
    pub days: Option<i64>,
}

#[derive(Serialize, utoipa::ToSchema)]
pub struct IssuedToken {
    /// Shown once: only its SHA-256 is stored.
    pub token: String,
}

/// Issues an API token (admins only); use it as `Authorization: Bearer <token>`.
#[utoipa::path(post, path = "/api/v1/tokens", tag = "auth", request_body = NewToken,
    responses((status = 201, body = IssuedToken), (status = 400, body = super::openapi::ErrorBody),
        (status = 403, body = super::openapi::ErrorBody), (status = 404, body = super::openapi::ErrorBody)))]
pub async fn create(
    State(state): State<AppState>,
    Auth(actor): Auth,
    ApiJson(req): ApiJson<NewToken>,
) -> AppResult<(StatusCode, Json<IssuedToken>)> {
    actor.require_admin()?;
    let name = req.name.trim();
    if name.is_empty() || name.chars().count() > 100 {
        return Err(AppError::bad_request(
            "Nama token wajib diisi (maks. 100 karakter)",
            "A token name is required (max. 100 characters)",
        ));
    }
    if req.days.is_some_and(|d| !(1..=3650).contains(&d)) {
        return Err(AppError::bad_request(
            "Masa berlaku token 1–3650 hari",
            "A token lasts 1–3650 days",
        ));
    }
    let account = akun::find_for_login(&state.db.pool, &req.username)
        .await?
        .ok_or_else(|| AppError::not_found("Akun", "Account"))?;
    actor.require_instansi(&account.instansi_id)?;
    let token =
        credential::create_token(&state.db, &account.instansi_id, &account.id, name, req.days)
            .await?;
    tracing::info!(by = %actor.akun_id, account = %account.id, "API token issued");
    Ok((StatusCode::CREATED, Json(IssuedToken { token })))
}

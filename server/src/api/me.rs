use app::domain::dto::Me;
use axum::Json;

use super::extract::Auth;

/// The signed-in user, with roles derived from the organisation.
#[utoipa::path(get, path = "/api/v1/me", tag = "auth",
    responses((status = 200, body = Me), (status = 401, body = super::openapi::ErrorBody)))]
pub async fn me(Auth(actor): Auth) -> Json<Me> {
    Json(actor.me())
}

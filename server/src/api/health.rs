use axum::extract::State;
use axum::http::StatusCode;
use axum::Json;
use serde_json::{json, Value};

use crate::AppState;

/// Liveness and database reachability.
#[utoipa::path(get, path = "/healthz", tag = "system",
    responses((status = 200, description = "Database reachable"), (status = 503, description = "Database unreachable")))]
pub async fn healthz(State(state): State<AppState>) -> (StatusCode, Json<Value>) {
    let db = state.db.backend.name();
    if state.db.ping().await {
        (
            StatusCode::OK,
            Json(json!({ "status": "ok", "database": db })),
        )
    } else {
        (
            StatusCode::SERVICE_UNAVAILABLE,
            Json(json!({ "status": "unavailable", "database": db })),
        )
    }
}

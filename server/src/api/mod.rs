//! The thin JSON API (../shared/API.md): `/api/v1/…`, documented at `/api/v1/openapi.json`.

pub mod audit;
pub mod auth;
pub mod employees;
pub mod extract;
pub mod health;
pub mod me;
pub mod openapi;
pub mod periods;
pub mod tokens;
pub mod units;

use axum::routing::{get, post};
use axum::Router;

use crate::AppState;

pub fn routes() -> Router<AppState> {
    Router::new()
        .route("/openapi.json", get(openapi::openapi_json))
        .route("/auth/login", post(auth::login))
        .route("/auth/logout", post(auth::logout))
        .route("/me", get(me::me))
        .route("/periods", get(periods::list))
        .route("/units", get(units::list))
        .route("/units/{id}", get(units::get))
        .route("/employees", get(employees::list))
        .route("/employees/{id}", get(employees::get))
        .route("/audit", get(audit::list))
        .route("/tokens", post(tokens::create))
        .fallback(|| async { app::backend::AppError::not_found("Endpoint API", "API endpoint") })
}

//! The instansi's strategic goals (sasaran strategis) per year.

use app::backend::skp::sasaran;
use app::backend::AppResult;
use app::domain::dto::{SasaranInput, SasaranStrategis};
use axum::extract::{Path, State};
use axum::http::StatusCode;
use axum::Json;
use serde::Deserialize;

use super::extract::{ApiJson, ApiQuery, Auth};
use super::openapi::ErrorBody;
use super::skp::PeriodParam;
use crate::AppState;

/// The strategic goals of a year with their key indicators (every account of the instansi).
#[utoipa::path(get, path = "/api/v1/strategic-goals", tag = "cascade", params(PeriodParam),
    responses((status = 200, body = Vec<SasaranStrategis>), (status = 401, body = ErrorBody)))]
pub async fn list(
    State(state): State<AppState>,
    Auth(actor): Auth,
    ApiQuery(p): ApiQuery<PeriodParam>,
) -> AppResult<Json<Vec<SasaranStrategis>>> {
    Ok(Json(
        sasaran::list(&state.db, &actor, p.period.as_deref()).await?,
    ))
}

#[derive(Deserialize, utoipa::ToSchema)]
pub struct NewGoal {
    pub period: Option<String>,
    #[serde(flatten)]
    pub sasaran: SasaranInput,
}

/// Creates a goal (admin, or the head of the agency).
#[utoipa::path(post, path = "/api/v1/strategic-goals", tag = "cascade", request_body = NewGoal,
    responses((status = 201, body = SasaranStrategis), (status = 403, body = ErrorBody), (status = 409, body = ErrorBody),
        (status = 422, body = ErrorBody)))]
pub async fn create(
    State(state): State<AppState>,
    Auth(actor): Auth,
    ApiJson(b): ApiJson<NewGoal>,
) -> AppResult<(StatusCode, Json<SasaranStrategis>)> {
    let s = sasaran::create(&state.db, &actor, b.period.as_deref(), b.sasaran).await?;
    Ok((StatusCode::CREATED, Json(s)))
}

#[derive(Deserialize, utoipa::ToSchema)]
pub struct GoalWrite {
    pub version: i64,
    #[serde(flatten)]
    pub sasaran: SasaranInput,
}

#[utoipa::path(put, path = "/api/v1/strategic-goals/{id}", tag = "cascade", request_body = GoalWrite,
    responses((status = 200, body = SasaranStrategis), (status = 403, body = ErrorBody), (status = 409, body = ErrorBody)))]
pub async fn update(
    State(state): State<AppState>,
    Auth(actor): Auth,
    Path(id): Path<String>,
    ApiJson(b): ApiJson<GoalWrite>,
) -> AppResult<Json<SasaranStrategis>> {
    Ok(Json(
        sasaran::update(&state.db, &actor, &id, b.version, b.sasaran).await?,
    ))
}

/// Deletes a goal that no RHK points at.
#[utoipa::path(delete, path = "/api/v1/strategic-goals/{id}", tag = "cascade",
    responses((status = 204), (status = 403, body = ErrorBody), (status = 409, body = ErrorBody)))]
pub async fn delete(
    State(state): State<AppState>,
    Auth(actor): Auth,
    Path(id): Path<String>,
) -> AppResult<StatusCode> {
    sasaran::delete(&state.db, &actor, &id).await?;
    Ok(StatusCode::NO_CONTENT)
}

/// Imports strategic goals from a CSV or XLSX body (columns `tahun, kode, nama, indikator,
/// target, satuan`; rows with the same year and code are one goal): all rows or none, every
/// error listed by row and column. Admin or the head of the agency.
#[utoipa::path(post, path = "/api/v1/strategic-goals/import", tag = "cascade",
    request_body(content = Vec<u8>, content_type = "text/csv", description = "CSV (UTF-8) or XLSX"),
    responses((status = 200, body = Object), (status = 403, body = ErrorBody), (status = 413, body = ErrorBody),
        (status = 422, body = ErrorBody)))]
pub async fn import(
    State(state): State<AppState>,
    Auth(actor): Auth,
    headers: axum::http::HeaderMap,
    body: axum::body::Bytes,
) -> AppResult<Json<serde_json::Value>> {
    sasaran::require_editor(&actor)?;
    let kind = headers
        .get(axum::http::header::CONTENT_TYPE)
        .and_then(|v| v.to_str().ok())
        .unwrap_or_default();
    let name = if kind.contains("spreadsheetml") {
        "upload.xlsx"
    } else {
        "upload"
    };
    let format = crate::import::Format::detect(name, &body);
    let report = crate::import::run_bytes(
        &state.db,
        &actor.instansi_id,
        Some(&actor.akun_id),
        crate::import::Kind::Sasaran,
        &body,
        format,
    )
    .await?;
    Ok(Json(serde_json::json!({ "rows": report.rows })))
}

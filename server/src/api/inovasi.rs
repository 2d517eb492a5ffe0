//! Innovation records over the JSON API.

use app::backend::{inovasi, AppResult};
use app::domain::dto::{DaftarInovasi, Inovasi, InovasiInput, InovasiUnit};
use axum::extract::{Path, State};
use axum::http::StatusCode;
use axum::Json;

use super::extract::{ApiJson, ApiQuery, Auth};
use super::openapi::ErrorBody;
use super::skp::PeriodParam;
use crate::AppState;

/// An employee's innovation records of a year (this year's without `period`), for whoever may
/// read the employee, with the RHK they can be linked to.
#[utoipa::path(get, path = "/api/v1/employees/{id}/innovations", tag = "feedback", params(PeriodParam),
    responses((status = 200, body = DaftarInovasi), (status = 403, body = ErrorBody), (status = 404, body = ErrorBody)))]
pub async fn list(
    State(state): State<AppState>,
    Auth(actor): Auth,
    Path(id): Path<String>,
    ApiQuery(p): ApiQuery<PeriodParam>,
) -> AppResult<Json<DaftarInovasi>> {
    Ok(Json(
        inovasi::for_employee(&state.db, &actor, &id, p.period.as_deref()).await?,
    ))
}

/// The employee records an idea or innovation (an implemented one states its impact).
#[utoipa::path(post, path = "/api/v1/employees/{id}/innovations", tag = "feedback", request_body = InovasiInput,
    responses((status = 201, body = Inovasi), (status = 403, body = ErrorBody), (status = 404, body = ErrorBody),
        (status = 409, body = ErrorBody), (status = 422, body = ErrorBody)))]
pub async fn create(
    State(state): State<AppState>,
    Auth(actor): Auth,
    Path(id): Path<String>,
    ApiJson(b): ApiJson<InovasiInput>,
) -> AppResult<(StatusCode, Json<Inovasi>)> {
    let i = inovasi::create(&state.db, &actor, &id, b).await?;
    Ok((StatusCode::CREATED, Json(i)))
}

/// The employee changes a record, naming the `version` read (409 when stale).
#[utoipa::path(put, path = "/api/v1/innovations/{id}", tag = "feedback", request_body = InovasiInput,
    responses((status = 200, body = Inovasi), (status = 403, body = ErrorBody), (status = 404, body = ErrorBody),
        (status = 409, body = ErrorBody), (status = 422, body = ErrorBody)))]
pub async fn update(
    State(state): State<AppState>,
    Auth(actor): Auth,
    Path(id): Path<String>,
    ApiJson(b): ApiJson<InovasiInput>,
) -> AppResult<Json<Inovasi>> {
    Ok(Json(inovasi::update(&state.db, &actor, &id, b).await?))
}

/// A unit's innovations of a year: the counts of its subtree and of each sub-unit, and the
/// newest 100 records; for the unit's leaders, admins and auditors.
#[utoipa::path(get, path = "/api/v1/units/{id}/innovations", tag = "feedback", params(PeriodParam),
    responses((status = 200, body = InovasiUnit), (status = 403, body = ErrorBody), (status = 404, body = ErrorBody)))]
pub async fn for_unit(
    State(state): State<AppState>,
    Auth(actor): Auth,
    Path(id): Path<String>,
    ApiQuery(p): ApiQuery<PeriodParam>,
) -> AppResult<Json<InovasiUnit>> {
    Ok(Json(
        inovasi::for_unit(&state.db, &actor, Some(&id), p.period.as_deref()).await?,
    ))
}

use app::backend::repo::unit;
use app::backend::{AppError, AppResult};
use app::domain::dto::{page_limit, Page, Unit};
use axum::extract::{Path, State};
use axum::Json;
use serde::Deserialize;

use super::extract::{ApiQuery, Auth};
use crate::AppState;

#[derive(Deserialize, utoipa::IntoParams)]
pub struct UnitParams {
    /// The parent unit; omitted for the roots.
    pub parent: Option<String>,
    pub limit: Option<i64>,
    pub cursor: Option<String>,
}

/// One level of the unit tree. The organisation is visible to every account of the instansi.
#[utoipa::path(get, path = "/api/v1/units", tag = "organisation", params(UnitParams),
    responses((status = 200, body = super::openapi::UnitPage), (status = 401, body = super::openapi::ErrorBody),
        (status = 403, body = super::openapi::ErrorBody), (status = 404, body = super::openapi::ErrorBody)))]
pub async fn list(
    State(state): State<AppState>,
    Auth(actor): Auth,
    ApiQuery(p): ApiQuery<UnitParams>,
) -> AppResult<Json<Page<Unit>>> {
    let parent = p.parent.as_deref().filter(|s| !s.is_empty());
    if let Some(id) = parent {
        let u = unit::find(&state.db.pool, id)
            .await?
            .ok_or_else(|| AppError::not_found("Unit kerja", "Unit"))?;
        actor.require_instansi(&u.instansi_id)?;
    }
    let page = unit::children(
        &state.db.pool,
        &actor.instansi_id,
        parent,
        page_limit(p.limit),
        p.cursor.as_deref(),
    )
    .await?;
    Ok(Json(page))
}

/// One unit.
#[utoipa::path(get, path = "/api/v1/units/{id}", tag = "organisation",
    responses((status = 200, body = Unit), (status = 403, body = super::openapi::ErrorBody),
        (status = 404, body = super::openapi::ErrorBody)))]
pub async fn get(
    State(state): State<AppState>,
    Auth(actor): Auth,
    Path(id): Path<String>,
) -> AppResult<Json<Unit>> {
    let u = unit::find(&state.db.pool, &id)
        .await?
        .ok_or_else(|| AppError::not_found("Unit kerja", "Unit"))?;
    actor.require_instansi(&u.instansi_id)?;
    let unit = unit::get(&state.db.pool, &actor.instansi_id, &id)
        .await?
        .ok_or_else(|| AppError::not_found("Unit kerja", "Unit"))?;
    Ok(Json(unit))
}

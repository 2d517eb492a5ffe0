use app::backend::repo::{employee, unit};
use app::backend::{AppError, AppResult};
use app::domain::dto::{page_limit, Employee, Page};
use axum::extract::{Path, State};
use axum::Json;
use serde::Deserialize;

use super::extract::{ApiQuery, Auth};
use crate::AppState;

#[derive(Deserialize, utoipa::IntoParams)]
pub struct EmployeeParams {
    /// Restrict to this unit and its sub-units.
    pub unit: Option<String>,
    /// A name (substring, any case) or NIP (prefix).
    pub q: Option<String>,
    pub limit: Option<i64>,
    pub cursor: Option<String>,
}

/// Employees of a unit subtree or matching a search, as far as the caller may see them.
#[utoipa::path(get, path = "/api/v1/employees", tag = "organisation", params(EmployeeParams),
    responses((status = 200, body = super::openapi::EmployeePage), (status = 401, body = super::openapi::ErrorBody),
        (status = 403, body = super::openapi::ErrorBody), (status = 404, body = super::openapi::ErrorBody)))]
pub async fn list(
    State(state): State<AppState>,
    Auth(actor): Auth,
    ApiQuery(p): ApiQuery<EmployeeParams>,
) -> AppResult<Json<Page<Employee>>> {
    let unit_path = match p.unit.as_deref().filter(|s| !s.is_empty()) {
        Some(id) => {
            let u = unit::find(&state.db.pool, id)
                .await?
                .ok_or_else(|| AppError::not_found("Unit kerja", "Unit"))?;
            actor.require_instansi(&u.instansi_id)?;
            Some(u.path)
        }
        None => None,
    };
    if p.q.as_deref().is_some_and(|q| q.chars().count() > 100) {
        return Err(AppError::bad_request(
            "Kata kunci terlalu panjang (maks. 100)",
            "Search text too long (max. 100)",
        ));
    }
    let page = employee::list(
        &state.db.pool,
        &actor,
        employee::Filter {
            unit_path: unit_path.as_deref(),
            q: p.q.as_deref(),
            limit: page_limit(p.limit),
            cursor: p.cursor.as_deref(),
        },
    )
    .await?;
    Ok(Json(page))
}

/// One employee; 403 when the caller may not see them.
#[utoipa::path(get, path = "/api/v1/employees/{id}", tag = "organisation",
    responses((status = 200, body = Employee), (status = 403, body = super::openapi::ErrorBody),
        (status = 404, body = super::openapi::ErrorBody)))]
pub async fn get(
    State(state): State<AppState>,
    Auth(actor): Auth,
    Path(id): Path<String>,
) -> AppResult<Json<Employee>> {
    let (e, scope) = employee::find(&state.db.pool, &id)
        .await?
        .ok_or_else(|| AppError::not_found("Pegawai", "Employee"))?;
    actor.require_employee(&scope)?;
    Ok(Json(e))
}

use app::backend::audit::{for_entity, AuditEntry};
use app::backend::repo::employee;
use app::backend::{AppError, AppResult};
use axum::extract::State;
use axum::Json;
use serde::Deserialize;

use super::extract::{ApiQuery, Auth};
use crate::AppState;

#[derive(Deserialize, utoipa::IntoParams)]
pub struct AuditParams {
    /// The table of the record: `pegawai`, `unit_kerja`, `periode`, `akun`, …
    pub entity: String,
    pub id: String,
}

/// The audit trail of one record. Admins and auditors see every record of their instansi;
/// others see the trail of employees they may see.
#[utoipa::path(get, path = "/api/v1/audit", tag = "audit", params(AuditParams),
    responses((status = 200, body = Vec<Object>), (status = 403, body = super::openapi::ErrorBody)))]
pub async fn list(
    State(state): State<AppState>,
    Auth(actor): Auth,
    ApiQuery(p): ApiQuery<AuditParams>,
) -> AppResult<Json<Vec<AuditEntry>>> {
    if !actor.reads_whole_instansi() {
        if p.entity != "pegawai" {
            return Err(AppError::forbidden());
        }
        let (_, scope) = employee::find(&state.db.pool, &p.id)
            .await?
            .ok_or_else(|| AppError::not_found("Pegawai", "Employee"))?;
        actor.require_employee(&scope)?;
    }
    Ok(Json(
        for_entity(&state.db.pool, &actor.instansi_id, &p.entity, &p.id).await?,
    ))
}

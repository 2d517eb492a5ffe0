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
    /// The table of the record: `pegawai`, `skp`, `sasaran_strategis`, `unit_kerja`, `periode`, `akun`, …
    pub entity: String,
    pub id: String,
}

/// The audit trail of one record. Admins and auditors see every record of their instansi;
/// others see the trail of employees and SKP they may see.
#[utoipa::path(get, path = "/api/v1/audit", tag = "audit", params(AuditParams),
    responses((status = 200, body = Vec<Object>), (status = 403, body = super::openapi::ErrorBody)))]
pub async fn list(
    State(state): State<AppState>,
    Auth(actor): Auth,
    ApiQuery(p): ApiQuery<AuditParams>,
) -> AppResult<Json<Vec<AuditEntry>>> {
    if !actor.reads_whole_instansi() {
        match p.entity.as_str() {
            "pegawai" => {
                let (_, scope) = employee::find(&state.db.pool, &p.id)
                    .await?
                    .ok_or_else(|| AppError::not_found("Pegawai", "Employee"))?;
                actor.require_employee(&scope)?;
            }
            // the SKP's trail: whoever may read the SKP
            "skp" => {
                app::backend::skp::read_skp(&state.db, &actor, &p.id).await?;
            }
            // a squad's trail: whoever may see the squad
            "tim" => {
                app::backend::tim::kelola::get(&state.db, &actor, &p.id).await?;
            }
            // an evaluation's trail: whoever may read the evaluation
            "evaluasi" => {
                app::backend::evaluasi::rate::get(&state.db, &actor, &p.id).await?;
            }
            // a realisasi entry's trail: whoever may see its RHK
            "realisasi" => {
                app::backend::realisasi::read::get(&state.db, &actor, &p.id).await?;
            }
            "keberatan" => {
                app::backend::evaluasi::keberatan::get(&state.db, &actor, &p.id).await?;
            }
            _ => return Err(AppError::forbidden()),
        }
    }
    Ok(Json(
        for_entity(&state.db.pool, &actor.instansi_id, &p.entity, &p.id).await?,
    ))
}

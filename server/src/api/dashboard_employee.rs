//! The employee dashboard over the JSON API: the employee level of the leader's drill-down.

use app::backend::dasbor_pegawai;
use app::backend::AppResult;
use app::domain::dto::DasborPegawai;
use axum::extract::State;
use axum::Json;
use serde::Deserialize;

use super::extract::{ApiQuery, Auth};
use super::openapi::ErrorBody;
use crate::AppState;

#[derive(Deserialize, utoipa::IntoParams)]
pub struct EmployeeDashboardParams {
    /// The employee; omitted: the caller's own record (404 for an account without one).
    pub id: Option<String>,
    /// An annual period id; omitted: this year's.
    pub period: Option<String>,
}

/// One employee's year: progress per RHK against the time elapsed (flags `tertinggal` and
/// `risiko_tinggi`), each IKI's target, cumulative realisasi and year-end projection (the
/// model, the sub-periods reported of the year, the pace, whether it falls short), progress
/// per squad role with its allocation, the open follow-ups of the dialogues (soonest first, at
/// most 10) and the latest feedback received (at most 5). For the employee, their PPK and
/// atasan PPK, the heads of the units above, admins and auditors; 403 for anyone else.
#[utoipa::path(get, path = "/api/v1/dashboard/employee", tag = "dashboard", params(EmployeeDashboardParams),
    responses((status = 200, body = DasborPegawai), (status = 403, body = ErrorBody), (status = 404, body = ErrorBody)))]
pub async fn employee_dashboard(
    State(state): State<AppState>,
    Auth(actor): Auth,
    ApiQuery(p): ApiQuery<EmployeeDashboardParams>,
) -> AppResult<Json<DasborPegawai>> {
    Ok(Json(
        dasbor_pegawai::dasbor_pegawai(&state.db, &actor, p.id.as_deref(), p.period.as_deref())
            .await?,
    ))
}

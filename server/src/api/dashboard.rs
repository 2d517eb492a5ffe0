//! The leader dashboard over the JSON API.

use app::backend::dasbor;
use app::backend::AppResult;
use app::domain::dto::Dasbor;
use axum::extract::State;
use axum::Json;
use serde::Deserialize;

use super::extract::{ApiQuery, Auth};
use super::openapi::ErrorBody;
use crate::AppState;

#[derive(Deserialize, utoipa::IntoParams)]
pub struct DashboardParams {
    /// The unit (with its sub-units); omitted: the caller's own unit.
    pub unit: Option<String>,
    /// An annual period id; omitted: this year's.
    pub period: Option<String>,
}

/// Aggregates for a unit subtree: SKP status counts, IKI progress against the time elapsed,
/// targets at risk (behind by more than 25 points, or with a high risk), squad workload and
/// the predikat distribution against the curve; for the unit and each direct sub-unit (drill
/// down with `unit=`). For the unit's leaders, admins and auditors.
#[utoipa::path(get, path = "/api/v1/dashboard", tag = "dashboard", params(DashboardParams),
    responses((status = 200, body = Dasbor), (status = 403, body = ErrorBody), (status = 404, body = ErrorBody)))]
pub async fn dashboard(
    State(state): State<AppState>,
    Auth(actor): Auth,
    ApiQuery(p): ApiQuery<DashboardParams>,
) -> AppResult<Json<Dasbor>> {
    Ok(Json(
        dasbor::dashboard(&state.db, &actor, p.unit.as_deref(), p.period.as_deref()).await?,
    ))
}

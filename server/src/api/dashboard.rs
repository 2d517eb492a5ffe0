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

/// The dashboard as Server-Sent Events: one `dashboard` event with the figures on connect, then
/// one whenever they change (`crate::live`: one shared feed per unit and period, checked every
/// 0.5 s against the audit log; authorised when the stream opens, so nobody receives figures
/// they may not see). Browsers' EventSource reconnects by itself after a drop (`retry: 2000`).
#[utoipa::path(get, path = "/api/v1/dashboard/stream", tag = "dashboard", params(DashboardParams),
    responses((status = 200, description = "text/event-stream of `dashboard` events, each a Dasbor as JSON"),
        (status = 403, body = ErrorBody)))]
pub async fn stream(
    State(state): State<AppState>,
    Auth(actor): Auth,
    ApiQuery(p): ApiQuery<DashboardParams>,
) -> AppResult<
    axum::response::sse::Sse<
        impl futures_util::Stream<Item = Result<axum::response::sse::Event, std::convert::Infallible>>,
    >,
> {
    use axum::response::sse::{Event, KeepAlive, Sse};
    let scope =
        dasbor::authorize(&state.db, &actor, p.unit.as_deref(), p.period.as_deref()).await?;
    let rx = state.live.subscribe(&state.db, scope).await?;
    // the current figures first, then each change the feed publishes
    let events = futures_util::stream::unfold((rx, true), |(mut rx, first)| async move {
        if !first && rx.changed().await.is_err() {
            // the feed ended (its unit or period is gone): the client reconnects
            return None;
        }
        let data = rx.borrow_and_update().clone();
        let e = Event::default().event("dashboard").data(data.as_str());
        let e = if first {
            e.retry(std::time::Duration::from_secs(2))
        } else {
            e
        };
        Some((Ok(e), (rx, false)))
    });
    Ok(Sse::new(events).keep_alive(KeepAlive::default()))
}

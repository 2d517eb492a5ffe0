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

/// The newest audit entry of the instansi: every change to performance data writes one in its
/// own transaction, so a new mark means the dashboard may have changed.
async fn mark(db: &app::backend::Db, inst: &str) -> Option<String> {
    use sqlx::Row;
    sqlx::query("SELECT MAX(at) AS m FROM audit_log WHERE instansi_id = $1")
        .bind(inst)
        .fetch_one(&db.pool)
        .await
        .ok()
        .and_then(|r| r.try_get::<Option<String>, _>("m").ok().flatten())
}

struct Watch {
    state: AppState,
    actor: app::backend::authz::Actor,
    unit: Option<String>,
    period: Option<String>,
    mark: Option<String>,
    last: String,
    first: Option<String>,
}

/// How often an open stream looks for a change (well inside the 2 s the issue allows).
const POLL: std::time::Duration = std::time::Duration::from_millis(500);

/// The dashboard as Server-Sent Events: one `dashboard` event with the figures on connect, then
/// one whenever they change (checked every 0.5 s against the audit log, recomputed for the
/// caller's own authorisation, so nobody receives figures they may not see). Browsers'
/// EventSource reconnects by itself after a drop (`retry: 2000`).
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
    let first =
        dasbor::dashboard(&state.db, &actor, p.unit.as_deref(), p.period.as_deref()).await?;
    let json = serde_json::to_string(&first).unwrap_or_default();
    let w = Watch {
        mark: mark(&state.db, &actor.instansi_id).await,
        state,
        actor,
        unit: p.unit,
        period: p.period,
        last: json.clone(),
        first: Some(json),
    };
    let events = futures_util::stream::unfold(w, |mut w| async move {
        if let Some(data) = w.first.take() {
            let e = Event::default()
                .event("dashboard")
                .retry(std::time::Duration::from_secs(2))
                .data(data);
            return Some((Ok(e), w));
        }
        loop {
            tokio::time::sleep(POLL).await;
            let now = mark(&w.state.db, &w.actor.instansi_id).await;
            if now == w.mark {
                continue;
            }
            w.mark = now;
            // a failure (or a lost permission) ends the stream; the client reconnects and
            // gets the error as JSON
            let d = dasbor::dashboard(
                &w.state.db,
                &w.actor,
                w.unit.as_deref(),
                w.period.as_deref(),
            )
            .await
            .ok()?;
            let json = serde_json::to_string(&d).unwrap_or_default();
            if json != w.last {
                w.last = json.clone();
                return Some((Ok(Event::default().event("dashboard").data(json)), w));
            }
        }
    });
    Ok(Sse::new(events).keep_alive(KeepAlive::default()))
}

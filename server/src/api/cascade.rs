//! The cascade tree of a unit, its search, and the result chain of one RHK.

use app::backend::skp::cascade;
use app::backend::AppResult;
use app::domain::dto::{Cascade, CascadeHit, ChainStep};
use axum::extract::{Path, State};
use axum::Json;
use serde::Deserialize;

use super::extract::{ApiQuery, Auth};
use super::openapi::ErrorBody;
use crate::AppState;

#[derive(Deserialize, utoipa::IntoParams)]
pub struct CascadeParams {
    /// An annual period id; omitted: this year's.
    pub period: Option<String>,
    /// Levels below the top node (default 3, at most 12); nodes cut off say `has_children`.
    pub depth: Option<usize>,
    /// Start from this node of the unit's tree (a goal, an RHK or `unlinked:<unit>`) instead
    /// of the unit: for expanding the tree lazily.
    pub node: Option<String>,
}

/// The cascade tree under a unit: the unit, its strategic goals, the leaders' RHK and the
/// staff RHK, each node with `id`, `kind`, `title`, `owner`, `progress` (0–1), `flags` and
/// `children`. For the unit's leaders, admins and auditors.
#[utoipa::path(get, path = "/api/v1/units/{id}/cascade", tag = "cascade", params(CascadeParams),
    responses((status = 200, body = Cascade), (status = 403, body = ErrorBody), (status = 404, body = ErrorBody)))]
pub async fn tree(
    State(state): State<AppState>,
    Auth(actor): Auth,
    Path(id): Path<String>,
    ApiQuery(p): ApiQuery<CascadeParams>,
) -> AppResult<Json<Cascade>> {
    Ok(Json(
        cascade::cascade(
            &state.db,
            &actor,
            &id,
            p.period.as_deref(),
            p.depth,
            p.node.as_deref(),
        )
        .await?,
    ))
}

#[derive(Deserialize, utoipa::IntoParams)]
pub struct SearchParams {
    pub period: Option<String>,
    /// A name or RHK text (substring, any case) or a NIP (prefix); 2–100 characters.
    pub q: String,
}

/// RHK in the unit's tree matching a name, NIP or text, each with the path that opens it.
#[utoipa::path(get, path = "/api/v1/units/{id}/cascade/search", tag = "cascade", params(SearchParams),
    responses((status = 200, body = Vec<CascadeHit>), (status = 400, body = ErrorBody), (status = 403, body = ErrorBody)))]
pub async fn search(
    State(state): State<AppState>,
    Auth(actor): Auth,
    Path(id): Path<String>,
    ApiQuery(p): ApiQuery<SearchParams>,
) -> AppResult<Json<Vec<CascadeHit>>> {
    Ok(Json(
        cascade::search(&state.db, &actor, &id, p.period.as_deref(), &p.q).await?,
    ))
}

/// The result chain of an RHK, from its strategic goal down to the RHK (a breadcrumb).
#[utoipa::path(get, path = "/api/v1/rhk/{id}/chain", tag = "cascade",
    responses((status = 200, body = Vec<ChainStep>), (status = 403, body = ErrorBody), (status = 404, body = ErrorBody)))]
pub async fn chain(
    State(state): State<AppState>,
    Auth(actor): Auth,
    Path(id): Path<String>,
) -> AppResult<Json<Vec<ChainStep>>> {
    Ok(Json(cascade::chain(&state.db, &actor, &id).await?))
}

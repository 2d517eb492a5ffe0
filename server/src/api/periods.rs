use app::backend::repo::{decode_cursor, encode_cursor, period};
use app::backend::AppResult;
use app::domain::dto::{page_limit, Page, Period};
use axum::extract::State;
use axum::Json;

use super::extract::{ApiQuery, Auth, PageParams};
use crate::AppState;

/// Annual performance periods of the caller's instansi, newest first, with sub-periods.
#[utoipa::path(get, path = "/api/v1/periods", tag = "organisation", params(PageParams),
    responses((status = 200, body = super::openapi::PeriodPage), (status = 401, body = super::openapi::ErrorBody)))]
pub async fn list(
    State(state): State<AppState>,
    Auth(actor): Auth,
    ApiQuery(p): ApiQuery<PageParams>,
) -> AppResult<Json<Page<Period>>> {
    let limit = page_limit(p.limit) as usize;
    let before: Option<i64> = p
        .cursor
        .as_deref()
        .and_then(decode_cursor)
        .and_then(|v| v.first().and_then(|t| t.parse().ok()));
    let mut items: Vec<Period> = period::list(&state.db.pool, &actor.instansi_id)
        .await?
        .into_iter()
        .filter(|y| before.is_none_or(|b| y.tahun < b))
        .collect();
    let next_cursor = if items.len() > limit {
        items.truncate(limit);
        items.last().map(|y| encode_cursor(&[&y.tahun.to_string()]))
    } else {
        None
    };
    Ok(Json(Page { items, next_cursor }))
}

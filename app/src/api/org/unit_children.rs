use leptos::prelude::*;

use crate::api::ApiError;
use crate::domain::dto::{Page, Unit};

/// Units shown per level of the tree before "Muat lagi".
pub const UNIT_PAGE: i64 = 50;

/// One level of the unit tree: the children of `parent` (the roots when `None`), one page.
/// The organisation is visible to every account of the instansi.
#[server(prefix = "/sf", endpoint = "org/unit_children")]
pub async fn unit_children(
    parent: Option<String>,
    cursor: Option<String>,
) -> Result<Page<Unit>, ApiError> {
    use crate::backend::repo::unit;
    use crate::backend::AppError;

    let ctx = crate::api::ctx::ctx().await?;
    let actor = ctx.actor().await?;
    let parent = parent.filter(|p| !p.is_empty());
    if let Some(id) = parent.as_deref() {
        let u = unit::find(&ctx.db.pool, id)
            .await
            .map_err(|e| ctx.err(e.into()))?
            .ok_or_else(|| ctx.err(AppError::not_found("Unit kerja", "Unit")))?;
        actor
            .require_instansi(&u.instansi_id)
            .map_err(|e| ctx.err(e))?;
    }
    unit::children(
        &ctx.db.pool,
        &actor.instansi_id,
        parent.as_deref(),
        UNIT_PAGE,
        cursor.as_deref().filter(|c| !c.is_empty()),
    )
    .await
    .map_err(|e| ctx.err(e.into()))
}

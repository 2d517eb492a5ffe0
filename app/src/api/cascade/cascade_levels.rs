use leptos::prelude::*;

use crate::api::ApiError;
use crate::domain::dto::Cascade;

/// Up to 3 levels of the cascade of `unit_id` below `node` (the unit itself when none), the
/// deepest ones telling whether they have children of their own. For the diagram, which
/// opens a node together with the level below it.
#[server(prefix = "/sf", endpoint = "cascade/levels")]
pub async fn cascade_levels(
    unit_id: String,
    node: Option<String>,
    depth: u8,
) -> Result<Cascade, ApiError> {
    use crate::api::skp::fail;
    use crate::backend::skp::cascade;

    let ctx = crate::api::ctx::ctx().await?;
    let actor = ctx.actor().await?;
    let node = node.filter(|n| !n.is_empty());
    let depth = usize::from(depth.clamp(1, 3));
    cascade::cascade(
        &ctx.db,
        &actor,
        &unit_id,
        None,
        Some(depth),
        node.as_deref(),
    )
    .await
    .map_err(|e| fail(&ctx, e))
}

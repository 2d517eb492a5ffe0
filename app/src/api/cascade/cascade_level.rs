use leptos::prelude::*;

use crate::api::ApiError;
use crate::domain::dto::Cascade;

/// One level of the cascade of `unit_id`: `node` (the unit itself when none) with its
/// children, each telling whether it has children of its own. For lazy expansion.
#[server(prefix = "/sf", endpoint = "cascade/level")]
pub async fn cascade_level(unit_id: String, node: Option<String>) -> Result<Cascade, ApiError> {
    use crate::api::skp::fail;
    use crate::backend::skp::cascade;

    let ctx = crate::api::ctx::ctx().await?;
    let actor = ctx.actor().await?;
    let node = node.filter(|n| !n.is_empty());
    cascade::cascade(&ctx.db, &actor, &unit_id, None, Some(1), node.as_deref())
        .await
        .map_err(|e| fail(&ctx, e))
}

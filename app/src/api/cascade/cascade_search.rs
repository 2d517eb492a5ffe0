use leptos::prelude::*;

use crate::api::ApiError;
use crate::domain::dto::CascadeHit;

/// RHK in the cascade of `unit_id` whose text or owner (name, or the start of the NIP)
/// matches `q`, each with the path of node ids that opens it.
#[server(prefix = "/sf", endpoint = "cascade/search")]
pub async fn cascade_search(unit_id: String, q: String) -> Result<Vec<CascadeHit>, ApiError> {
    use crate::api::skp::fail;
    use crate::backend::skp::cascade;

    let ctx = crate::api::ctx::ctx().await?;
    let actor = ctx.actor().await?;
    cascade::search(&ctx.db, &actor, &unit_id, None, &q)
        .await
        .map_err(|e| fail(&ctx, e))
}

use leptos::prelude::*;

use crate::api::ApiError;
use crate::domain::dto::ChainStep;

/// The result chain of an RHK, from the strategic goal down to the RHK itself.
#[server(prefix = "/sf", endpoint = "cascade/chain")]
pub async fn rhk_chain(rhk_id: String) -> Result<Vec<ChainStep>, ApiError> {
    use crate::api::skp::fail;
    use crate::backend::skp::cascade;

    let ctx = crate::api::ctx::ctx().await?;
    let actor = ctx.actor().await?;
    cascade::chain(&ctx.db, &actor, &rhk_id)
        .await
        .map_err(|e| fail(&ctx, e))
}

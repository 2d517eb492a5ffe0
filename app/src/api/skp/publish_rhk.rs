use leptos::prelude::*;

use crate::api::ApiError;
use crate::domain::dto::Skp;

/// A leader publishes (`terbit`) or withdraws a draft RHK so their staff can intervene it
/// before the SKP is approved. Only the owner of the RHK.
#[server(prefix = "/sf", endpoint = "skp/publish_rhk")]
pub async fn publish_rhk(rhk_id: String, terbit: bool) -> Result<Skp, ApiError> {
    use super::fail;
    use crate::backend::skp::plan;

    let ctx = crate::api::ctx::ctx().await?;
    let actor = ctx.actor().await?;
    plan::publish(&ctx.db, &actor, &rhk_id, terbit)
        .await
        .map_err(|e| fail(&ctx, e))
}

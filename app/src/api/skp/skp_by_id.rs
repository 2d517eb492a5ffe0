use leptos::prelude::*;

use crate::api::ApiError;
use crate::domain::dto::Skp;

/// One SKP by id, as far as the caller may read it (its owner, the PPK, leaders above).
#[server(prefix = "/sf", endpoint = "skp/by_id")]
pub async fn skp_by_id(skp_id: String) -> Result<Skp, ApiError> {
    use super::fail;
    use crate::backend::skp::plan;

    let ctx = crate::api::ctx::ctx().await?;
    let actor = ctx.actor().await?;
    plan::get_by_id(&ctx.db, &actor, &skp_id)
        .await
        .map_err(|e| fail(&ctx, e))
}

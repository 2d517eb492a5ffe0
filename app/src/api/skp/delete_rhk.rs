use leptos::prelude::*;

use crate::api::ApiError;
use crate::domain::dto::Skp;

/// Removes an RHK (and its IKI) from its SKP, read at `version`.
#[server(prefix = "/sf", endpoint = "skp/delete_rhk")]
pub async fn delete_rhk(rhk_id: String, version: i64) -> Result<Skp, ApiError> {
    use super::fail;
    use crate::backend::skp::plan;

    let ctx = crate::api::ctx::ctx().await?;
    let actor = ctx.actor().await?;
    plan::delete_rhk(&ctx.db, &actor, &rhk_id, version)
        .await
        .map_err(|e| fail(&ctx, e))
}

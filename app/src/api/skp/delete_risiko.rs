use leptos::prelude::*;

use crate::api::ApiError;
use crate::domain::dto::Skp;

/// Removes a risk from an RHK (its owner or their PPK, at any status of the SKP).
#[server(prefix = "/sf", endpoint = "skp/delete_risiko")]
pub async fn delete_risiko(rhk_id: String, risiko_id: String) -> Result<Skp, ApiError> {
    use super::fail;
    use crate::backend::skp::plan;

    let ctx = crate::api::ctx::ctx().await?;
    let actor = ctx.actor().await?;
    plan::delete_risiko(&ctx.db, &actor, &rhk_id, &risiko_id)
        .await
        .map_err(|e| fail(&ctx, e))
}

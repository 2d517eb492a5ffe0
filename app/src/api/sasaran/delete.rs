use leptos::prelude::*;

use crate::api::ApiError;

/// Deletes a goal; a `conflict` while an RHK still points at it.
#[server(prefix = "/sf", endpoint = "sasaran/delete")]
pub async fn delete_sasaran(id: String) -> Result<(), ApiError> {
    use crate::api::skp::fail;
    use crate::backend::skp::sasaran;

    let ctx = crate::api::ctx::ctx().await?;
    let actor = ctx.actor().await?;
    sasaran::delete(&ctx.db, &actor, &id)
        .await
        .map_err(|e| fail(&ctx, e))
}

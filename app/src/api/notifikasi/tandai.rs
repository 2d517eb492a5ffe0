use leptos::prelude::*;

use crate::api::ApiError;

/// Marks one notification (`id`) or all of the signed-in user's notifications read.
#[server(prefix = "/sf", endpoint = "notifikasi/tandai")]
pub async fn tandai_notifikasi(id: Option<String>) -> Result<u64, ApiError> {
    let ctx = crate::api::ctx::ctx().await?;
    let actor = ctx.actor().await?;
    let id = id.filter(|i| !i.trim().is_empty());
    crate::backend::notifikasi::tandai_dibaca(&ctx.db, &actor, id.as_deref())
        .await
        .map_err(|e| ctx.err(e))
}

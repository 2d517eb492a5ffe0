use leptos::prelude::*;

use crate::api::ApiError;
use crate::domain::dto::DaftarNotifikasi;

/// The newest notifications of the signed-in user, with the unread count.
#[server(prefix = "/sf", endpoint = "notifikasi/saya")]
pub async fn notifikasi_saya() -> Result<DaftarNotifikasi, ApiError> {
    let ctx = crate::api::ctx::ctx().await?;
    let actor = ctx.actor().await?;
    crate::backend::notifikasi::mine(&ctx.db, &actor)
        .await
        .map_err(|e| ctx.err(e))
}

/// How many notifications of the signed-in user are unread (the bell's badge).
#[server(prefix = "/sf", endpoint = "notifikasi/belum_dibaca")]
pub async fn notifikasi_belum_dibaca() -> Result<i64, ApiError> {
    let ctx = crate::api::ctx::ctx().await?;
    let actor = ctx.actor().await?;
    crate::backend::notifikasi::unread(&ctx.db, &actor)
        .await
        .map_err(|e| ctx.err(e))
}

use leptos::prelude::*;

use crate::api::ApiError;
use crate::domain::dto::Tim;

/// Removes a member's role (kept with the date it ended; its cells' RHK are retired).
#[server(prefix = "/sf", endpoint = "tim/remove_anggota")]
pub async fn remove_anggota(
    tim_id: String,
    anggota_id: String,
    version: i64,
) -> Result<Tim, ApiError> {
    use crate::api::skp::fail;
    use crate::backend::tim::kelola;

    let ctx = crate::api::ctx::ctx().await?;
    let actor = ctx.actor().await?;
    kelola::remove_anggota(&ctx.db, &actor, &tim_id, &anggota_id, version)
        .await
        .map_err(|e| fail(&ctx, e))
}

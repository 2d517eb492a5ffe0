use leptos::prelude::*;

use crate::api::ApiError;
use crate::domain::dto::{AnggotaInput, Tim};

/// Adds a member's role with its allocation (0–100 %); the same person with the same role
/// twice is refused.
#[server(prefix = "/sf", endpoint = "tim/add_anggota", input = server_fn::codec::Json)]
pub async fn add_anggota(tim_id: String, input: AnggotaInput) -> Result<Tim, ApiError> {
    use crate::api::skp::fail;
    use crate::backend::tim::kelola;

    let ctx = crate::api::ctx::ctx().await?;
    let actor = ctx.actor().await?;
    kelola::add_anggota(&ctx.db, &actor, &tim_id, input)
        .await
        .map_err(|e| fail(&ctx, e))
}

use leptos::prelude::*;

use crate::api::ApiError;
use crate::domain::dto::{AnggotaInput, Tim};

/// Changes a member's role or allocation (`anggota_id` is the role's id).
#[server(prefix = "/sf", endpoint = "tim/update_anggota", input = server_fn::codec::Json)]
pub async fn update_anggota(
    tim_id: String,
    anggota_id: String,
    input: AnggotaInput,
) -> Result<Tim, ApiError> {
    use crate::api::skp::fail;
    use crate::backend::tim::kelola;

    let ctx = crate::api::ctx::ctx().await?;
    let actor = ctx.actor().await?;
    kelola::update_anggota(&ctx.db, &actor, &tim_id, &anggota_id, input)
        .await
        .map_err(|e| fail(&ctx, e))
}

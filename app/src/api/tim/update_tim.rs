use leptos::prelude::*;

use crate::api::ApiError;
use crate::domain::dto::{Tim, TimUpdate};

/// Changes the squad's name, purpose and served RHK (at the squad's `version`).
#[server(prefix = "/sf", endpoint = "tim/update", input = server_fn::codec::Json)]
pub async fn update_tim(id: String, input: TimUpdate) -> Result<Tim, ApiError> {
    use crate::api::skp::fail;
    use crate::backend::tim::kelola;

    let ctx = crate::api::ctx::ctx().await?;
    let actor = ctx.actor().await?;
    kelola::update(&ctx.db, &actor, &id, input)
        .await
        .map_err(|e| fail(&ctx, e))
}

use leptos::prelude::*;

use crate::api::ApiError;
use crate::domain::dto::{Tim, TimInput};

/// Forms a squad (a leader or an admin); the lead joins as KETUA.
#[server(prefix = "/sf", endpoint = "tim/create", input = server_fn::codec::Json)]
pub async fn create_tim(input: TimInput) -> Result<Tim, ApiError> {
    use crate::api::skp::fail;
    use crate::backend::tim::kelola;

    let ctx = crate::api::ctx::ctx().await?;
    let actor = ctx.actor().await?;
    kelola::create(&ctx.db, &actor, input)
        .await
        .map_err(|e| fail(&ctx, e))
}

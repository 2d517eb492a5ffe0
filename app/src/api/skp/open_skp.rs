use leptos::prelude::*;

use crate::api::ApiError;
use crate::domain::dto::Skp;

/// Opens the signed-in employee's SKP for this year as a draft, optionally copying last
/// year's RHK and IKI. An SKP that already exists is returned unchanged.
#[server(prefix = "/sf", endpoint = "skp/open")]
pub async fn open_skp(copy_previous: bool) -> Result<Skp, ApiError> {
    use super::fail;
    use crate::backend::skp::plan;

    let ctx = crate::api::ctx::ctx().await?;
    let actor = ctx.actor().await?;
    plan::open(&ctx.db, &actor, None, None, None, copy_previous)
        .await
        .map(|(skp, _created)| skp)
        .map_err(|e| fail(&ctx, e))
}

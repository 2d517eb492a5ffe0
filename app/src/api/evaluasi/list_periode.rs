use leptos::prelude::*;

use crate::api::ApiError;
use crate::domain::dto::Period;

/// The agency's periods (annual, newest first, each with its sub-periods) to choose from.
#[server(prefix = "/sf", endpoint = "evaluasi/periode")]
pub async fn list_periode() -> Result<Vec<Period>, ApiError> {
    use crate::api::skp::fail;

    let ctx = crate::api::ctx::ctx().await?;
    let actor = ctx.actor().await?;
    crate::backend::repo::period::list(&ctx.db.pool, &actor.instansi_id)
        .await
        .map_err(|e| fail(&ctx, e.into()))
}

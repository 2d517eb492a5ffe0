use leptos::prelude::*;

use crate::api::ApiError;

/// How many of the appeals the caller sees are undecided past their deadline (counted in the
/// database: the list itself is capped).
#[server(prefix = "/sf", endpoint = "evaluasi/keberatan_terlambat")]
pub async fn keberatan_terlambat() -> Result<i64, ApiError> {
    use crate::api::skp::fail;
    use crate::backend::evaluasi::keberatan;

    let ctx = crate::api::ctx::ctx().await?;
    let actor = ctx.actor().await?;
    keberatan::overdue(&ctx.db, &actor)
        .await
        .map_err(|e| fail(&ctx, e))
}

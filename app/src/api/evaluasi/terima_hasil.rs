use leptos::prelude::*;

use crate::api::ApiError;
use crate::domain::dto::Evaluasi;

/// The employee acknowledges their result; the 14 days for a keberatan run from then.
#[server(prefix = "/sf", endpoint = "evaluasi/terima")]
pub async fn terima_hasil(id: String) -> Result<Evaluasi, ApiError> {
    use crate::api::skp::fail;
    use crate::backend::evaluasi::rate;

    let ctx = crate::api::ctx::ctx().await?;
    let actor = ctx.actor().await?;
    rate::acknowledge(&ctx.db, &actor, &id)
        .await
        .map_err(|e| fail(&ctx, e))
}

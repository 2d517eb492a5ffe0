use leptos::prelude::*;

use crate::api::ApiError;
use crate::domain::dto::SasaranStrategis;

/// This year's strategic goals of the signed-in user's instansi (what a JPT's RHK may point at).
#[server(prefix = "/sf", endpoint = "skp/sasaran_options")]
pub async fn sasaran_options() -> Result<Vec<SasaranStrategis>, ApiError> {
    use super::fail;
    use crate::backend::skp::sasaran;

    let ctx = crate::api::ctx::ctx().await?;
    let actor = ctx.actor().await?;
    sasaran::list(&ctx.db, &actor, None)
        .await
        .map_err(|e| fail(&ctx, e))
}

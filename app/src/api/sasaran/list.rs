use leptos::prelude::*;

use crate::api::ApiError;
use crate::domain::dto::SasaranStrategis;

/// This year's strategic goals of the signed-in user's instansi, with their indicators.
#[server(prefix = "/sf", endpoint = "sasaran/list")]
pub async fn list_sasaran() -> Result<Vec<SasaranStrategis>, ApiError> {
    use crate::api::skp::fail;
    use crate::backend::skp::sasaran;

    let ctx = crate::api::ctx::ctx().await?;
    let actor = ctx.actor().await?;
    sasaran::list(&ctx.db, &actor, None)
        .await
        .map_err(|e| fail(&ctx, e))
}

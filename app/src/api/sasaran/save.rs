use leptos::prelude::*;

use crate::api::ApiError;
use crate::domain::dto::{SasaranInput, SasaranStrategis};

/// Adds a goal to this year (`id` none) or replaces one read at `version` (a stale one is a
/// `conflict`), with all its indicators.
#[server(prefix = "/sf", endpoint = "sasaran/save", input = server_fn::codec::Json)]
pub async fn save_sasaran(
    id: Option<String>,
    version: i64,
    input: SasaranInput,
) -> Result<SasaranStrategis, ApiError> {
    use crate::api::skp::fail;
    use crate::backend::skp::sasaran;

    let ctx = crate::api::ctx::ctx().await?;
    let actor = ctx.actor().await?;
    let saved = match id.filter(|id| !id.is_empty()) {
        Some(id) => sasaran::update(&ctx.db, &actor, &id, version, input).await,
        None => sasaran::create(&ctx.db, &actor, None, input).await,
    };
    saved.map_err(|e| fail(&ctx, e))
}

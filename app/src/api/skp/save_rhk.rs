use leptos::prelude::*;

use crate::api::ApiError;
use crate::domain::dto::{RhkInput, Skp};

/// Adds an RHK to the SKP (`rhk_id` none) or replaces one (with all its IKI). `version` is
/// the SKP's as last read: a stale one is a `conflict`.
#[server(prefix = "/sf", endpoint = "skp/save_rhk", input = server_fn::codec::Json)]
pub async fn save_rhk(
    skp_id: String,
    version: i64,
    rhk_id: Option<String>,
    input: RhkInput,
) -> Result<Skp, ApiError> {
    use super::fail;
    use crate::backend::skp::plan;

    let ctx = crate::api::ctx::ctx().await?;
    let actor = ctx.actor().await?;
    let saved = match rhk_id.filter(|id| !id.is_empty()) {
        Some(id) => plan::update_rhk(&ctx.db, &actor, &id, version, input).await,
        None => plan::add_rhk(&ctx.db, &actor, &skp_id, version, input).await,
    };
    saved.map_err(|e| fail(&ctx, e))
}

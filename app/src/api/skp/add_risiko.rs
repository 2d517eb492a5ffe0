use leptos::prelude::*;

use crate::api::ApiError;
use crate::domain::dto::{RisikoInput, Skp};

/// Adds a risk to an RHK (its owner or their PPK, at any status of the SKP).
#[server(prefix = "/sf", endpoint = "skp/add_risiko", input = server_fn::codec::Json)]
pub async fn add_risiko(rhk_id: String, input: RisikoInput) -> Result<Skp, ApiError> {
    use super::fail;
    use crate::backend::skp::plan;

    let ctx = crate::api::ctx::ctx().await?;
    let actor = ctx.actor().await?;
    plan::add_risiko(&ctx.db, &actor, &rhk_id, input)
        .await
        .map_err(|e| fail(&ctx, e))
}

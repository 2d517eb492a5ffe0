use leptos::prelude::*;

use crate::api::ApiError;
use crate::domain::dto::{Keberatan, PutusanInput};

/// The atasan PPK records the hearing and decides; the decision is final.
#[server(prefix = "/sf", endpoint = "evaluasi/putus", input = server_fn::codec::Json)]
pub async fn putus_keberatan(id: String, input: PutusanInput) -> Result<Keberatan, ApiError> {
    use crate::api::skp::fail;
    use crate::backend::evaluasi::keberatan;

    let ctx = crate::api::ctx::ctx().await?;
    let actor = ctx.actor().await?;
    keberatan::putus(&ctx.db, &actor, &id, &input)
        .await
        .map_err(|e| fail(&ctx, e))
}

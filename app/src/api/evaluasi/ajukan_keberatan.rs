use leptos::prelude::*;

use crate::api::ApiError;
use crate::domain::dto::{Keberatan, KeberatanInput};

/// The employee files a keberatan against their final result (within 14 days of receiving it).
#[server(prefix = "/sf", endpoint = "evaluasi/keberatan", input = server_fn::codec::Json)]
pub async fn ajukan_keberatan(
    evaluasi_id: String,
    input: KeberatanInput,
) -> Result<Keberatan, ApiError> {
    use crate::api::skp::fail;
    use crate::backend::evaluasi::keberatan;

    let ctx = crate::api::ctx::ctx().await?;
    let actor = ctx.actor().await?;
    keberatan::ajukan(&ctx.db, &actor, &evaluasi_id, &input)
        .await
        .map_err(|e| fail(&ctx, e))
}

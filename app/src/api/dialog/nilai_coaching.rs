use leptos::prelude::*;

use crate::api::ApiError;
use crate::domain::dto::{DialogKinerja, PenilaianCoachingInput};

/// The employee rates a held coaching, mentoring or counseling session (nine statements, once).
#[server(prefix = "/sf", endpoint = "dialog/nilai-coaching", input = server_fn::codec::Json)]
pub async fn nilai_coaching(
    id: String,
    input: PenilaianCoachingInput,
) -> Result<DialogKinerja, ApiError> {
    use crate::api::skp::fail;

    let ctx = crate::api::ctx::ctx().await?;
    let actor = ctx.actor().await?;
    crate::backend::dialog::rate_coaching(&ctx.db, &actor, &id, input)
        .await
        .map_err(|e| fail(&ctx, e))
}

use leptos::prelude::*;

use crate::api::ApiError;
use crate::domain::dto::{MatriksInput, Tim};

/// Saves the whole Matriks Peran Hasil (at the squad's `version`): each cell becomes or
/// updates an RHK in the member's SKP; a removed cell retires its RHK.
#[server(prefix = "/sf", endpoint = "tim/save_matriks", input = server_fn::codec::Json)]
pub async fn save_matriks(tim_id: String, input: MatriksInput) -> Result<Tim, ApiError> {
    use crate::api::skp::fail;
    use crate::backend::tim::matriks;

    let ctx = crate::api::ctx::ctx().await?;
    let actor = ctx.actor().await?;
    matriks::save(&ctx.db, &actor, &tim_id, input)
        .await
        .map_err(|e| fail(&ctx, e))
}

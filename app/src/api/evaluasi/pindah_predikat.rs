use leptos::prelude::*;

use crate::api::ApiError;
use crate::domain::dto::{Kalibrasi, PindahInput};

/// A leader of the unit moves one person to another predikat, with a reason.
#[server(prefix = "/sf", endpoint = "evaluasi/pindah", input = server_fn::codec::Json)]
pub async fn pindah_predikat(input: PindahInput) -> Result<Kalibrasi, ApiError> {
    use crate::api::skp::fail;
    use crate::backend::evaluasi::kalibrasi;

    let ctx = crate::api::ctx::ctx().await?;
    let actor = ctx.actor().await?;
    kalibrasi::pindah(&ctx.db, &actor, &input)
        .await
        .map_err(|e| fail(&ctx, e))
}

use leptos::prelude::*;

use crate::api::ApiError;
use crate::domain::dto::{Evaluasi, Keberatan};

/// One keberatan with the evaluation it is against (both sides of the hearing), and whether
/// the caller decides it (the atasan PPK or a leader above).
#[server(prefix = "/sf", endpoint = "evaluasi/keberatan_get")]
pub async fn get_keberatan(id: String) -> Result<(Keberatan, Evaluasi, bool), ApiError> {
    use crate::api::skp::fail;
    use crate::backend::evaluasi::{keberatan, rate};

    let ctx = crate::api::ctx::ctx().await?;
    let actor = ctx.actor().await?;
    let (k, memutus) = keberatan::get_with_role(&ctx.db, &actor, &id)
        .await
        .map_err(|e| fail(&ctx, e))?;
    let e = rate::get(&ctx.db, &actor, &k.evaluasi_id)
        .await
        .map_err(|e| fail(&ctx, e))?;
    Ok((k, e, memutus))
}

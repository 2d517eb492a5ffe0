use leptos::prelude::*;

use crate::api::ApiError;
use crate::domain::dto::{Evaluasi, Keberatan};

/// One keberatan with the evaluation it is against (both sides of the hearing), and whether
/// the caller is the atasan PPK who decides it.
#[server(prefix = "/sf", endpoint = "evaluasi/keberatan_get")]
pub async fn get_keberatan(id: String) -> Result<(Keberatan, Evaluasi, bool), ApiError> {
    use crate::api::skp::fail;
    use crate::backend::evaluasi::{keberatan, rate};

    let ctx = crate::api::ctx::ctx().await?;
    let actor = ctx.actor().await?;
    let k = keberatan::get(&ctx.db, &actor, &id)
        .await
        .map_err(|e| fail(&ctx, e))?;
    let e = rate::get(&ctx.db, &actor, &k.evaluasi_id)
        .await
        .map_err(|e| fail(&ctx, e))?;
    let memutus = actor.pegawai_id.is_some() && actor.pegawai_id == k.atasan_id;
    Ok((k, e, memutus))
}

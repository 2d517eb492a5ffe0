use leptos::prelude::*;

use crate::api::ApiError;
use crate::domain::dto::SkpBawahan;

/// The employees the signed-in PPK assesses, with the state of their SKP this year.
#[server(prefix = "/sf", endpoint = "skp/bawahan")]
pub async fn bawahan_list() -> Result<Vec<SkpBawahan>, ApiError> {
    use super::fail;
    use crate::backend::repo::skp as repo;
    use crate::backend::skp::period;

    let ctx = crate::api::ctx::ctx().await?;
    let actor = ctx.actor().await?;
    let Some(me) = actor.pegawai_id.as_deref() else {
        return Ok(vec![]);
    };
    let p = period::annual(&ctx.db, &actor, None)
        .await
        .map_err(|e| fail(&ctx, e))?;
    repo::bawahan(&ctx.db.pool, &actor.instansi_id, me, &p.id)
        .await
        .map_err(|e| fail(&ctx, e.into()))
}

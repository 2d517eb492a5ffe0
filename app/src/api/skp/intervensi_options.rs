use leptos::prelude::*;

use crate::api::ApiError;
use crate::domain::dto::RhkRef;

/// The RHK the signed-in employee may intervene this year: those of their PPK that are
/// approved or published early. Empty without a PPK.
#[server(prefix = "/sf", endpoint = "skp/intervensi_options")]
pub async fn intervensi_options() -> Result<Vec<RhkRef>, ApiError> {
    use super::fail;
    use crate::backend::repo::{employee, skp as repo};
    use crate::backend::skp::period;

    let ctx = crate::api::ctx::ctx().await?;
    let actor = ctx.actor().await?;
    let Some(me) = actor.pegawai_id.as_deref() else {
        return Ok(vec![]);
    };
    let ppk_id = employee::find(&ctx.db.pool, me)
        .await
        .map_err(|e| fail(&ctx, e.into()))?
        .and_then(|(e, _)| e.ppk_id);
    let Some(ppk_id) = ppk_id else {
        return Ok(vec![]);
    };
    let p = period::annual(&ctx.db, &actor, None)
        .await
        .map_err(|e| fail(&ctx, e))?;
    repo::intervensi_options(&ctx.db.pool, &actor.instansi_id, &ppk_id, &p.id)
        .await
        .map_err(|e| fail(&ctx, e.into()))
}

use leptos::prelude::*;

use crate::api::ApiError;
use crate::domain::dto::PetaKontribusi;

/// The signed-in employee's Peta Kontribusi for this year: home results and every squad role
/// side by side. `None` for an account without an employee record.
#[server(prefix = "/sf", endpoint = "tim/peta_saya")]
pub async fn peta_saya() -> Result<Option<PetaKontribusi>, ApiError> {
    use crate::api::skp::fail;
    use crate::backend::tim::kontribusi;

    let ctx = crate::api::ctx::ctx().await?;
    let actor = ctx.actor().await?;
    let Some(pegawai_id) = actor.pegawai_id.clone() else {
        return Ok(None);
    };
    kontribusi::peta(&ctx.db, &actor, &pegawai_id, None)
        .await
        .map(Some)
        .map_err(|e| fail(&ctx, e))
}

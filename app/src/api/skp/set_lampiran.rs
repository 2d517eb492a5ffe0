use leptos::prelude::*;

use crate::api::ApiError;
use crate::domain::dto::{Lampiran, Skp};

/// The owner replaces the lampiran (dukungan sumber daya, skema pertanggungjawaban,
/// konsekuensi) of the SKP read at `version`, while it may be changed.
#[server(prefix = "/sf", endpoint = "skp/set_lampiran", input = server_fn::codec::Json)]
pub async fn set_lampiran(
    skp_id: String,
    version: i64,
    lampiran: Lampiran,
) -> Result<Skp, ApiError> {
    use super::fail;
    use crate::backend::skp::plan;

    let ctx = crate::api::ctx::ctx().await?;
    let actor = ctx.actor().await?;
    plan::set_lampiran(&ctx.db, &actor, &skp_id, version, lampiran)
        .await
        .map_err(|e| fail(&ctx, e))
}

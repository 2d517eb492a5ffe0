use leptos::prelude::*;

use crate::api::ApiError;
use crate::domain::dto::{DialogInput, DialogKinerja};

/// Schedules a dialogue with the employee (audited; the other participant is notified).
#[server(prefix = "/sf", endpoint = "dialog/jadwalkan", input = server_fn::codec::Json)]
pub async fn jadwalkan_dialog(
    pegawai: String,
    input: DialogInput,
) -> Result<DialogKinerja, ApiError> {
    use crate::api::skp::fail;

    let ctx = crate::api::ctx::ctx().await?;
    let actor = ctx.actor().await?;
    crate::backend::dialog::create(&ctx.db, &actor, &pegawai, input)
        .await
        .map_err(|e| fail(&ctx, e))
}

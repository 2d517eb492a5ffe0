use leptos::prelude::*;

use crate::api::ApiError;
use crate::domain::dto::{DialogKinerja, DialogUpdate};

/// A participant keeps the notes and marks the dialogue held or cancelled (audited).
#[server(prefix = "/sf", endpoint = "dialog/ubah", input = server_fn::codec::Json)]
pub async fn ubah_dialog(id: String, input: DialogUpdate) -> Result<DialogKinerja, ApiError> {
    use crate::api::skp::fail;

    let ctx = crate::api::ctx::ctx().await?;
    let actor = ctx.actor().await?;
    crate::backend::dialog::update(&ctx.db, &actor, &id, input)
        .await
        .map_err(|e| fail(&ctx, e))
}

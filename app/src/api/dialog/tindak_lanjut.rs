use leptos::prelude::*;

use crate::api::ApiError;
use crate::domain::dto::{DialogKinerja, TindakLanjutInput, TindakLanjutStatus};

/// Adds an agreed follow-up to a dialogue (audited; the person responsible is notified).
#[server(prefix = "/sf", endpoint = "dialog/tindak_lanjut", input = server_fn::codec::Json)]
pub async fn tambah_tindak_lanjut(
    dialog: String,
    input: TindakLanjutInput,
) -> Result<DialogKinerja, ApiError> {
    use crate::api::skp::fail;

    let ctx = crate::api::ctx::ctx().await?;
    let actor = ctx.actor().await?;
    crate::backend::dialog::add_follow_up(&ctx.db, &actor, &dialog, input)
        .await
        .map_err(|e| fail(&ctx, e))
}

/// Marks a follow-up done or open again (audited).
#[server(prefix = "/sf", endpoint = "dialog/tandai_tindak_lanjut", input = server_fn::codec::Json)]
pub async fn tandai_tindak_lanjut(
    id: String,
    input: TindakLanjutStatus,
) -> Result<DialogKinerja, ApiError> {
    use crate::api::skp::fail;

    let ctx = crate::api::ctx::ctx().await?;
    let actor = ctx.actor().await?;
    crate::backend::dialog::set_follow_up(&ctx.db, &actor, &id, input)
        .await
        .map_err(|e| fail(&ctx, e))
}

use leptos::prelude::*;

use crate::api::ApiError;
use crate::domain::dto::DaftarDialog;

/// An employee's dialogues of a year (the caller's own without `pegawai`).
#[server(prefix = "/sf", endpoint = "dialog/pegawai")]
pub async fn dialog_pegawai(
    pegawai: Option<String>,
    periode: Option<String>,
) -> Result<DaftarDialog, ApiError> {
    use crate::api::skp::fail;

    let ctx = crate::api::ctx::ctx().await?;
    let actor = ctx.actor().await?;
    let pegawai = ctx.pegawai_or_self(&actor, pegawai)?;
    crate::backend::dialog::for_employee(&ctx.db, &actor, &pegawai, periode.as_deref())
        .await
        .map_err(|e| fail(&ctx, e))
}

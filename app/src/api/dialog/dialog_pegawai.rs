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
    use crate::backend::AppError;

    let ctx = crate::api::ctx::ctx().await?;
    let actor = ctx.actor().await?;
    let pegawai = pegawai
        .filter(|p| !p.trim().is_empty())
        .or_else(|| actor.pegawai_id.clone())
        .ok_or_else(|| ctx.err(AppError::not_found("Pegawai", "Employee")))?;
    crate::backend::dialog::for_employee(&ctx.db, &actor, &pegawai, periode.as_deref())
        .await
        .map_err(|e| fail(&ctx, e))
}

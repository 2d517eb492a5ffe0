use leptos::prelude::*;

use crate::api::ApiError;

/// Whether the signed-in user has a dashboard: they head a unit, or read the whole instansi
/// (admins, auditors). The navigation shows "Dasbor" only then.
#[server(prefix = "/sf", endpoint = "dasbor/akses")]
pub async fn akses_dasbor() -> Result<bool, ApiError> {
    let ctx = crate::api::ctx::ctx().await?;
    let actor = ctx.actor().await?;
    Ok(!actor.headed_paths.is_empty() || actor.reads_whole_instansi())
}

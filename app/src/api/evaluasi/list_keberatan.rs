use leptos::prelude::*;

use crate::api::ApiError;
use crate::domain::dto::Keberatan;

/// The caller's keberatan: filed by them, or for them to decide as atasan PPK (all of the
/// agency for admins and auditors).
#[server(prefix = "/sf", endpoint = "evaluasi/keberatan_list")]
pub async fn list_keberatan(status: Option<String>) -> Result<Vec<Keberatan>, ApiError> {
    use crate::api::skp::fail;
    use crate::backend::evaluasi::keberatan;

    let ctx = crate::api::ctx::ctx().await?;
    let actor = ctx.actor().await?;
    keberatan::list(&ctx.db, &actor, status.as_deref())
        .await
        .map_err(|e| fail(&ctx, e))
}

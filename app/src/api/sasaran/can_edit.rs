use leptos::prelude::*;

use crate::api::ApiError;

/// Whether the signed-in user may change the strategic goals (the admin, or the head of
/// the agency).
#[server(prefix = "/sf", endpoint = "sasaran/can_edit")]
pub async fn can_edit_sasaran() -> Result<bool, ApiError> {
    use crate::backend::skp::sasaran;

    let ctx = crate::api::ctx::ctx().await?;
    let actor = ctx.actor().await?;
    Ok(sasaran::require_editor(&actor).is_ok())
}

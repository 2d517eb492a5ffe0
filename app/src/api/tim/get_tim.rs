use leptos::prelude::*;

use crate::api::ApiError;
use crate::domain::dto::Tim;

/// The squad page: members, roles, the matrix, progress per result, recent activity (for its
/// members, lead and creator, admins and auditors).
#[server(prefix = "/sf", endpoint = "tim/get")]
pub async fn get_tim(id: String) -> Result<Tim, ApiError> {
    use crate::api::skp::fail;
    use crate::backend::tim::kelola;

    let ctx = crate::api::ctx::ctx().await?;
    let actor = ctx.actor().await?;
    kelola::get(&ctx.db, &actor, &id)
        .await
        .map_err(|e| fail(&ctx, e))
}

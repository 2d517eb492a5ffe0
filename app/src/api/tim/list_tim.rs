use leptos::prelude::*;

use crate::api::ApiError;
use crate::domain::dto::{Page, TimRingkas};

/// The squads of this year the caller may see, one page at a time (by name).
#[server(prefix = "/sf", endpoint = "tim/list")]
pub async fn list_tim(cursor: Option<String>) -> Result<Page<TimRingkas>, ApiError> {
    use crate::api::skp::fail;
    use crate::backend::tim::kelola;

    let ctx = crate::api::ctx::ctx().await?;
    let actor = ctx.actor().await?;
    let cursor = cursor.filter(|c| !c.is_empty());
    kelola::list(&ctx.db, &actor, None, None, cursor.as_deref())
        .await
        .map_err(|e| fail(&ctx, e))
}

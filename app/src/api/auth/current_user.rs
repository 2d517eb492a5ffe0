use leptos::prelude::*;

use crate::api::ApiError;
use crate::domain::dto::Me;

/// The signed-in user, or `None` when there is no valid session.
#[server(prefix = "/sf", endpoint = "auth/current_user")]
pub async fn current_user() -> Result<Option<Me>, ApiError> {
    let ctx = crate::api::ctx::ctx().await?;
    Ok(ctx.try_actor().await?.map(|a| a.me()))
}

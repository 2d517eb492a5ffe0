use leptos::prelude::*;

use crate::api::ApiError;

/// The ids of the units from the root down to `unit` (inclusive), so a page opened at
/// `/organisasi?unit=…` shows the tree expanded down to it. Unknown units give an empty trail.
#[server(prefix = "/sf", endpoint = "org/unit_trail")]
pub async fn unit_trail(unit: Option<String>) -> Result<Vec<String>, ApiError> {
    use crate::backend::repo::unit as repo;

    let ctx = crate::api::ctx::ctx().await?;
    let actor = ctx.actor().await?;
    let Some(id) = unit.filter(|u| !u.is_empty()) else {
        return Ok(vec![]);
    };
    match repo::find(&ctx.db.pool, &id)
        .await
        .map_err(|e| ctx.err(e.into()))?
    {
        Some(u) if u.instansi_id == actor.instansi_id => Ok(u
            .path
            .split('/')
            .filter(|s| !s.is_empty())
            .map(String::from)
            .collect()),
        _ => Ok(vec![]),
    }
}

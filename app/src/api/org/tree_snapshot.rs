use leptos::prelude::*;
use serde::{Deserialize, Serialize};

use crate::api::ApiError;
use crate::domain::dto::{Page, Unit};

/// What the unit tree shows when the page opens: the roots and the first page of children
/// of every unit on the way down to the selected one (or of the only root). One request,
/// so the server renders the opened tree and the browser hydrates it without refetching.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct OpeningTree {
    pub roots: Page<Unit>,
    /// (unit id, its children), from the root down.
    pub open: Vec<(String, Page<Unit>)>,
}

#[server(prefix = "/sf", endpoint = "org/tree_snapshot")]
pub async fn tree_snapshot(unit: Option<String>) -> Result<OpeningTree, ApiError> {
    use super::UNIT_PAGE;
    use crate::backend::repo::unit as repo;

    let ctx = crate::api::ctx::ctx().await?;
    let actor = ctx.actor().await?;
    let db_err = |e: sqlx::Error| ctx.err(e.into());
    let inst = actor.instansi_id.as_str();
    let roots = repo::children(&ctx.db.pool, inst, None, UNIT_PAGE, None)
        .await
        .map_err(db_err)?;
    let selected = match unit.filter(|u| !u.is_empty()) {
        Some(id) => repo::find(&ctx.db.pool, &id).await.map_err(db_err)?,
        None => None,
    };
    // Units of another instansi are simply not opened (the employee list says why).
    let trail: Vec<String> = match selected {
        Some(u) if u.instansi_id == actor.instansi_id => u
            .path
            .split('/')
            .filter(|s| !s.is_empty())
            .map(String::from)
            .collect(),
        _ if roots.items.len() == 1 => vec![roots.items[0].id.clone()],
        _ => vec![],
    };
    let mut open = Vec::with_capacity(trail.len());
    for id in trail {
        let page = repo::children(&ctx.db.pool, inst, Some(&id), UNIT_PAGE, None)
            .await
            .map_err(db_err)?;
        open.push((id, page));
    }
    Ok(OpeningTree { roots, open })
}

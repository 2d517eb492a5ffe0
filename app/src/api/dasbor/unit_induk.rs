use leptos::prelude::*;

use crate::api::ApiError;
use crate::domain::dto::Unit;

/// The units above `unit` (the caller's own unit by default), the root first, as far as the
/// caller may open their dashboards: the breadcrumb back up from a drill-down.
#[server(prefix = "/sf", endpoint = "dasbor/unit_induk")]
pub async fn unit_induk(unit: Option<String>) -> Result<Vec<Unit>, ApiError> {
    use crate::backend::repo::unit as repo;
    use crate::backend::AppError;

    let ctx = crate::api::ctx::ctx().await?;
    let actor = ctx.actor().await?;
    let Some(id) = unit
        .filter(|u| !u.trim().is_empty())
        .or(actor.unit_id.clone())
    else {
        return Ok(vec![]);
    };
    let u = repo::find(&ctx.db.pool, &id)
        .await
        .map_err(|e| ctx.err(e.into()))?
        .ok_or_else(|| ctx.err(AppError::not_found("Unit kerja", "Unit")))?;
    actor
        .require_instansi(&u.instansi_id)
        .map_err(|e| ctx.err(e))?;
    // a materialised path lists the ids from the root down: "/root/…/id/"
    let ids: Vec<&str> = u.path.split('/').filter(|s| !s.is_empty()).collect();
    let mut out = vec![];
    for (i, above) in ids.iter().enumerate().take(ids.len().saturating_sub(1)) {
        let path = format!("/{}/", ids[..=i].join("/"));
        let visible = actor.reads_whole_instansi()
            || actor
                .headed_paths
                .iter()
                .any(|p| path.starts_with(p.as_str()));
        if !visible {
            continue;
        }
        if let Some(x) = repo::get(&ctx.db.pool, &u.instansi_id, above)
            .await
            .map_err(|e| ctx.err(e.into()))?
        {
            out.push(x);
        }
    }
    Ok(out)
}

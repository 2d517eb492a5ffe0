use leptos::prelude::*;

use crate::api::ApiError;
use crate::domain::dto::Cascade;

/// The top of the cascade page: the unit asked for, else the unit the actor heads, else for
/// admins and auditors the first root unit; with the level below it (strategic goals).
#[server(prefix = "/sf", endpoint = "cascade/root")]
pub async fn cascade_root(unit: Option<String>) -> Result<Cascade, ApiError> {
    use crate::api::skp::fail;
    use crate::backend::repo::unit as units;
    use crate::backend::skp::cascade;
    use crate::backend::AppError;

    let ctx = crate::api::ctx::ctx().await?;
    let actor = ctx.actor().await?;
    let headed = actor
        .headed_paths
        .first()
        .and_then(|p| p.split('/').rfind(|s| !s.is_empty()))
        .map(String::from);
    let unit_id = match unit.filter(|u| !u.trim().is_empty()).or(headed) {
        Some(u) => u,
        None if actor.reads_whole_instansi() => {
            units::children(&ctx.db.pool, &actor.instansi_id, None, 1, None)
                .await
                .map_err(|e| fail(&ctx, e.into()))?
                .items
                .into_iter()
                .next()
                .map(|u| u.id)
                .ok_or_else(|| fail(&ctx, AppError::not_found("Unit kerja", "Unit")))?
        }
        // the backend explains that the cascade is for leaders
        None => actor
            .unit_id
            .clone()
            .ok_or_else(|| ctx.err(AppError::forbidden()))?,
    };
    cascade::cascade(&ctx.db, &actor, &unit_id, None, Some(1), None)
        .await
        .map_err(|e| fail(&ctx, e))
}

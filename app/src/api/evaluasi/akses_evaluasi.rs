use leptos::prelude::*;

use crate::api::ApiError;
use crate::domain::dto::PeranEvaluasi;

/// What the signed-in user does in evaluation: rate staff, lead a unit (calibrate, decide
/// appeals), be rated; the navigation and the pages' defaults follow it.
#[server(prefix = "/sf", endpoint = "evaluasi/akses")]
pub async fn akses_evaluasi() -> Result<PeranEvaluasi, ApiError> {
    let ctx = crate::api::ctx::ctx().await?;
    let actor = ctx.actor().await?;
    // a materialised path ends with the unit's own id: "/root/…/id/"
    let unit_dipimpin = actor
        .headed_paths
        .first()
        .and_then(|p| p.trim_end_matches('/').rsplit('/').next())
        .map(str::to_string);
    Ok(PeranEvaluasi {
        pegawai_id: actor.pegawai_id.clone(),
        menilai: actor.is_ppk,
        memimpin: unit_dipimpin.is_some() || actor.is_admin(),
        admin: actor.is_admin(),
        unit_id: unit_dipimpin.or(actor.unit_id.clone()),
    })
}

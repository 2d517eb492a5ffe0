use leptos::prelude::*;

use crate::api::ApiError;
use crate::domain::dto::BebanKerja;

/// The workload of a unit subtree (the caller's own unit by default) this year: the unit and
/// its sub-units, and one page of people. For the unit's leaders, admins and auditors.
#[server(prefix = "/sf", endpoint = "tim/beban_unit")]
pub async fn beban_unit(
    unit: Option<String>,
    cursor: Option<String>,
) -> Result<BebanKerja, ApiError> {
    use crate::api::skp::fail;
    use crate::backend::tim::beban;

    let ctx = crate::api::ctx::ctx().await?;
    let actor = ctx.actor().await?;
    let unit = unit.filter(|u| !u.is_empty());
    let cursor = cursor.filter(|c| !c.is_empty());
    beban::beban_kerja(
        &ctx.db,
        &actor,
        unit.as_deref(),
        None,
        None,
        cursor.as_deref(),
    )
    .await
    .map_err(|e| fail(&ctx, e))
}

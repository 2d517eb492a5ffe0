use leptos::prelude::*;

use crate::api::ApiError;
use crate::domain::dto::{CapaianOrganisasi, Kalibrasi};

/// The calibration of a unit subtree for a period, with the unit's organisation result as
/// set (its reason and version, for changing it).
#[server(prefix = "/sf", endpoint = "evaluasi/kalibrasi")]
pub async fn get_kalibrasi(
    unit: Option<String>,
    period: Option<String>,
) -> Result<(Kalibrasi, Option<CapaianOrganisasi>), ApiError> {
    use crate::api::skp::fail;
    use crate::backend::evaluasi::{capaian, kalibrasi};

    let ctx = crate::api::ctx::ctx().await?;
    let actor = ctx.actor().await?;
    let k = kalibrasi::view(
        &ctx.db,
        &actor,
        unit.as_deref(),
        period.as_deref(),
        Some(200),
        None,
    )
    .await
    .map_err(|e| fail(&ctx, e))?;
    let c = capaian::get(&ctx.db, &actor, &k.unit_id, Some(&k.periode_id))
        .await
        .map_err(|e| fail(&ctx, e))?;
    Ok((k, c))
}

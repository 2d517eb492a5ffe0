use leptos::prelude::*;

use crate::api::ApiError;
use crate::domain::dto::PetaTalenta;

/// The 9-box of a unit subtree for an annual period, with one page of its people.
#[server(prefix = "/sf", endpoint = "tindak-lanjut/talenta")]
pub async fn talenta_unit(
    unit: Option<String>,
    period: Option<String>,
    cursor: Option<String>,
) -> Result<PetaTalenta, ApiError> {
    use crate::api::skp::fail;
    use crate::backend::tindak_lanjut::talenta;

    let ctx = crate::api::ctx::ctx().await?;
    let actor = ctx.actor().await?;
    talenta::peta(
        &ctx.db,
        &actor,
        unit.as_deref(),
        period.as_deref(),
        Some(50),
        cursor.as_deref(),
    )
    .await
    .map_err(|e| fail(&ctx, e))
}

use leptos::prelude::*;

use crate::api::ApiError;
use crate::domain::dto::Dasbor;

/// The dashboard of a unit subtree (the caller's own unit by default) for an annual period
/// (this year's by default): for the unit's leaders, admins and auditors.
#[server(prefix = "/sf", endpoint = "dasbor/unit")]
pub async fn dasbor_unit(unit: Option<String>, period: Option<String>) -> Result<Dasbor, ApiError> {
    use crate::api::skp::fail;

    let ctx = crate::api::ctx::ctx().await?;
    let actor = ctx.actor().await?;
    crate::backend::dasbor::dashboard(&ctx.db, &actor, unit.as_deref(), period.as_deref())
        .await
        .map_err(|e| fail(&ctx, e))
}

use leptos::prelude::*;

use crate::api::ApiError;
use crate::domain::dto::UmpanBalikSkp;

/// An employee's feedback and requests in an annual period (this year's without one), with
/// what the caller may do.
#[server(prefix = "/sf", endpoint = "umpan_balik/pegawai")]
pub async fn umpan_balik_pegawai(
    pegawai: Option<String>,
    periode: Option<String>,
) -> Result<UmpanBalikSkp, ApiError> {
    use crate::api::skp::fail;
    use crate::backend::umpan_balik::for_employee;

    let ctx = crate::api::ctx::ctx().await?;
    let actor = ctx.actor().await?;
    let pegawai = ctx.pegawai_or_self(&actor, pegawai)?;
    for_employee(&ctx.db, &actor, &pegawai, periode.as_deref())
        .await
        .map_err(|e| fail(&ctx, e))
}

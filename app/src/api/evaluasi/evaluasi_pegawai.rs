use leptos::prelude::*;

use crate::api::ApiError;
use crate::domain::dto::Evaluasi;

/// One employee's evaluation for a period (none when not rated yet); `pegawai` omitted: the
/// signed-in employee's own.
#[server(prefix = "/sf", endpoint = "evaluasi/pegawai")]
pub async fn evaluasi_pegawai(
    pegawai: Option<String>,
    period: Option<String>,
) -> Result<Option<Evaluasi>, ApiError> {
    use crate::api::skp::fail;
    use crate::backend::evaluasi::rate;

    let ctx = crate::api::ctx::ctx().await?;
    let actor = ctx.actor().await?;
    let Some(id) = pegawai.or(actor.pegawai_id.clone()) else {
        return Ok(None);
    };
    rate::of_employee(&ctx.db, &actor, &id, period.as_deref())
        .await
        .map_err(|e| fail(&ctx, e))
}

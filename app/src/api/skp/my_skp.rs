use leptos::prelude::*;

use crate::api::ApiError;
use crate::domain::dto::Skp;

/// The signed-in employee's SKP for the annual period (this year's by default), `None` when
/// it has not been made yet.
#[server(prefix = "/sf", endpoint = "skp/mine")]
pub async fn my_skp(period: Option<String>) -> Result<Option<Skp>, ApiError> {
    use super::fail;
    use crate::backend::skp::{period as periods, plan};
    use crate::backend::AppError;

    let ctx = crate::api::ctx::ctx().await?;
    let actor = ctx.actor().await?;
    let Some(pegawai_id) = actor.pegawai_id.clone() else {
        return Err(fail(
            &ctx,
            AppError::bad_request(
                "Akun ini tidak terhubung dengan data pegawai, sehingga tidak memiliki SKP",
                "This account has no employee record, so it has no SKP",
            ),
        ));
    };
    let period = period.filter(|p| !p.trim().is_empty());
    // The period first: a missing period must not read as "no SKP yet".
    let p = periods::annual(&ctx.db, &actor, period.as_deref())
        .await
        .map_err(|e| fail(&ctx, e))?;
    match plan::get(&ctx.db, &actor, &pegawai_id, Some(&p.id)).await {
        Ok(s) => Ok(Some(s)),
        Err(e) if e.code == "not_found" => Ok(None),
        Err(e) => Err(fail(&ctx, e)),
    }
}

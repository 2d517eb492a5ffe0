use leptos::prelude::*;

use crate::api::ApiError;
use crate::domain::dto::RealisasiIki;

/// An IKI's entries, newest first (one page), with its target and cumulative value, and what
/// the caller may do (record, verify).
#[server(prefix = "/sf", endpoint = "realisasi/iki")]
pub async fn entri_realisasi(
    iki: String,
    cursor: Option<String>,
) -> Result<RealisasiIki, ApiError> {
    use crate::api::skp::fail;
    use crate::backend::realisasi::read;

    let ctx = crate::api::ctx::ctx().await?;
    let actor = ctx.actor().await?;
    read::for_iki(&ctx.db, &actor, &iki, Some(50), cursor.as_deref())
        .await
        .map_err(|e| fail(&ctx, e))
}

use leptos::prelude::*;

use crate::api::ApiError;
use crate::domain::dto::DasborPegawai;

/// One employee's dashboard of a year (the caller's own without `pegawai`).
#[server(prefix = "/sf", endpoint = "dasbor/pegawai")]
pub async fn muat_dasbor_pegawai(
    pegawai: Option<String>,
    periode: Option<String>,
) -> Result<DasborPegawai, ApiError> {
    use crate::api::skp::fail;

    let ctx = crate::api::ctx::ctx().await?;
    let actor = ctx.actor().await?;
    crate::backend::dasbor_pegawai::dasbor_pegawai(
        &ctx.db,
        &actor,
        pegawai.as_deref(),
        periode.as_deref(),
    )
    .await
    .map_err(|e| fail(&ctx, e))
}

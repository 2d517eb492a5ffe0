use leptos::prelude::*;

use crate::api::ApiError;
use crate::domain::dto::PengaturanKurva;

/// The agency's evaluation settings as they apply now (version 0: the defaults).
#[server(prefix = "/sf", endpoint = "pengaturan/get")]
pub async fn get_pengaturan() -> Result<PengaturanKurva, ApiError> {
    use crate::api::skp::fail;
    use crate::backend::tindak_lanjut::pengaturan;

    let ctx = crate::api::ctx::ctx().await?;
    let actor = ctx.actor().await?;
    pengaturan::get(&ctx.db, &actor)
        .await
        .map_err(|e| fail(&ctx, e))
}

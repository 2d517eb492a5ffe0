use leptos::prelude::*;

use crate::api::ApiError;
use crate::domain::dto::{PermintaanInput, PermintaanUmpanBalik};

/// The employee asks their PPK (or squad lead) for feedback (audited; the PPK is notified).
#[server(prefix = "/sf", endpoint = "umpan_balik/minta", input = server_fn::codec::Json)]
pub async fn minta_umpan_balik(
    pegawai: String,
    input: PermintaanInput,
) -> Result<PermintaanUmpanBalik, ApiError> {
    use crate::api::skp::fail;

    let ctx = crate::api::ctx::ctx().await?;
    let actor = ctx.actor().await?;
    crate::backend::umpan_balik::ask(&ctx.db, &actor, &pegawai, input)
        .await
        .map_err(|e| fail(&ctx, e))
}

use leptos::prelude::*;

use crate::api::ApiError;
use crate::domain::dto::{Realisasi, VerifikasiInput};

/// The PPK (or squad lead) marks an entry valid or in need of correction (audited).
#[server(prefix = "/sf", endpoint = "realisasi/verifikasi", input = server_fn::codec::Json)]
pub async fn verifikasi_realisasi(
    id: String,
    input: VerifikasiInput,
) -> Result<Realisasi, ApiError> {
    use crate::api::skp::fail;
    use crate::backend::realisasi::verify;

    let ctx = crate::api::ctx::ctx().await?;
    let actor = ctx.actor().await?;
    verify::verify(&ctx.db, &actor, &id, input)
        .await
        .map_err(|e| fail(&ctx, e))
}

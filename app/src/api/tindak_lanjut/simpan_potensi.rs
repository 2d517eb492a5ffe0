use leptos::prelude::*;

use crate::api::ApiError;
use crate::domain::dto::{Potensi, PotensiInput};

/// Sets an employee's potensi for an annual period (their PPK or a head above; versioned,
/// audited).
#[server(prefix = "/sf", endpoint = "tindak-lanjut/potensi", input = server_fn::codec::Json)]
pub async fn simpan_potensi(pegawai_id: String, input: PotensiInput) -> Result<Potensi, ApiError> {
    use crate::api::skp::fail;
    use crate::backend::tindak_lanjut::talenta;

    let ctx = crate::api::ctx::ctx().await?;
    let actor = ctx.actor().await?;
    talenta::set_potensi(&ctx.db, &actor, &pegawai_id, &input)
        .await
        .map_err(|e| fail(&ctx, e))
}

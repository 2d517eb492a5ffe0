use leptos::prelude::*;

use crate::api::ApiError;
use crate::domain::dto::{PengaturanKurva, PengaturanKurvaInput};

/// Saves the evaluation settings naming the version read; audited.
#[server(prefix = "/sf", endpoint = "pengaturan/simpan", input = server_fn::codec::Json)]
pub async fn simpan_pengaturan(input: PengaturanKurvaInput) -> Result<PengaturanKurva, ApiError> {
    use crate::api::skp::fail;
    use crate::backend::tindak_lanjut::pengaturan;

    let ctx = crate::api::ctx::ctx().await?;
    let actor = ctx.actor().await?;
    pengaturan::put(&ctx.db, &actor, &input)
        .await
        .map_err(|e| fail(&ctx, e))
}

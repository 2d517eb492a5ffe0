use leptos::prelude::*;

use crate::api::ApiError;
use crate::domain::dto::{Evaluasi, PenilaianInput};

/// The PPK rates (or re-rates, naming the version read) one employee for a period.
#[server(prefix = "/sf", endpoint = "evaluasi/nilai", input = server_fn::codec::Json)]
pub async fn nilai_pegawai(pegawai: String, input: PenilaianInput) -> Result<Evaluasi, ApiError> {
    use crate::api::skp::fail;
    use crate::backend::evaluasi::rate;

    let ctx = crate::api::ctx::ctx().await?;
    let actor = ctx.actor().await?;
    rate::rate(&ctx.db, &actor, &pegawai, &input)
        .await
        .map_err(|e| fail(&ctx, e))
}

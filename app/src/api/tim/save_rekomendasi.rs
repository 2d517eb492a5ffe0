use leptos::prelude::*;

use crate::api::ApiError;
use crate::domain::dto::{Rekomendasi, RekomendasiInput};

/// The lead's feedback and rating recommendation for one member of the squad.
#[server(prefix = "/sf", endpoint = "tim/rekomendasi", input = server_fn::codec::Json)]
pub async fn save_rekomendasi(
    tim_id: String,
    pegawai_id: String,
    input: RekomendasiInput,
) -> Result<Rekomendasi, ApiError> {
    use crate::api::skp::fail;
    use crate::backend::tim::kelola;

    let ctx = crate::api::ctx::ctx().await?;
    let actor = ctx.actor().await?;
    kelola::rekomendasi(&ctx.db, &actor, &tim_id, &pegawai_id, input)
        .await
        .map_err(|e| fail(&ctx, e))
}

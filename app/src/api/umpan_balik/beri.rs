use leptos::prelude::*;

use crate::api::ApiError;
use crate::domain::dto::{UmpanBalik, UmpanBalikInput};

/// The PPK (or squad lead) gives feedback on an RHK or a BerAKHLAK value (audited; the
/// employee is notified).
#[server(prefix = "/sf", endpoint = "umpan_balik/beri", input = server_fn::codec::Json)]
pub async fn beri_umpan_balik(
    pegawai: String,
    input: UmpanBalikInput,
) -> Result<UmpanBalik, ApiError> {
    use crate::api::skp::fail;

    let ctx = crate::api::ctx::ctx().await?;
    let actor = ctx.actor().await?;
    crate::backend::umpan_balik::give(&ctx.db, &actor, &pegawai, input)
        .await
        .map_err(|e| fail(&ctx, e))
}

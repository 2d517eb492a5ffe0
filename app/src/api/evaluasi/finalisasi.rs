use leptos::prelude::*;

use crate::api::ApiError;
use crate::domain::dto::{FinalisasiInput, Kalibrasi};

/// Finalises the calibration and locks its results (refused while the curve is broken
/// without a justification).
#[server(prefix = "/sf", endpoint = "evaluasi/finalisasi", input = server_fn::codec::Json)]
pub async fn finalisasi(input: FinalisasiInput) -> Result<Kalibrasi, ApiError> {
    use crate::api::skp::fail;
    use crate::backend::evaluasi::kalibrasi;

    let ctx = crate::api::ctx::ctx().await?;
    let actor = ctx.actor().await?;
    kalibrasi::finalise(&ctx.db, &actor, &input)
        .await
        .map_err(|e| fail(&ctx, e))
}

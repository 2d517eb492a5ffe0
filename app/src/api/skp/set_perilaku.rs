use leptos::prelude::*;

use crate::api::ApiError;
use crate::domain::dto::Skp;

/// The PPK sets the ekspektasi khusus pimpinan per BerAKHLAK value (`(code, text)` pairs) on
/// the SKP read at `version`, while it is not approved.
#[server(prefix = "/sf", endpoint = "skp/set_perilaku", input = server_fn::codec::Json)]
pub async fn set_perilaku(
    skp_id: String,
    version: i64,
    values: Vec<(String, String)>,
) -> Result<Skp, ApiError> {
    use super::fail;
    use crate::backend::skp::plan;
    use crate::backend::AppError;
    use crate::domain::berakhlak::NilaiBerakhlak;

    let ctx = crate::api::ctx::ctx().await?;
    let actor = ctx.actor().await?;
    let mut parsed = Vec::with_capacity(values.len());
    for (code, text) in values {
        let Some(v) = NilaiBerakhlak::from_code(&code) else {
            return Err(fail(
                &ctx,
                AppError::bad_request("Nilai BerAKHLAK tidak dikenal", "Unknown BerAKHLAK value"),
            ));
        };
        parsed.push((v, text));
    }
    plan::set_perilaku(&ctx.db, &actor, &skp_id, version, parsed)
        .await
        .map_err(|e| fail(&ctx, e))
}

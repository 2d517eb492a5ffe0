use leptos::prelude::*;

use crate::api::ApiError;
use crate::domain::dto::Skp;

/// One step of the planning workflow on the SKP read at `version`: `ajukan` (the owner
/// submits), `setujui` or `kembalikan` (the PPK approves or returns, with a required
/// `catatan`), `revisi` (the owner opens a new version of an approved SKP).
#[server(prefix = "/sf", endpoint = "skp/step")]
pub async fn skp_step(
    skp_id: String,
    version: i64,
    aksi: String,
    catatan: Option<String>,
) -> Result<Skp, ApiError> {
    use super::fail;
    use crate::backend::skp::workflow;
    use crate::backend::AppError;
    use crate::domain::skp::Aksi;

    let ctx = crate::api::ctx::ctx().await?;
    let actor = ctx.actor().await?;
    let aksi = match aksi.trim().to_ascii_lowercase().as_str() {
        "ajukan" => Aksi::Ajukan,
        "setujui" => Aksi::Setujui,
        "kembalikan" => Aksi::Kembalikan,
        "revisi" => Aksi::Revisi,
        _ => {
            return Err(fail(
                &ctx,
                AppError::bad_request("Langkah tidak dikenal", "Unknown step"),
            ))
        }
    };
    workflow::step(&ctx.db, &actor, &skp_id, version, aksi, catatan.as_deref())
        .await
        .map_err(|e| fail(&ctx, e))
}

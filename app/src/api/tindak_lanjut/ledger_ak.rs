use leptos::prelude::*;

use crate::api::ApiError;
use crate::domain::dto::AngkaKredit;

/// An employee's angka kredit ledger with its total and progress (none: the caller's own).
#[server(prefix = "/sf", endpoint = "tindak-lanjut/angka-kredit")]
pub async fn ledger_ak(pegawai: Option<String>) -> Result<AngkaKredit, ApiError> {
    use crate::api::skp::fail;
    use crate::backend::tindak_lanjut::angka_kredit;
    use crate::backend::AppError;

    let ctx = crate::api::ctx::ctx().await?;
    let actor = ctx.actor().await?;
    let pegawai = pegawai.filter(|p| !p.trim().is_empty());
    let Some(id) = pegawai.or_else(|| actor.pegawai_id.clone()) else {
        return Err(fail(
            &ctx,
            AppError::bad_request(
                "Akun ini tidak terhubung dengan data pegawai, sehingga tidak memiliki angka kredit",
                "This account has no employee record, so it has no angka kredit",
            ),
        ));
    };
    angka_kredit::ledger(&ctx.db, &actor, &id)
        .await
        .map_err(|e| fail(&ctx, e))
}

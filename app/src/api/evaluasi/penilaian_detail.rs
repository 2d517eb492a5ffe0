use leptos::prelude::*;

use crate::api::ApiError;
use crate::domain::dto::DasarPenilaian;

/// What the PPK needs to rate one employee for a period: the evaluation so far, the
/// employee's RHK with IKI, realisasi and progress for the year, the squad leads'
/// recommendations, and (for the head of a unit) the organisation's result Hasil Kerja follows.
#[server(prefix = "/sf", endpoint = "evaluasi/detail")]
pub async fn penilaian_detail(
    pegawai: String,
    period: Option<String>,
) -> Result<DasarPenilaian, ApiError> {
    use crate::api::skp::fail;
    use crate::backend::evaluasi::{rate, scope};
    use crate::backend::tim::kontribusi;

    let ctx = crate::api::ctx::ctx().await?;
    let actor = ctx.actor().await?;
    let evaluasi = rate::of_employee(&ctx.db, &actor, &pegawai, period.as_deref())
        .await
        .map_err(|e| fail(&ctx, e))?;
    let per = scope::period(&ctx.db, &actor, period.as_deref())
        .await
        .map_err(|e| fail(&ctx, e))?;
    let peta = kontribusi::peta(&ctx.db, &actor, &pegawai, Some(&per.annual_id))
        .await
        .map_err(|e| fail(&ctx, e))?;
    let organisasi = rate::organisasi_dipimpin(&ctx.db, &actor.instansi_id, &pegawai, &per.id)
        .await
        .map_err(|e| fail(&ctx, e))?;
    let terbuka = per.require_open().is_ok();
    Ok(DasarPenilaian {
        periode_tahunan_id: per.annual_id,
        periode_id: per.id,
        periode_nama: per.nama,
        terbuka,
        evaluasi,
        peta,
        organisasi,
    })
}

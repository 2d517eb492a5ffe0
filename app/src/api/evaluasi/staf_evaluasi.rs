use leptos::prelude::*;

use crate::api::ApiError;
use crate::domain::dto::StafDinilai;

/// The employees the signed-in PPK assesses, each with their evaluation for the period (none:
/// not rated yet). The PPK's staff, not the whole unit: a head of the agency would otherwise
/// page through every employee.
#[server(prefix = "/sf", endpoint = "evaluasi/staf")]
pub async fn staf_evaluasi(period: Option<String>) -> Result<Vec<StafDinilai>, ApiError> {
    use crate::api::skp::fail;
    use crate::backend::evaluasi::scope;
    use crate::backend::repo::{evaluasi, skp as repo};
    use crate::backend::skp::period::annual;

    let ctx = crate::api::ctx::ctx().await?;
    let actor = ctx.actor().await?;
    let Some(me) = actor.pegawai_id.as_deref() else {
        return Ok(vec![]);
    };
    let inst = actor.instansi_id.as_str();
    let year = annual(&ctx.db, &actor, None)
        .await
        .map_err(|e| fail(&ctx, e))?;
    // the period asked for (checked to be the agency's), else this year's
    let per = scope::period(&ctx.db, &actor, period.as_deref())
        .await
        .map_err(|e| fail(&ctx, e))?;
    // a PPK reads the staff they assess: no per-person check needed
    let staf = repo::bawahan(&ctx.db.pool, inst, me, &year.id)
        .await
        .map_err(|e| fail(&ctx, e.into()))?;
    let mut evals = evaluasi::of_ppk_staff(&ctx.db.pool, inst, me, &per.id)
        .await
        .map_err(|e| fail(&ctx, e.into()))?;
    Ok(staf
        .into_iter()
        .map(|s| {
            let evaluasi = evals
                .iter()
                .position(|e| e.pegawai_id == s.pegawai.id)
                .map(|i| evals.swap_remove(i));
            StafDinilai {
                pegawai: s.pegawai,
                evaluasi,
            }
        })
        .collect())
}

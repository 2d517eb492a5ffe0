use leptos::prelude::*;

use crate::api::ApiError;
use crate::domain::dto::StafDinilai;

/// The employees the signed-in PPK assesses, each with their evaluation for the period (none:
/// not rated yet). The PPK's staff, not the whole unit: a head of the agency would otherwise
/// page through every employee.
#[server(prefix = "/sf", endpoint = "evaluasi/staf")]
pub async fn staf_evaluasi(period: Option<String>) -> Result<Vec<StafDinilai>, ApiError> {
    use crate::api::skp::fail;
    use crate::backend::evaluasi::rate;
    use crate::backend::repo::skp as repo;
    use crate::backend::skp::period::annual;

    let ctx = crate::api::ctx::ctx().await?;
    let actor = ctx.actor().await?;
    let Some(me) = actor.pegawai_id.as_deref() else {
        return Ok(vec![]);
    };
    let year = annual(&ctx.db, &actor, None)
        .await
        .map_err(|e| fail(&ctx, e))?;
    let staf = repo::bawahan(&ctx.db.pool, &actor.instansi_id, me, &year.id)
        .await
        .map_err(|e| fail(&ctx, e.into()))?;
    let mut out = Vec::with_capacity(staf.len());
    for s in staf {
        let evaluasi = rate::of_employee(&ctx.db, &actor, &s.pegawai.id, period.as_deref())
            .await
            .map_err(|e| fail(&ctx, e))?;
        out.push(StafDinilai {
            pegawai: s.pegawai,
            evaluasi,
        });
    }
    Ok(out)
}

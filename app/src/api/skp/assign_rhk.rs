use leptos::prelude::*;
use serde::{Deserialize, Serialize};

use crate::api::ApiError;

/// What assigning an RHK did for one subordinate: the new RHK, or why it was skipped.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct HasilPenugasan {
    pub pegawai_id: String,
    pub rhk_id: Option<String>,
    pub alasan: Option<String>,
}

/// The owner of `rhk_id` gives it to many of the staff they assess: each gets an RHK that
/// intervenes it, with its title and IKI. Staff whose SKP cannot change now are skipped.
#[server(prefix = "/sf", endpoint = "skp/assign_rhk", input = server_fn::codec::Json)]
pub async fn assign_rhk(
    rhk_id: String,
    pegawai_ids: Vec<String>,
) -> Result<Vec<HasilPenugasan>, ApiError> {
    use super::fail;
    use crate::backend::skp::plan;

    let ctx = crate::api::ctx::ctx().await?;
    let actor = ctx.actor().await?;
    let done = plan::assign(&ctx.db, &actor, &rhk_id, &pegawai_ids, None)
        .await
        .map_err(|e| fail(&ctx, e))?;
    Ok(done
        .into_iter()
        .map(|p| HasilPenugasan {
            pegawai_id: p.pegawai_id,
            rhk_id: p.rhk_id,
            alasan: p.alasan,
        })
        .collect())
}

//! Innovation records: an employee's, a unit's, recording and changing one.

use leptos::prelude::*;

use crate::api::ApiError;
use crate::domain::dto::{DaftarInovasi, Inovasi, InovasiInput, InovasiUnit};

/// An employee's innovation records of a year (the caller's own without `pegawai`).
#[server(prefix = "/sf", endpoint = "inovasi/pegawai")]
pub async fn inovasi_pegawai(
    pegawai: Option<String>,
    periode: Option<String>,
) -> Result<DaftarInovasi, ApiError> {
    use crate::api::skp::fail;

    let ctx = crate::api::ctx::ctx().await?;
    let actor = ctx.actor().await?;
    let pegawai = ctx.pegawai_or_self(&actor, pegawai)?;
    crate::backend::inovasi::for_employee(&ctx.db, &actor, &pegawai, periode.as_deref())
        .await
        .map_err(|e| fail(&ctx, e))
}

/// A unit's innovation counts per sub-unit and its newest records (the caller's unit without
/// `unit`).
#[server(prefix = "/sf", endpoint = "inovasi/unit")]
pub async fn inovasi_per_unit(
    unit: Option<String>,
    periode: Option<String>,
) -> Result<InovasiUnit, ApiError> {
    use crate::api::skp::fail;

    let ctx = crate::api::ctx::ctx().await?;
    let actor = ctx.actor().await?;
    crate::backend::inovasi::for_unit(&ctx.db, &actor, unit.as_deref(), periode.as_deref())
        .await
        .map_err(|e| fail(&ctx, e))
}

/// The employee records an innovation (`id` empty) or changes one (naming its version).
#[server(prefix = "/sf", endpoint = "inovasi/simpan", input = server_fn::codec::Json)]
pub async fn simpan_inovasi(id: String, input: InovasiInput) -> Result<Inovasi, ApiError> {
    use crate::api::skp::fail;
    use crate::backend::inovasi::{create, update};

    let ctx = crate::api::ctx::ctx().await?;
    let actor = ctx.actor().await?;
    let done = if id.trim().is_empty() {
        let me = ctx.pegawai_or_self(&actor, None)?;
        create(&ctx.db, &actor, &me, input).await
    } else {
        update(&ctx.db, &actor, &id, input).await
    };
    done.map_err(|e| fail(&ctx, e))
}

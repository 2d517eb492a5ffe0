use leptos::prelude::*;

use crate::api::ApiError;
use crate::domain::dto::{Survei360, Tautan360};

/// Starts the employee's round for an annual period, this year's by default (audited).
#[server(prefix = "/sf", endpoint = "survei/mulai")]
pub async fn mulai_survei_360(
    pegawai: String,
    periode: Option<String>,
) -> Result<Survei360, ApiError> {
    use crate::api::skp::fail;
    let ctx = crate::api::ctx::ctx().await?;
    let actor = ctx.actor().await?;
    crate::backend::survei::round::start(&ctx.db, &actor, &pegawai, periode.as_deref())
        .await
        .map_err(|e| fail(&ctx, e))
}

/// Invites a colleague of the subject (audited).
#[server(prefix = "/sf", endpoint = "survei/undang")]
pub async fn undang_360(survei: String, pegawai: String) -> Result<Survei360, ApiError> {
    use crate::api::skp::fail;
    let ctx = crate::api::ctx::ctx().await?;
    let actor = ctx.actor().await?;
    crate::backend::survei::round::invite(&ctx.db, &actor, &survei, &pegawai)
        .await
        .map_err(|e| fail(&ctx, e))
}

/// A new single-use masyarakat link; its address is shown once (audited, without it).
#[server(prefix = "/sf", endpoint = "survei/tautan")]
pub async fn buat_tautan_360(survei: String) -> Result<Tautan360, ApiError> {
    use crate::api::skp::fail;
    let ctx = crate::api::ctx::ctx().await?;
    let actor = ctx.actor().await?;
    crate::backend::survei::round::link(&ctx.db, &actor, &survei)
        .await
        .map_err(|e| fail(&ctx, e))
}

/// Closes the round early (audited).
#[server(prefix = "/sf", endpoint = "survei/tutup")]
pub async fn tutup_survei_360(survei: String) -> Result<Survei360, ApiError> {
    use crate::api::skp::fail;
    let ctx = crate::api::ctx::ctx().await?;
    let actor = ctx.actor().await?;
    crate::backend::survei::round::close(&ctx.db, &actor, &survei)
        .await
        .map_err(|e| fail(&ctx, e))
}

use leptos::prelude::*;

use crate::api::ApiError;
use crate::domain::dto::{Formulir360, Hasil360, Kandidat360, Subjek360, Survei360, UndanganSaya};

/// The caller's invitations still waiting for an answer.
#[server(prefix = "/sf", endpoint = "survei/undangan-saya")]
pub async fn undangan_saya_360() -> Result<Vec<UndanganSaya>, ApiError> {
    let ctx = crate::api::ctx::ctx().await?;
    let actor = ctx.actor().await?;
    let Some(me) = actor.pegawai_id.as_deref() else {
        return Ok(vec![]);
    };
    crate::backend::repo::survei::my_pending(&ctx.db.pool, &actor.instansi_id, me)
        .await
        .map_err(|e| ctx.err(e.into()))
}

/// Whose rounds the page offers: the caller and those they assess.
#[server(prefix = "/sf", endpoint = "survei/subjek")]
pub async fn daftar_subjek_360() -> Result<Vec<Subjek360>, ApiError> {
    let ctx = crate::api::ctx::ctx().await?;
    let actor = ctx.actor().await?;
    let Some(me) = actor.pegawai_id.as_deref() else {
        return Ok(vec![]);
    };
    crate::backend::repo::survei::subjects(&ctx.db.pool, &actor.instansi_id, me)
        .await
        .map_err(|e| ctx.err(e.into()))
}

/// The employee's round for an annual period (this year's by default), if started (for those
/// who may manage it).
#[server(prefix = "/sf", endpoint = "survei/pegawai")]
pub async fn survei_pegawai_360(
    pegawai: String,
    periode: Option<String>,
) -> Result<Option<Survei360>, ApiError> {
    use crate::api::skp::fail;
    let ctx = crate::api::ctx::ctx().await?;
    let actor = ctx.actor().await?;
    crate::backend::survei::round::of_employee(&ctx.db, &actor, &pegawai, periode.as_deref())
        .await
        .map_err(|e| fail(&ctx, e))
}

/// Whom the round's managers may invite.
#[server(prefix = "/sf", endpoint = "survei/kandidat")]
pub async fn daftar_kandidat_360(survei: String) -> Result<Vec<Kandidat360>, ApiError> {
    use crate::api::skp::fail;
    let ctx = crate::api::ctx::ctx().await?;
    let actor = ctx.actor().await?;
    crate::backend::survei::round::candidates(&ctx.db, &actor, &survei)
        .await
        .map_err(|e| fail(&ctx, e))
}

/// The anonymised results of the employee's round for an annual period.
#[server(prefix = "/sf", endpoint = "survei/hasil")]
pub async fn baca_hasil_360(
    pegawai: String,
    periode: Option<String>,
) -> Result<Hasil360, ApiError> {
    use crate::api::skp::fail;
    let ctx = crate::api::ctx::ctx().await?;
    let actor = ctx.actor().await?;
    crate::backend::survei::results::of_employee(&ctx.db, &actor, &pegawai, periode.as_deref())
        .await
        .map_err(|e| fail(&ctx, e))
}

/// What a public link is about (no session needed).
#[server(prefix = "/sf", endpoint = "survei/formulir-tautan")]
pub async fn formulir_tautan_360(token: String) -> Result<Formulir360, ApiError> {
    let ctx = crate::api::ctx::ctx().await?;
    crate::backend::survei::answer::form_by_token(&ctx.db, &token)
        .await
        .map_err(|e| ctx.err(e))
}

/// What one of the caller's invitations is about.
#[server(prefix = "/sf", endpoint = "survei/formulir-undangan")]
pub async fn formulir_undangan_360(undangan: String) -> Result<Formulir360, ApiError> {
    let ctx = crate::api::ctx::ctx().await?;
    let actor = ctx.actor().await?;
    crate::backend::survei::answer::form_by_invitation(&ctx.db, &actor, &undangan)
        .await
        .map_err(|e| ctx.err(e))
}

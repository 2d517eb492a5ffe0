//! Answers come as plain form fields (one radio group per value), so the forms work before
//! hydration; a missing or bad score is a 422 naming the value.

// Nine arguments (one per value, the token, the comment): the allow covers the client side
// that the macro generates too.
#![allow(clippy::too_many_arguments)]

use leptos::prelude::*;

use crate::api::ApiError;

#[cfg(feature = "ssr")]
fn input(
    skor: [Option<String>; 7],
    komentar: Option<String>,
) -> crate::domain::dto::Jawaban360Input {
    use crate::domain::berakhlak::NilaiBerakhlak;
    let scores = NilaiBerakhlak::ALL
        .iter()
        .zip(skor)
        .filter_map(|(v, s)| {
            let s = s?;
            let value = s
                .trim()
                .parse::<i64>()
                .map(serde_json::Value::from)
                .unwrap_or(serde_json::Value::String(s));
            Some((v.code().to_string(), value))
        })
        .collect();
    crate::domain::dto::Jawaban360Input {
        scores,
        comment: komentar.unwrap_or_default(),
    }
}

/// A service user answers by their link (no session), once; then the thank-you page.
#[server(prefix = "/sf", endpoint = "survei/jawab-tautan")]
pub async fn jawab_tautan_360(
    token: String,
    berorientasi_pelayanan: Option<String>,
    akuntabel: Option<String>,
    kompeten: Option<String>,
    harmonis: Option<String>,
    loyal: Option<String>,
    adaptif: Option<String>,
    kolaboratif: Option<String>,
    komentar: Option<String>,
) -> Result<(), ApiError> {
    use crate::api::skp::fail;
    let ctx = crate::api::ctx::ctx().await?;
    let skor = [
        berorientasi_pelayanan,
        akuntabel,
        kompeten,
        harmonis,
        loyal,
        adaptif,
        kolaboratif,
    ];
    crate::backend::survei::answer::answer_by_token(&ctx.db, &token, &input(skor, komentar))
        .await
        .map_err(|e| fail(&ctx, e))?;
    leptos_axum::redirect(&format!("/360/{token}?selesai=1"));
    Ok(())
}

/// An invited colleague answers their invitation, once; then back to the 360° page.
#[server(prefix = "/sf", endpoint = "survei/jawab-undangan")]
pub async fn jawab_undangan_360(
    undangan: String,
    berorientasi_pelayanan: Option<String>,
    akuntabel: Option<String>,
    kompeten: Option<String>,
    harmonis: Option<String>,
    loyal: Option<String>,
    adaptif: Option<String>,
    kolaboratif: Option<String>,
    komentar: Option<String>,
) -> Result<(), ApiError> {
    use crate::api::skp::fail;
    let ctx = crate::api::ctx::ctx().await?;
    let actor = ctx.actor().await?;
    let skor = [
        berorientasi_pelayanan,
        akuntabel,
        kompeten,
        harmonis,
        loyal,
        adaptif,
        kolaboratif,
    ];
    crate::backend::survei::answer::answer_by_invitation(
        &ctx.db,
        &actor,
        &undangan,
        &input(skor, komentar),
    )
    .await
    .map_err(|e| fail(&ctx, e))?;
    leptos_axum::redirect("/umpan-balik-360?terkirim=1");
    Ok(())
}

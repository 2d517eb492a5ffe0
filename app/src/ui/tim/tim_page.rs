use leptos::either::Either;
use leptos::prelude::*;
use leptos_meta::Title;
use leptos_router::hooks::use_params_map;

use super::aktivitas::AktivitasList;
use super::anggota_list::AnggotaSection;
use super::matriks::MatriksSection;
use super::progress::ProgressMeter;
use super::rekomendasi::RekomendasiSection;
use super::state::TimState;
use crate::api::tim::get_tim;
use crate::domain::dto::Tim;
use crate::i18n::*;
use crate::ui::common::error_message::ErrorMessage;
use crate::ui::common::loading::Loading;
use crate::ui::skp::labels::dom_id;

/// `/tim/:id`: a squad's page: purpose, period, served RHK, members, the Matriks Peran Hasil
/// (an editor for those who manage it), progress per result, the lead's recommendations and
/// recent activity.
#[component]
pub fn TimPage() -> impl IntoView {
    let i18n = use_i18n();
    let params = use_params_map();
    let tim = Resource::new(move || params.read().get("id").unwrap_or_default(), get_tim);
    view! {
        <Title text=move || t_string!(i18n, tim.page_title).to_string()/>
        <div class="page page-wide">
            <p class="back-link"><a href="/tim">{t!(i18n, tim.back_to_list)}</a></p>
            <Suspense fallback=|| view! { <Loading/> }>
                {move || Suspend::new(async move {
                    match tim.await {
                        Ok(t) => Either::Left(view! { <TimView tim=t/> }),
                        Err(error) => Either::Right(view! {
                            <h1>{t!(i18n, tim.page_title)}</h1>
                            <ErrorMessage error/>
                        }),
                    }
                })}
            </Suspense>
        </div>
    }
}

#[component]
fn TimView(tim: Tim) -> impl IntoView {
    let state = TimState::new(tim);
    view! {
        <TimHeader state/>
        <p class="notice" role="status" aria-live="polite">{move || state.notice.get()}</p>
        <MatriksSection state/>
        <HasilProgress state/>
        <AnggotaSection state/>
        {move || state.tim.with(|t| t.ketua_saya).then(|| view! { <RekomendasiSection state/> })}
        {move || view! { <AktivitasList items=state.tim.with(|t| t.aktivitas.clone())/> }}
    }
}

#[component]
fn TimHeader(state: TimState) -> impl IntoView {
    let i18n = use_i18n();
    move || {
        let t = state.tim.get();
        let rhk = t.rhk.clone().map(|r| {
            view! {
                <div>
                    <dt>{t!(i18n, tim.rhk_dilayani)}</dt>
                    <dd>{r.judul} <span class="muted">" — " {r.owner_name}</span></dd>
                </div>
            }
        });
        let tujuan =
            (!t.tujuan.trim().is_empty()).then(|| view! { <p class="pre">{t.tujuan.clone()}</p> });
        let aktif = t.anggota.iter().filter(|a| a.keluar_at.is_none()).count();
        view! {
            <h1 id="tim-h" tabindex="-1">{t.nama.clone()}</h1>
            {tujuan}
            <dl class="summary">
                <div><dt>{t!(i18n, tim.periode)}</dt><dd>{t.tahun}</dd></div>
                <div><dt>{t!(i18n, tim.ketua)}</dt><dd>{t.ketua.name.clone()}</dd></div>
                <div><dt>{t!(i18n, tim.jumlah_peran)}</dt><dd>{aktif}</dd></div>
                {rhk}
            </dl>
            <div class="tim-progress">
                <span id="tim-progress-l" class="visually-hidden">{t!(i18n, tim.progress_tim)}</span>
                <ProgressMeter value=t.progress labelled_by="tim-progress-l"/>
            </div>
        }
    }
}

/// Progress per result (column of the matrix).
#[component]
fn HasilProgress(state: TimState) -> impl IntoView {
    let i18n = use_i18n();
    move || {
        let kolom = state.tim.with(|t| t.kolom.clone());
        (!kolom.is_empty()).then(|| {
            view! {
                <section class="panel" aria-labelledby="tim-hasil-h">
                    <h2 id="tim-hasil-h">{t!(i18n, tim.progress_heading)}</h2>
                    <ul class="plain-list hasil-list">
                        {kolom.into_iter().map(|k| {
                            let id = dom_id("hasil", &k.id);
                            view! {
                                <li>
                                    <span id=id.clone() class="hasil-title">{k.judul}</span>
                                    <span class="muted">" — " {k.intervensi.judul}</span>
                                    <ProgressMeter value=k.progress labelled_by=id/>
                                </li>
                            }
                        }).collect_view()}
                    </ul>
                </section>
            }
        })
    }
}

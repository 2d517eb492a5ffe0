use leptos::prelude::*;
use leptos::task::spawn_local;

use crate::api::evaluasi::set_capaian;
use crate::api::ApiError;
use crate::domain::dto::{CapaianInput, CapaianOrganisasi};
use crate::domain::kurva::PredikatOrganisasi;
use crate::i18n::*;
use crate::ui::common::error_message::ErrorMessage;

/// The unit's capaian kinerja organisasi: as set (by whom, why), and a form for the unit's
/// superior or an admin (the server refuses anyone else, with its reason).
#[component]
pub fn CapaianForm(
    unit_id: String,
    periode_id: String,
    capaian: Option<CapaianOrganisasi>,
    locked: bool,
    on_saved: Callback<()>,
) -> impl IntoView {
    let i18n = use_i18n();
    let predikat = RwSignal::new(capaian.as_ref().map(|c| c.predikat));
    let alasan = RwSignal::new(String::new());
    let busy = RwSignal::new(false);
    let error = RwSignal::new(None::<ApiError>);
    let version = capaian.as_ref().map(|c| c.version);
    let current = capaian.clone().map(|c| {
        view! {
            <p>
                <strong>{c.predikat.label()}</strong>
                {c.oleh_name.map(|n| view! { <span class="muted">" — " {n}</span> })}
            </p>
            <p class="pre">{c.alasan}</p>
        }
    });
    let submit = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        let Some(p) = predikat.get_untracked() else {
            return;
        };
        busy.set(true);
        error.set(None);
        let input = CapaianInput {
            period: Some(periode_id.clone()),
            predikat: p,
            alasan: alasan.get_untracked(),
            version,
        };
        let unit = unit_id.clone();
        spawn_local(async move {
            match set_capaian(unit, input).await {
                Ok(_) => on_saved.run(()),
                Err(e) => error.set(Some(e)),
            }
            busy.set(false);
        });
    };
    view! {
        <section class="panel" aria-labelledby="capaian-h">
            <h2 id="capaian-h">{t!(i18n, evaluasi.capaian_heading)}</h2>
            {match current {
                Some(v) => v.into_any(),
                None => view! { <p class="notice">{t!(i18n, evaluasi.capaian_belum)}</p> }.into_any(),
            }}
            {(!locked).then(|| view! {
                <details class="capaian-edit">
                    <summary>{t!(i18n, evaluasi.capaian_ubah)}</summary>
                    <form on:submit=submit novalidate=true>
                        <div class="field">
                            <label for="capaian-predikat">{t!(i18n, evaluasi.capaian_predikat)}</label>
                            <select id="capaian-predikat" on:change=move |ev| predikat.set(PredikatOrganisasi::from_code(&event_target_value(&ev)))>
                                <option value="" selected=move || predikat.get().is_none()>"—"</option>
                                {PredikatOrganisasi::ALL.into_iter().map(|p| view! {
                                    <option value=p.code() selected=move || predikat.get() == Some(p)>{p.label()}</option>
                                }).collect_view()}
                            </select>
                        </div>
                        <div class="field">
                            <label for="capaian-alasan">{t!(i18n, evaluasi.alasan)}</label>
                            <textarea id="capaian-alasan" rows="2" maxlength="2000" bind:value=alasan></textarea>
                        </div>
                        {move || error.get().map(|error| view! { <ErrorMessage error/> })}
                        <button type="submit" class="button secondary" disabled=move || busy.get()>{t!(i18n, evaluasi.capaian_simpan)}</button>
                    </form>
                </details>
            })}
        </section>
    }
}

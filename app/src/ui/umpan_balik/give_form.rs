use leptos::prelude::*;
use leptos::task::spawn_local;

use super::topik;
use crate::api::umpan_balik::beri_umpan_balik;
use crate::api::ApiError;
use crate::domain::berakhlak::NilaiBerakhlak;
use crate::domain::dto::{PermintaanUmpanBalik, UmpanBalikInput, UmpanBalikSkp};
use crate::domain::umpan_balik::MAX_ISI;
use crate::i18n::*;
use crate::ui::common::error_message::ErrorMessage;

/// The PPK's (or squad lead's) form: the topic (the RHK they may comment on, and for the PPK
/// the seven values), the sub-period and the text. Answering a request pre-selects its topic.
#[component]
pub fn GiveForm(
    d: StoredValue<UmpanBalikSkp>,
    answering: RwSignal<Option<PermintaanUmpanBalik>>,
    on_given: Callback<()>,
) -> impl IntoView {
    let i18n = use_i18n();
    // `?rhk=` (from a realisasi page) pre-selects that RHK when the caller may comment on it
    let wanted = crate::ui::evaluasi::labels::query_param("rhk").get_untracked();
    let first = wanted
        .filter(|w| d.with_value(|d| d.rhk.iter().any(|r| &r.id == w && r.can_give)))
        .map(|w| topik::encode(Some(&w), None))
        .unwrap_or_default();
    let topic = RwSignal::new(first);
    let sub = RwSignal::new(
        d.with_value(|d| d.sub_periods.first().map(|s| s.id.clone()))
            .unwrap_or_default(),
    );
    let text = RwSignal::new(String::new());
    let busy = RwSignal::new(false);
    let error = RwSignal::new(None::<ApiError>);
    // answering a request: its topic becomes the form's
    Effect::new(move |_| {
        if let Some(q) = answering.get() {
            topic.set(topik::encode(q.rhk_id.as_deref(), q.nilai.as_deref()));
        }
    });
    let submit = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        let (rhk_id, nilai) = topik::decode(&topic.get_untracked());
        if rhk_id.is_none() && nilai.is_none() {
            error.set(Some(ApiError::validation(t_string!(
                i18n,
                umpan_balik.pilih_topik
            ))));
            return;
        }
        if text.get_untracked().trim().is_empty() {
            error.set(Some(ApiError::validation(t_string!(
                i18n,
                umpan_balik.isi_wajib
            ))));
            return;
        }
        let input = UmpanBalikInput {
            period: d.with_value(|d| d.period_id.clone()),
            sub_period: sub.get_untracked(),
            rhk_id,
            nilai,
            text: text.get_untracked(),
            request_id: answering.get_untracked().map(|q| q.id),
        };
        let pegawai = d.with_value(|d| d.employee_id.clone());
        busy.set(true);
        error.set(None);
        spawn_local(async move {
            match beri_umpan_balik(pegawai, input).await {
                Ok(_) => {
                    text.set(String::new());
                    on_given.run(());
                }
                Err(e) => error.set(Some(e)),
            }
            busy.set(false);
        });
    };
    let no_periods = d.with_value(|d| d.sub_periods.is_empty());
    let rhk_options = d.with_value(|d| {
        d.rhk
            .iter()
            .filter(|r| r.can_give)
            .map(|r| {
                let v = topik::encode(Some(&r.id), None);
                let title = match &r.squad {
                    Some(s) => format!("{} ({s})", r.title),
                    None => r.title.clone(),
                };
                view! { <option value=v>{title}</option> }
            })
            .collect_view()
    });
    let perilaku = d.with_value(|d| d.can_give_perilaku).then(|| {
        view! {
            <optgroup label=move || t_string!(i18n, umpan_balik.grup_perilaku).to_string()>
                {NilaiBerakhlak::ALL.iter().map(|v| {
                    view! { <option value=topik::encode(None, Some(v.code()))>{v.label()}</option> }
                }).collect_view()}
            </optgroup>
        }
    });
    let subs = d.with_value(|d| {
        d.sub_periods
            .iter()
            .map(|s| view! { <option value=s.id.clone()>{s.name.clone()}</option> })
            .collect_view()
    });
    view! {
        <section class="panel" aria-labelledby="ub-beri-h">
            <h2 id="ub-beri-h">{t!(i18n, umpan_balik.beri_heading)}</h2>
            {if no_periods {
                view! { <p class="empty">{t!(i18n, umpan_balik.belum_ada_periode)}</p> }.into_any()
            } else {
                view! {
                    <form class="ub-form" on:submit=submit novalidate=true>
                        {move || answering.get().map(|q| view! {
                            <p class="notice">
                                <strong>{t!(i18n, umpan_balik.menjawab)}</strong>
                                {(!q.message.is_empty()).then(|| format!(": “{}”", q.message))}
                                " "
                                <button type="button" class="button secondary small" on:click=move |_| answering.set(None)>
                                    {t!(i18n, umpan_balik.batal_jawab)}
                                </button>
                            </p>
                        })}
                        <div class="field">
                            <label for="ub-topik">{t!(i18n, umpan_balik.topik)}</label>
                            <select id="ub-topik" prop:value=move || topic.get() on:change=move |ev| topic.set(event_target_value(&ev))>
                                <option value="">{t!(i18n, umpan_balik.pilih_topik)}</option>
                                <optgroup label=move || t_string!(i18n, umpan_balik.grup_rhk).to_string()>{rhk_options}</optgroup>
                                {perilaku}
                            </select>
                        </div>
                        <div class="field">
                            <label for="ub-sub">{t!(i18n, umpan_balik.sub_periode)}</label>
                            <select id="ub-sub" on:change=move |ev| sub.set(event_target_value(&ev))>{subs}</select>
                        </div>
                        <div class="field">
                            <label for="ub-isi">{t!(i18n, umpan_balik.isi)}</label>
                            <textarea id="ub-isi" rows="4" maxlength=MAX_ISI.to_string() aria-describedby="ub-isi-hint" bind:value=text></textarea>
                            <p class="hint" id="ub-isi-hint">{t!(i18n, umpan_balik.isi_hint)}</p>
                        </div>
                        {move || error.get().map(|error| view! { <ErrorMessage error/> })}
                        <button type="submit" class="button" disabled=move || busy.get() aria-busy=move || busy.get().then_some("true")>
                            {t!(i18n, umpan_balik.kirim)}
                        </button>
                    </form>
                }.into_any()
            }}
        </section>
    }
}

use leptos::prelude::*;
use leptos::task::spawn_local;

use super::topik;
use crate::api::umpan_balik::minta_umpan_balik;
use crate::api::ApiError;
use crate::domain::berakhlak::NilaiBerakhlak;
use crate::domain::dto::{PermintaanInput, UmpanBalikSkp};
use crate::domain::umpan_balik::MAX_PESAN;
use crate::i18n::*;
use crate::ui::common::error_message::ErrorMessage;

/// The employee asks for feedback on one of their RHK or one value; the server sends it to
/// the squad lead for a squad RHK, otherwise to the PPK.
#[component]
pub fn RequestForm(d: StoredValue<UmpanBalikSkp>, on_asked: Callback<()>) -> impl IntoView {
    let i18n = use_i18n();
    let topic = RwSignal::new(String::new());
    let message = RwSignal::new(String::new());
    let busy = RwSignal::new(false);
    let error = RwSignal::new(None::<ApiError>);
    let submit = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        let (rhk_id, nilai) = topik::decode(&topic.get_untracked());
        if rhk_id.is_none() && nilai.is_none() {
            error.set(Some(ApiError {
                code: "validation".into(),
                message: t_string!(i18n, umpan_balik.pilih_topik).into(),
            }));
            return;
        }
        let input = PermintaanInput {
            period: d.with_value(|d| d.period_id.clone()),
            rhk_id,
            nilai,
            message: message.get_untracked(),
        };
        let pegawai = d.with_value(|d| d.employee_id.clone());
        busy.set(true);
        error.set(None);
        spawn_local(async move {
            match minta_umpan_balik(pegawai, input).await {
                Ok(_) => {
                    message.set(String::new());
                    topic.set(String::new());
                    on_asked.run(());
                }
                Err(e) => error.set(Some(e)),
            }
            busy.set(false);
        });
    };
    let rhk_options = d.with_value(|d| {
        d.rhk
            .iter()
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
    view! {
        <section class="panel" aria-labelledby="ub-minta-h">
            <h2 id="ub-minta-h">{t!(i18n, umpan_balik.minta_heading)}</h2>
            <form class="ub-form" on:submit=submit novalidate=true>
                <div class="field">
                    <label for="ub-minta-topik">{t!(i18n, umpan_balik.topik)}</label>
                    <select id="ub-minta-topik" prop:value=move || topic.get() on:change=move |ev| topic.set(event_target_value(&ev))>
                        <option value="">{t!(i18n, umpan_balik.pilih_topik)}</option>
                        <optgroup label=move || t_string!(i18n, umpan_balik.grup_rhk).to_string()>{rhk_options}</optgroup>
                        <optgroup label=move || t_string!(i18n, umpan_balik.grup_perilaku).to_string()>
                            {NilaiBerakhlak::ALL.iter().map(|v| view! {
                                <option value=topik::encode(None, Some(v.code()))>{v.label()}</option>
                            }).collect_view()}
                        </optgroup>
                    </select>
                </div>
                <div class="field">
                    <label for="ub-pesan">{t!(i18n, umpan_balik.pesan)}</label>
                    <textarea id="ub-pesan" rows="2" maxlength=MAX_PESAN.to_string() bind:value=message></textarea>
                </div>
                {move || error.get().map(|error| view! { <ErrorMessage error/> })}
                <button type="submit" class="button secondary" disabled=move || busy.get() aria-busy=move || busy.get().then_some("true")>
                    {t!(i18n, umpan_balik.minta)}
                </button>
            </form>
        </section>
    }
}

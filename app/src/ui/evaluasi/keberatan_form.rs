use leptos::prelude::*;
use leptos::task::spawn_local;

use super::labels::tanggal;
use crate::api::evaluasi::ajukan_keberatan;
use crate::api::ApiError;
use crate::domain::dto::{Keberatan, KeberatanInput};
use crate::i18n::*;
use crate::ui::common::error_message::ErrorMessage;

/// The employee's keberatan: reasons and an optional evidence link, to the atasan PPK, within
/// 14 days (the last day shown; afterwards the server's refusal appears here).
#[component]
pub fn KeberatanForm(
    evaluasi_id: String,
    batas: String,
    on_filed: Callback<Keberatan>,
) -> impl IntoView {
    let i18n = use_i18n();
    let alasan = RwSignal::new(String::new());
    let bukti = RwSignal::new(String::new());
    let busy = RwSignal::new(false);
    let error = RwSignal::new(None::<ApiError>);
    let submit = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        if busy.get_untracked() {
            return;
        }
        busy.set(true);
        error.set(None);
        let link = bukti.get_untracked().trim().to_string();
        let input = KeberatanInput {
            alasan: alasan.get_untracked(),
            bukti: if link.is_empty() { vec![] } else { vec![link] },
        };
        let id = evaluasi_id.clone();
        spawn_local(async move {
            match ajukan_keberatan(id, input).await {
                Ok(k) => on_filed.run(k),
                Err(e) => error.set(Some(e)),
            }
            busy.set(false);
        });
    };
    view! {
        <section class="panel" aria-labelledby="keberatan-h">
            <h2 id="keberatan-h">{t!(i18n, evaluasi.keberatan_heading)}</h2>
            <p class="hint">{t!(i18n, evaluasi.keberatan_intro)}</p>
            {(!batas.is_empty()).then(|| view! { <p><strong>{t!(i18n, evaluasi.batas_keberatan, tanggal = batas.clone())}</strong></p> })}
            <form on:submit=submit novalidate=true>
                <div class="field">
                    <label for="keberatan-alasan">{t!(i18n, evaluasi.keberatan_alasan)}</label>
                    <textarea id="keberatan-alasan" rows="4" maxlength="2000" bind:value=alasan></textarea>
                </div>
                <div class="field">
                    <label for="keberatan-bukti">{t!(i18n, evaluasi.keberatan_bukti)}</label>
                    <input id="keberatan-bukti" type="url" inputmode="url" placeholder="https://" bind:value=bukti/>
                </div>
                {move || error.get().map(|error| view! { <ErrorMessage error/> })}
                <div class="actions">
                    <button type="submit" class="button" disabled=move || busy.get() aria-busy=move || busy.get().then_some("true")>
                        {t!(i18n, evaluasi.ajukan_keberatan)}
                    </button>
                </div>
            </form>
        </section>
    }
}

/// An appeal as the employee or the atasan sees it: status, reasons, evidence, the deadline and
/// the decision.
#[component]
pub fn KeberatanStatus(k: Keberatan) -> impl IntoView {
    let i18n = use_i18n();
    let decided = k.status == "DIPUTUS";
    let putusan = k.predikat_putusan.map(|p| {
        view! {
            <div><dt>{t!(i18n, evaluasi.putusan)}</dt>
                <dd><strong>{p.label()}</strong><span class="pre">{k.alasan_putusan.clone().unwrap_or_default()}</span></dd></div>
        }
    });
    view! {
        <section class="panel" aria-labelledby="keberatan-status-h">
            <h2 id="keberatan-status-h">{t!(i18n, evaluasi.keberatan_heading)}</h2>
            <p>
                <span class="badge">{if decided { t!(i18n, evaluasi.diputus).into_any() } else { t!(i18n, evaluasi.diajukan).into_any() }}</span>
                {k.terlambat.then(|| view! { " " <span class="badge warn">{t!(i18n, evaluasi.terlambat)}</span> })}
            </p>
            <dl class="facts">
                <div><dt>{t!(i18n, evaluasi.keberatan_alasan)}</dt><dd class="pre">{k.alasan.clone()}</dd></div>
                {(!k.bukti.is_empty()).then(|| view! {
                    <div><dt>{t!(i18n, evaluasi.keberatan_bukti)}</dt>
                        <dd><ul class="plain-list">{k.bukti.iter().map(|b| view! { <li><a href=b.clone() rel="noopener noreferrer" target="_blank">{b.clone()}</a></li> }).collect_view()}</ul></dd></div>
                })}
                <div><dt>{t!(i18n, evaluasi.predikat_semula)}</dt><dd>{k.predikat_semula.label()}</dd></div>
                {k.atasan_name.clone().map(|n| view! { <div><dt>{t!(i18n, evaluasi.atasan)}</dt><dd>{n}</dd></div> })}
                <div><dt>{t!(i18n, evaluasi.batas_putusan)}</dt><dd>{tanggal(&k.batas_putusan)}</dd></div>
                {putusan}
                {k.decided_by_name.clone().map(|n| view! { <div><dt>{t!(i18n, evaluasi.diputus_oleh)}</dt><dd>{n}</dd></div> })}
            </dl>
        </section>
    }
}

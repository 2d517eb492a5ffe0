//! Perilaku kerja: the seven BerAKHLAK values with their behaviour statements and the
//! ekspektasi khusus pimpinan the PPK sets for each — read-only, or the PPK's form.

use leptos::prelude::*;
use leptos::task::spawn_local;

use super::editor::{Editor, WriteError};
use super::labels::focus_later;
use crate::api::skp::set_perilaku;
use crate::api::ApiError;
use crate::domain::berakhlak::NilaiBerakhlak;
use crate::domain::dto::{Perilaku, Skp};
use crate::domain::skp::MAX_CATATAN;
use crate::i18n::*;

/// All seven values in the official order, with what the SKP holds for each.
pub fn perilaku_rows(skp: &Skp) -> Vec<Perilaku> {
    NilaiBerakhlak::ALL
        .iter()
        .map(|v| match skp.perilaku.iter().find(|p| p.nilai == *v) {
            Some(p) => p.clone(),
            None => Perilaku {
                nilai: *v,
                label: v.label().to_string(),
                statements: v.statements().iter().map(|s| s.to_string()).collect(),
                ekspektasi: String::new(),
            },
        })
        .collect()
}

/// The perilaku table, read-only.
#[component]
pub fn PerilakuTable(skp: Skp) -> impl IntoView {
    let i18n = use_i18n();
    let rows = perilaku_rows(&skp)
        .into_iter()
        .map(|p| {
            let statements = p
                .statements
                .into_iter()
                .map(|s| view! { <li>{s}</li> })
                .collect_view();
            let ekspektasi = if p.ekspektasi.trim().is_empty() {
                leptos::either::Either::Left(
                    view! { <span class="muted">{t!(i18n, skp_extra.perilaku_none)}</span> },
                )
            } else {
                leptos::either::Either::Right(view! { <span class="pre">{p.ekspektasi}</span> })
            };
            view! {
                <tr>
                    <td data-label=move || t_string!(i18n, skp_extra.perilaku_nilai)><strong>{p.label}</strong></td>
                    <td data-label=move || t_string!(i18n, skp_extra.perilaku_statements)><ul class="statements">{statements}</ul></td>
                    <td data-label=move || t_string!(i18n, skp_extra.perilaku_ekspektasi)>{ekspektasi}</td>
                </tr>
            }
        })
        .collect_view();
    view! {
        <section class="panel skp-perilaku no-print" aria-labelledby="skp-perilaku-h">
            <h2 id="skp-perilaku-h">{t!(i18n, skp_extra.perilaku_heading)}</h2>
            <table class="iki-table perilaku-table">
                <caption class="visually-hidden">{t!(i18n, skp_extra.perilaku_heading)}</caption>
                <thead>
                    <tr>
                        <th scope="col">{t!(i18n, skp_extra.perilaku_nilai)}</th>
                        <th scope="col">{t!(i18n, skp_extra.perilaku_statements)}</th>
                        <th scope="col">{t!(i18n, skp_extra.perilaku_ekspektasi)}</th>
                    </tr>
                </thead>
                <tbody>{rows}</tbody>
            </table>
        </section>
    }
}

/// The PPK's "Ekspektasi khusus pimpinan": a field per value with its statements as a hint.
#[component]
pub fn PerilakuForm(editor: Editor) -> impl IntoView {
    let i18n = use_i18n();
    let saved = Memo::new(move |_| {
        editor.skp.with(|s| {
            perilaku_rows(s)
                .into_iter()
                .map(|p| (p.nilai, p.ekspektasi))
                .collect::<Vec<_>>()
        })
    });
    let values = RwSignal::new(saved.get_untracked());
    // what is saved (after a save, or a reload after a conflict) replaces what was typed
    Effect::new(move |prev: Option<()>| {
        let now = saved.get();
        if prev.is_some() {
            values.set(now);
        }
    });
    let busy = RwSignal::new(false);
    let error = RwSignal::new(None::<ApiError>);
    let on_submit = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        if busy.get_untracked() {
            return;
        }
        busy.set(true);
        error.set(None);
        let vals: Vec<(String, String)> = values.with_untracked(|v| {
            v.iter()
                .map(|(n, t)| (n.code().to_string(), t.trim().to_string()))
                .collect()
        });
        spawn_local(async move {
            let res = set_perilaku(editor.id(), editor.version(), vals).await;
            busy.set(false);
            if let Err(e) =
                editor.settle(res, t_string!(i18n, skp_extra.perilaku_saved).to_string())
            {
                error.set(Some(e));
            }
            focus_later("skp-perilaku-form-h".into());
        });
    };
    let fields = NilaiBerakhlak::ALL
        .iter()
        .map(|v| {
            let v = *v;
            let fid = format!("perilaku-{}", v.code().to_ascii_lowercase());
            let hint = format!("{fid}-hint");
            let statements = v
                .statements()
                .into_iter()
                .map(|s| view! { <li>{s}</li> })
                .collect_view();
            let text = move || {
                values.with(|vs| {
                    vs.iter()
                        .find(|(n, _)| *n == v)
                        .map(|(_, t)| t.clone())
                        .unwrap_or_default()
                })
            };
            view! {
                <div class="field perilaku-field">
                    <label for=fid.clone()>{v.label()}</label>
                    <ul class="hint statements" id=hint.clone()>{statements}</ul>
                    <textarea id=fid rows="2" maxlength=MAX_CATATAN.to_string() aria-describedby=hint
                        prop:value=text
                        on:input=move |ev| {
                            let t = event_target_value(&ev);
                            values.update(|vs| {
                                if let Some(x) = vs.iter_mut().find(|(n, _)| *n == v) {
                                    x.1 = t;
                                }
                            });
                        }></textarea>
                </div>
            }
        })
        .collect_view();
    view! {
        <form class="panel perilaku-form no-print" aria-labelledby="skp-perilaku-form-h" novalidate on:submit=on_submit>
            <h2 id="skp-perilaku-form-h" tabindex="-1">{t!(i18n, skp_extra.perilaku_ekspektasi)}</h2>
            <p class="hint">{t!(i18n, skp_extra.perilaku_form_hint)}</p>
            {move || error.get().map(|error| view! { <WriteError error/> })}
            {fields}
            <div class="actions">
                <button type="submit" class="button primary" aria-busy=move || busy.get().then_some("true")>
                    {move || if busy.get() { t_string!(i18n, skp.saving) } else { t_string!(i18n, skp_extra.perilaku_save) }}
                </button>
            </div>
        </form>
    }
}

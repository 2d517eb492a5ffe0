use leptos::prelude::*;

use super::topik;
use crate::domain::berakhlak::NilaiBerakhlak;
use crate::domain::dto::{PermintaanUmpanBalik, UmpanBalik, UmpanBalikSkp};
use crate::i18n::*;
use crate::ui::evaluasi::labels::tanggal;
use crate::ui::skp::labels::dom_id;

/// The requests: open ones first. The PPK (or squad lead) answers one from here.
#[component]
pub fn RequestList(
    d: StoredValue<UmpanBalikSkp>,
    answering: RwSignal<Option<PermintaanUmpanBalik>>,
    may_answer: bool,
) -> impl IntoView {
    let i18n = use_i18n();
    let requests = d.with_value(|d| d.requests.clone());
    if requests.is_empty() {
        return None;
    }
    let rows = requests
        .into_iter()
        .map(|q| {
            let about = d.with_value(|d| topik::label(d, q.rhk_id.as_deref(), q.nilai.as_deref()));
            let open = q.answered_at.is_none();
            let answer = (open && may_answer).then(|| {
                let q = q.clone();
                view! {
                    <button type="button" class="button small" on:click=move |_| {
                        answering.set(Some(q.clone()));
                        focus("ub-isi");
                    }>{t!(i18n, umpan_balik.jawab)}</button>
                }
            });
            view! {
                <li class="ub-request">
                    <p><strong>{about}</strong></p>
                    {(!q.message.is_empty()).then(|| view! { <p>"“" {q.message.clone()} "”"</p> })}
                    <p class="muted">
                        {t!(i18n, umpan_balik.kepada)} " " {q.to_name.clone()} " · " {tanggal(&q.created_at)} " · "
                        {if open {
                            view! { <span class="badge warn">{t!(i18n, umpan_balik.terbuka)}</span> }.into_any()
                        } else {
                            view! { <span class="badge status-ok">{t!(i18n, umpan_balik.dijawab)}</span> }.into_any()
                        }}
                    </p>
                    {answer}
                </li>
            }
        })
        .collect_view();
    Some(view! {
        <section class="panel" aria-labelledby="ub-req-h">
            <h2 id="ub-req-h">{t!(i18n, umpan_balik.permintaan_heading)}</h2>
            <ul class="plain-list">{rows}</ul>
        </section>
    })
}

/// Moves the keyboard focus to an element (the form's text after choosing to answer).
fn focus(id: &str) {
    #[cfg(feature = "hydrate")]
    {
        use leptos::wasm_bindgen::JsCast;
        if let Some(el) = document()
            .get_element_by_id(id)
            .and_then(|e| e.dyn_into::<leptos::web_sys::HtmlElement>().ok())
        {
            let _ = el.focus();
        }
    }
    #[cfg(not(feature = "hydrate"))]
    let _ = id;
}

/// The feedback per topic: each RHK, then the seven values (the caller sees only the topics
/// they may read), newest first within each.
#[component]
pub fn FeedbackList(d: StoredValue<UmpanBalikSkp>) -> impl IntoView {
    let i18n = use_i18n();
    let (items, rhk, perilaku) =
        d.with_value(|d| (d.items.clone(), d.rhk.clone(), d.reads_perilaku));
    let empty = items.is_empty();
    let of = move |pred: &dyn Fn(&UmpanBalik) -> bool| -> Vec<UmpanBalik> {
        items.iter().filter(|u| pred(u)).cloned().collect()
    };
    let rhk_groups = rhk
        .iter()
        .map(|r| {
            let list = of(&|u| u.rhk_id.as_deref() == Some(r.id.as_str()));
            let title = match &r.squad {
                Some(s) => format!("{} · {} {s}", r.title, t_string!(i18n, umpan_balik.tim)),
                None => r.title.clone(),
            };
            view! { <Topic id=dom_id("ub-rhk", &r.id) title list/> }
        })
        .collect_view();
    let value_groups = perilaku.then(|| {
        NilaiBerakhlak::ALL
            .iter()
            .map(|v| {
                let list = of(&|u| u.nilai.as_deref() == Some(v.code()));
                view! { <Topic id=dom_id("ub-nilai", v.code()) title=v.label().to_string() list/> }
            })
            .collect_view()
    });
    view! {
        <section class="panel" aria-labelledby="ub-riwayat-h">
            <h2 id="ub-riwayat-h">{t!(i18n, umpan_balik.riwayat_heading)}</h2>
            {empty.then(|| view! { <p class="empty">{t!(i18n, umpan_balik.kosong)}</p> })}
            <h3>{t!(i18n, umpan_balik.grup_rhk)}</h3>
            {rhk_groups}
            {value_groups.map(|g| view! { <h3>{t!(i18n, umpan_balik.grup_perilaku)}</h3> {g} })}
        </section>
    }
}

#[component]
fn Topic(id: String, title: String, list: Vec<UmpanBalik>) -> impl IntoView {
    let i18n = use_i18n();
    let count = list.len();
    let entries = list
        .into_iter()
        .map(|u| {
            view! {
                <li class="ub-entry">
                    <p class="ub-text">{u.text}</p>
                    <p class="muted">{u.sub_period_name} " · " {t!(i18n, umpan_balik.oleh)} " " {u.giver_name} " · " {tanggal(&u.created_at)}</p>
                </li>
            }
        })
        .collect_view();
    view! {
        <details class="ub-topic" id=id open=count > 0>
            <summary><span>{title}</span> " " <span class="count">{count}</span></summary>
            {if count == 0 {
                view! { <p class="muted">{t!(i18n, umpan_balik.topik_kosong)}</p> }.into_any()
            } else {
                view! { <ul class="plain-list">{entries}</ul> }.into_any()
            }}
        </details>
    }
}

//! The lampiran of the SKP: dukungan sumber daya, skema pertanggungjawaban and konsekuensi,
//! each a list of items. The owner edits them while the SKP may change; else read-only.

use leptos::either::Either;
use leptos::prelude::*;
use leptos::task::spawn_local;

use super::editor::{Editor, WriteError};
use super::labels::{focus_later, I18n};
use crate::api::skp::set_lampiran;
use crate::api::ApiError;
use crate::domain::dto::Lampiran;
use crate::domain::skp::MAX_CATATAN;
use crate::i18n::*;

#[derive(Clone, Copy, PartialEq)]
enum Bagian {
    Dukungan,
    Skema,
    Konsekuensi,
}

const BAGIAN: [Bagian; 3] = [Bagian::Dukungan, Bagian::Skema, Bagian::Konsekuensi];

impl Bagian {
    fn key(self) -> &'static str {
        match self {
            Bagian::Dukungan => "dukungan",
            Bagian::Skema => "skema",
            Bagian::Konsekuensi => "konsekuensi",
        }
    }

    fn items(self, l: &Lampiran) -> &Vec<String> {
        match self {
            Bagian::Dukungan => &l.dukungan_sumber_daya,
            Bagian::Skema => &l.skema_pertanggungjawaban,
            Bagian::Konsekuensi => &l.konsekuensi,
        }
    }
}

pub fn bagian_label(i18n: I18n, i: usize) -> &'static str {
    match i {
        0 => t_string!(i18n, skp_extra.lampiran_dukungan),
        1 => t_string!(i18n, skp_extra.lampiran_skema),
        _ => t_string!(i18n, skp_extra.lampiran_konsekuensi),
    }
}

fn label(i18n: I18n, b: Bagian) -> &'static str {
    bagian_label(i18n, BAGIAN.iter().position(|x| *x == b).unwrap_or(0))
}

/// The three lists of a lampiran, read-only (`print` gives the plain markup of the print).
#[component]
pub fn LampiranLists(lampiran: Lampiran) -> impl IntoView {
    let i18n = use_i18n();
    BAGIAN
        .iter()
        .map(|b| {
            let b = *b;
            let items = b.items(&lampiran).clone();
            let list = if items.is_empty() {
                Either::Left(view! { <p class="empty">{t!(i18n, skp_extra.lampiran_empty)}</p> })
            } else {
                Either::Right(view! {
                    <ol class="lampiran-list">{items.into_iter().map(|t| view! { <li>{t}</li> }).collect_view()}</ol>
                })
            };
            view! {
                <h3>{move || label(i18n, b)}</h3>
                {list}
            }
        })
        .collect_view()
}

/// One item being edited (`key` stays while items are added and removed).
#[derive(Clone, Debug, PartialEq)]
struct Butir {
    key: u64,
    text: String,
}

type Lists = [Vec<Butir>; 3];

fn lists_of(l: &Lampiran, next: &mut u64) -> Lists {
    BAGIAN.map(|b| {
        b.items(l)
            .iter()
            .map(|t| {
                *next += 1;
                Butir {
                    key: *next,
                    text: t.clone(),
                }
            })
            .collect()
    })
}

/// The lampiran panel: the owner's editor while the SKP may change, else the lists.
#[component]
pub fn LampiranPanel(editor: Editor, owner: bool) -> impl IntoView {
    let i18n = use_i18n();
    let editable = Memo::new(move |_| owner && editor.skp.with(|s| s.status.editable()));
    view! {
        <section class="panel skp-lampiran no-print" aria-labelledby="skp-lampiran-h">
            <h2 id="skp-lampiran-h" tabindex="-1">{t!(i18n, skp_extra.lampiran_heading)}</h2>
            {move || if editable.get() {
                Either::Left(view! { <LampiranEditor editor/> })
            } else {
                Either::Right(view! {
                    {move || view! { <LampiranLists lampiran=editor.skp.with(|s| s.lampiran.clone())/> }}
                })
            }}
        </section>
    }
}

#[component]
fn LampiranEditor(editor: Editor) -> impl IntoView {
    let i18n = use_i18n();
    let saved = Memo::new(move |_| editor.skp.with(|s| s.lampiran.clone()));
    let next = StoredValue::new(0u64);
    let fresh = move |l: &Lampiran| {
        let mut n = next.get_value();
        let out = lists_of(l, &mut n);
        next.set_value(n);
        out
    };
    let lists = RwSignal::new(saved.with_untracked(|l| fresh(l)));
    // what is saved (after a save, or a reload after a conflict) replaces what was typed
    Effect::new(move |prev: Option<()>| {
        let l = saved.get();
        if prev.is_some() {
            lists.set(fresh(&l));
        }
    });
    let checked = RwSignal::new(false);
    let busy = RwSignal::new(false);
    let error = RwSignal::new(None::<ApiError>);
    let on_submit = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        if busy.get_untracked() {
            return;
        }
        error.set(None);
        checked.set(true);
        let ls = lists.get_untracked();
        let empty = ls.iter().enumerate().find_map(|(i, l)| {
            l.iter()
                .find(|b| b.text.trim().is_empty())
                .map(|b| format!("lampiran-{}-{}", BAGIAN[i].key(), b.key))
        });
        if let Some(first) = empty {
            focus_later(first);
            return;
        }
        let text = |i: usize| ls[i].iter().map(|b| b.text.trim().to_string()).collect();
        let lampiran = Lampiran {
            dukungan_sumber_daya: text(0),
            skema_pertanggungjawaban: text(1),
            konsekuensi: text(2),
        };
        busy.set(true);
        spawn_local(async move {
            let res = set_lampiran(editor.id(), editor.version(), lampiran).await;
            busy.set(false);
            match editor.settle(res, t_string!(i18n, skp_extra.lampiran_saved).to_string()) {
                Ok(()) => {
                    checked.set(false);
                    focus_later("skp-lampiran-h".into());
                }
                Err(e) => {
                    error.set(Some(e));
                    focus_later("lampiran-summary".into());
                }
            }
        });
    };
    let sections = BAGIAN
        .iter()
        .enumerate()
        .map(|(i, b)| {
            let key = b.key();
            let add_id = format!("lampiran-{key}-add");
            let add = move |_| {
                let k = next.get_value() + 1;
                next.set_value(k);
                lists.update(|l| {
                    l[i].push(Butir {
                        key: k,
                        text: String::new(),
                    })
                });
                focus_later(format!("lampiran-{key}-{k}"));
            };
            let add_back = add_id.clone();
            view! {
                <fieldset class="lampiran-bagian">
                    <legend>{move || bagian_label(i18n, i)}</legend>
                    {move || lists.with(|l| l[i].is_empty()).then(|| view! { <p class="empty">{t!(i18n, skp_extra.lampiran_empty)}</p> })}
                    <ol class="lampiran-edit">
                        <For each=move || lists.with(|l| l[i].clone()) key=|b| b.key let:b>
                            <ButirField i bagian=key k=b.key lists checked add_id=add_back.clone()/>
                        </For>
                    </ol>
                    <button type="button" id=add_id class="button secondary small" on:click=add>
                        {t!(i18n, skp_extra.lampiran_add)}
                        <span class="visually-hidden">": " {move || bagian_label(i18n, i)}</span>
                    </button>
                </fieldset>
            }
        })
        .collect_view();
    view! {
        <form class="lampiran-form" novalidate on:submit=on_submit aria-labelledby="skp-lampiran-h">
            <div id="lampiran-summary" tabindex="-1">
                {move || error.get().map(|error| view! { <WriteError error/> })}
            </div>
            {sections}
            <div class="actions">
                <button type="submit" class="button primary" aria-busy=move || busy.get().then_some("true")>
                    {move || if busy.get() { t_string!(i18n, skp.saving) } else { t_string!(i18n, skp_extra.lampiran_save) }}
                </button>
            </div>
        </form>
    }
}

#[component]
fn ButirField(
    i: usize,
    bagian: &'static str,
    k: u64,
    lists: RwSignal<Lists>,
    checked: RwSignal<bool>,
    add_id: String,
) -> impl IntoView {
    let i18n = use_i18n();
    let fid = format!("lampiran-{bagian}-{k}");
    let eid = format!("{fid}-err");
    let n = move || lists.with(|l| l[i].iter().position(|b| b.key == k).unwrap_or(0) + 1);
    let text = move || {
        lists.with(|l| {
            l[i].iter()
                .find(|b| b.key == k)
                .map(|b| b.text.clone())
                .unwrap_or_default()
        })
    };
    let bad = move || checked.get() && text().trim().is_empty();
    let e2 = eid.clone();
    view! {
        <li class="lampiran-item">
            <div class="field">
                <label for=fid.clone()>{t!(i18n, skp_extra.lampiran_item, n = n)}</label>
                <div class="lampiran-row">
                    <textarea id=fid rows="2" maxlength=MAX_CATATAN.to_string()
                        aria-invalid=move || bad().then_some("true")
                        aria-describedby=move || bad().then(|| e2.clone())
                        prop:value=text
                        on:input=move |ev| {
                            let v = event_target_value(&ev);
                            lists.update(|l| {
                                if let Some(b) = l[i].iter_mut().find(|b| b.key == k) {
                                    b.text = v;
                                }
                            });
                        }></textarea>
                    <button type="button" class="button danger small" on:click=move |_| {
                        lists.update(|l| l[i].retain(|b| b.key != k));
                        focus_later(add_id.clone());
                    }>
                        {t!(i18n, skp_extra.lampiran_remove)}
                        <span class="visually-hidden">" " {n}</span>
                    </button>
                </div>
                {move || bad().then(|| view! { <p id=eid.clone() class="field-error">{t!(i18n, skp_extra.lampiran_required)}</p> })}
            </div>
        </li>
    }
}

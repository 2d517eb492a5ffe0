use leptos::either::Either;
use leptos::prelude::*;
use leptos::task::spawn_local;

use super::confirm::ConfirmButton;
use super::editor::{Editor, WriteError};
use super::labels::{dom_id, focus_later};
use super::leader_tools::LeaderTools;
use super::rhk_card::RhkCard;
use super::rhk_form::RhkForm;
use crate::api::skp::delete_rhk;
use crate::api::ApiError;
use crate::domain::dto::Rhk;
use crate::i18n::*;

/// The RHK of the SKP. When it may be changed (`owner` and a draft or returned SKP), each
/// has "Ubah" and "Hapus" (asks first), and "Tambah RHK" opens the form below the list. The
/// owner manages the risks at any status; a leader (someone with staff to assess, or whose RHK
/// are intervened) also publishes and assigns each RHK.
#[component]
pub fn RhkList(editor: Editor, owner: bool) -> impl IntoView {
    let i18n = use_i18n();
    let editable = move || owner && editor.skp.with(|s| s.status.editable());
    let items = move || {
        let rhk = editor.skp.with(|s| s.rhk.clone());
        let leader =
            owner && (editor.bawahan.with(|b| !b.is_empty()) || rhk.iter().any(|r| r.children > 0));
        if rhk.is_empty() {
            return Either::Left(view! { <p class="empty">{t!(i18n, skp.rhk_empty)}</p> });
        }
        Either::Right(view! {
            <ol class="rhk-list">
                {rhk.into_iter().enumerate().map(|(i, rhk)| view! {
                    <li><RhkItem editor rhk n=i + 1 editable=editable() owner leader/></li>
                }).collect_view()}
            </ol>
        })
    };
    let adding = move || editor.editing.with(|e| e.as_deref() == Some(""));
    view! {
        <section class="skp-rhk" aria-labelledby="skp-rhk-h">
            <h2 id="skp-rhk-h" tabindex="-1">{t!(i18n, skp.rhk_heading)}</h2>
            {items}
            {move || match (editable(), adding()) {
                (true, true) => Some(Either::Left(view! { <RhkForm editor rhk=None/> })),
                (true, false) => Some(Either::Right(view! {
                    <button
                        type="button"
                        id="skp-add-rhk"
                        class="button primary"
                        on:click=move |_| {
                            editor.editing.set(Some(String::new()));
                            focus_later("rhkf-new-jenis".into());
                        }
                    >
                        {t!(i18n, skp.add_rhk)}
                    </button>
                })),
                _ => None,
            }}
        </section>
    }
}

#[component]
fn RhkItem(
    editor: Editor,
    rhk: Rhk,
    n: usize,
    editable: bool,
    owner: bool,
    leader: bool,
) -> impl IntoView {
    let i18n = use_i18n();
    let id = rhk.id.clone();
    let editing = {
        let id = id.clone();
        move || editor.editing.with(|e| e.as_deref() == Some(id.as_str()))
    };
    let busy = RwSignal::new(false);
    let error = RwSignal::new(None::<ApiError>);
    let judul = rhk.judul.clone();
    let remove = {
        let id = id.clone();
        move |_| {
            busy.set(true);
            let id = id.clone();
            spawn_local(async move {
                let res = delete_rhk(id, editor.version()).await;
                busy.set(false);
                match editor.settle(res, t_string!(i18n, skp.deleted).to_string()) {
                    Ok(()) => focus_later("skp-rhk-h".into()),
                    Err(e) => error.set(Some(e)),
                }
            });
        }
    };
    let card_rhk = rhk.clone();
    move || {
        if editing() {
            return Either::Left(view! { <RhkForm editor rhk=Some(rhk.clone())/> });
        }
        let lead = leader.then(|| view! { <LeaderTools editor rhk=card_rhk.clone()/> });
        let change = editable.then(|| {
            let (id, judul, remove) = (id.clone(), judul.clone(), remove.clone());
            view! {
                <button
                    type="button"
                    class="button secondary"
                    on:click=move |_| {
                        editor.editing.set(Some(id.clone()));
                        focus_later(dom_id("rhkf", &id) + "-jenis");
                    }
                >
                    {t!(i18n, skp.edit)}
                    <span class="visually-hidden">" " {judul.clone()}</span>
                </button>
                <ConfirmButton
                    danger=true
                    label=Signal::derive(move || t_string!(i18n, skp.delete).to_string())
                    subject=judul.clone()
                    question=Signal::derive(move || t_string!(i18n, skp.confirm_delete).to_string())
                    confirm=Signal::derive(move || t_string!(i18n, skp.confirm_delete_yes).to_string())
                    busy=busy
                    on_confirm=remove
                />
                {move || error.get().map(|error| view! { <WriteError error/> })}
            }
        });
        let rhk = card_rhk.clone();
        let risk_editor = owner.then_some(editor);
        Either::Right(if change.is_some() || lead.is_some() {
            let actions = view! { {change} {lead} };
            Either::Left(match risk_editor {
                Some(e) => view! { <RhkCard rhk n risk_editor=e>{actions}</RhkCard> }.into_any(),
                None => view! { <RhkCard rhk n>{actions}</RhkCard> }.into_any(),
            })
        } else {
            Either::Right(match risk_editor {
                Some(e) => view! { <RhkCard rhk n risk_editor=e/> }.into_any(),
                None => view! { <RhkCard rhk n/> }.into_any(),
            })
        })
    }
}

//! One goal as a card: code, name and its key indicators with targets; for editors "Ubah"
//! (the form in place) and "Hapus" (asks first; a goal RHK point at is refused inline).

use leptos::either::Either;
use leptos::prelude::*;
use leptos::task::spawn_local;

use super::board::{heading_id, Board, LIST_HEADING};
use super::goal_form::GoalForm;
use crate::api::sasaran::delete_sasaran;
use crate::domain::dto::SasaranStrategis;
use crate::i18n::*;
use crate::ui::common::error_message::ErrorMessage;
use crate::ui::skp::confirm::ConfirmButton;
use crate::ui::skp::labels::{dom_id, fmt_num, focus_later};

#[component]
pub fn GoalCard(board: Board, goal: SasaranStrategis) -> impl IntoView {
    let id = StoredValue::new(goal.id.clone());
    let editing = move || {
        board
            .editing
            .with(|e| e.as_deref() == Some(id.get_value().as_str()))
    };
    let goal = StoredValue::new(goal);
    view! {
        <li class="card sasaran-card">
            {move || if editing() {
                Either::Left(view! { <GoalForm board goal=Some(goal.get_value())/> })
            } else {
                Either::Right(view! { <GoalView board goal=goal.get_value()/> })
            }}
        </li>
    }
}

#[component]
fn GoalView(board: Board, goal: SasaranStrategis) -> impl IntoView {
    let i18n = use_i18n();
    let heading = heading_id(&goal.id);
    let indikator = if goal.indikator.is_empty() {
        Either::Left(view! { <p class="empty">{t!(i18n, sasaran.indikator_none)}</p> })
    } else {
        let items = goal
            .indikator
            .iter()
            .map(|k| {
                let target = format!("{} {}", fmt_num(i18n, k.target), k.satuan);
                view! {
                    <li>
                        <span class="sasaran-ind-name">{k.nama.clone()}</span>
                        <span class="sasaran-ind-target">
                            <span class="muted">{t!(i18n, sasaran.target)} ": "</span>
                            <strong>{target}</strong>
                        </span>
                    </li>
                }
            })
            .collect_view();
        Either::Right(view! { <ul class="sasaran-ind">{items}</ul> })
    };
    let refusal = {
        let gid = goal.id.clone();
        move || {
            board.refusal.with(|r| {
                r.as_ref()
                    .filter(|(id, _)| *id == gid)
                    .map(|(_, e)| e.clone())
            })
        }
    };
    let actions = board.can_edit.then(|| {
        let busy = RwSignal::new(false);
        let gid = StoredValue::new(goal.id.clone());
        let edit_id = dom_id("sas-edit", &goal.id);
        let remove = move |_| {
            busy.set(true);
            board.refusal.set(None);
            board.notice.set(None);
            let id = gid.get_value();
            spawn_local(async move {
                let res = delete_sasaran(id.clone()).await;
                busy.set(false);
                match res {
                    Ok(()) => {
                        board.remove(&id);
                        board.notice.set(Some(t_string!(i18n, sasaran.deleted).to_string()));
                        focus_later(LIST_HEADING.to_string());
                    }
                    Err(e) => {
                        board.refusal.set(Some((id.clone(), e)));
                        focus_later(dom_id("sas-err", &id));
                    }
                }
            });
        };
        view! {
            <div class="actions">
                <button type="button" id=edit_id class="button secondary small"
                    disabled=move || busy.get()
                    on:click=move |_| {
                        board.notice.set(None);
                        board.refusal.set(None);
                        board.editing.set(Some(gid.get_value()));
                        focus_later(format!("{}-kode", dom_id("sas-form", &gid.get_value())));
                    }>
                    {t!(i18n, sasaran.edit)}
                    <span class="visually-hidden">" " {goal.kode.clone()}</span>
                </button>
                <ConfirmButton
                    danger=true
                    label=Signal::derive(move || t_string!(i18n, sasaran.delete).to_string())
                    subject=goal.kode.clone()
                    question=Signal::derive(move || t_string!(i18n, sasaran.confirm_delete).to_string())
                    confirm=Signal::derive(move || t_string!(i18n, sasaran.confirm_delete_yes).to_string())
                    busy=busy
                    on_confirm=remove
                />
            </div>
        }
    });
    let err_id = dom_id("sas-err", &goal.id);
    view! {
        <article class="sasaran-goal" aria-labelledby=heading.clone()>
            <h3 id=heading.clone() tabindex="-1">
                <span class="badge sasaran-kode">
                    <span class="visually-hidden">{t!(i18n, sasaran.kode)} " "</span>
                    {goal.kode.clone()}
                </span>
                " "
                <span class="sasaran-nama">{goal.nama.clone()}</span>
            </h3>
            <h4 class="sasaran-ind-h">{t!(i18n, sasaran.indikator_heading)}</h4>
            {indikator}
            <div id=err_id tabindex="-1">
                {move || refusal().map(|error| view! { <ErrorMessage error/> })}
            </div>
            {actions}
        </article>
    }
}

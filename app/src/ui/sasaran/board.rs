//! The goals as last read and what the cards and forms share: which goal is being edited,
//! the last success (announced politely) and a goal's last refusal (shown in its card).

use leptos::either::Either;
use leptos::prelude::*;
use leptos::task::spawn_local;

use super::goal_card::GoalCard;
use super::goal_form::GoalForm;
use super::import_panel::ImportPanel;
use crate::api::sasaran::list_sasaran;
use crate::api::ApiError;
use crate::domain::dto::SasaranStrategis;
use crate::i18n::*;
use crate::ui::skp::labels::focus_later;

/// The id of the list's heading (focused after a delete).
pub const LIST_HEADING: &str = "sas-list-h";
/// The id of "Tambah sasaran".
pub const ADD_BUTTON: &str = "sas-add";

/// `editing`: `Some("")` for a new goal, `Some(id)` for a changed one.
#[derive(Clone, Copy)]
pub struct Board {
    pub items: RwSignal<Vec<SasaranStrategis>>,
    pub editing: RwSignal<Option<String>>,
    pub notice: RwSignal<Option<String>>,
    /// The last refusal about one goal (its id): kept while the list is read again.
    pub refusal: RwSignal<Option<(String, ApiError)>>,
    pub can_edit: bool,
}

impl Board {
    /// Reads the goals again (after a `conflict`, or an import).
    pub async fn refresh(self) {
        if let Ok(list) = list_sasaran().await {
            self.items.set(list);
        }
    }

    pub fn reload(self) {
        spawn_local(self.refresh());
    }

    /// Takes a saved goal: replaces the one with its id, or adds it (kept in code order).
    pub fn put(self, goal: SasaranStrategis) {
        self.items.update(|l| {
            match l.iter_mut().find(|g| g.id == goal.id) {
                Some(g) => *g = goal,
                None => l.push(goal),
            }
            l.sort_by(|a, b| a.kode.cmp(&b.kode));
        });
    }

    pub fn remove(self, id: &str) {
        self.items.update(|l| l.retain(|g| g.id != id));
    }
}

/// The id of a goal's card heading.
pub fn heading_id(goal_id: &str) -> String {
    crate::ui::skp::labels::dom_id("sas-h", goal_id)
}

#[component]
pub fn SasaranBoard(list: Vec<SasaranStrategis>, can_edit: bool) -> impl IntoView {
    let i18n = use_i18n();
    let board = Board {
        items: RwSignal::new(list),
        editing: RwSignal::new(None),
        notice: RwSignal::new(None),
        refusal: RwSignal::new(None),
        can_edit,
    };
    let adding = move || board.editing.with(|e| e.as_deref() == Some(""));
    let tools = can_edit.then(|| {
        view! {
            <div class="sasaran-tools">
                {move || if adding() {
                    Either::Left(view! { <GoalForm board goal=None/> })
                } else {
                    Either::Right(view! {
                        <div class="actions">
                            <button type="button" id=ADD_BUTTON class="button primary" on:click=move |_| {
                                board.notice.set(None);
                                board.editing.set(Some(String::new()));
                                focus_later("sas-new-kode".into());
                            }>
                                {t!(i18n, sasaran.add)}
                            </button>
                        </div>
                    })
                }}
                <ImportPanel board/>
            </div>
        }
    });
    let read_only =
        (!can_edit).then(|| view! { <p class="muted">{t!(i18n, sasaran.read_only)}</p> });
    let empty = move || {
        board.items.with(|l| l.is_empty()).then(|| {
            view! {
                <p class="empty">
                    {if can_edit { t_string!(i18n, sasaran.empty_editor) } else { t_string!(i18n, sasaran.empty) }}
                </p>
            }
        })
    };
    view! {
        <p class="notice" role="status">{move || board.notice.get()}</p>
        {read_only}
        {tools}
        <section class="sasaran-list-wrap" aria-labelledby=LIST_HEADING>
            <h2 id=LIST_HEADING tabindex="-1">
                {t!(i18n, sasaran.list_heading)}
                " "
                <span class="muted sasaran-count">
                    "(" {move || board.items.with(|l| l.len())} ")"
                </span>
            </h2>
            {empty}
            <ul class="cards sasaran-list">
                <For
                    each=move || board.items.get()
                    key=|g| (g.id.clone(), g.version)
                    let:goal
                >
                    <GoalCard board goal/>
                </For>
            </ul>
        </section>
    }
}

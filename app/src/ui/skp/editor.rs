//! What the parts of an open SKP share: the SKP as last read, which RHK is being edited,
//! and the handling of a write's answer (a stale version reloads the SKP).

use leptos::prelude::*;
use leptos::task::spawn_local;

use crate::api::skp::skp_by_id;
use crate::api::ApiError;
use crate::domain::dto::{RhkRef, SasaranStrategis, Skp, SkpBawahan};
use crate::i18n::*;
use crate::ui::common::error_message::ErrorMessage;

/// `editing`: `Some("")` for a new RHK, `Some(id)` for a changed one.
#[derive(Clone, Copy)]
pub struct Editor {
    pub skp: RwSignal<Skp>,
    pub editing: RwSignal<Option<String>>,
    /// The last success, announced politely.
    pub notice: RwSignal<Option<String>>,
    /// The superior RHK the owner may intervene.
    pub options: RwSignal<Vec<RhkRef>>,
    /// The staff the signed-in user assesses (a leader may publish and assign RHK to them).
    pub bawahan: RwSignal<Vec<SkpBawahan>>,
    /// This year's strategic goals (what a JPT's RHK may point at).
    pub sasaran: RwSignal<Vec<SasaranStrategis>>,
}

impl Editor {
    pub fn new(skp: Skp, options: Vec<RhkRef>) -> Self {
        Editor {
            skp: RwSignal::new(skp),
            editing: RwSignal::new(None),
            notice: RwSignal::new(None),
            options: RwSignal::new(options),
            bawahan: RwSignal::new(vec![]),
            sasaran: RwSignal::new(vec![]),
        }
    }

    pub fn version(self) -> i64 {
        self.skp.with_untracked(|s| s.version)
    }

    pub fn id(self) -> String {
        self.skp.with_untracked(|s| s.id.clone())
    }

    /// Takes a write's answer: the fresh SKP, or the error (after a `conflict` the SKP is
    /// read again, so the next try starts from what is saved).
    pub fn settle(self, res: Result<Skp, ApiError>, notice: String) -> Result<(), ApiError> {
        match res {
            Ok(s) => {
                self.skp.set(s);
                self.notice.set(Some(notice));
                Ok(())
            }
            Err(e) => {
                self.notice.set(None);
                if e.code == "conflict" {
                    self.reload();
                }
                Err(e)
            }
        }
    }

    /// Takes the answer of a write that carries no version (risks, publishing): the fresh
    /// SKP, or the error as it is (a `conflict` there is a rule, not a stale read).
    pub fn settle_unversioned(
        self,
        res: Result<Skp, ApiError>,
        notice: String,
    ) -> Result<(), ApiError> {
        match res {
            Ok(s) => {
                self.skp.set(s);
                self.notice.set(Some(notice));
                Ok(())
            }
            Err(e) => {
                self.notice.set(None);
                Err(e)
            }
        }
    }

    pub fn reload(self) {
        let id = self.id();
        spawn_local(async move {
            if let Ok(s) = skp_by_id(id).await {
                self.skp.set(s);
            }
        });
    }
}

/// The error of a write; after a conflict, says that the SKP was reloaded.
#[component]
pub fn WriteError(error: ApiError) -> impl IntoView {
    let i18n = use_i18n();
    let conflict = error.code == "conflict";
    view! {
        <ErrorMessage error/>
        {conflict.then(|| view! { <p class="muted">{t!(i18n, skp.reloaded)}</p> })}
    }
}

/// The polite status line of the last success.
#[component]
pub fn Notice(editor: Editor) -> impl IntoView {
    view! {
        <p class="notice" role="status">
            {move || editor.notice.get()}
        </p>
    }
}

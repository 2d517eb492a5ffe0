//! What the parts of a squad page share: the squad as last read and the handling of a
//! write's answer (a stale version reloads the squad, so the next try starts from what is
//! saved).

use leptos::prelude::*;
use leptos::task::spawn_local;

use crate::api::tim::get_tim;
use crate::api::ApiError;
use crate::domain::dto::Tim;
use crate::i18n::*;
use crate::ui::common::error_message::ErrorMessage;

#[derive(Clone, Copy)]
pub struct TimState {
    pub tim: RwSignal<Tim>,
    /// The last success, announced politely.
    pub notice: RwSignal<Option<String>>,
}

impl TimState {
    pub fn new(tim: Tim) -> Self {
        TimState {
            tim: RwSignal::new(tim),
            notice: RwSignal::new(None),
        }
    }

    pub fn id(self) -> String {
        self.tim.with_untracked(|t| t.id.clone())
    }

    pub fn version(self) -> i64 {
        self.tim.with_untracked(|t| t.version)
    }

    /// Takes a write's answer: the fresh squad and a notice, or the error (a `conflict`
    /// reloads the squad first).
    pub fn settle(self, res: Result<Tim, ApiError>, notice: String) -> Result<(), ApiError> {
        match res {
            Ok(t) => {
                self.tim.set(t);
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

    pub fn reload(self) {
        let id = self.id();
        spawn_local(async move {
            if let Ok(t) = get_tim(id).await {
                self.tim.set(t);
            }
        });
    }
}

/// The error of a write; after a conflict, says that the squad was reloaded.
#[component]
pub fn TimError(error: ApiError) -> impl IntoView {
    let i18n = use_i18n();
    let conflict = error.code == "conflict";
    view! {
        <ErrorMessage error/>
        {conflict.then(|| view! { <p class="muted">{t!(i18n, tim.reloaded)}</p> })}
    }
}

use std::collections::HashMap;
use std::sync::Arc;

use leptos::prelude::*;

use crate::domain::dto::{Page, Unit};

/// What every node of the unit tree shares.
#[derive(Clone)]
pub struct TreeState {
    /// Units expanded when the page opened (the trail down to the selected unit), with the
    /// first page of their children as the server rendered it.
    pub preloaded: Arc<HashMap<String, Page<Unit>>>,
    pub selected: Memo<Option<String>>,
    /// The key of the item holding the roving tabindex (`None`: the first root).
    pub focused: RwSignal<Option<String>>,
    /// False while server-rendered: links stay tabbable until the tree keys work.
    pub hydrated: RwSignal<bool>,
}

impl TreeState {
    /// Roving tabindex: only one item of the tree is in the tab order after hydration.
    pub fn tabindex(
        &self,
        key: String,
        first: bool,
    ) -> impl Fn() -> Option<&'static str> + Send + Sync + 'static {
        let (hydrated, focused) = (self.hydrated, self.focused);
        move || {
            if !hydrated.get() {
                return None;
            }
            let here = focused.with(|f| match f {
                Some(f) => *f == key,
                None => first,
            });
            Some(if here { "0" } else { "-1" })
        }
    }

    /// Links inside items leave the tab order once the items themselves are focusable.
    pub fn link_tabindex(&self) -> impl Fn() -> Option<&'static str> + Send + Sync + 'static {
        let hydrated = self.hydrated;
        move || hydrated.get().then_some("-1")
    }
}

use std::collections::{HashMap, HashSet};

use leptos::prelude::*;

use crate::domain::dto::{CascadeNode, NodeKind};

/// What every node of the cascade tree shares.
#[derive(Clone, Copy)]
pub struct CascadeState {
    pub unit_id: StoredValue<String>,
    /// Nodes shown expanded (opening a search hit adds its path).
    pub open: RwSignal<HashSet<String>>,
    /// Children already loaded, by parent id (so closing and opening does not refetch).
    pub loaded: StoredValue<HashMap<String, Vec<CascadeNode>>>,
    /// The chosen node and its kind (an RHK shows its chain).
    pub selected: RwSignal<Option<(String, NodeKind)>>,
    /// The item holding the roving tabindex (`None`: the first one).
    pub focused: RwSignal<Option<String>>,
    /// An item to focus as soon as it is rendered (the hit of a search).
    pub focus_request: RwSignal<Option<String>>,
}

impl CascadeState {
    pub fn new(unit_id: String) -> Self {
        CascadeState {
            unit_id: StoredValue::new(unit_id),
            open: RwSignal::new(HashSet::new()),
            loaded: StoredValue::new(HashMap::new()),
            selected: RwSignal::new(None),
            focused: RwSignal::new(None),
            focus_request: RwSignal::new(None),
        }
    }

    pub fn is_open(self, id: &str) -> bool {
        self.open.with(|o| o.contains(id))
    }

    pub fn set_open(self, id: &str, open: bool) {
        self.open.update(|o| {
            if open {
                o.insert(id.to_string());
            } else {
                o.remove(id);
            }
        });
    }

    /// Roving tabindex: one item of the tree is in the tab order.
    pub fn tabindex(self, id: String, first: bool) -> impl Fn() -> &'static str + Send + Sync {
        move || {
            let here = self.focused.with(|f| match f {
                Some(f) => *f == id,
                None => first,
            });
            if here {
                "0"
            } else {
                "-1"
            }
        }
    }

    /// Opens the way to a search hit (every id of `path` but the last, in order: each level
    /// loads when its parent opens) and focuses the hit once it is rendered.
    pub fn reveal(self, path: &[String]) {
        let Some((hit, above)) = path.split_last() else {
            return;
        };
        self.open.update(|o| o.extend(above.iter().cloned()));
        self.selected.set(Some((hit.clone(), NodeKind::Rhk)));
        self.focused.set(Some(hit.clone()));
        self.focus_request.set(Some(hit.clone()));
    }
}

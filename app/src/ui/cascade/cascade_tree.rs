use leptos::either::EitherOf4;
use leptos::prelude::*;
use leptos::task::spawn_local;

use super::cascade_item::CascadeItem;
use super::state::CascadeState;
use crate::api::cascade::cascade_level;
use crate::api::ApiError;
use crate::domain::dto::CascadeNode;
use crate::i18n::*;
use crate::ui::common::error_message::ErrorMessage;
use crate::ui::common::loading::Loading;

/// The items of one level; levels that came already loaded are remembered.
#[component]
pub fn CascadeLevel(nodes: Vec<CascadeNode>, level: usize, state: CascadeState) -> impl IntoView {
    for n in nodes.iter().filter(|n| !n.children.is_empty()) {
        state
            .loaded
            .update_value(|l| _ = l.insert(n.id.clone(), n.children.clone()));
    }
    nodes
        .into_iter()
        .enumerate()
        .map(|(i, node)| view! { <CascadeItem node level first=level == 1 && i == 0 state/> })
        .collect_view()
}

/// The children of an expanded node (`role=group`), loaded in the browser the first time.
/// A signal, not a resource: resources must not be created inside the page's `Suspense`.
#[component]
pub fn CascadeGroup(
    parent: String,
    group_id: String,
    level: usize,
    state: CascadeState,
) -> impl IntoView {
    let i18n = use_i18n();
    let known = state.loaded.with_value(|l| l.get(&parent).cloned());
    let nodes = RwSignal::new(known.clone().map(Ok::<_, ApiError>));
    if known.is_none() {
        let (unit, id) = (state.unit_id.get_value(), parent.clone());
        spawn_local(async move {
            let res = cascade_level(unit, Some(id.clone()))
                .await
                .map(|c| c.root.children);
            if let Ok(children) = &res {
                state
                    .loaded
                    .update_value(|l| _ = l.insert(id, children.clone()));
            }
            nodes.try_set(Some(res));
        });
    }
    view! {
        <ul role="group" id=group_id class="tree-group">
            {move || match nodes.get() {
                None => EitherOf4::A(view! { <li role="none"><Loading/></li> }),
                Some(Ok(n)) if n.is_empty() => EitherOf4::B(view! { <li role="none" class="muted tree-note">{t!(i18n, cascade.no_children)}</li> }),
                Some(Ok(n)) => EitherOf4::C(view! { <CascadeLevel nodes=n level state/> }),
                Some(Err(error)) => EitherOf4::D(view! { <li role="none"><ErrorMessage error/></li> }),
            }}
        </ul>
    }
}

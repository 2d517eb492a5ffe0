use std::collections::HashSet;
use std::sync::Arc;

use leptos::either::{Either, EitherOf3};
use leptos::prelude::*;
use leptos::task::spawn_local;

use super::tree_node::TreeNode;
use super::tree_state::TreeState;
use crate::api::org::{unit_children, unit_trail};
use crate::api::ApiError;
use crate::domain::dto::{Page, Unit};
use crate::i18n::*;
use crate::ui::common::error_message::ErrorMessage;
use crate::ui::common::loading::Loading;

/// The unit tree (`role=tree`): the roots first, every level loaded through a server
/// function when it is expanded, never the whole agency. Opened at `?unit=…`, the trail
/// down to that unit is expanded on the server already.
#[component]
pub fn UnitTree(selected: Memo<Option<String>>) -> impl IntoView {
    let i18n = use_i18n();
    let initial = selected.get_untracked();
    let trail = Resource::new(|| (), move |_| unit_trail(initial.clone()));
    let roots = Resource::new(|| (), |_| unit_children(None, None));
    let hydrated = RwSignal::new(false);
    Effect::new(move |_| hydrated.set(true));
    view! {
        <Suspense fallback=|| view! { <Loading/> }>
            {move || Suspend::new(async move {
                let mut trail = trail.await.unwrap_or_default();
                match roots.await {
                    Err(error) => EitherOf3::A(view! { <ErrorMessage error/> }),
                    Ok(page) if page.items.is_empty() => {
                        EitherOf3::B(view! { <p class="empty">{t!(i18n, org.no_units)}</p> })
                    }
                    Ok(page) => {
                        // The selected unit holds the tab stop when the trail shows it.
                        let focused = trail.last().cloned();
                        // A single root (the usual agency) starts open.
                        if trail.is_empty() && page.items.len() == 1 {
                            trail.push(page.items[0].id.clone());
                        }
                        let state = TreeState {
                            open: Arc::new(trail.into_iter().collect::<HashSet<_>>()),
                            selected,
                            focused: RwSignal::new(focused),
                            hydrated,
                        };
                        EitherOf3::C(view! {
                            <ul class="tree" role="tree" aria-labelledby="org-tree-heading">
                                <UnitLevel parent=None level=1 state page/>
                            </ul>
                        })
                    }
                }
            })}
        </Suspense>
    }
}

/// The children of an expanded unit (`role=group`), fetched when it expands.
#[component]
pub fn ChildGroup(parent: String, level: u32, state: TreeState) -> impl IntoView {
    let id = parent.clone();
    let page = Resource::new(|| (), move |_| unit_children(Some(id.clone()), None));
    view! {
        <ul role="group" class="tree-group">
            <Suspense fallback=|| view! { <li role="none"><Loading/></li> }>
                {move || {
                    let (parent, state) = (parent.clone(), state.clone());
                    Suspend::new(async move {
                        match page.await {
                            Ok(page) => Either::Left(view! { <UnitLevel parent=Some(parent) level state page/> }),
                            Err(error) => Either::Right(view! { <li role="none"><ErrorMessage error/></li> }),
                        }
                    })
                }}
            </Suspense>
        </ul>
    }
}

/// The items of one level: the first page, pages loaded later, and "Muat lagi" (an item of
/// the tree itself, so the arrow keys reach it) while more remain.
#[component]
pub fn UnitLevel(
    parent: Option<String>,
    level: u32,
    state: TreeState,
    page: Page<Unit>,
) -> impl IntoView {
    let i18n = use_i18n();
    let extra = RwSignal::new(Vec::<Unit>::new());
    let next = RwSignal::new(page.next_cursor.clone());
    let loading = RwSignal::new(false);
    let error = RwSignal::new(None::<ApiError>);
    let more_key = format!("more:{}", parent.clone().unwrap_or_default());
    let load_more = {
        let parent = parent.clone();
        move || {
            let Some(cursor) = next.get_untracked() else {
                return;
            };
            if loading.get_untracked() {
                return;
            }
            loading.set(true);
            let parent = parent.clone();
            spawn_local(async move {
                match unit_children(parent, Some(cursor)).await {
                    Ok(p) => {
                        extra.update(|v| v.extend(p.items));
                        next.set(p.next_cursor);
                        error.set(None);
                    }
                    Err(e) => error.set(Some(e)),
                }
                loading.set(false);
            });
        }
    };
    let first_items = page
        .items
        .into_iter()
        .enumerate()
        .map(|(i, unit)| view! { <TreeNode unit level state=state.clone() first=level == 1 && i == 0/> })
        .collect_view();
    let more_state = state.clone();
    view! {
        {first_items}
        <For each=move || extra.get() key=|u| u.id.clone() let:unit>
            <TreeNode unit level state=state.clone()/>
        </For>
        {move || next.get().is_some().then(|| {
            let (key, state, load) = (more_key.clone(), more_state.clone(), load_more.clone());
            let load2 = load.clone();
            let on_key = move |ev: leptos::ev::KeyboardEvent| {
                let el = leptos::wasm_bindgen::JsCast::dyn_into::<leptos::web_sys::HtmlElement>(
                    event_target::<leptos::web_sys::Element>(&ev),
                );
                let handled = match ev.key().as_str() {
                    "Enter" | " " => { load2(); true }
                    "ArrowLeft" => el.as_ref().is_ok_and(super::tree_keys::focus_parent),
                    k => el.as_ref().is_ok_and(|el| super::tree_keys::move_focus(el, k)),
                };
                if handled {
                    ev.prevent_default();
                    ev.stop_propagation();
                }
            };
            let focus_key = key.clone();
            view! {
                <li
                    role="treeitem"
                    class="tree-more"
                    aria-busy=move || loading.get().then_some("true")
                    tabindex=state.tabindex(key, false)
                    on:focus=move |_| state.focused.set(Some(focus_key.clone()))
                    on:click=move |_| load()
                    on:keydown=on_key
                >
                    {move || if loading.get() { t_string!(i18n, loading) } else { t_string!(i18n, org.load_more) }}
                </li>
            }
        })}
        {move || error.get().map(|error| view! { <li role="none"><ErrorMessage error/></li> })}
    }
}

use leptos::prelude::*;
use leptos::task::spawn_local;

use super::tree_keys::{focus_parent, move_focus};
use super::tree_node::TreeNode;
use super::tree_state::TreeState;
use crate::api::org::unit_children;
use crate::api::ApiError;
use crate::domain::dto::{Page, Unit};
use crate::i18n::*;
use crate::ui::common::error_message::ErrorMessage;

/// The items of one level: the first page, pages loaded later, and "Muat lagi" (an item of
/// the tree itself, so the arrow keys reach it) while more remain.
#[component]
pub fn UnitLevel(parent: Option<String>, state: TreeState, page: Page<Unit>) -> impl IntoView {
    let extra = RwSignal::new(Vec::<Unit>::new());
    let next = RwSignal::new(page.next_cursor.clone());
    let loading = RwSignal::new(false);
    let error = RwSignal::new(None::<ApiError>);
    let load_more = move || {
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
    };
    let is_root = page.items.first().is_some_and(|u| u.parent_id.is_none());
    let more_key = format!(
        "more:{}",
        page.items.first().map(|u| u.id.as_str()).unwrap_or("")
    );
    let first_items = page
        .items
        .into_iter()
        .enumerate()
        .map(|(i, unit)| view! { <TreeNode unit state=state.clone() first=is_root && i == 0/> })
        .collect_view();
    let more_state = state.clone();
    view! {
        {first_items}
        <For each=move || extra.get() key=|u| u.id.clone() let:unit>
            <TreeNode unit state=state.clone()/>
        </For>
        {move || next.get().is_some().then(|| view! {
            <LoadMoreItem key=more_key.clone() state=more_state.clone() loading load=load_more.clone()/>
        })}
        {move || error.get().map(|error| view! { <li role="none"><ErrorMessage error/></li> })}
    }
}

/// "Muat lagi" as a tree item: Enter, Space or a click loads the next page of the level.
#[component]
fn LoadMoreItem(
    key: String,
    state: TreeState,
    loading: RwSignal<bool>,
    load: impl Fn() + Clone + Send + Sync + 'static,
) -> impl IntoView {
    let i18n = use_i18n();
    let on_click = load.clone();
    let on_key =
        move |ev: leptos::ev::KeyboardEvent| {
            let el = leptos::wasm_bindgen::JsCast::dyn_into::<leptos::web_sys::HtmlElement>(
                event_target::<leptos::web_sys::Element>(&ev),
            );
            let handled = match ev.key().as_str() {
                "Enter" | " " => {
                    load();
                    true
                }
                "ArrowLeft" => el.as_ref().is_ok_and(focus_parent),
                k => el.as_ref().is_ok_and(|el| move_focus(el, k)),
            };
            if handled {
                ev.prevent_default();
                ev.stop_propagation();
            }
        };
    let focus_key = key.clone();
    view! {
        <li role="none">
            <span
                role="treeitem"
                class="tree-more"
                aria-busy=move || loading.get().then_some("true")
                tabindex=state.tabindex(key, false)
                on:focus=move |_| state.focused.set(Some(focus_key.clone()))
                on:click=move |_| on_click()
                on:keydown=on_key
            >
                {move || if loading.get() { t_string!(i18n, loading) } else { t_string!(i18n, org.load_more) }}
            </span>
        </li>
    }
}

use leptos::html::A;
use leptos::prelude::*;
use leptos_router::hooks::use_navigate;
use leptos_router::NavigateOptions;

use super::tree_keys::{focus_first_child, focus_parent, move_focus};
use super::tree_state::TreeState;
use super::unit_children_group;
use super::unit_href;
use crate::domain::dto::Unit;
use crate::i18n::*;
use crate::ui::common::icons::ChevronIcon;

/// One unit of the tree, after the WAI-ARIA navigation treeview: the item is the link to
/// `?unit=…` (so it works before hydration), its group a sibling owned through `aria-owns`.
/// After hydration the arrow keys move: Right opens or goes to the first child, Left closes
/// or goes to the parent, Enter and Space select. The chevron opens and closes.
#[component]
pub fn TreeNode(unit: Unit, state: TreeState, #[prop(optional)] first: bool) -> impl IntoView {
    let i18n = use_i18n();
    let id = unit.id.clone();
    let has_children = unit.has_children;
    let expanded = RwSignal::new(has_children && state.preloaded.contains_key(&id));
    let link = NodeRef::<A>::new();
    let href = unit_href(&id);
    let selected = {
        let (id, sel) = (id.clone(), state.selected);
        Memo::new(move |_| sel.with(|s| s.as_deref() == Some(id.as_str())))
    };
    let navigate = use_navigate();
    let select = {
        let href = href.clone();
        move || {
            if has_children {
                expanded.set(true);
            }
            let opts = NavigateOptions {
                scroll: false,
                ..Default::default()
            };
            navigate(&href, opts);
        }
    };
    let select_click = select.clone();
    let on_key = move |ev: leptos::ev::KeyboardEvent| {
        let Some(el) = link.get_untracked() else {
            return;
        };
        let handled = match ev.key().as_str() {
            "ArrowRight" if has_children && !expanded.get_untracked() => {
                expanded.set(true);
                true
            }
            "ArrowRight" => {
                focus_first_child(&el);
                true
            }
            "ArrowLeft" if expanded.get_untracked() => {
                expanded.set(false);
                true
            }
            "ArrowLeft" => {
                focus_parent(&el);
                true
            }
            "Enter" | " " => {
                select();
                true
            }
            k => move_focus(&el, k),
        };
        if handled {
            ev.prevent_default();
            ev.stop_propagation();
        }
    };
    let (group_id, count_id) = (format!("g-{id}"), format!("u-{id}-n"));
    let owns = {
        let group_id = group_id.clone();
        move || expanded.get().then(|| group_id.clone())
    };
    let focus_id = id.clone();
    let tabindex = state.tabindex(id.clone(), first);
    let group_state = state.clone();
    let count = unit.employee_count;
    let describedby = count_id.clone();
    view! {
        <li role="none" class="tree-item">
            <div class="tree-row" class:selected=move || selected.get()>
                <a
                    node_ref=link
                    role="treeitem"
                    class="tree-link"
                    class:leaf=!has_children
                    href=href
                    aria-expanded=move || has_children.then(|| expanded.get().to_string())
                    aria-selected=move || selected.get().to_string()
                    aria-owns=owns
                    aria-describedby=describedby
                    tabindex=tabindex
                    on:focus=move |_| state.focused.set(Some(focus_id.clone()))
                    on:keydown=on_key
                    on:click=move |ev| {
                        ev.prevent_default();
                        select_click();
                    }
                >
                    {has_children.then(|| view! {
                        <span
                            class="tree-toggle"
                            aria-hidden="true"
                            on:click=move |ev| {
                                ev.prevent_default();
                                ev.stop_propagation();
                                expanded.update(|e| *e = !*e);
                            }
                        >
                            <ChevronIcon/>
                        </span>
                    })}
                    <span class="tree-label">{unit.nama.clone()}</span>
                </a>
                <span class="tree-count" aria-hidden="true">{count}</span>
                <span id=count_id class="visually-hidden">{t!(i18n, org.employee_count, count)}</span>
            </div>
            {move || expanded.get().then(|| unit_children_group(id.clone(), group_id.clone(), group_state.clone()))}
        </li>
    }
}

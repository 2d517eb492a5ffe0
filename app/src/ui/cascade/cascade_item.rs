use leptos::html::Div;
use leptos::prelude::*;

use super::badges::{FlagBadges, ProgressBar};
use super::cascade_group;
use super::state::CascadeState;
use crate::domain::dto::{CascadeNode, NodeKind};
use crate::i18n::*;
use crate::ui::common::icons::ChevronIcon;
use crate::ui::org::tree_keys::{focus_first_child, focus_parent, move_focus};
use crate::ui::skp::labels::{dom_id, StatusBadge};

/// One node of the cascade (WAI-ARIA tree item): its title names it, owner, progress and
/// warnings describe it. Right opens (loading the level below) or goes to the first child,
/// Left closes or goes to the parent, Enter and Space choose it (and open a goal), a click
/// chooses it and the chevron opens or closes it.
#[component]
pub fn CascadeItem(
    node: CascadeNode,
    level: usize,
    first: bool,
    state: CascadeState,
) -> impl IntoView {
    let i18n = use_i18n();
    let id = node.id.clone();
    let kind = node.kind;
    let has_children = node.child_count > 0 || node.has_children || !node.children.is_empty();
    let expanded = {
        let id = id.clone();
        Memo::new(move |_| has_children && state.is_open(&id))
    };
    let selected = {
        let id = id.clone();
        Memo::new(move |_| {
            state
                .selected
                .with(|s| s.as_ref().is_some_and(|(s, _)| *s == id))
        })
    };
    let el = NodeRef::<Div>::new();
    // the hit of a search takes focus when it appears
    {
        let id = id.clone();
        Effect::new(move |_| {
            let wanted = state
                .focus_request
                .with(|f| f.as_deref() == Some(id.as_str()));
            if let (true, Some(e)) = (wanted, el.get()) {
                let _ = e.focus();
                e.scroll_into_view_with_bool(false);
                state.focus_request.set(None);
            }
        });
    }
    let toggle = {
        let id = id.clone();
        move || state.set_open(&id, !expanded.get_untracked())
    };
    let choose = {
        let id = id.clone();
        move || {
            state.selected.set(Some((id.clone(), kind)));
            state.focused.set(Some(id.clone()));
        }
    };
    let on_key = {
        let (toggle, choose) = (toggle.clone(), choose.clone());
        move |ev: leptos::ev::KeyboardEvent| {
            let Some(e) = el.get_untracked() else { return };
            let handled = match ev.key().as_str() {
                "ArrowRight" if has_children && !expanded.get_untracked() => {
                    toggle();
                    true
                }
                "ArrowRight" => {
                    focus_first_child(&e);
                    true
                }
                "ArrowLeft" if expanded.get_untracked() => {
                    toggle();
                    true
                }
                "ArrowLeft" => {
                    focus_parent(&e);
                    true
                }
                "Enter" | " " => {
                    choose();
                    // goals and groups have no chain of their own: Enter opens them
                    if kind != NodeKind::Rhk && has_children {
                        toggle();
                    }
                    true
                }
                k => move_focus(&e, k),
            };
            if handled {
                ev.prevent_default();
                ev.stop_propagation();
            }
        }
    };
    let (title_id, meta_id, group_id) = (
        dom_id("cn-t", &id),
        dom_id("cn-m", &id),
        dom_id("cn-g", &id),
    );
    let owns = {
        let g = group_id.clone();
        move || expanded.get().then(|| g.clone())
    };
    let goal = kind == NodeKind::Sasaran;
    let owner = node.owner.map(|o| format!("{} · {}", o.name, o.jabatan));
    let count = node.child_count;
    let focus_id = id.clone();
    // the name is all the visible text (title, then owner, status, progress, flags), so what
    // a speech-input user reads out matches it
    let labelledby = format!("{title_id} {meta_id}");
    view! {
        <li role="none" class="tree-item">
            <div class="tree-row cascade-row" class:selected=move || selected.get()>
                <div
                    node_ref=el
                    role="treeitem"
                    class="cascade-item"
                    class:leaf=!has_children
                    aria-expanded=move || has_children.then(|| expanded.get().to_string())
                    aria-selected=move || selected.get().to_string()
                    aria-owns=owns
                    aria-labelledby=labelledby
                    tabindex=state.tabindex(id.clone(), first)
                    on:focus=move |_| state.focused.set(Some(focus_id.clone()))
                    on:keydown=on_key
                    on:click=move |_| choose()
                >
                    {has_children.then(|| view! {
                        <span class="tree-toggle" aria-hidden="true" on:click=move |ev| {
                            ev.stop_propagation();
                            toggle();
                        }>
                            <ChevronIcon/>
                        </span>
                    })}
                    <span class="cascade-body">
                        <span id=title_id class="cascade-title">
                            {goal.then(|| view! { <span class="tag">{t!(i18n, cascade.kind_sasaran)}</span> " " })}
                            {node.title}
                        </span>
                        // spaces between the parts: the text read out equals the name
                        " "
                        <span id=meta_id class="cascade-meta">
                            {owner.map(|o| view! { <span class="cascade-owner">{o}</span> " " })}
                            {node.status.map(|status| view! { <StatusBadge status/> " " })}
                            <ProgressBar value=node.progress labelled=true/>
                            " "
                            <FlagBadges flags=node.flags/>
                            " "
                            {(count > 0).then(|| view! { <span class="muted">{t!(i18n, cascade.children, count)}</span> })}
                        </span>
                    </span>
                </div>
            </div>
            {move || expanded.get().then(|| cascade_group(id.clone(), group_id.clone(), level + 1, state))}
        </li>
    }
}

//! The organisation browser: the unit tree and the employees of the selected unit.

pub mod employee_panel;
pub mod employee_row;
pub mod org_page;
pub mod search_form;
pub mod tree_keys;
pub mod tree_node;
pub mod tree_state;
pub mod unit_level;
pub mod unit_tree;

/// The address of the organisation page with a unit selected (and nothing else).
pub fn unit_href(id: &str) -> String {
    let id: String = id
        .chars()
        .filter(|c| c.is_ascii_alphanumeric() || *c == '-' || *c == '_')
        .collect();
    format!("/organisasi?unit={id}")
}

/// The group of an expanded node (kept behind a function so `TreeNode` and `ChildGroup`,
/// which render each other, do not need each other's component types).
pub fn unit_children_group(
    parent: String,
    group_id: String,
    state: tree_state::TreeState,
) -> leptos::prelude::AnyView {
    use leptos::prelude::*;
    view! { <unit_tree::ChildGroup parent group_id state/> }.into_any()
}

//! The cascade (*rantai hasil*) of a unit: strategic goals, leaders' RHK and the staff RHK
//! that intervene them, as a lazily expanded tree with search and the chain of an RHK, and
//! on desktop also as a zoomable diagram.

pub mod badges;
pub mod cascade_item;
pub mod cascade_page;
pub mod cascade_search;
pub mod cascade_tree;
pub mod diagram;
pub mod diagram_layout;
pub mod diagram_node;
pub mod diagram_pan;
pub mod rhk_chain;
pub mod state;
pub mod view_switch;

/// The group of an expanded node (behind a function so `CascadeItem` and `CascadeGroup`,
/// which render each other, do not need each other's view types).
pub fn cascade_group(
    parent: String,
    group_id: String,
    level: usize,
    state: state::CascadeState,
) -> leptos::prelude::AnyView {
    use leptos::prelude::*;
    view! { <cascade_tree::CascadeGroup parent group_id level state/> }.into_any()
}

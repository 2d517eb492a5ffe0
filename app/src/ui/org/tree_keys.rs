//! Keyboard movement in the unit tree (WAI-ARIA tree pattern), on the rendered DOM: the
//! visible items are exactly the rendered `[role=treeitem]` (collapsed groups are absent).

use leptos::wasm_bindgen::JsCast;
use leptos::web_sys::{Element, HtmlElement};

fn items(tree: &Element) -> Vec<HtmlElement> {
    let Ok(list) = tree.query_selector_all("[role=treeitem]") else {
        return vec![];
    };
    (0..list.length())
        .filter_map(|i| list.item(i)?.dyn_into::<HtmlElement>().ok())
        .collect()
}

fn focus(el: Option<Element>) -> bool {
    match el.and_then(|e| e.dyn_into::<HtmlElement>().ok()) {
        Some(e) => e.focus().is_ok(),
        None => false,
    }
}

/// Up, Down, Home, End: moves focus among the visible items. Returns whether the key was
/// one of those.
pub fn move_focus(el: &HtmlElement, key: &str) -> bool {
    if !matches!(key, "ArrowDown" | "ArrowUp" | "Home" | "End") {
        return false;
    }
    let Some(tree) = el.closest("[role=tree]").ok().flatten() else {
        return false;
    };
    let all = items(&tree);
    let me: &Element = el.as_ref();
    let Some(pos) = all.iter().position(|x| AsRef::<Element>::as_ref(x) == me) else {
        return false;
    };
    let target = match key {
        "ArrowDown" => all.get(pos + 1),
        "ArrowUp" => pos.checked_sub(1).and_then(|p| all.get(p)),
        "Home" => all.first(),
        _ => all.last(),
    };
    if let Some(t) = target {
        let _ = t.focus();
    }
    true
}

/// The `li` that holds an item (items sit in `li role=none`, their group beside them).
fn holder(el: &Element) -> Option<Element> {
    el.closest("li").ok().flatten()
}

/// Left on a collapsed item: to its parent item (the item whose group holds this one).
pub fn focus_parent(el: &HtmlElement) -> bool {
    let parent_holder = el
        .closest("[role=group]")
        .ok()
        .flatten()
        .and_then(|g| holder(&g));
    focus(parent_holder.and_then(|h| h.query_selector("[role=treeitem]").ok().flatten()))
}

/// Right on an expanded item: to its first child item.
pub fn focus_first_child(el: &HtmlElement) -> bool {
    focus(holder(el).and_then(|h| {
        h.query_selector("[role=group] [role=treeitem]")
            .ok()
            .flatten()
    }))
}

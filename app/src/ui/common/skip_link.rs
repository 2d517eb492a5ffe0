use leptos::prelude::*;

use crate::i18n::*;

/// The first focusable element: jumps to `<main id="main">`, visible when focused. The
/// router would treat the click as a navigation and leave the focus behind, so after
/// hydration the link moves the focus itself.
#[component]
pub fn SkipLink() -> impl IntoView {
    let i18n = use_i18n();
    let on_click = move |ev: leptos::ev::MouseEvent| {
        let main = document().get_element_by_id("main").and_then(|e| {
            leptos::wasm_bindgen::JsCast::dyn_into::<leptos::web_sys::HtmlElement>(e).ok()
        });
        if let Some(main) = main {
            ev.prevent_default();
            let _ = main.focus();
            main.scroll_into_view();
        }
    };
    view! { <a class="skip-link" href="#main" on:click=on_click>{t!(i18n, skip_link)}</a> }
}

use leptos::prelude::*;

use crate::i18n::*;

/// The first focusable element: jumps to `<main id="main">`, visible when focused.
#[component]
pub fn SkipLink() -> impl IntoView {
    let i18n = use_i18n();
    view! { <a class="skip-link" href="#main">{t!(i18n, skip_link)}</a> }
}

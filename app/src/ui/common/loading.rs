use leptos::prelude::*;

use crate::i18n::*;

/// The fallback of a `Suspense`: a polite status with a spinner.
#[component]
pub fn Loading() -> impl IntoView {
    let i18n = use_i18n();
    view! {
        <p class="loading" role="status">
            <span class="spinner" aria-hidden="true"></span>
            {t!(i18n, loading)}
        </p>
    }
}

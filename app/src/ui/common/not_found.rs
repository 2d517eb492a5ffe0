use leptos::prelude::*;
use leptos_meta::Title;

use crate::i18n::*;

/// Any unknown address: a 404 with a way back.
#[component]
pub fn NotFound() -> impl IntoView {
    #[cfg(feature = "ssr")]
    if let Some(res) = use_context::<leptos_axum::ResponseOptions>() {
        res.set_status(http::StatusCode::NOT_FOUND);
    }
    let i18n = use_i18n();
    view! {
        <Title text=move || t_string!(i18n, errors.not_found_title).to_string()/>
        <main id="main" class="page page-narrow" tabindex="-1">
            <h1>{t!(i18n, errors.not_found_title)}</h1>
            <p>{t!(i18n, errors.not_found_text)}</p>
            <p><a class="button" href="/">{t!(i18n, errors.back_home)}</a></p>
        </main>
    }
}

use leptos::prelude::*;

use crate::api::ApiError;
use crate::i18n::*;

/// The text of an error in the user's language (the server already sends its own messages
/// translated; only "cannot reach the server" is known to the browser alone).
pub fn error_text(i18n: leptos_i18n::I18nContext<Locale>, e: &ApiError) -> String {
    if e.is_network() {
        t_string!(i18n, errors.network).to_string()
    } else {
        e.message.clone()
    }
}

/// An inline error, announced by screen readers; offers signing in again when the session
/// has expired.
#[component]
pub fn ErrorMessage(error: ApiError) -> impl IntoView {
    let i18n = use_i18n();
    let relogin = error.is_unauthorized();
    let text = error_text(i18n, &error);
    view! {
        <div class="error" role="alert">
            <p>{text}</p>
            {relogin.then(|| view! { <a href="/login">{t!(i18n, errors.sign_in_again)}</a> })}
        </div>
    }
}

use leptos::prelude::*;

use crate::api::ApiError;

/// Remembers the UI language (`id` or `en`) in a cookie for a year; returns the code.
/// Without JavaScript the form post is redirected back to the page it came from.
#[server(prefix = "/sf", endpoint = "prefs/set_language")]
pub async fn set_language(lang: String) -> Result<String, ApiError> {
    let code = if lang == "en" { "en" } else { "id" };
    let cookie = cookie::Cookie::build((crate::api::LANG_COOKIE, code))
        .path("/")
        .same_site(cookie::SameSite::Lax)
        .max_age(cookie::time::Duration::days(365))
        .build();
    crate::api::ctx::set_cookie(cookie);
    Ok(code.into())
}

use leptos::prelude::*;

use crate::api::auth::Logout;
use crate::i18n::*;
use crate::ui::common::error_message::ErrorMessage;

/// "Keluar": ends the session (a form post, with or without JavaScript).
#[component]
pub fn LogoutForm() -> impl IntoView {
    let i18n = use_i18n();
    let logout = ServerAction::<Logout>::new();
    view! {
        <ActionForm action=logout attr:class="logout">
            <button type="submit" class="button danger">{t!(i18n, profile.logout)}</button>
        </ActionForm>
        {move || logout.value().get().and_then(Result::err).map(|error| view! { <ErrorMessage error/> })}
    }
}

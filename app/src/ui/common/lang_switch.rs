use leptos::prelude::*;

use crate::api::prefs::SetLanguage;
use crate::i18n::*;

fn other(l: Locale) -> Locale {
    match l {
        Locale::id => Locale::en,
        Locale::en => Locale::id,
    }
}

/// A one-button form that switches between Bahasa Indonesia and English. It posts to the
/// server (which sets the cookie), so it works before hydration too; afterwards the page
/// changes language in place. The button is named in the language it switches to.
#[component]
pub fn LanguageSwitch() -> impl IntoView {
    let i18n = use_i18n();
    let action = ServerAction::<SetLanguage>::new();
    Effect::new(move |_| {
        if let Some(Ok(code)) = action.value().get() {
            if let Ok(l) = code.parse::<Locale>() {
                i18n.set_locale(l);
            }
        }
    });
    let target = move || other(i18n.get_locale());
    view! {
        <ActionForm action=action attr:class="lang-switch">
            <p class="lang-current">{t!(i18n, lang.current)}</p>
            <input type="hidden" name="lang" value=move || target().as_str()/>
            <button type="submit" class="button secondary" lang=move || target().as_str()>
                {move || match target() {
                    Locale::en => "English",
                    Locale::id => "Bahasa Indonesia",
                }}
            </button>
        </ActionForm>
    }
}

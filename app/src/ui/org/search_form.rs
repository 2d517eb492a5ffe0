use leptos::prelude::*;
use leptos_router::components::Form;

use super::unit_href;
use crate::i18n::*;

/// Search by name or NIP, within the selected unit's subtree when one is selected.
/// A GET form: the router handles it after hydration, the browser before.
#[component]
pub fn SearchForm(unit: Memo<Option<String>>, q: Memo<Option<String>>) -> impl IntoView {
    let i18n = use_i18n();
    let clear_href = move || {
        unit.get()
            .map(|u| unit_href(&u))
            .unwrap_or_else(|| "/organisasi".into())
    };
    view! {
        <Form method="GET" action="/organisasi" attr:role="search" attr:class="search">
            {move || unit.get().map(|u| view! { <input type="hidden" name="unit" value=u/> })}
            <label for="org-q">{t!(i18n, org.search_label)}</label>
            <div class="search-row">
                <input
                    id="org-q"
                    type="search"
                    name="q"
                    maxlength="100"
                    autocomplete="off"
                    value=move || q.get().unwrap_or_default()
                />
                <button type="submit" class="button primary">{t!(i18n, org.search_button)}</button>
            </div>
            {move || q.get().map(|_| view! {
                <a class="clear-search" href=clear_href>{t!(i18n, org.clear_search)}</a>
            })}
        </Form>
    }
}

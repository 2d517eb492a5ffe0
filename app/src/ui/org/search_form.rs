use leptos::html::Input;
use leptos::prelude::*;
use leptos_router::hooks::use_navigate;

use super::unit_href;
use crate::i18n::*;
use crate::ui::common::url::with_query;

/// Search by name or NIP, within the selected unit's subtree when one is selected.
/// A GET form: the browser submits it before hydration, the router after.
#[component]
pub fn SearchForm(unit: Memo<Option<String>>, q: Memo<Option<String>>) -> impl IntoView {
    let i18n = use_i18n();
    let input = NodeRef::<Input>::new();
    let navigate = use_navigate();
    let on_submit = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        let text = input.get_untracked().map(|i| i.value()).unwrap_or_default();
        let unit = unit.get_untracked();
        let to = with_query(
            "/organisasi",
            &[("unit", unit.as_deref()), ("q", Some(text.trim()))],
        );
        navigate(&to, Default::default());
    };
    // Follow the address when it changes (back/forward, "Hapus pencarian"), but never on the
    // hydration pass: that would wipe what the user typed before the page became interactive.
    Effect::new(move |hydrated: Option<()>| {
        let text = q.get().unwrap_or_default();
        if hydrated.is_some() {
            if let Some(el) = input.get_untracked() {
                el.set_value(&text);
            }
        }
    });
    let clear_href = move || {
        unit.get()
            .map(|u| unit_href(&u))
            .unwrap_or_else(|| "/organisasi".into())
    };
    view! {
        <form method="get" action="/organisasi" role="search" class="search" on:submit=on_submit>
            {move || unit.get().map(|u| view! { <input type="hidden" name="unit" value=u/> })}
            <label for="org-q">{t!(i18n, org.search_label)}</label>
            <div class="search-row">
                <input
                    node_ref=input
                    id="org-q"
                    type="search"
                    name="q"
                    maxlength="100"
                    autocomplete="off"
                    value=q.get_untracked().unwrap_or_default()
                />
                <button type="submit" class="button primary">{t!(i18n, org.search_button)}</button>
            </div>
            {move || q.get().map(|_| view! {
                <a class="clear-search" href=clear_href>{t!(i18n, org.clear_search)}</a>
            })}
        </form>
    }
}

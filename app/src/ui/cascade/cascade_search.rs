use leptos::either::EitherOf3;
use leptos::html::Input;
use leptos::prelude::*;
use leptos::task::spawn_local;

use super::state::CascadeState;
use crate::api::cascade::cascade_search;
use crate::api::ApiError;
use crate::domain::dto::CascadeHit;
use crate::i18n::*;
use crate::ui::common::error_message::ErrorMessage;
use crate::ui::profile::employment_details::nip_display;

/// Search the cascade by name, NIP or RHK text; choosing a hit opens the tree down to it.
#[component]
pub fn CascadeSearch(state: CascadeState) -> impl IntoView {
    let i18n = use_i18n();
    let input = NodeRef::<Input>::new();
    let hits = RwSignal::new(None::<Result<Vec<CascadeHit>, ApiError>>);
    let busy = RwSignal::new(false);
    let short = RwSignal::new(false);
    let on_submit = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        let text = input.get_untracked().map(|i| i.value()).unwrap_or_default();
        let text = text.trim().to_string();
        if text.chars().count() < 2 {
            short.set(true);
            if let Some(i) = input.get_untracked() {
                let _ = i.focus();
            }
            return;
        }
        short.set(false);
        busy.set(true);
        spawn_local(async move {
            let res = cascade_search(state.unit_id.get_value(), text).await;
            hits.set(Some(res));
            busy.set(false);
        });
    };
    let results = move || {
        hits.get().map(|res| match res {
            Err(error) => EitherOf3::A(view! { <ErrorMessage error/> }),
            Ok(list) if list.is_empty() => EitherOf3::B(view! {
                <p class="empty" role="status">{t!(i18n, cascade.results_empty)}</p>
            }),
            Ok(list) => {
                let count = list.len();
                EitherOf3::C(view! {
                    <section class="hits" aria-labelledby="cascade-hits-h">
                        <h3 id="cascade-hits-h">{t!(i18n, cascade.results_heading)}</h3>
                        <p role="status" class="muted">{t!(i18n, cascade.results_count, count)}</p>
                        <ul class="hit-list">
                            {list.into_iter().map(|hit| view! { <HitItem hit state/> }).collect_view()}
                        </ul>
                        <button type="button" class="button secondary" on:click=move |_| hits.set(None)>
                            {t!(i18n, cascade.clear)}
                        </button>
                    </section>
                })
            }
        })
    };
    view! {
        <form role="search" class="search" on:submit=on_submit novalidate>
            <label for="cascade-q">{t!(i18n, cascade.search_label)}</label>
            <div class="search-row">
                <input
                    node_ref=input
                    id="cascade-q"
                    type="search"
                    maxlength="100"
                    autocomplete="off"
                    aria-invalid=move || short.get().then_some("true")
                    aria-describedby=move || short.get().then_some("cascade-q-err")
                />
                <button type="submit" class="button primary" aria-busy=move || busy.get().then_some("true")>
                    {t!(i18n, cascade.search_button)}
                </button>
            </div>
            {move || short.get().then(|| view! { <p id="cascade-q-err" class="field-error">{t!(i18n, cascade.search_short)}</p> })}
            <p class="status" role="status">{move || busy.get().then(|| t_string!(i18n, loading))}</p>
        </form>
        {results}
    }
}

#[component]
fn HitItem(hit: CascadeHit, state: CascadeState) -> impl IntoView {
    let path = if hit.path.is_empty() {
        vec![hit.id.clone()]
    } else {
        hit.path.clone()
    };
    let owner = hit
        .owner
        .map(|o| format!("{} · {}", o.name, nip_display(&o.nip)));
    view! {
        <li>
            <button type="button" class="hit" on:click=move |_| state.reveal(&path)>
                <span class="hit-title">{hit.title}</span>
                {owner.map(|o| view! { <span class="muted hit-owner">{o}</span> })}
            </button>
        </li>
    }
}

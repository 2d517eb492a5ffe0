use leptos::either::EitherOf4;
use leptos::prelude::*;
use leptos::task::spawn_local;

use super::state::CascadeState;
use crate::api::cascade::rhk_chain;
use crate::api::ApiError;
use crate::domain::dto::{ChainStep, NodeKind};
use crate::i18n::*;
use crate::ui::common::error_message::ErrorMessage;
use crate::ui::common::loading::Loading;

/// The result chain of the chosen RHK (strategic goal → … → the RHK), as a breadcrumb.
/// Loaded in the browser when the choice changes; a late answer for an older choice is
/// dropped.
#[component]
pub fn RhkChain(state: CascadeState) -> impl IntoView {
    let i18n = use_i18n();
    let chain = RwSignal::new(None::<(String, Result<Vec<ChainStep>, ApiError>)>);
    let rhk = Memo::new(move |_| {
        state.selected.with(|s| {
            s.as_ref()
                .filter(|(_, k)| *k == NodeKind::Rhk)
                .map(|(id, _)| id.clone())
        })
    });
    Effect::new(move |_| {
        if let Some(id) = rhk.get() {
            spawn_local(async move {
                let res = rhk_chain(id.clone()).await;
                if rhk.get_untracked().as_deref() == Some(id.as_str()) {
                    chain.set(Some((id, res)));
                }
            });
        }
    });
    let body = move || {
        let Some(id) = rhk.get() else {
            let other = state.selected.with(|s| s.is_some());
            return EitherOf4::A(view! {
                <p class="muted">
                    {if other { t_string!(i18n, cascade.chain_not_rhk) } else { t_string!(i18n, cascade.chain_hint) }}
                </p>
            });
        };
        match chain.get().filter(|(for_id, _)| *for_id == id) {
            None => EitherOf4::B(view! { <Loading/> }),
            Some((_, Err(error))) => EitherOf4::C(view! { <ErrorMessage error/> }),
            Some((_, Ok(steps))) => {
                let last = steps.len().saturating_sub(1);
                EitherOf4::D(view! {
                    <nav aria-label=move || t_string!(i18n, cascade.chain_label)>
                        <ol class="chain">
                            {steps.into_iter().enumerate().map(|(i, s)| view! {
                                <li aria-current=(i == last).then_some("true")>
                                    {(s.kind == NodeKind::Sasaran).then(|| view! {
                                        <span class="tag">{t!(i18n, cascade.kind_sasaran)}</span> " "
                                    })}
                                    <span class="chain-title">{s.title}</span>
                                    {s.owner_name.map(|o| view! { <span class="muted chain-owner">{o}</span> })}
                                </li>
                            }).collect_view()}
                        </ol>
                    </nav>
                })
            }
        }
    };
    view! {
        <section class="panel cascade-chain" aria-labelledby="cascade-chain-h">
            <h2 id="cascade-chain-h">{t!(i18n, cascade.chain_heading)}</h2>
            {body}
        </section>
    }
}

use leptos::either::{Either, EitherOf3};
use leptos::prelude::*;
use leptos_meta::Title;
use leptos_router::hooks::use_query_map;

use super::badges::flag_label;
use super::cascade_search::CascadeSearch;
use super::cascade_tree::CascadeLevel;
use super::diagram::CascadeDiagram;
use super::rhk_chain::RhkChain;
use super::state::CascadeState;
use super::view_switch::{ViewMode, ViewSwitch};
use crate::api::cascade::cascade_root;
use crate::api::ApiError;
use crate::domain::cascade::Flag;
use crate::domain::dto::Cascade;
use crate::i18n::*;
use crate::ui::common::error_message::ErrorMessage;
use crate::ui::common::loading::Loading;

/// `/cascade?unit=…`: the cascade of the unit the user heads (admins: the top unit, or the
/// one in the address). The one resource is created here, outside the `Suspense`.
#[component]
pub fn CascadePage() -> impl IntoView {
    let i18n = use_i18n();
    let query = use_query_map();
    let unit = Memo::new(move |_| {
        query
            .with(|q| q.get("unit"))
            .filter(|u| !u.trim().is_empty())
    });
    let root = Resource::new(move || unit.get(), cascade_root);
    view! {
        <Title text=move || t_string!(i18n, cascade.title).to_string()/>
        <div class="page page-wide">
            <h1>{t!(i18n, cascade.heading)}</h1>
            <Suspense fallback=|| view! { <Loading/> }>
                {move || Suspend::new(async move {
                    match root.await {
                        Ok(c) => EitherOf3::A(view! { <CascadeView c/> }),
                        Err(error) if error.code == "forbidden" => EitherOf3::B(view! { <NotLeader error/> }),
                        Err(error) => EitherOf3::C(view! { <ErrorMessage error/> }),
                    }
                })}
            </Suspense>
        </div>
    }
}

#[component]
fn CascadeView(c: Cascade) -> impl IntoView {
    let i18n = use_i18n();
    let state = CascadeState::new(c.unit_id.clone());
    let s = c.summary;
    let counts = [
        (Flag::Orphan, s.orphan),
        (Flag::Unsupported, s.unsupported),
        (Flag::Overloaded, s.overloaded),
        (Flag::HighRisk, s.high_risk),
        (Flag::TargetMismatch, s.target_mismatch),
    ];
    let head = c.root.owner.map(|o| o.name);
    let nodes = c.root.children;
    let has_nodes = !nodes.is_empty();
    let mode = RwSignal::new(ViewMode::Tree);
    let diagram = Memo::new(move |_| mode.get() == ViewMode::Diagram);
    // drawn the first time it is asked for, then kept (hidden) with what it has opened
    let drawn = Memo::new(move |was: Option<&bool>| was.copied().unwrap_or(false) || diagram.get());
    let tree = if nodes.is_empty() {
        Either::Left(view! { <p class="empty">{t!(i18n, cascade.empty)}</p> })
    } else {
        Either::Right(view! {
            <p class="muted hint" id="cascade-tree-hint">{t!(i18n, cascade.tree_hint)}</p>
            <ul class="tree cascade-tree" role="tree" aria-labelledby="cascade-tree-h" aria-describedby="cascade-tree-hint">
                <CascadeLevel nodes level=1 state/>
            </ul>
        })
    };
    view! {
        <section class="panel cascade-unit" aria-labelledby="cascade-unit-h">
            <h2 id="cascade-unit-h">{c.root.title}</h2>
            {head.map(|name| view! { <p class="muted">{t!(i18n, cascade.head, name)}</p> })}
            <dl class="summary">
                <div>
                    <dt>{t!(i18n, cascade.summary_rhk)}</dt>
                    <dd>{s.rhk}</dd>
                </div>
                {counts.into_iter().map(|(f, n)| view! {
                    <div class=(n > 0).then_some("warn")>
                        <dt>{move || flag_label(i18n, f)}</dt>
                        <dd>{n}</dd>
                    </div>
                }).collect_view()}
            </dl>
        </section>
        <CascadeSearch state/>
        {has_nodes.then(|| view! { <ViewSwitch mode/> })}
        <div class="cascade-grid" class:diagram-mode=move || diagram.get()>
            <RhkChain state/>
            <section class="panel cascade-tree-panel" class:view-off=move || diagram.get() aria-labelledby="cascade-tree-h">
                <h2 id="cascade-tree-h">{t!(i18n, cascade.tree_heading)}</h2>
                {tree}
            </section>
            {move || drawn.get().then(|| view! {
                <section class="panel cascade-diagram-panel" class:view-on=move || diagram.get() aria-labelledby="cascade-diagram-h">
                    <h2 id="cascade-diagram-h">{t!(i18n, cascade.diagram_heading)}</h2>
                    <CascadeDiagram state/>
                </section>
            })}
        </div>
    }
}

/// The answer for an employee who leads no unit: what the page is for and where to go.
#[component]
fn NotLeader(error: ApiError) -> impl IntoView {
    let i18n = use_i18n();
    view! {
        <section class="panel cascade-forbidden" aria-labelledby="cascade-forbidden-h">
            <h2 id="cascade-forbidden-h">{t!(i18n, cascade.forbidden_heading)}</h2>
            <p>{error.message}</p>
            <p>{t!(i18n, cascade.forbidden_text)}</p>
            <p><a href="/skp">{t!(i18n, cascade.forbidden_link)}</a></p>
        </section>
    }
}

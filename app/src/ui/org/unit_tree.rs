use std::sync::Arc;

use leptos::either::{Either, EitherOf3};
use leptos::prelude::*;
use leptos::task::spawn_local;

use super::tree_state::TreeState;
use super::unit_level::UnitLevel;
use crate::api::org::{tree_snapshot, unit_children};
use crate::api::ApiError;
use crate::domain::dto::{Page, Unit};
use crate::i18n::*;
use crate::ui::common::error_message::ErrorMessage;
use crate::ui::common::loading::Loading;

/// The unit tree (`role=tree`): the roots, and every level loaded through a server function
/// when it is expanded, never the whole agency. Opened at `?unit=…`, the trail down to that
/// unit comes in the first request, so the server renders it expanded.
///
/// The only `Resource` is created here, once: components inside a `Suspense` are rebuilt
/// several times on the server, so they must not create resources (their ids would not
/// match the browser's during hydration). Levels expanded later load in the browser only.
#[component]
pub fn UnitTree(selected: Memo<Option<String>>) -> impl IntoView {
    let i18n = use_i18n();
    let initial = selected.get_untracked();
    let snapshot = Resource::new(|| (), move |_| tree_snapshot(initial.clone()));
    let hydrated = RwSignal::new(false);
    Effect::new(move |_| hydrated.set(true));
    view! {
        <Suspense fallback=|| view! { <Loading/> }>
            {move || Suspend::new(async move {
                match snapshot.await {
                    Err(error) => EitherOf3::A(view! { <ErrorMessage error/> }),
                    Ok(s) if s.roots.items.is_empty() => {
                        EitherOf3::B(view! { <p class="empty">{t!(i18n, org.no_units)}</p> })
                    }
                    Ok(s) => {
                        // The selected unit holds the tab stop when the trail shows it.
                        let sel = selected.get_untracked();
                        let focused = RwSignal::new(sel.filter(|u| s.open.iter().any(|(id, _)| id == u)));
                        let state = TreeState {
                            preloaded: Arc::new(s.open.into_iter().collect()),
                            selected,
                            focused,
                            hydrated,
                        };
                        EitherOf3::C(view! {
                            <ul class="tree" role="tree" aria-labelledby="org-tree-heading">
                                <UnitLevel parent=None state page=s.roots/>
                            </ul>
                        })
                    }
                }
            })}
        </Suspense>
    }
}

/// The children of an expanded unit (`role=group`): from the opening snapshot, or fetched
/// in the browser when the user expands it.
#[component]
pub fn ChildGroup(parent: String, group_id: String, state: TreeState) -> impl IntoView {
    let content = match state.preloaded.get(&parent).cloned() {
        Some(page) => Either::Left(view! { <UnitLevel parent=Some(parent) state page/> }),
        None => {
            // A signal, not a resource: a resource read here would suspend the whole tree.
            let page = RwSignal::new(None::<Result<Page<Unit>, ApiError>>);
            let id = parent.clone();
            spawn_local(async move { page.set(Some(unit_children(Some(id), None).await)) });
            Either::Right(move || match page.get() {
                None => EitherOf3::A(view! { <li role="none"><Loading/></li> }),
                Some(Ok(page)) => EitherOf3::B(view! {
                    <UnitLevel parent=Some(parent.clone()) state=state.clone() page/>
                }),
                Some(Err(error)) => {
                    EitherOf3::C(view! { <li role="none"><ErrorMessage error/></li> })
                }
            })
        }
    };
    view! { <ul role="group" id=group_id class="tree-group">{content}</ul> }
}

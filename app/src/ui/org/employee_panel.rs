use leptos::either::{Either, EitherOf3};
use leptos::prelude::*;
use leptos::task::spawn_local;

use super::employee_row::EmployeeRow;
use crate::api::org::{list_employees, EmployeeList};
use crate::api::ApiError;
use crate::domain::dto::Employee;
use crate::i18n::*;
use crate::ui::common::error_message::ErrorMessage;
use crate::ui::common::loading::Loading;

/// The employees of the selected unit's subtree, or the search results. The one resource
/// follows the address; what is inside the `Transition` only reads it (see `UnitTree`).
#[component]
pub fn EmployeePanel(
    unit: Memo<Option<String>>,
    q: Memo<Option<String>>,
    cursor: Memo<Option<String>>,
) -> impl IntoView {
    let i18n = use_i18n();
    let list = Resource::new(
        move || (unit.get(), q.get(), cursor.get()),
        |(unit, q, cursor)| async move {
            if unit.is_none() && q.is_none() {
                return Ok(None);
            }
            list_employees(unit.clone(), q.clone(), cursor)
                .await
                .map(|l| Some((l, unit, q)))
        },
    );
    // While a new list loads the old one stays (Transition); a status line says so.
    let pending = RwSignal::new(false);
    view! {
        <p class="refreshing" role="status">
            {move || pending.get().then(|| view! {
                <span class="spinner" aria-hidden="true"></span>
                {t!(i18n, loading)}
            })}
        </p>
        <Transition set_pending=pending fallback=move || view! {
            <h2 id="org-emp-heading">{t!(i18n, org.employees_heading)}</h2>
            <Loading/>
        }>
            {move || Suspend::new(async move {
                match list.await {
                    Ok(Some((list, unit, q))) => EitherOf3::A(view! { <Results list unit q/> }),
                    Ok(None) => EitherOf3::B(view! {
                        <h2 id="org-emp-heading">{t!(i18n, org.employees_heading)}</h2>
                        <p class="empty">{t!(i18n, org.select_hint)}</p>
                    }),
                    Err(error) => EitherOf3::C(view! {
                        <h2 id="org-emp-heading">{t!(i18n, org.employees_heading)}</h2>
                        <ErrorMessage error/>
                    }),
                }
            })}
        </Transition>
    }
}

#[component]
fn Results(list: EmployeeList, unit: Option<String>, q: Option<String>) -> impl IntoView {
    let i18n = use_i18n();
    let unit_name = list
        .unit
        .as_ref()
        .map(|u| u.nama.clone())
        .unwrap_or_default();
    let kepala = list.unit.as_ref().and_then(|u| u.kepala.clone());
    let heading = match q.clone() {
        Some(q) => EitherOf3::A(t!(i18n, org.results_heading, q)),
        None if list.unit.is_some() => {
            EitherOf3::B(t!(i18n, org.employees_in, unit = unit_name.clone()))
        }
        None => EitherOf3::C(t!(i18n, org.employees_heading)),
    };
    let scope = (q.is_some() && list.unit.is_some()).then(|| {
        let unit = unit_name.clone();
        view! { <p class="muted">{t!(i18n, org.search_scope, unit)}</p> }
    });
    let empty = list.page.items.is_empty();
    let searching = q.is_some();
    let extra = RwSignal::new(Vec::<Employee>::new());
    let next = RwSignal::new(list.page.next_cursor.clone());
    let loading = RwSignal::new(false);
    let error = RwSignal::new(None::<ApiError>);
    let hidden_unit = unit.clone();
    let hidden_q = q.clone();
    let on_more = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        let Some(cursor) = next.get_untracked() else {
            return;
        };
        if loading.get_untracked() {
            return;
        }
        loading.set(true);
        let (unit, q) = (unit.clone(), q.clone());
        spawn_local(async move {
            match list_employees(unit, q, Some(cursor)).await {
                Ok(l) => {
                    extra.update(|v| v.extend(l.page.items));
                    next.set(l.page.next_cursor);
                    error.set(None);
                }
                Err(e) => error.set(Some(e)),
            }
            loading.set(false);
        });
    };
    view! {
        <h2 id="org-emp-heading">{heading}</h2>
        {scope}
        {kepala.map(|name| view! { <p class="muted">{t!(i18n, org.head, name)}</p> })}
        {empty.then(|| view! {
            <p class="empty">
                {if searching { Either::Left(t!(i18n, org.empty_search)) } else { Either::Right(t!(i18n, org.empty_unit)) }}
            </p>
        })}
        <ul class="emp-list">
            {list.page.items.into_iter().map(|e| view! { <EmployeeRow e/> }).collect_view()}
            <For each=move || extra.get() key=|e| e.id.clone() let:e>
                <EmployeeRow e/>
            </For>
        </ul>
        {move || error.get().map(|error| view! { <ErrorMessage error/> })}
        {move || next.get().map(|cursor| view! {
            <form method="get" action="/organisasi" class="more" on:submit=on_more.clone()>
                {hidden_unit.clone().map(|u| view! { <input type="hidden" name="unit" value=u/> })}
                {hidden_q.clone().map(|q| view! { <input type="hidden" name="q" value=q/> })}
                <input type="hidden" name="cursor" value=cursor/>
                <button type="submit" class="button secondary" aria-busy=move || loading.get().then_some("true")>
                    {move || if loading.get() { t_string!(i18n, loading) } else { t_string!(i18n, org.load_more) }}
                </button>
            </form>
        })}
    }
}

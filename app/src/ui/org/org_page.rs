use leptos::prelude::*;
use leptos_meta::Title;
use leptos_router::hooks::use_query_map;

use super::employee_panel::EmployeePanel;
use super::search_form::SearchForm;
use super::unit_tree::UnitTree;
use crate::i18n::*;

fn reveal_results() {
    let narrow = window()
        .inner_width()
        .ok()
        .and_then(|w| w.as_f64())
        .is_some_and(|w| w < 768.0);
    if narrow {
        if let Ok(Some(el)) = document().query_selector(".org-employees") {
            el.scroll_into_view_with_bool(true);
        }
    }
}

/// `/organisasi?unit=…&q=…&cursor=…`: the state lives in the address, so the page works
/// without JavaScript, deep links open the tree down to the unit, and Back works.
#[component]
pub fn OrgPage() -> impl IntoView {
    let i18n = use_i18n();
    let query = use_query_map();
    let param = move |name: &'static str| {
        Memo::new(move |_| {
            query
                .with(|q| q.get(name))
                .map(|v| v.trim().to_string())
                .filter(|v| !v.is_empty())
        })
    };
    let (unit, q, cursor) = (param("unit"), param("q"), param("cursor"));
    // On a phone the employees are below the tree: bring them into view when the selection
    // or the search changes (not on the first render).
    Effect::new(move |prev: Option<()>| {
        unit.track();
        q.track();
        if prev.is_some() {
            reveal_results();
        }
    });
    view! {
        <Title text=move || t_string!(i18n, org.title).to_string()/>
        <div class="page page-wide">
            <h1>{t!(i18n, org.heading)}</h1>
            <SearchForm unit q/>
            <div class="org-grid">
                <section class="panel org-tree" aria-labelledby="org-tree-heading">
                    <h2 id="org-tree-heading">{t!(i18n, org.tree_heading)}</h2>
                    <UnitTree selected=unit/>
                </section>
                <section class="panel org-employees" aria-labelledby="org-emp-heading">
                    <EmployeePanel unit q cursor/>
                </section>
            </div>
        </div>
    }
}

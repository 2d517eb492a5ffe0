use leptos::prelude::*;
use leptos_meta::Title;
use leptos_router::hooks::use_query_map;

use super::employee_panel::EmployeePanel;
use super::search_form::SearchForm;
use super::unit_tree::UnitTree;
use crate::i18n::*;

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

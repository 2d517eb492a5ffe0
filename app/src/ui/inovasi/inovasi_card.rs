use leptos::prelude::*;

use crate::domain::dto::Inovasi;
use crate::domain::inovasi::StatusInovasi;
use crate::i18n::*;
use crate::ui::skp::labels::dom_id;

/// The status's name and badge class (the official terms in both languages).
pub fn status_badge(code: &str) -> (&'static str, &'static str) {
    match StatusInovasi::from_code(code) {
        Some(StatusInovasi::Diterapkan) => ("Diterapkan", "badge status-ok"),
        Some(StatusInovasi::Prototipe) => ("Prototipe", "badge warn"),
        _ => ("Ide", "badge"),
    }
}

/// One record: title, status, owner (when `show_owner`), RHK, problem, solution, impact, links.
#[component]
pub fn InovasiCard(
    i: Inovasi,
    #[prop(optional)] show_owner: bool,
    #[prop(optional)] children: Option<Children>,
) -> impl IntoView {
    let i18n = use_i18n();
    let h = dom_id("ino", &i.id);
    let (label, class) = status_badge(&i.status);
    let owner = show_owner.then(|| {
        view! { <p class="muted">{i.employee_name.clone()} " · " {i.unit_name.clone()}</p> }
    });
    let rhk = i.rhk_title.clone().map(|t| {
        view! { <p class="muted">{t!(i18n, inovasi.rhk)} ": " {t}</p> }
    });
    let impact = (!i.impact.is_empty()).then(|| {
        view! { <dt>{t!(i18n, inovasi.dampak)}</dt><dd class="ub-text">{i.impact.clone()}</dd> }
    });
    let links = (!i.links.is_empty()).then(|| {
        let items = i
            .links
            .iter()
            .map(|l| view! { <li><a href=l.clone() rel="noopener noreferrer" target="_blank">{l.clone()}</a></li> })
            .collect_view();
        view! { <dt>{t!(i18n, inovasi.tautan)}</dt><dd><ul class="link-list">{items}</ul></dd> }
    });
    let labelled = h.clone();
    view! {
        <li class="panel inovasi-card" aria-labelledby=labelled>
            <h3 id=h>{i.title.clone()} " " <span class=class>{label}</span></h3>
            {owner}
            {rhk}
            <dl class="inovasi-dl">
                <dt>{t!(i18n, inovasi.masalah)}</dt><dd class="ub-text">{i.problem.clone()}</dd>
                <dt>{t!(i18n, inovasi.solusi)}</dt><dd class="ub-text">{i.solution.clone()}</dd>
                {impact}
                {links}
            </dl>
            {children.map(|c| c())}
        </li>
    }
}

use leptos::prelude::*;

use crate::api::dasbor::unit_induk;
use crate::i18n::*;
use crate::ui::common::url::with_query;

/// The breadcrumb back up from a drill-down: the units above the one shown whose dashboards
/// the user may open, then the unit itself (the current page).
#[component]
pub fn JalurUnit(
    unit: Memo<Option<String>>,
    period: String,
    #[prop(into)] nama: Signal<String>,
) -> impl IntoView {
    let i18n = use_i18n();
    let induk = Resource::new(move || unit.get(), unit_induk);
    view! {
        <nav class="breadcrumb" aria-label=move || t_string!(i18n, dasbor.jalur).to_string()>
            <ol>
                <Transition fallback=|| ()>
                    {move || {
                        let period = period.clone();
                        Suspend::new(async move {
                            induk
                                .await
                                .unwrap_or_default()
                                .into_iter()
                                .map(|u| {
                                    let href = with_query(
                                        "/dasbor",
                                        &[("unit", Some(&u.id)), ("period", Some(&period))],
                                    );
                                    view! { <li><a href=href>{u.nama}</a></li> }
                                })
                                .collect_view()
                        })
                    }}
                </Transition>
                <li><span aria-current="page">{move || nama.get()}</span></li>
            </ol>
        </nav>
    }
}

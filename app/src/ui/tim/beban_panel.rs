use leptos::either::Either;
use leptos::prelude::*;

use crate::api::tim::beban_unit;
use crate::domain::dto::BebanKerja;
use crate::i18n::*;
use crate::ui::common::error_message::ErrorMessage;
use crate::ui::common::loading::Loading;

/// The workload of the user's unit: per sub-unit the people, those in squads and above
/// 100 %, and the share of time in squads; the people above 100 %; CSV and XLSX downloads
/// (the JSON API's export) for Anjab/ABK.
#[component]
pub fn BebanPanel() -> impl IntoView {
    let i18n = use_i18n();
    let data = Resource::new(|| (), |_| beban_unit(None, None));
    view! {
        <section class="panel" aria-labelledby="tim-beban-h">
            <h2 id="tim-beban-h">{t!(i18n, tim.beban_heading)}</h2>
            <p class="hint">{t!(i18n, tim.beban_intro)}</p>
            <Suspense fallback=|| view! { <Loading/> }>
                {move || Suspend::new(async move {
                    match data.await {
                        Ok(b) => Either::Left(view! { <BebanTable b/> }),
                        Err(error) => Either::Right(view! { <ErrorMessage error/> }),
                    }
                })}
            </Suspense>
            <p class="actions">
                <a class="button secondary small" href="/api/v1/workload?format=csv" download>{t!(i18n, tim.unduh_csv)}</a>
                <a class="button secondary small" href="/api/v1/workload?format=xlsx" download>{t!(i18n, tim.unduh_xlsx)}</a>
            </p>
        </section>
    }
}

#[component]
fn BebanTable(b: BebanKerja) -> impl IntoView {
    let i18n = use_i18n();
    let lebih: Vec<_> = b.items.iter().filter(|p| p.beban.lebih).cloned().collect();
    view! {
        <div class="mph-scroll">
            <table class="iki-table beban-table">
                <caption class="visually-hidden">{t!(i18n, tim.beban_heading)}</caption>
                <thead>
                    <tr>
                        <th scope="col">{t!(i18n, tim.beban_unit)}</th>
                        <th scope="col" class="num">{t!(i18n, tim.beban_pegawai)}</th>
                        <th scope="col" class="num">{t!(i18n, tim.beban_di_tim)}</th>
                        <th scope="col" class="num">{t!(i18n, tim.beban_lebih_n)}</th>
                        <th scope="col" class="num">{t!(i18n, tim.beban_porsi)}</th>
                    </tr>
                </thead>
                <tbody>
                    {b.units.into_iter().map(|u| {
                        let porsi = format!("{} %", (u.porsi_tim * 100.0).round() as i64);
                        view! {
                            <tr>
                                <td data-label=move || t_string!(i18n, tim.beban_unit)>{u.nama}</td>
                                <td data-label=move || t_string!(i18n, tim.beban_pegawai) class="num">{u.pegawai}</td>
                                <td data-label=move || t_string!(i18n, tim.beban_di_tim) class="num">{u.di_tim}</td>
                                <td data-label=move || t_string!(i18n, tim.beban_lebih_n) class="num">{u.lebih}</td>
                                <td data-label=move || t_string!(i18n, tim.beban_porsi) class="num">{porsi}</td>
                            </tr>
                        }
                    }).collect_view()}
                </tbody>
            </table>
        </div>
        {(!lebih.is_empty()).then(|| view! {
            <h3>{t!(i18n, tim.beban_lebih_heading)}</h3>
            <ul class="plain-list">
                {lebih.into_iter().map(|p| view! {
                    <li>
                        <span aria-hidden="true">"⚠ "</span>
                        <strong>{p.name}</strong>
                        <span class="muted">" · " {p.unit_name}</span>
                        " — " {format!("{} %", p.beban.total)}
                    </li>
                }).collect_view()}
            </ul>
        })}
    }
}

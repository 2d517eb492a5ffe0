use leptos::prelude::*;

use super::angka::{csv_href, persen, persen_opt, CsvLink};
use crate::domain::dto::Dasbor;
use crate::i18n::*;
use crate::ui::common::url::with_query;

/// The targets most behind the time elapsed or at high risk: RHK, employee (to their own
/// dashboard), unit, progress, how far behind, the risk flag.
#[component]
pub fn BerisikoTable(d: Signal<Dasbor>) -> impl IntoView {
    let i18n = use_i18n();
    let body = move || {
        d.with(|d| {
            if d.berisiko.is_empty() {
                return view! { <p class="empty">{t!(i18n, dasbor.berisiko_empty)}</p> }.into_any();
            }
            let rows = d
                .berisiko
                .iter()
                .map(|b| {
                    let href = with_query("/dasbor/pegawai", &[("id", Some(&b.pegawai_id))]);
                    let risk = b.risiko_tinggi.then(|| {
                        view! { <span class="badge warn">{t!(i18n, dasbor.risiko_badge)}</span> }
                    });
                    view! {
                        <tr>
                            <th scope="row">{b.judul.clone()}</th>
                            <td><a href=href>{b.pegawai_name.clone()}</a></td>
                            <td>{b.unit_name.clone()}</td>
                            <td>{persen_opt(i18n, b.progres)}</td>
                            <td>{persen(i18n, b.gap)}</td>
                            <td>{risk}</td>
                        </tr>
                    }
                })
                .collect_view();
            let csv_label = format!(
                "{} — {}",
                t_string!(i18n, dasbor.unduh_csv),
                t_string!(i18n, dasbor.berisiko_heading)
            );
            view! {
                <div class="table-scroll" role="region" aria-labelledby="dasbor-risk-cap" tabindex="0">
                    <table class="dasbor-table">
                        <caption id="dasbor-risk-cap">{t!(i18n, dasbor.berisiko_caption)}</caption>
                        <thead><tr>
                            <th scope="col">{t!(i18n, dasbor.rhk)}</th>
                            <th scope="col">{t!(i18n, dasbor.pegawai_col)}</th>
                            <th scope="col">{t!(i18n, dasbor.unit)}</th>
                            <th scope="col">{t!(i18n, dasbor.progres_col)}</th>
                            <th scope="col">{t!(i18n, dasbor.gap)}</th>
                            <th scope="col">{t!(i18n, dasbor.risiko)}</th>
                        </tr></thead>
                        <tbody>{rows}</tbody>
                    </table>
                </div>
                <CsvLink href=csv_href("berisiko", &d.total.unit_id, &d.periode_id) label=csv_label/>
            }
            .into_any()
        })
    };
    view! {
        <section class="panel" aria-labelledby="dasbor-risk-h">
            <h2 id="dasbor-risk-h">{t!(i18n, dasbor.berisiko_heading)}</h2>
            {body}
        </section>
    }
}

use leptos::prelude::*;

use super::angka::{csv_href, persen_opt, CsvLink};
use crate::domain::dto::Dasbor;
use crate::i18n::*;
use crate::ui::common::url::with_query;

/// The direct sub-units, each with its subtree's figures and a link to its own dashboard
/// (drill down). A unit without sub-units points to the pages that list its people and RHK.
#[component]
pub fn SubUnitTable(d: Signal<Dasbor>) -> impl IntoView {
    let i18n = use_i18n();
    let body = move || {
        d.with(|d| {
            if d.sub_units.is_empty() {
                let cascade = with_query("/cascade", &[("unit", Some(&d.total.unit_id))]);
                return view! {
                    <p class="empty">{t!(i18n, dasbor.no_subunit)}</p>
                    <ul class="link-list">
                        <li><a href="/skp/bawahan">{t!(i18n, dasbor.lihat_skp)}</a></li>
                        <li><a href=cascade>{t!(i18n, dasbor.lihat_rhk)}</a></li>
                    </ul>
                }
                .into_any();
            }
            let rows = d
                .sub_units
                .iter()
                .map(|u| {
                    let href = with_query(
                        "/dasbor",
                        &[("unit", Some(&u.unit_id)), ("period", Some(&d.periode_id))],
                    );
                    view! {
                        <tr>
                            <th scope="row"><a href=href>{u.nama.clone()}</a></th>
                            <td>{u.pegawai}</td>
                            <td>{u.skp.disetujui}</td>
                            <td>{u.skp.belum}</td>
                            <td>{u.rhk}</td>
                            <td>{persen_opt(i18n, u.progres)}</td>
                            <td>{u.tertinggal}</td>
                            <td>{u.risiko_tinggi}</td>
                            <td>{u.iki_kurang}</td>
                            <td>{u.bukti_menunggu}</td>
                            <td>{u.tanpa_dialog}</td>
                            <td>{u.umpan_balik}</td>
                        </tr>
                    }
                })
                .collect_view();
            let csv_label = format!(
                "{} — {}",
                t_string!(i18n, dasbor.unduh_csv),
                t_string!(i18n, dasbor.subunit_heading)
            );
            view! {
                <div class="table-scroll" role="region" aria-labelledby="dasbor-sub-cap" tabindex="0">
                    <table class="dasbor-table sub-units">
                        <caption id="dasbor-sub-cap">{t!(i18n, dasbor.subunit_caption)}</caption>
                        <thead><tr>
                            <th scope="col">{t!(i18n, dasbor.unit)}</th>
                            <th scope="col">{t!(i18n, dasbor.pegawai)}</th>
                            <th scope="col">{t!(i18n, dasbor.skp_disetujui)}</th>
                            <th scope="col">{t!(i18n, dasbor.status_belum)}</th>
                            <th scope="col">{t!(i18n, dasbor.rhk)}</th>
                            <th scope="col">{t!(i18n, dasbor.progres_col)}</th>
                            <th scope="col">{t!(i18n, dasbor.tertinggal)}</th>
                            <th scope="col">{t!(i18n, dasbor.risiko_tinggi)}</th>
                            <th scope="col">{t!(i18n, dasbor.iki_kurang)}</th>
                            <th scope="col">{t!(i18n, dasbor.bukti_menunggu)}</th>
                            <th scope="col">{t!(i18n, dasbor.tanpa_dialog)}</th>
                            <th scope="col">{t!(i18n, dasbor.umpan_balik)}</th>
                        </tr></thead>
                        <tbody>{rows}</tbody>
                    </table>
                </div>
                <CsvLink href=csv_href("sub_units", &d.total.unit_id, &d.periode_id) label=csv_label/>
            }
            .into_any()
        })
    };
    view! {
        <section class="panel" aria-labelledby="dasbor-sub-h">
            <h2 id="dasbor-sub-h">{t!(i18n, dasbor.subunit_heading)}</h2>
            {body}
        </section>
    }
}

use leptos::prelude::*;

use super::angka::{csv_href, persen_opt, CsvLink};
use crate::domain::dto::Dasbor;
use crate::i18n::*;
use crate::ui::common::url::with_query;

/// The people directly in the unit (the employee level of the drill-down), each linking to
/// their own dashboard with their RHK.
#[component]
pub fn AnggotaTable(d: Signal<Dasbor>) -> impl IntoView {
    let i18n = use_i18n();
    let status = move |code: &str| match code {
        "DRAFT" => t_string!(i18n, dasbor.status_draft).to_string(),
        "DIAJUKAN" => t_string!(i18n, dasbor.status_diajukan).to_string(),
        "DISETUJUI" => t_string!(i18n, dasbor.status_disetujui).to_string(),
        "DIKEMBALIKAN" => t_string!(i18n, dasbor.status_dikembalikan).to_string(),
        _ => t_string!(i18n, dasbor.status_belum).to_string(),
    };
    let body = move || {
        d.with(|d| {
            if d.anggota.is_empty() {
                return view! { <p class="empty">{t!(i18n, dasbor.anggota_empty)}</p> }.into_any();
            }
            let rows = d
                .anggota
                .iter()
                .map(|a| {
                    let href = with_query(
                        "/dasbor/pegawai",
                        &[("id", Some(&a.pegawai_id)), ("period", Some(&d.periode_id))],
                    );
                    let dialog = if a.dialog {
                        t_string!(i18n, dasbor.dialog_ya)
                    } else {
                        t_string!(i18n, dasbor.dialog_belum)
                    };
                    view! {
                        <tr>
                            <th scope="row"><a href=href>{a.nama.clone()}</a><br/><span class="muted">{a.nip.clone()}</span></th>
                            <td>{status(&a.status_skp)}</td>
                            <td>{a.rhk}</td>
                            <td>{persen_opt(i18n, a.progres)}</td>
                            <td>{a.tertinggal}</td>
                            <td>{a.risiko_tinggi}</td>
                            <td>{a.iki_kurang}</td>
                            <td>{a.bukti_menunggu}</td>
                            <td data-dialog=a.dialog.to_string()>{dialog}</td>
                            <td>{a.umpan_balik}</td>
                        </tr>
                    }
                })
                .collect_view();
            let csv_label = format!(
                "{} — {}",
                t_string!(i18n, dasbor.unduh_csv),
                t_string!(i18n, dasbor.anggota_heading)
            );
            view! {
                <div class="table-scroll" role="region" aria-labelledby="dasbor-anggota-cap" tabindex="0">
                    <table class="dasbor-table anggota">
                        <caption id="dasbor-anggota-cap">{t!(i18n, dasbor.anggota_caption)}</caption>
                        <thead><tr>
                            <th scope="col">{t!(i18n, dasbor.pegawai_col)}</th>
                            <th scope="col">{t!(i18n, dasbor.status)}</th>
                            <th scope="col">{t!(i18n, dasbor.rhk)}</th>
                            <th scope="col">{t!(i18n, dasbor.progres_col)}</th>
                            <th scope="col">{t!(i18n, dasbor.tertinggal)}</th>
                            <th scope="col">{t!(i18n, dasbor.risiko_tinggi)}</th>
                            <th scope="col">{t!(i18n, dasbor.iki_kurang)}</th>
                            <th scope="col">{t!(i18n, dasbor.bukti_menunggu)}</th>
                            <th scope="col">{t!(i18n, dasbor.dialog_col)}</th>
                            <th scope="col">{t!(i18n, dasbor.umpan_balik)}</th>
                        </tr></thead>
                        <tbody>{rows}</tbody>
                    </table>
                </div>
                <CsvLink href=csv_href("anggota", &d.total.unit_id, &d.periode_id) label=csv_label/>
            }
            .into_any()
        })
    };
    view! {
        <section class="panel" aria-labelledby="dasbor-anggota-h">
            <h2 id="dasbor-anggota-h">{t!(i18n, dasbor.anggota_heading)}</h2>
            {body}
        </section>
    }
}

use leptos::prelude::*;

use super::angka::{csv_href, persen, CsvLink};
use crate::domain::dto::{Dasbor, ProyeksiTarget};
use crate::i18n::*;
use crate::ui::common::url::with_query;
use crate::ui::skp::labels::{fmt_num, I18n};

/// The model behind a projection with its inputs, so a leader can check it by hand.
pub fn model_text(i18n: I18n, p: &ProyeksiTarget) -> String {
    let laju = fmt_num(i18n, (p.laju * 100.0).round() / 100.0);
    match p.model.as_str() {
        "RATA_RATA" => t_string!(
            i18n,
            dasbor.model_rata,
            k = p.dilaporkan,
            n = p.jumlah_sub,
            laju = laju
        )
        .to_string(),
        "TREN_LINEAR" => t_string!(
            i18n,
            dasbor.model_tren,
            k = p.dilaporkan,
            n = p.jumlah_sub,
            laju = laju
        )
        .to_string(),
        other => other.to_string(),
    }
}

/// The IKI projected furthest short of their targets at year end.
#[component]
pub fn ProyeksiTable(d: Signal<Dasbor>) -> impl IntoView {
    let i18n = use_i18n();
    let num = move |v: f64| fmt_num(i18n, (v * 100.0).round() / 100.0);
    let body = move || {
        d.with(|d| {
            if d.proyeksi.is_empty() {
                return view! { <p class="empty">{t!(i18n, dasbor.proyeksi_empty)}</p> }.into_any();
            }
            let rows = d
                .proyeksi
                .iter()
                .map(|p| {
                    let href = with_query("/dasbor/pegawai", &[("id", Some(&p.pegawai_id))]);
                    view! {
                        <tr>
                            <th scope="row">{p.indikator.clone()}</th>
                            <td>{p.rhk_judul.clone()}</td>
                            <td><a href=href>{p.pegawai_name.clone()}</a></td>
                            <td>{format!("{} {}", num(p.target), p.satuan)}</td>
                            <td>{p.realisasi.map(num).unwrap_or_else(|| "—".into())}</td>
                            <td>{num(p.proyeksi)}</td>
                            <td>{persen(i18n, p.kurang)}</td>
                            <td class="model">{model_text(i18n, p)}</td>
                        </tr>
                    }
                })
                .collect_view();
            let csv_label = format!(
                "{} — {}",
                t_string!(i18n, dasbor.unduh_csv),
                t_string!(i18n, dasbor.proyeksi_heading)
            );
            view! {
                <div class="table-scroll" role="region" aria-labelledby="dasbor-proy-cap" tabindex="0">
                    <table class="dasbor-table">
                        <caption id="dasbor-proy-cap">{t!(i18n, dasbor.proyeksi_caption)}</caption>
                        <thead><tr>
                            <th scope="col">{t!(i18n, dasbor.indikator)}</th>
                            <th scope="col">{t!(i18n, dasbor.rhk)}</th>
                            <th scope="col">{t!(i18n, dasbor.pegawai_col)}</th>
                            <th scope="col">{t!(i18n, dasbor.target)}</th>
                            <th scope="col">{t!(i18n, dasbor.realisasi)}</th>
                            <th scope="col">{t!(i18n, dasbor.proyeksi)}</th>
                            <th scope="col">{t!(i18n, dasbor.kurang)}</th>
                            <th scope="col">{t!(i18n, dasbor.model)}</th>
                        </tr></thead>
                        <tbody>{rows}</tbody>
                    </table>
                </div>
                <CsvLink href=csv_href("proyeksi", &d.total.unit_id, &d.periode_id) label=csv_label/>
            }
            .into_any()
        })
    };
    view! {
        <section class="panel" aria-labelledby="dasbor-proy-h">
            <h2 id="dasbor-proy-h">{t!(i18n, dasbor.proyeksi_heading)}</h2>
            {body}
        </section>
    }
}

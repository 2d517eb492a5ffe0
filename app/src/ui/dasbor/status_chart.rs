use leptos::prelude::*;

use super::angka::{csv_href, persen, CsvLink};
use crate::domain::dto::{Dasbor, StatusSkpCount};
use crate::i18n::*;
use crate::ui::skp::labels::I18n;

const W: f64 = 340.0;
const H: f64 = 36.0;

/// The SKP statuses in the order the bar shows them, with their counts: done first.
fn segments(i18n: I18n, s: &StatusSkpCount) -> [(&'static str, &'static str, i64); 5] {
    [
        (
            "disetujui",
            t_string!(i18n, dasbor.status_disetujui),
            s.disetujui,
        ),
        (
            "diajukan",
            t_string!(i18n, dasbor.status_diajukan),
            s.diajukan,
        ),
        (
            "dikembalikan",
            t_string!(i18n, dasbor.status_dikembalikan),
            s.dikembalikan,
        ),
        ("draft", t_string!(i18n, dasbor.status_draft), s.draft),
        ("belum", t_string!(i18n, dasbor.status_belum), s.belum),
    ]
}

/// The SKP status of the unit's people as one stacked horizontal bar (SVG drawn on the
/// server), with a legend, the numbers as a table and the CSV of every sub-unit's counts.
#[component]
pub fn StatusChart(d: Signal<Dasbor>) -> impl IntoView {
    let i18n = use_i18n();
    let body = move || {
        d.with(|d| {
            let n = d.total.pegawai.max(0);
            let segs = segments(i18n, &d.total.skp);
            let title = t_string!(i18n, dasbor.status_title, n = n).to_string();
            let desc = segs
                .iter()
                .map(|(_, label, c)| format!("{label}: {c}"))
                .collect::<Vec<_>>()
                .join(", ");
            let mut x = 0.0;
            let rects = segs
                .iter()
                .filter(|(_, _, c)| *c > 0)
                .map(|(code, _, c)| {
                    let w = W * *c as f64 / n.max(1) as f64;
                    let at = x;
                    x += w;
                    let label = (w >= 22.0).then(|| {
                        view! { <text class="status-seg-n" x={at + w / 2.0} y="23" text-anchor="middle">{*c}</text> }
                    });
                    view! {
                        <rect class=format!("status-seg seg-{code}") x=at y="4" width=w height={H - 8.0}/>
                        {label}
                    }
                })
                .collect_view();
            let share = |c: i64| {
                if n == 0 {
                    "—".to_string()
                } else {
                    persen(i18n, c as f64 / n as f64)
                }
            };
            let legend = segs
                .iter()
                .map(|(code, label, c)| {
                    view! { <li><span class=format!("swatch seg-{code}") aria-hidden="true"></span>{*label} " " <strong>{*c}</strong></li> }
                })
                .collect_view();
            let rows = segs
                .iter()
                .map(|(_, label, c)| {
                    view! { <tr><th scope="row">{*label}</th><td>{*c}</td><td>{share(*c)}</td></tr> }
                })
                .collect_view();
            let csv_label = format!(
                "{} — {}",
                t_string!(i18n, dasbor.unduh_csv),
                t_string!(i18n, dasbor.status_heading)
            );
            view! {
                <figure class="dasbor-chart">
                    <svg viewBox=format!("0 0 {W} {H}") role="img" aria-labelledby="status-title status-desc" class="status-svg">
                        <title id="status-title">{title}</title>
                        <desc id="status-desc">{desc}</desc>
                        <rect class="status-track" x="0" y="4" width=W height={H - 8.0}/>
                        {rects}
                    </svg>
                    <figcaption class="muted">{t!(i18n, dasbor.status_caption)}</figcaption>
                </figure>
                <ul class="legend">{legend}</ul>
                <details class="chart-numbers">
                    <summary>{t!(i18n, dasbor.angka)}</summary>
                    <table class="dasbor-table">
                        <caption>{t!(i18n, dasbor.status_heading)}</caption>
                        <thead><tr>
                            <th scope="col">{t!(i18n, dasbor.status)}</th>
                            <th scope="col">{t!(i18n, dasbor.jumlah)}</th>
                            <th scope="col">{t!(i18n, dasbor.persen)}</th>
                        </tr></thead>
                        <tbody>{rows}</tbody>
                    </table>
                </details>
                <CsvLink href=csv_href("sub_units", &d.total.unit_id, &d.periode_id) label=csv_label/>
            }
        })
    };
    view! {
        <section class="panel" aria-labelledby="dasbor-status-h">
            <h2 id="dasbor-status-h">{t!(i18n, dasbor.status_heading)}</h2>
            {body}
        </section>
    }
}

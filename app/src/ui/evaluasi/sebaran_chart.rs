use leptos::prelude::*;

use crate::domain::dto::{BandKurva, SebaranPredikat};
use crate::i18n::*;
use crate::ui::skp::labels::fmt_num;

const W: f64 = 340.0;
const LABEL_W: f64 = 120.0;
const BAR_W: f64 = 170.0;
const ROW_H: f64 = 30.0;

/// The head count a band limits for one predikat (a band over a single predikat), to mark on
/// its bar.
fn limit_of(bands: &[BandKurva], s: &SebaranPredikat) -> Option<(usize, bool)> {
    bands
        .iter()
        .find(|b| b.predikat.len() == 1 && b.predikat[0] == s.predikat)
        .map(|b| (b.required, b.kind == "at_most"))
}

/// The distribution of predikat as a horizontal bar chart drawn on the server (SVG, no
/// script), each bar with its count and, where the curve limits that predikat alone, a mark
/// at the limit. The SVG is an image with a text alternative; the table below holds the
/// same numbers with every band of the curve.
#[component]
pub fn SebaranChart(
    distribution: Vec<SebaranPredikat>,
    bands: Vec<BandKurva>,
    total: usize,
) -> impl IntoView {
    let i18n = use_i18n();
    let max = distribution
        .iter()
        .map(|s| s.count)
        .chain(bands.iter().map(|b| b.required))
        .max()
        .unwrap_or(0)
        .max(1) as f64;
    let h = ROW_H * distribution.len() as f64 + 10.0;
    let view_box = format!("0 0 {W} {h}");
    let desc = distribution
        .iter()
        .map(|s| format!("{}: {}", s.label, s.count))
        .collect::<Vec<_>>()
        .join(", ");
    let rows = distribution
        .iter()
        .enumerate()
        .map(|(i, s)| {
            let y = 5.0 + ROW_H * i as f64;
            let w = BAR_W * s.count as f64 / max;
            let bar_class = format!("kurva-bar bar-{}", s.predikat.code().to_lowercase());
            let mark = limit_of(&bands, s).map(|(n, ceiling)| {
                let x = LABEL_W + BAR_W * n as f64 / max;
                let class = if ceiling {
                    "kurva-mark max"
                } else {
                    "kurva-mark min"
                };
                view! { <line class=class x1=x x2=x y1={y - 2.0} y2={y + ROW_H - 6.0}/> }
            });
            view! {
                <text class="kurva-label" x="0" y={y + 16.0}>{s.label.clone()}</text>
                <rect class=bar_class x=LABEL_W y=y width=w height={ROW_H - 10.0} rx="3"/>
                <text class="kurva-count" x={LABEL_W + w + 6.0} y={y + 16.0}>{s.count}</text>
                {mark}
            }
        })
        .collect_view();
    let table_rows = distribution
        .iter()
        .map(|s| {
            view! {
                <tr><th scope="row">{s.label.clone()}</th><td>{s.count}</td><td>{format!("{} %", fmt_num(i18n, (s.percent * 10.0).round() / 10.0))}</td></tr>
            }
        })
        .collect_view();
    let band_rows = bands
        .into_iter()
        .map(|b| {
            let verdict = if b.holds {
                view! { <span class="badge status-ok">{t!(i18n, evaluasi.band_ok)}</span> }.into_any()
            } else {
                view! { <span class="badge warn">{t!(i18n, evaluasi.band_langgar)}</span> }.into_any()
            };
            let rule = if b.kind == "at_most" {
                t!(i18n, evaluasi.paling_banyak, n = b.required).into_any()
            } else {
                t!(i18n, evaluasi.paling_sedikit, n = b.required).into_any()
            };
            view! { <li>{b.description} " — " {rule} " · " {t!(i18n, evaluasi.saat_ini, n = b.actual)} " " {verdict}</li> }
        })
        .collect_view();
    view! {
        <figure class="kurva">
            <svg viewBox=view_box role="img" aria-labelledby="kurva-title kurva-desc" class="kurva-svg">
                <title id="kurva-title">{t!(i18n, evaluasi.chart_title, total = total)}</title>
                <desc id="kurva-desc">{desc}</desc>
                {rows}
            </svg>
            <figcaption class="muted">{t!(i18n, evaluasi.chart_caption)}</figcaption>
        </figure>
        <table class="kurva-table">
            <caption>{t!(i18n, evaluasi.table_caption)}</caption>
            <thead><tr><th scope="col">{t!(i18n, evaluasi.predikat)}</th><th scope="col">{t!(i18n, evaluasi.jumlah)}</th><th scope="col">{t!(i18n, evaluasi.persen)}</th></tr></thead>
            <tbody>{table_rows}</tbody>
        </table>
        <h3>{t!(i18n, evaluasi.bands_heading)}</h3>
        <ul class="band-list">{band_rows}</ul>
    }
}

use leptos::prelude::*;

use super::angka::{csv_href, persen, persen_opt, CsvLink};
use crate::domain::dasbor::tertinggal;
use crate::domain::dto::{Dasbor, DasborUnit};
use crate::i18n::*;

const W: f64 = 340.0;
const BAR_W: f64 = 280.0;
const TOP: f64 = 18.0;
const ROW_H: f64 = 40.0;
/// Characters of a unit's name that fit above its bar on a 360 px phone.
const NAME_MAX: usize = 44;

fn short(name: &str) -> String {
    if name.chars().count() <= NAME_MAX {
        name.to_string()
    } else {
        let cut: String = name.chars().take(NAME_MAX - 1).collect();
        format!("{}…", cut.trim_end())
    }
}

/// Mean RHK progress per sub-unit (the unit itself when it has none) as horizontal bars, each
/// name above its bar so it reads at 360 px, with the time elapsed as a dashed line across
/// them; the numbers as a table and the CSV.
#[component]
pub fn ProgresChart(d: Signal<Dasbor>) -> impl IntoView {
    let i18n = use_i18n();
    let body = move || {
        d.with(|d| {
            let units: Vec<&DasborUnit> = if d.sub_units.is_empty() {
                vec![&d.total]
            } else {
                d.sub_units.iter().collect()
            };
            let waktu = d.waktu_berjalan.clamp(0.0, 1.0);
            let waktu_text = persen(i18n, waktu);
            let h = TOP + ROW_H * units.len() as f64 + 4.0;
            let title = t_string!(i18n, dasbor.progres_title, persen = waktu_text.clone()).to_string();
            let desc = units
                .iter()
                .map(|u| format!("{}: {}", u.nama, persen_opt(i18n, u.progres)))
                .collect::<Vec<_>>()
                .join(", ");
            let bars = units
                .iter()
                .enumerate()
                .map(|(i, u)| {
                    let y = TOP + ROW_H * i as f64;
                    let value = u.progres.map(|p| p.clamp(0.0, 1.0));
                    let w = BAR_W * value.unwrap_or(0.0);
                    let class = if u.rhk > 0 && tertinggal(u.progres, waktu) {
                        "prog-bar behind"
                    } else {
                        "prog-bar"
                    };
                    let text = if u.rhk == 0 {
                        t_string!(i18n, dasbor.tanpa_rhk).to_string()
                    } else {
                        persen_opt(i18n, u.progres)
                    };
                    view! {
                        <text class="chart-label" x="0" y={y + 12.0}>{short(&u.nama)}</text>
                        <rect class="prog-track" x="0" y={y + 17.0} width=BAR_W height="14" rx="2"/>
                        <rect class=class x="0" y={y + 17.0} width=w height="14" rx="2"/>
                        <text class="chart-value" x={BAR_W + 6.0} y={y + 28.0}>{text}</text>
                    }
                })
                .collect_view();
            let mx = BAR_W * waktu;
            let rows = units
                .iter()
                .map(|u| {
                    let gap = u.progres.map(|p| p - waktu);
                    let gap_text = gap
                        .map(|g| {
                            let s = persen(i18n, g.abs());
                            if g < 0.0 { format!("−{s}") } else { format!("+{s}") }
                        })
                        .unwrap_or_else(|| "—".into());
                    view! {
                        <tr>
                            <th scope="row">{u.nama.clone()}</th>
                            <td>{u.rhk}</td>
                            <td>{persen_opt(i18n, u.progres)}</td>
                            <td>{gap_text}</td>
                            <td>{u.tertinggal}</td>
                        </tr>
                    }
                })
                .collect_view();
            let csv_label = format!(
                "{} — {}",
                t_string!(i18n, dasbor.unduh_csv),
                t_string!(i18n, dasbor.progres_heading)
            );
            view! {
                <figure class="dasbor-chart">
                    <svg viewBox=format!("0 0 {W} {h}") role="img" aria-labelledby="progres-title progres-desc" class="progres-svg">
                        <title id="progres-title">{title}</title>
                        <desc id="progres-desc">{desc}</desc>
                        {bars}
                        <line class="time-mark" x1=mx x2=mx y1="12" y2={h - 2.0}/>
                        <text class="time-label" x=mx y="9" text-anchor="middle">{waktu_text.clone()}</text>
                    </svg>
                    <figcaption class="muted">{t_string!(i18n, dasbor.progres_caption, persen = waktu_text.clone()).to_string()}</figcaption>
                </figure>
                <details class="chart-numbers">
                    <summary>{t!(i18n, dasbor.angka)}</summary>
                    <div class="table-scroll">
                        <table class="dasbor-table">
                            <caption>{t!(i18n, dasbor.progres_heading)}</caption>
                            <thead><tr>
                                <th scope="col">{t!(i18n, dasbor.unit)}</th>
                                <th scope="col">{t!(i18n, dasbor.rhk)}</th>
                                <th scope="col">{t!(i18n, dasbor.progres_col)}</th>
                                <th scope="col">{t!(i18n, dasbor.selisih)}</th>
                                <th scope="col">{t!(i18n, dasbor.tertinggal)}</th>
                            </tr></thead>
                            <tbody>{rows}</tbody>
                        </table>
                    </div>
                </details>
                <CsvLink href=csv_href("sub_units", &d.total.unit_id, &d.periode_id) label=csv_label/>
            }
        })
    };
    view! {
        <section class="panel" aria-labelledby="dasbor-progres-h">
            <h2 id="dasbor-progres-h">{t!(i18n, dasbor.progres_heading)}</h2>
            {body}
        </section>
    }
}

#[cfg(test)]
mod tests {
    #[test]
    fn long_names_are_cut() {
        assert_eq!(super::short("Seksi Satu"), "Seksi Satu");
        let long = "Badan Perencanaan Pembangunan, Penelitian dan Pengembangan Daerah";
        let s = super::short(long);
        assert!(s.ends_with('…') && s.chars().count() <= super::NAME_MAX);
    }
}

use leptos::prelude::*;

use super::labels::group_label;
use crate::domain::berakhlak::NilaiBerakhlak;
use crate::domain::dto::{BarisHasil360, Hasil360};
use crate::i18n::*;
use crate::ui::skp::labels::fmt_num;

/// The anonymised results: a row per BerAKHLAK value, a column per shown group (and the
/// overall), each header with its number of responses. Scrolls sideways on a phone.
#[component]
pub fn HasilTable(h: Hasil360) -> impl IntoView {
    let i18n = use_i18n();
    if !h.finished {
        return view! { <p class="empty">{t!(i18n, survei.hasil_belum)}</p> }.into_any();
    }
    let cols: Vec<BarisHasil360> = h.rows.iter().cloned().chain(h.overall.clone()).collect();
    if cols.is_empty() {
        return view! {
            <p class="empty">{t!(i18n, survei.hasil_kosong)}</p>
            <p class="muted">{h.withheld} " " {t!(i18n, survei.ditahan)}</p>
        }
        .into_any();
    }
    let head = cols
        .iter()
        .map(|c| {
            let label = group_label(i18n, &c.group);
            view! { <th scope="col" class="num">{label}<br/><span class="muted">"n = " {c.count}</span></th> }
        })
        .collect_view();
    let body = NilaiBerakhlak::ALL
        .iter()
        .enumerate()
        .map(|(i, v)| {
            let cells = cols
                .iter()
                .map(|c| {
                    let m = c.means.get(i).copied().unwrap_or_default();
                    view! { <td class="num">{fmt_num(i18n, m)}</td> }
                })
                .collect_view();
            view! { <tr><th scope="row">{v.label()}</th>{cells}</tr> }
        })
        .collect_view();
    let comments = h.comments.clone();
    view! {
        <div class="table-scroll" role="region" tabindex="0"
            aria-label=move || t_string!(i18n, survei.hasil_heading).to_string()>
            <table class="hasil-360">
                <caption class="muted">{t!(i18n, survei.ambang)}</caption>
                <thead><tr><th scope="col">{t!(i18n, survei.nilai)}</th>{head}</tr></thead>
                <tbody>{body}</tbody>
            </table>
        </div>
        {(h.withheld > 0).then(|| view! { <p class="muted">{h.withheld} " " {t!(i18n, survei.ditahan)}</p> })}
        {(!comments.is_empty()).then(|| view! {
            <h3>{t!(i18n, survei.komentar_heading)}</h3>
            <ul class="komentar-360">{comments.into_iter().map(|c| view! { <li>{c}</li> }).collect_view()}</ul>
        })}
    }
    .into_any()
}

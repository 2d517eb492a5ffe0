use leptos::prelude::*;

use super::labels::fmt_pct;
use super::progress::ProgressMeter;
use crate::domain::dto::{JenisKontribusi, Kontribusi};
use crate::i18n::*;
use crate::ui::common::url::encode;
use crate::ui::skp::labels::{dom_id, fmt_num, jenis_label};

/// One result on the Peta Kontribusi: where it comes from (home unit, or squad and role), the
/// RHK, its IKI with targets, progress, the intervened RHK with its path up to the strategic
/// goal, and the share of effort.
#[component]
pub fn KontribusiCard(item: Kontribusi, unit_name: String) -> impl IntoView {
    let i18n = use_i18n();
    let title_id = dom_id("kontribusi", &item.rhk_id);
    let jenis = item.jenis;
    let is_tim = item.kind == JenisKontribusi::Tim;
    let class = if is_tim {
        "kontribusi kontribusi-tim"
    } else {
        "kontribusi kontribusi-unit"
    };
    let asal = if is_tim {
        let nama = item.tim_nama.clone().unwrap_or_default();
        let peran = item.peran.clone().unwrap_or_default();
        let link = item
            .tim_id
            .clone()
            .map(|id| format!("/tim/{}", encode(&id, false)));
        view! {
            <p class="kontribusi-asal">
                <span class="badge tim-badge">{t!(i18n, tim.kind_tim)}</span>
                " " <span class="badge">{move || jenis_label(i18n, jenis)}</span>
                " "
                {match link {
                    Some(href) => view! { <a href=href>{nama}</a> }.into_any(),
                    None => view! { <span>{nama}</span> }.into_any(),
                }}
                <span class="muted">" · " {t!(i18n, tim.peran)} ": " {peran}</span>
            </p>
        }
        .into_any()
    } else {
        view! {
            <p class="kontribusi-asal">
                <span class="badge unit-badge">{t!(i18n, tim.kind_unit)}</span>
                " " <span class="badge">{move || jenis_label(i18n, jenis)}</span>
                " " <span>{unit_name}</span>
            </p>
        }
        .into_any()
    };
    let iki = (!item.iki.is_empty()).then(|| {
        let rows = item
            .iki
            .iter()
            .map(|k| {
                let target = format!("{} {}", fmt_num(i18n, k.target), k.satuan);
                let real = k
                    .realisasi
                    .map(|r| format!("{} {}", fmt_num(i18n, r), k.satuan));
                view! {
                    <li>
                        {k.nama.clone()} ": "
                        <span class="iki-target">{t!(i18n, tim.target)} " " {target}</span>
                        {real.map(|r| view! { <span class="muted">" · " {t!(i18n, tim.realisasi)} " " {r}</span> })}
                    </li>
                }
            })
            .collect_view();
        view! {
            <div class="kontribusi-iki">
                <span class="muted">{t!(i18n, tim.iki)}</span>
                <ul>{rows}</ul>
            </div>
        }
    });
    let intervensi = item.intervensi.clone().map(|r| {
        view! {
            <p class="rhk-link">
                <span class="muted">{t!(i18n, skp.intervensi)} ": "</span>
                {r.judul}
                <span class="muted">" — " {r.owner_name}</span>
            </p>
        }
    });
    let jalur = (!item.jalur.is_empty()).then(|| {
        let judul = item.judul.clone();
        let label = move || format!("{}: {}", t_string!(i18n, tim.jalur), judul);
        let last = item.jalur.len() - 1;
        let top = item.jalur[0].title.clone();
        view! {
            <details class="jalur-wrap">
                <summary>
                    {t!(i18n, tim.jalur)} <span class="muted">" · " {top}</span>
                </summary>
                <ol class="jalur" aria-label=label>
                    {item.jalur.iter().enumerate().map(|(i, s)| view! {
                        <li aria-current=(i == last).then_some("true")>{s.title.clone()}</li>
                    }).collect_view()}
                </ol>
            </details>
        }
    });
    let penugasan = item.penugasan_dari.clone().map(|p| {
        view! {
            <p class="rhk-meta"><span class="muted">{t!(i18n, tim.penugasan_dari)} ": "</span>{p}</p>
        }
    });
    let share = fmt_pct(i18n, item.alokasi);
    view! {
        <article class=class aria-labelledby=title_id.clone()>
            {asal}
            <h3 id=title_id.clone()>{item.judul.clone()}</h3>
            <div class="kontribusi-status">
                <ProgressMeter value=item.progress labelled_by=title_id.clone()/>
                <p class="kontribusi-share">
                    <span class="muted">{t!(i18n, tim.porsi)} ": "</span>
                    <strong>{share}</strong>
                </p>
            </div>
            {iki}
            {intervensi}
            {penugasan}
            {jalur}
        </article>
    }
}

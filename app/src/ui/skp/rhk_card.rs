use leptos::either::Either;
use leptos::prelude::*;

use super::editor::Editor;
use super::labels::{aspek_label, cascading_label, dom_id, fmt_num, jenis_label, perspektif_label};
use super::risiko::RisikoSection;
use crate::domain::dto::{Iki, Rhk};
use crate::i18n::*;
use crate::ui::cascade::badges::{FlagBadges, ProgressBar};

/// One RHK as read: kind, text, the superior RHK it intervenes, its IKI, warnings and
/// progress, its risks. `children` holds the actions (change, delete) when it may be changed;
/// with `risk_editor` (the owner's view) risks can be added and deleted.
#[component]
pub fn RhkCard(
    rhk: Rhk,
    n: usize,
    #[prop(optional)] risk_editor: Option<Editor>,
    #[prop(optional)] children: Option<Children>,
) -> impl IntoView {
    let i18n = use_i18n();
    let terbit = rhk.terbit.then(|| {
        view! { <span class="badge terbit">{t!(i18n, skp_extra.terbit_badge)}</span> }
    });
    let bobot = (rhk.bobot != 1.0 && rhk.bobot > 0.0).then(|| {
        let b = fmt_num(i18n, rhk.bobot);
        view! {
            <p class="rhk-meta"><span class="muted">{t!(i18n, skp_extra.bobot)} ": "</span>{b}</p>
        }
    });
    let risiko = match risk_editor {
        Some(editor) => {
            view! { <RisikoSection rhk_id=rhk.id.clone() risiko=rhk.risiko editor/> }.into_any()
        }
        None => view! { <RisikoSection rhk_id=rhk.id.clone() risiko=rhk.risiko/> }.into_any(),
    };
    // a squad RHK: the squad (a link to its page) and who assigned it
    let tim = rhk.tim_id.clone().map(|tim_id| {
        let nama = rhk.tim_nama.clone().unwrap_or_default();
        let href = format!("/tim/{}", crate::ui::common::url::encode(&tim_id, false));
        view! {
            <a class="badge tim-badge" href=href>
                <span class="visually-hidden">{t!(i18n, tim.badge_sr)} " "</span>
                {t!(i18n, tim.badge, nama)}
            </a>
        }
    });
    let penugasan = rhk.penugasan_dari.clone().map(|p| {
        view! {
            <p class="rhk-meta"><span class="muted">{t!(i18n, tim.penugasan_dari)} ": "</span>{p}</p>
        }
    });
    let title_id = dom_id("rhk-t", &rhk.id);
    let jenis = rhk.jenis;
    let link = match rhk.intervensi {
        Some(r) => Either::Left(view! {
            <p class="rhk-link">
                <span class="muted">{t!(i18n, skp.intervensi)} ": "</span>
                {r.judul}
                <span class="muted">" — " {r.owner_name} " (" {r.owner_jabatan} ")"</span>
            </p>
        }),
        None => Either::Right(rhk.sasaran_nama.map(|s| {
            view! {
                <p class="rhk-link">
                    <span class="muted">{t!(i18n, skp.sasaran)} ": "</span>
                    {s}
                </p>
            }
        })),
    };
    let cascading = rhk.cascading.map(|c| view! {
        <p class="rhk-meta"><span class="muted">{t!(i18n, skp.cascading)} ": "</span>{move || cascading_label(i18n, c)}</p>
    });
    let perspektif = rhk.perspektif.map(|p| view! {
        <p class="rhk-meta"><span class="muted">{t!(i18n, skp.perspektif)} ": "</span>{move || perspektif_label(i18n, p)}</p>
    });
    let ekspektasi = rhk.ekspektasi.filter(|e| !e.trim().is_empty()).map(|e| {
        view! {
            <p class="rhk-meta"><span class="muted">{t!(i18n, skp.ekspektasi)} ": "</span>{e}</p>
        }
    });
    view! {
        <article class="rhk" aria-labelledby=title_id.clone()>
            <div class="rhk-head">
                <span class="badge">{move || jenis_label(i18n, jenis)}</span>
                <span class="muted">{t!(i18n, skp.rhk_number, n)}</span>
                {terbit}
                {tim}
                <FlagBadges flags=rhk.flags/>
            </div>
            <h3 id=title_id.clone() tabindex="-1">{rhk.judul}</h3>
            {link}
            {penugasan}
            {cascading}
            {perspektif}
            {ekspektasi}
            {bobot}
            <IkiTable iki=rhk.iki/>
            <p class="rhk-progress">
                <span class="muted">{t!(i18n, skp.progress)} ": "</span>
                <ProgressBar value=rhk.progress labelled=true/>
            </p>
            {risiko}
            {children.map(|c| view! { <div class="actions no-print">{c()}</div> })}
        </article>
    }
}

#[component]
fn IkiTable(iki: Vec<Iki>) -> impl IntoView {
    let i18n = use_i18n();
    if iki.is_empty() {
        return Either::Left(view! { <p class="empty">{t!(i18n, skp.iki_empty)}</p> });
    }
    let rows = iki
        .into_iter()
        .map(|k| {
            let aspek = k.aspek;
            let target = fmt_num(i18n, k.target);
            let real = k.realisasi.map(|r| fmt_num(i18n, r)).unwrap_or_else(|| "–".into());
            let href = format!("/realisasi?iki={}", crate::ui::common::url::encode(&k.id, false));
            view! {
                <tr>
                    <td data-label=move || t_string!(i18n, skp.iki_aspek)>
                        {move || aspek.map(|a| aspek_label(i18n, a)).unwrap_or("–")}
                    </td>
                    <td data-label=move || t_string!(i18n, skp.iki_nama)>{k.nama}</td>
                    <td data-label=move || t_string!(i18n, skp.iki_target) class="num">{target}</td>
                    <td data-label=move || t_string!(i18n, skp.iki_satuan)>{k.satuan}</td>
                    <td data-label=move || t_string!(i18n, skp.iki_realisasi) class="num">
                        <a href=href>{real}<span class="visually-hidden">" — " {t!(i18n, realisasi.link_sr)}</span></a>
                    </td>
                </tr>
            }
        })
        .collect_view();
    Either::Right(view! {
        <table class="iki-table">
            <caption class="visually-hidden">{t!(i18n, skp.iki_heading)}</caption>
            <thead>
                <tr>
                    <th scope="col">{t!(i18n, skp.iki_aspek)}</th>
                    <th scope="col">{t!(i18n, skp.iki_nama)}</th>
                    <th scope="col" class="num">{t!(i18n, skp.iki_target)}</th>
                    <th scope="col">{t!(i18n, skp.iki_satuan)}</th>
                    <th scope="col" class="num">{t!(i18n, skp.iki_realisasi)}</th>
                </tr>
            </thead>
            <tbody>{rows}</tbody>
        </table>
    })
}

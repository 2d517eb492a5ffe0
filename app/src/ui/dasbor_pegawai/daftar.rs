//! The lists under the RHK: squad roles, upcoming follow-ups, latest feedback.

use leptos::prelude::*;

use super::bar::KemajuanBar;
use crate::domain::berakhlak::NilaiBerakhlak;
use crate::domain::dasbor::tertinggal;
use crate::domain::dto::{PeranKemajuan, TindakLanjutMendatang, UmpanBalikTerbaru};
use crate::i18n::*;
use crate::ui::common::url::encode;
use crate::ui::evaluasi::labels::tanggal;
use crate::ui::skp::labels::dom_id;

#[component]
pub fn PeranList(peran: Vec<PeranKemajuan>, waktu: f64) -> impl IntoView {
    let i18n = use_i18n();
    if peran.is_empty() {
        return view! { <p class="muted">{t!(i18n, dasbor_saya.no_peran)}</p> }.into_any();
    }
    let items = peran
        .into_iter()
        .map(|p| {
            let id = dom_id("dp-peran", &p.anggota_id);
            let href = format!("/tim/{}", encode(&p.tim_id, false));
            let behind = !p.rhk.is_empty() && tertinggal(p.progres, waktu);
            let rhk = if p.rhk.is_empty() {
                view! { <p class="muted small">{t!(i18n, dasbor_saya.peran_no_rhk)}</p> }.into_any()
            } else {
                view! {
                    <ul class="plain-list dp-peran-rhk">
                        {p.rhk.into_iter().map(|r| view! { <li>{r.judul}</li> }).collect_view()}
                    </ul>
                }
                .into_any()
            };
            view! {
                <li class="panel dp-peran">
                    <h3 id=id.clone()>
                        <a href=href>{p.tim_nama.clone()}</a>
                        <span class="muted">" · " {p.peran.clone()}</span>
                    </h3>
                    <p class="small">{t!(i18n, dasbor_saya.alokasi, n = p.alokasi)}</p>
                    <KemajuanBar value=p.progres waktu labelled_by=id tertinggal=behind/>
                    {rhk}
                </li>
            }
        })
        .collect_view();
    view! { <ul class="plain-list dp-grid">{items}</ul> }.into_any()
}

#[component]
pub fn TindakLanjutList(items: Vec<TindakLanjutMendatang>) -> impl IntoView {
    let i18n = use_i18n();
    if items.is_empty() {
        return view! { <p class="muted">{t!(i18n, dasbor_saya.no_tl)}</p> }.into_any();
    }
    let rows = items
        .into_iter()
        .map(|t| {
            let due = tanggal(&t.due);
            let overdue = t.overdue.then(|| {
                view! { " " <span class="badge warn">{t!(i18n, dasbor_saya.tl_overdue)}</span> }
            });
            view! {
                <li class="dp-tl">
                    <p class="dp-tl-due">
                        <time datetime=t.due.clone()>{t!(i18n, dasbor_saya.tl_due, tanggal = due)}</time>
                        {overdue}
                    </p>
                    <p class="dp-tl-text">{t.description}</p>
                    <p class="small muted">
                        {t.dialog_title} " · " {t!(i18n, dasbor_saya.tl_pic, nama = t.pic_name)}
                    </p>
                </li>
            }
        })
        .collect_view();
    view! { <ol class="plain-list dp-tl-list">{rows}</ol> }.into_any()
}

#[component]
pub fn UmpanBalikList(items: Vec<UmpanBalikTerbaru>) -> impl IntoView {
    let i18n = use_i18n();
    if items.is_empty() {
        return view! { <p class="muted">{t!(i18n, dasbor_saya.no_ub)}</p> }.into_any();
    }
    let rows = items
        .into_iter()
        .map(|u| {
            let topic = match (&u.rhk_judul, &u.nilai) {
                (Some(j), _) => j.clone(),
                (None, Some(v)) => format!(
                    "{}: {}",
                    t_string!(i18n, dasbor_saya.ub_perilaku),
                    NilaiBerakhlak::from_code(v).map(|n| n.label().to_string()).unwrap_or_else(|| v.clone())
                ),
                _ => String::new(),
            };
            view! {
                <li class="dp-ub">
                    <p class="dp-ub-topic"><strong>{topic}</strong></p>
                    <blockquote class="dp-ub-text">{u.cuplikan}</blockquote>
                    <p class="small muted">
                        {t!(i18n, dasbor_saya.ub_dari, nama = u.giver_name)} " · " {u.sub_period_name}
                        " · " <time datetime=u.created_at.clone()>{tanggal(&u.created_at)}</time>
                    </p>
                </li>
            }
        })
        .collect_view();
    view! { <ul class="plain-list dp-ub-list">{rows}</ul> }.into_any()
}

use leptos::prelude::*;

use super::angka::{persen, persen_opt};
use crate::domain::dto::Dasbor;
use crate::i18n::*;
use crate::ui::common::url::with_query;

/// The summary cards of the unit with its subtree: people, SKP approved, mean progress against
/// the time elapsed, RHK behind, at high risk, IKI projected short, evidence awaiting
/// verification, people without a dialogue and feedback this quarter, squad workload. At a unit
/// without sub-units, each figure links to the pages that list the employees and their RHK.
#[component]
pub fn Ringkasan(d: Signal<Dasbor>) -> impl IntoView {
    let i18n = use_i18n();
    let cards = move || {
        d.with(|d| {
            let t = &d.total;
            let leaf = d.sub_units.is_empty();
            let cascade = with_query("/cascade", &[("unit", Some(&t.unit_id))]);
            let link = move |href: &str| {
                leaf.then(|| {
                    let (href, text) = if href == "skp" {
                        (
                            "/skp/bawahan".to_string(),
                            t_string!(i18n, dasbor.lihat_skp).to_string(),
                        )
                    } else {
                        (
                            cascade.clone(),
                            t_string!(i18n, dasbor.lihat_rhk).to_string(),
                        )
                    };
                    view! { <a class="figure-link" href=href>{text}</a> }
                })
            };
            let behind_class = if t.tertinggal > 0 { "figure warn" } else { "figure" };
            let risk_class = if t.risiko_tinggi > 0 { "figure warn" } else { "figure" };
            let short_class = if t.iki_kurang > 0 { "figure warn" } else { "figure" };
            let q = d.kuartal;
            let waiting_class = if t.bukti_menunggu > 0 { "figure warn" } else { "figure" };
            let dialog_class = if t.tanpa_dialog > 0 { "figure warn" } else { "figure" };
            let lebih = (d.beban.lebih > 0).then(|| {
                view! { <span class="figure-sub warn-text">{t_string!(i18n, dasbor.lebih_n, n = d.beban.lebih).to_string()}</span> }
            });
            view! {
                <li class="figure" data-figure="pegawai">
                    <p class="figure-label">{t!(i18n, dasbor.pegawai)}</p>
                    <p class="figure-value"><span class="figure-n">{t.pegawai}</span></p>
                    {link("skp")}
                </li>
                <li class="figure" data-figure="skp">
                    <p class="figure-label">{t!(i18n, dasbor.skp_disetujui)}</p>
                    <p class="figure-value">
                        <span class="figure-n">{t.skp.disetujui}</span>
                        " "<span class="figure-sub">{t_string!(i18n, dasbor.dari_n, n = t.pegawai).to_string()}</span>
                    </p>
                    {link("skp")}
                </li>
                <li class="figure" data-figure="progres">
                    <p class="figure-label">{t!(i18n, dasbor.progres)}</p>
                    <p class="figure-value">
                        <span class="figure-n">{persen_opt(i18n, t.progres)}</span>
                        " "<span class="figure-sub">{t_string!(i18n, dasbor.waktu_n, persen = persen(i18n, d.waktu_berjalan)).to_string()}</span>
                    </p>
                    {link("rhk")}
                </li>
                <li class=behind_class data-figure="tertinggal">
                    <p class="figure-label">{t!(i18n, dasbor.tertinggal)}</p>
                    <p class="figure-value">
                        <span class="figure-n">{t.tertinggal}</span>
                        " "<span class="figure-sub">{t_string!(i18n, dasbor.dari_rhk, n = t.rhk).to_string()}</span>
                    </p>
                    <p class="figure-hint">{t!(i18n, dasbor.tertinggal_hint)}</p>
                    {link("rhk")}
                </li>
                <li class=risk_class data-figure="risiko">
                    <p class="figure-label">{t!(i18n, dasbor.risiko_tinggi)}</p>
                    <p class="figure-value"><span class="figure-n">{t.risiko_tinggi}</span></p>
                    {link("rhk")}
                </li>
                <li class=short_class data-figure="iki-kurang">
                    <p class="figure-label">{t!(i18n, dasbor.iki_kurang)}</p>
                    <p class="figure-value"><span class="figure-n">{t.iki_kurang}</span></p>
                    <p class="figure-hint">{t!(i18n, dasbor.iki_kurang_hint)}</p>
                    {link("rhk")}
                </li>
                <li class=waiting_class data-figure="bukti-menunggu">
                    <p class="figure-label">{t!(i18n, dasbor.bukti_menunggu)}</p>
                    <p class="figure-value"><span class="figure-n">{t.bukti_menunggu}</span></p>
                    <p class="figure-hint">{t!(i18n, dasbor.bukti_menunggu_hint)}</p>
                    {link("skp")}
                </li>
                <li class=dialog_class data-figure="tanpa-dialog">
                    <p class="figure-label">{t!(i18n, dasbor.tanpa_dialog)}</p>
                    <p class="figure-value">
                        <span class="figure-n">{t.tanpa_dialog}</span>
                        " "<span class="figure-sub">{t_string!(i18n, dasbor.dari_n, n = t.pegawai).to_string()}</span>
                    </p>
                    <p class="figure-hint">{t_string!(i18n, dasbor.tanpa_dialog_hint, q = q).to_string()}</p>
                </li>
                <li class="figure" data-figure="umpan-balik">
                    <p class="figure-label">{t!(i18n, dasbor.umpan_balik)}</p>
                    <p class="figure-value"><span class="figure-n">{t.umpan_balik}</span></p>
                    <p class="figure-hint">{t_string!(i18n, dasbor.umpan_balik_hint, q = q).to_string()}</p>
                </li>
                <li class="figure" data-figure="beban">
                    <p class="figure-label">{t!(i18n, dasbor.beban)}</p>
                    <p class="figure-value"><span class="figure-n">{d.beban.di_tim}</span> " " {lebih}</p>
                </li>
            }
        })
    };
    view! {
        <section class="panel" aria-labelledby="dasbor-ringkasan-h">
            <h2 id="dasbor-ringkasan-h">{t!(i18n, dasbor.ringkasan_heading)}</h2>
            {move || d.with(|d| (d.total.rhk == 0).then(|| view! { <p class="empty">{t!(i18n, dasbor.no_rhk)}</p> }))}
            <ul class="figures">{cards}</ul>
        </section>
    }
}

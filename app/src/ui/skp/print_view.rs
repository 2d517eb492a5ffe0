//! The printable SKP (A4 portrait, the official layout): the identity of the employee and the
//! PPK side by side, the RHK with their IKI, the perilaku kerja, the lampiran and the
//! signatures. Hidden on screen (`print-only`); "Cetak SKP" prints it, "Unduh PDF" links
//! the server's PDF.

use leptos::either::Either;
use leptos::prelude::*;

use super::labels::{aspek_label, fmt_num, jenis_label, I18n};
use super::lampiran::LampiranLists;
use super::perilaku::perilaku_rows;
use crate::domain::dto::{PegawaiRingkas, Rhk, Skp};
use crate::domain::skp::{Aspek, JenisRhk, Pendekatan};
use crate::i18n::*;
use crate::ui::profile::employment_details::nip_display;

/// "Cetak SKP" (the browser's print of the page) and "Unduh PDF".
#[component]
pub fn PrintBar(#[prop(into)] skp_id: Signal<String>) -> impl IntoView {
    let i18n = use_i18n();
    let href = move || {
        format!(
            "/api/v1/skp/{}/pdf",
            crate::ui::common::url::encode(&skp_id.get(), false)
        )
    };
    view! {
        <div class="actions print-bar no-print">
            <button type="button" class="button secondary" on:click=move |_| {
                let _ = window().print();
            }>
                {t!(i18n, skp_extra.print)}
            </button>
            <a class="button secondary" href=href rel="external">
                {t!(i18n, skp_extra.pdf)}
            </a>
        </div>
    }
}

fn pangkat(p: &PegawaiRingkas) -> String {
    match (p.pangkat.trim(), p.golongan.trim()) {
        ("", "") => "–".into(),
        (a, "") => a.into(),
        ("", b) => b.into(),
        // the rank often already names its grade ("Penata Tingkat I (III/d)")
        (a, b) if a.contains(b) => a.into(),
        (a, b) => format!("{a} ({b})"),
    }
}

fn or_dash(s: &str) -> String {
    if s.trim().is_empty() {
        "–".into()
    } else {
        s.to_string()
    }
}

/// The printed SKP.
#[component]
pub fn SkpPrint(skp: Skp) -> impl IntoView {
    let i18n = use_i18n();
    let tahun = skp.tahun;
    let versi = skp.versi;
    let kualitatif = skp.pendekatan == Pendekatan::Kualitatif;
    let p = skp.pegawai.clone();
    let k = skp.ppk.clone();
    let val = |f: fn(&PegawaiRingkas) -> String| {
        (f(&p), k.as_ref().map(f).unwrap_or_else(|| "–".to_string()))
    };
    type Label = fn(I18n) -> &'static str;
    let ident: Vec<(Label, (String, String))> = vec![
        (
            |i| t_string!(i, skp_extra.print_nama),
            val(|x| or_dash(&x.name)),
        ),
        (
            |i| t_string!(i, skp_extra.print_nip),
            val(|x| or_dash(&nip_display(&x.nip))),
        ),
        (|i| t_string!(i, skp_extra.print_pangkat), val(pangkat)),
        (
            |i| t_string!(i, skp_extra.print_jabatan),
            val(|x| or_dash(&x.jabatan)),
        ),
        (
            |i| t_string!(i, skp_extra.print_unit),
            val(|x| or_dash(&x.unit_name)),
        ),
    ];
    let ident_rows = ident
        .into_iter()
        .enumerate()
        .map(|(i, (label, (a, b)))| {
            view! {
                <tr>
                    <td class="c-no">{i + 1}</td>
                    <td class="c-label">{move || label(i18n)}</td>
                    <td>{a}</td>
                    <td class="c-no">{i + 1}</td>
                    <td class="c-label">{move || label(i18n)}</td>
                    <td>{b}</td>
                </tr>
            }
        })
        .collect_view();
    let groups = JenisRhk::ALL
        .iter()
        .enumerate()
        .map(|(gi, j)| {
            let items: Vec<&Rhk> = skp.rhk.iter().filter(|r| r.jenis == *j).collect();
            let letter = ["A", "B", "C"].get(gi).copied().unwrap_or("");
            let head = view! {
                <tr class="print-group">
                    <td colspan="6">{letter} ". " {let j = *j; move || jenis_label(i18n, j)}</td>
                </tr>
            };
            let body = if items.is_empty() {
                Either::Left(view! { <tr><td colspan="6" class="c-empty">"–"</td></tr> })
            } else {
                Either::Right(
                    items
                        .into_iter()
                        .enumerate()
                        .map(|(n, r)| rhk_rows(i18n, r, n + 1))
                        .collect_view(),
                )
            };
            view! { {head} {body} }
        })
        .collect_view();
    let perilaku = perilaku_rows(&skp)
        .into_iter()
        .enumerate()
        .map(|(i, p)| {
            let st = p
                .statements
                .into_iter()
                .map(|s| view! { <li>{s}</li> })
                .collect_view();
            view! {
                <tr>
                    <td class="c-no">{i + 1}</td>
                    <td><strong>{p.label}</strong><ul class="statements">{st}</ul></td>
                    <td class="pre">{or_dash(&p.ekspektasi)}</td>
                </tr>
            }
        })
        .collect_view();
    let ppk_name = k.as_ref().map(|x| x.name.clone()).unwrap_or_default();
    let ppk_nip = k.as_ref().map(|x| nip_display(&x.nip)).unwrap_or_default();
    view! {
        <div class="print-only skp-print">
            <header class="print-head">
                <h2>{t!(i18n, skp_extra.print_title)}</h2>
                <p>
                    {t!(i18n, skp_extra.print_pendekatan)} ": "
                    {if kualitatif { t!(i18n, skp_extra.pendekatan_kualitatif).into_any() } else { t!(i18n, skp_extra.pendekatan_kuantitatif).into_any() }}
                    " · " {t!(i18n, skp_extra.print_versi, n = versi)}
                </p>
                <p>{t!(i18n, skp_extra.print_periode, tahun)}</p>
            </header>
            <table class="print-table print-ident">
                <thead>
                    <tr>
                        <th class="c-no">{t!(i18n, skp_extra.print_no)}</th>
                        <th colspan="2">{t!(i18n, skp_extra.print_pegawai)}</th>
                        <th class="c-no">{t!(i18n, skp_extra.print_no)}</th>
                        <th colspan="2">{t!(i18n, skp_extra.print_ppk)}</th>
                    </tr>
                </thead>
                <tbody>{ident_rows}</tbody>
            </table>
            <h3>{t!(i18n, skp_extra.print_hasil_kerja)}</h3>
            <table class="print-table print-rhk">
                <thead>
                    <tr>
                        <th class="c-no">{t!(i18n, skp_extra.print_no)}</th>
                        <th>{t!(i18n, skp_extra.print_rhk_atasan)}</th>
                        <th>{t!(i18n, skp_extra.print_rhk)}</th>
                        <th>{t!(i18n, skp_extra.print_aspek)}</th>
                        <th>{t!(i18n, skp_extra.print_iki)}</th>
                        <th>{t!(i18n, skp_extra.print_target)}</th>
                    </tr>
                </thead>
                <tbody>{groups}</tbody>
            </table>
            <h3>{t!(i18n, skp_extra.print_perilaku)}</h3>
            <table class="print-table print-perilaku">
                <thead>
                    <tr>
                        <th class="c-no">{t!(i18n, skp_extra.print_no)}</th>
                        <th>{t!(i18n, skp_extra.print_perilaku)}</th>
                        <th>{t!(i18n, skp_extra.perilaku_ekspektasi)}</th>
                    </tr>
                </thead>
                <tbody>{perilaku}</tbody>
            </table>
            <section class="print-lampiran">
                <h3>{t!(i18n, skp_extra.lampiran_heading)}</h3>
                <LampiranLists lampiran=skp.lampiran.clone()/>
            </section>
            <div class="print-sign">
                <div>
                    <p class="sign-date">"\u{a0}"</p>
                    <p>{t!(i18n, skp_extra.print_pegawai)}</p>
                    <div class="sign-space"></div>
                    <p class="sign-name">{p.name.clone()}</p>
                    <p>{t!(i18n, skp_extra.print_nip)} " " {nip_display(&p.nip)}</p>
                </div>
                <div>
                    <p class="sign-date">{t!(i18n, skp_extra.print_date_line, tahun)}</p>
                    <p>{t!(i18n, skp_extra.print_ppk)}</p>
                    <div class="sign-space"></div>
                    <p class="sign-name">{ppk_name}</p>
                    <p>{t!(i18n, skp_extra.print_nip)} " " {ppk_nip}</p>
                </div>
            </div>
        </div>
    }
}

/// One RHK as table rows: No, the RHK intervened (or the strategic goal), the RHK itself, then
/// a row per IKI (aspek, indikator, target with its unit).
fn rhk_rows(i18n: I18n, r: &Rhk, n: usize) -> impl IntoView {
    let atasan = r
        .intervensi
        .as_ref()
        .map(|i| i.judul.clone())
        .or_else(|| r.sasaran_nama.clone())
        .unwrap_or_else(|| "–".into());
    let span = r.iki.len().max(1).to_string();
    let iki: Vec<(Option<Aspek>, String, String)> = r
        .iki
        .iter()
        .map(|k| {
            (
                k.aspek,
                k.nama.clone(),
                format!("{} {}", fmt_num(i18n, k.target), k.satuan),
            )
        })
        .collect();
    let mut rows = iki.into_iter();
    let first = rows.next().unwrap_or((None, "–".into(), "–".into()));
    let aspek = move |a: Option<Aspek>| move || a.map(|a| aspek_label(i18n, a)).unwrap_or("–");
    let rest = rows
        .map(|(a, b, c)| view! { <tr><td>{aspek(a)}</td><td>{b}</td><td>{c}</td></tr> })
        .collect_view();
    let ekspektasi = r
        .ekspektasi
        .clone()
        .filter(|e| !e.trim().is_empty())
        .map(|e| view! { <p class="print-note">{e}</p> });
    view! {
        <tr>
            <td class="c-no" rowspan=span.clone()>{n}</td>
            <td rowspan=span.clone()>{atasan}</td>
            <td rowspan=span>{r.judul.clone()}{ekspektasi}</td>
            <td>{aspek(first.0)}</td>
            <td>{first.1}</td>
            <td>{first.2}</td>
        </tr>
        {rest}
    }
}

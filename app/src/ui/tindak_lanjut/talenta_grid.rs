use leptos::prelude::*;

use super::labels::{by_locale, tingkat_label};
use crate::domain::dto::KotakTalenta;
use crate::domain::talenta::Tingkat;
use crate::i18n::*;

/// The 9-box as a table (potensi rows from high to low, kinerja columns from low to high, as
/// in the PermenPANRB 3/2020 grid): a screen reader reads each count with its two headers.
/// Below it, what each box calls for (reward and development).
#[component]
pub fn TalentaGrid(boxes: Vec<KotakTalenta>) -> impl IntoView {
    let i18n = use_i18n();
    let rows = [Tingkat::Tinggi, Tingkat::Menengah, Tingkat::Rendah];
    let cols = [Tingkat::Rendah, Tingkat::Menengah, Tingkat::Tinggi];
    let cell = {
        let boxes = boxes.clone();
        move |potensi: Tingkat, kinerja: Tingkat| {
            boxes
                .iter()
                .find(|b| b.potensi == potensi && b.kinerja == kinerja)
                .cloned()
        }
    };
    view! {
        <section class="panel" aria-labelledby="grid-h">
            <h2 id="grid-h">{t!(i18n, tindak_lanjut.grid_heading)}</h2>
            <div class="talenta-scroll">
                <table class="talenta-grid">
                    <caption class="visually-hidden">{t!(i18n, tindak_lanjut.grid_caption)}</caption>
                    <thead>
                        <tr>
                            <th scope="col"><span class="muted">{t!(i18n, tindak_lanjut.potensi)} " \\ " {t!(i18n, tindak_lanjut.kinerja)}</span></th>
                            {cols.into_iter().map(|k| view! { <th scope="col">{move || tingkat_label(i18n, k)}</th> }).collect_view()}
                        </tr>
                    </thead>
                    <tbody>
                        {rows.into_iter().map(|p| {
                            let cell = cell.clone();
                            view! {
                                <tr>
                                    <th scope="row">{move || tingkat_label(i18n, p)}</th>
                                    {cols.into_iter().map(|k| cell(p, k).map(|b| {
                                        let class = format!("kotak kotak-{}", b.kotak);
                                        view! {
                                            <td class=class>
                                                <span class="kotak-no">{t!(i18n, tindak_lanjut.kotak, n = b.kotak)}</span>
                                                <strong class="kotak-n">{b.jumlah}</strong>
                                            </td>
                                        }
                                    })).collect_view()}
                                </tr>
                            }
                        }).collect_view()}
                    </tbody>
                </table>
            </div>
            <h3>{t!(i18n, tindak_lanjut.rekomendasi_heading)}</h3>
            <ul class="plain-list rekomendasi-list">
                {boxes.into_iter().rev().map(|b| {
                    let (k, p) = (b.kinerja, b.potensi);
                    let reward = move || by_locale(i18n, &b.penghargaan, &b.penghargaan_en);
                    let develop = {
                        let (id, en) = (b.pengembangan.clone(), b.pengembangan_en.clone());
                        move || by_locale(i18n, &id, &en)
                    };
                    view! {
                        <li>
                            <p>
                                <strong>{t!(i18n, tindak_lanjut.kotak, n = b.kotak)}</strong>
                                " · " {t!(i18n, tindak_lanjut.kinerja)} " " {move || tingkat_label(i18n, k)}
                                ", " {t!(i18n, tindak_lanjut.potensi)} " " {move || tingkat_label(i18n, p)}
                                " · " {t!(i18n, tindak_lanjut.orang, n = b.jumlah)}
                            </p>
                            <p><span class="muted">{t!(i18n, tindak_lanjut.penghargaan)} ": "</span>{reward}</p>
                            <p><span class="muted">{t!(i18n, tindak_lanjut.pengembangan)} ": "</span>{develop}</p>
                        </li>
                    }
                }).collect_view()}
            </ul>
        </section>
    }
}

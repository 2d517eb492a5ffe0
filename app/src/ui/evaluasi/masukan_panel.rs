use leptos::either::{Either, EitherOf3};
use leptos::prelude::*;

use crate::api::inovasi::inovasi_pegawai;
use crate::api::survei::baca_hasil_360;
use crate::api::umpan_balik::umpan_balik_pegawai;
use crate::i18n::*;
use crate::ui::common::error_message::ErrorMessage;
use crate::ui::common::loading::Loading;
use crate::ui::inovasi::inovasi_card::InovasiCard;
use crate::ui::survei::hasil_table::HasilTable;
use crate::ui::umpan_balik::feedback_list::FeedbackList;

/// What else the PPK weighs beside the results (DOMAIN.md §4): the year's continuous
/// feedback per RHK and per BerAKHLAK value, the anonymised 360° results, and the employee's
/// innovation records, each loaded on its own so one slow part does not hold the others.
#[component]
pub fn MasukanPanel(pegawai: String, tahunan: String) -> impl IntoView {
    let i18n = use_i18n();
    let key = (pegawai, tahunan);
    let k = key.clone();
    let feedback = Resource::new(
        move || k.clone(),
        |(p, y)| umpan_balik_pegawai(Some(p), Some(y)),
    );
    let k = key.clone();
    let hasil = Resource::new(move || k.clone(), |(p, y)| baca_hasil_360(p, Some(y)));
    let k = key.clone();
    let inovasi = Resource::new(
        move || k.clone(),
        |(p, y)| inovasi_pegawai(Some(p), Some(y)),
    );
    let links = {
        let (p, y) = key;
        view! {
            <p class="links-row">
                <a href=format!("/umpan-balik?pegawai={p}&period={y}")>{t!(i18n, evaluasi.masukan_buka_ub)}</a>
                <a href=format!("/dialog?pegawai={p}&period={y}")>{t!(i18n, evaluasi.masukan_buka_dialog)}</a>
                <a href=format!("/inovasi?pegawai={p}&period={y}")>{t!(i18n, evaluasi.masukan_buka_inovasi)}</a>
            </p>
        }
    };
    view! {
        <section class="panel" aria-labelledby="masukan-ub-h">
            <h3 id="masukan-ub-h">{t!(i18n, evaluasi.masukan_ub_heading)}</h3>
            {links}
            <Transition fallback=|| view! { <Loading/> }>
                {move || Suspend::new(async move {
                    match feedback.await {
                        Ok(d) => Either::Left(view! { <FeedbackList d=StoredValue::new(d)/> }),
                        Err(error) => Either::Right(view! { <ErrorMessage error/> }),
                    }
                })}
            </Transition>
        </section>
        <section class="panel" aria-labelledby="masukan-360-h">
            <h3 id="masukan-360-h">{t!(i18n, evaluasi.masukan_360_heading)}</h3>
            <Transition fallback=|| view! { <Loading/> }>
                {move || Suspend::new(async move {
                    match hasil.await {
                        Ok(h) => EitherOf3::A(view! { <HasilTable h/> }),
                        // no round was started this year
                        Err(e) if e.code == "not_found" => EitherOf3::B(view! { <p class="empty">{t!(i18n, evaluasi.masukan_360_none)}</p> }),
                        Err(error) => EitherOf3::C(view! { <ErrorMessage error/> }),
                    }
                })}
            </Transition>
        </section>
        <section class="panel" aria-labelledby="masukan-ino-h">
            <h3 id="masukan-ino-h">{t!(i18n, inovasi.heading_evaluasi)}</h3>
            <Transition fallback=|| view! { <Loading/> }>
                {move || Suspend::new(async move {
                    match inovasi.await {
                        Ok(d) if d.items.is_empty() => EitherOf3::A(view! { <p class="empty">{t!(i18n, inovasi.kosong)}</p> }),
                        Ok(d) => EitherOf3::B(view! {
                            <ul class="plain-list inovasi-list">
                                {d.items.into_iter().map(|i| view! { <InovasiCard i/> }).collect_view()}
                            </ul>
                        }),
                        Err(error) => EitherOf3::C(view! { <ErrorMessage error/> }),
                    }
                })}
            </Transition>
        </section>
    }
}

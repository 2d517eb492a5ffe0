use leptos::either::{Either, EitherOf3};
use leptos::prelude::*;
use leptos_meta::Title;

use super::bar::KemajuanBar;
use super::daftar::{PeranList, TindakLanjutList, UmpanBalikList};
use super::labels::persen;
use super::rhk_card::RhkCard;
use crate::api::dasbor_pegawai::muat_dasbor_pegawai;
use crate::domain::dto::DasborPegawai;
use crate::domain::skp::StatusSkp;
use crate::i18n::*;
use crate::ui::common::error_message::ErrorMessage;
use crate::ui::common::loading::Loading;
use crate::ui::common::url::with_query;
use crate::ui::evaluasi::labels::query_param;
use crate::ui::evaluasi::periode_select::PeriodeSelect;
use crate::ui::skp::labels::StatusBadge;

/// `/dasbor/pegawai?id=&period=`: the caller's own dashboard, or (with `id=`) that of an
/// employee they may read; the server decides who may.
#[component]
pub fn DasborPegawaiPage() -> impl IntoView {
    let i18n = use_i18n();
    let id = query_param("id");
    let period = query_param("period");
    let data = Resource::new(
        move || (id.get(), period.get()),
        |(p, y)| muat_dasbor_pegawai(p, y),
    );
    let keep = Signal::derive(move || vec![("id", id.get())]);
    view! {
        <Title text=move || t_string!(i18n, dasbor_saya.title).to_string()/>
        <div class="page dasbor-pegawai">
            <Transition fallback=move || view! { <h1>{t!(i18n, dasbor_saya.title)}</h1> <Loading/> }>
                {move || Suspend::new(async move {
                    match data.await {
                        Ok(d) => Either::Left(view! { <Dasbor d period keep/> }),
                        // an account with no employee record has no dashboard of its own
                        Err(e) if e.code == "not_found" && id.get_untracked().is_none() => {
                            Either::Right(Either::Left(view! {
                                <h1>{t!(i18n, dasbor_saya.title)}</h1>
                                <p class="panel empty-state">{t!(i18n, dasbor_saya.no_employee)}</p>
                            }))
                        }
                        Err(error) => Either::Right(Either::Right(view! {
                            <h1>{t!(i18n, dasbor_saya.title)}</h1>
                            <ErrorMessage error/>
                        })),
                    }
                })}
            </Transition>
        </div>
    }
}

#[component]
fn Dasbor(
    d: DasborPegawai,
    period: Memo<Option<String>>,
    keep: Signal<Vec<(&'static str, Option<String>)>>,
) -> impl IntoView {
    let i18n = use_i18n();
    let own = d.milik_sendiri;
    let waktu = d.waktu_berjalan;
    let status = d.skp_status.as_deref().and_then(StatusSkp::from_code);
    let q = |path: &str| {
        with_query(
            path,
            &[
                ("pegawai", (!own).then_some(d.pegawai_id.as_str())),
                ("period", Some(d.periode_id.as_str())),
            ],
        )
    };
    let (dialog_href, ub_href) = (q("/dialog"), q("/umpan-balik"));
    let tahun = d.tahun;
    let rhk = if d.skp_id.is_none() {
        EitherOf3::A(view! {
            <div class="panel empty-state">
                <p>{t!(i18n, dasbor_saya.no_skp)}</p>
                {own.then(|| view! { <p><a class="button primary" href="/skp">{t!(i18n, dasbor_saya.no_skp_link)}</a></p> })}
            </div>
        })
    } else if d.rhk.is_empty() {
        EitherOf3::B(view! {
            <div class="panel empty-state">
                <p>{t!(i18n, dasbor_saya.no_rhk)}</p>
                {own.then(|| view! { <p><a class="button" href="/skp">{t!(i18n, dasbor_saya.link_skp)}</a></p> })}
            </div>
        })
    } else {
        EitherOf3::C(view! {
            <ul class="plain-list dp-rhk-list">
                {d.rhk.into_iter().map(|r| view! { <li><RhkCard r waktu/></li> }).collect_view()}
            </ul>
        })
    };
    view! {
        <header class="dp-head">
            <h1>
                {if own { Either::Left(t!(i18n, dasbor_saya.title)) } else { Either::Right(t!(i18n, dasbor_saya.title_pegawai)) }}
            </h1>
            <p class="dp-who"><strong>{d.nama.clone()}</strong> <span class="nip">" · NIP " {d.nip.clone()}</span></p>
            <p class="muted">{d.jabatan.clone()} " · " {d.unit_name.clone()}</p>
        </header>
        <p class="muted">{t!(i18n, dasbor_saya.intro)}</p>
        <PeriodeSelect path="/dasbor/pegawai" current=period keep tahunan=true/>
        <section class="panel dp-ringkas" aria-labelledby="dp-ringkas-h">
            <h2 id="dp-ringkas-h" class="visually-hidden">{t!(i18n, dasbor_saya.tahun, tahun)}</h2>
            <dl class="facts">
                <div class="facts-row">
                    <dt>{t!(i18n, dasbor_saya.skp_status)}</dt>
                    <dd>{match status {
                        Some(s) => Either::Left(view! { <StatusBadge status=s/> }),
                        None => Either::Right(view! { <span class="badge status-none">{t!(i18n, dasbor_saya.skp_belum)}</span> }),
                    }}</dd>
                </div>
                <div class="facts-row">
                    <dt>{t!(i18n, dasbor_saya.waktu)}</dt>
                    <dd>{t!(i18n, dasbor_saya.tahun, tahun)} " · " {t!(i18n, dasbor_saya.waktu_text, pct = persen(waktu))}</dd>
                </div>
                <div class="facts-row">
                    <dt id="dp-progres-h">{t!(i18n, dasbor_saya.progres_total)}</dt>
                    <dd><KemajuanBar value=d.progres waktu labelled_by="dp-progres-h"/></dd>
                </div>
            </dl>
            {own.then(|| view! { <p><a href="/skp">{t!(i18n, dasbor_saya.link_skp)}</a></p> })}
        </section>
        <section aria-labelledby="dp-rhk-h">
            <h2 id="dp-rhk-h">{t!(i18n, dasbor_saya.rhk_heading)}</h2>
            {rhk}
        </section>
        <section aria-labelledby="dp-peran-h">
            <h2 id="dp-peran-h">{t!(i18n, dasbor_saya.peran_heading)}</h2>
            <PeranList peran=d.peran waktu/>
        </section>
        <div class="dp-two">
            <section class="panel" aria-labelledby="dp-tl-h">
                <h2 id="dp-tl-h">{t!(i18n, dasbor_saya.tl_heading)}</h2>
                <TindakLanjutList items=d.tindak_lanjut/>
                <p><a href=dialog_href>{t!(i18n, dasbor_saya.link_dialog)}</a></p>
            </section>
            <section class="panel" aria-labelledby="dp-ub-h">
                <h2 id="dp-ub-h">{t!(i18n, dasbor_saya.ub_heading)}</h2>
                <UmpanBalikList items=d.umpan_balik/>
                <p><a href=ub_href>{t!(i18n, dasbor_saya.link_umpan_balik)}</a></p>
            </section>
        </div>
    }
}

use leptos::prelude::*;
use leptos::task::spawn_local;

use super::hasil_view::HasilView;
use super::masukan_panel::MasukanPanel;
use super::rating_fields::{RatingChoice, RhkJudgement};
use crate::api::evaluasi::nilai_pegawai;
use crate::api::ApiError;
use crate::domain::dto::{DasarPenilaian, PenilaianInput, RatingRhk};
use crate::domain::evaluasi::hasil_pimpinan;
use crate::domain::rating::{predikat_pegawai, Rating};
use crate::domain::skp::JenisRhk;
use crate::i18n::*;
use crate::ui::common::error_message::ErrorMessage;
use crate::ui::tim::kontribusi_card::KontribusiCard;
use crate::ui::tim::labels::rating_label;

/// One employee on the Penilaian page: the result so far, the rating form (while the period
/// is open and the result not final) and, beside it, what the rating rests on: the RHK with
/// IKI, realisasi and progress, and the squad leads' recommendations.
#[component]
pub fn RatingPanel(detail: DasarPenilaian, on_saved: Callback<String>) -> impl IntoView {
    let i18n = use_i18n();
    let p = detail.peta.pegawai.clone();
    let editable = detail.terbuka && detail.evaluasi.as_ref().is_none_or(|e| e.status != "FINAL");
    let current = detail.evaluasi.clone().map(|e| view! { <HasilView e/> });
    let unit_name = p.unit_name.clone();
    let cards = detail
        .peta
        .items
        .iter()
        .cloned()
        .map(|item| view! { <KontribusiCard item unit_name=unit_name.clone()/> })
        .collect_view();
    let rekomendasi = detail.peta.rekomendasi.clone();
    let rek = (!rekomendasi.is_empty()).then(|| {
        view! {
            <section class="panel" aria-labelledby="rek-h">
                <h3 id="rek-h">{t!(i18n, evaluasi.rekomendasi_heading)}</h3>
                <ul class="plain-list">
                    {rekomendasi.into_iter().map(|r| view! {
                        <li>
                            <strong>{r.tim_nama}</strong> " — " {r.oleh_name}
                            {r.rating.map(|x| view! { <span class="badge">{move || rating_label(i18n, x)}</span> })}
                            <p class="pre">{r.umpan_balik}</p>
                        </li>
                    }).collect_view()}
                </ul>
            </section>
        }
    });
    view! {
        <section class="panel" aria-labelledby="nilai-h">
            <h2 id="nilai-h" tabindex="-1">{p.name.clone()}</h2>
            <p class="muted">{p.jabatan.clone()} " · " {p.unit_name.clone()} " · " {detail.periode_nama.clone()}</p>
            {current}
            {if editable {
                view! { <RatingForm detail=detail.clone() on_saved/> }.into_any()
            } else {
                view! { <p class="notice">{t!(i18n, evaluasi.terkunci)}</p> }.into_any()
            }}
        </section>
        <section class="panel" aria-labelledby="dasar-h">
            <h3 id="dasar-h">{t!(i18n, evaluasi.dasar_heading)}</h3>
            {if detail.peta.items.is_empty() {
                view! { <p class="empty">{t!(i18n, evaluasi.dasar_empty)}</p> }.into_any()
            } else {
                view! { <div class="kontribusi-list">{cards}</div> }.into_any()
            }}
        </section>
        {rek}
        <MasukanPanel pegawai=detail.peta.pegawai.id.clone() tahunan=detail.periode_tahunan_id.clone()/>
    }
}

#[component]
fn RatingForm(detail: DasarPenilaian, on_saved: Callback<String>) -> impl IntoView {
    let i18n = use_i18n();
    let e = detail.evaluasi.clone();
    let pegawai_id = detail.peta.pegawai.id.clone();
    let name = detail.peta.pegawai.name.clone();
    let organisasi = detail.organisasi;
    // a head's Hasil Kerja is the organisation's result: chosen for them
    let hasil = RwSignal::new(
        e.as_ref()
            .map(|e| e.rating_hasil_kerja)
            .or(organisasi.map(hasil_pimpinan)),
    );
    let perilaku = RwSignal::new(e.as_ref().map(|e| e.rating_perilaku_kerja));
    let alasan_hasil = RwSignal::new(
        e.as_ref()
            .map(|e| e.alasan_hasil_kerja.clone())
            .unwrap_or_default(),
    );
    let alasan_perilaku = RwSignal::new(
        e.as_ref()
            .map(|e| e.alasan_perilaku_kerja.clone())
            .unwrap_or_default(),
    );
    let utama: Vec<(String, String, RwSignal<Option<Rating>>)> = detail
        .peta
        .items
        .iter()
        .filter(|k| k.jenis == JenisRhk::Utama)
        .map(|k| {
            let v = e
                .as_ref()
                .and_then(|e| e.rhk.iter().find(|r| r.rhk_id == k.rhk_id))
                .map(|r| r.rating);
            (k.rhk_id.clone(), k.judul.clone(), RwSignal::new(v))
        })
        .collect();
    let busy = RwSignal::new(false);
    let error = RwSignal::new(None::<ApiError>);
    let version = e.as_ref().map(|e| e.version);
    let period = Some(detail.periode_id.clone());
    let judged = utama.clone();
    let submit = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        if busy.get_untracked() {
            return;
        }
        let (Some(h), Some(p)) = (hasil.get_untracked(), perilaku.get_untracked()) else {
            error.set(Some(ApiError {
                code: "validation".into(),
                message: t_string!(i18n, evaluasi.pilih_rating).to_string(),
            }));
            return;
        };
        let input = PenilaianInput {
            period: period.clone(),
            rating_hasil_kerja: h,
            alasan_hasil_kerja: alasan_hasil.get_untracked(),
            rating_perilaku_kerja: p,
            alasan_perilaku_kerja: alasan_perilaku.get_untracked(),
            rhk: judged
                .iter()
                .filter_map(|(id, _, v)| {
                    v.get_untracked().map(|rating| RatingRhk {
                        rhk_id: id.clone(),
                        rating,
                    })
                })
                .collect(),
            version,
        };
        busy.set(true);
        error.set(None);
        let (id, name) = (pegawai_id.clone(), name.clone());
        spawn_local(async move {
            match nilai_pegawai(id, input).await {
                Ok(saved) => on_saved.run(format!(
                    "{name}: {} {}",
                    t_string!(i18n, evaluasi.tersimpan),
                    saved.predikat.label()
                )),
                Err(e) => error.set(Some(e)),
            }
            busy.set(false);
        });
    };
    let preview = move || {
        hasil
            .get()
            .zip(perilaku.get())
            .map(|(h, p)| predikat_pegawai(h, p).label())
    };
    let pimpinan = organisasi.map(|o| {
        view! { <p class="hint" id="hasil-pimpinan">{t!(i18n, evaluasi.hasil_pimpinan, organisasi = o.label())}</p> }
    });
    view! {
        <form class="rating-form" on:submit=submit novalidate=true>
            <h3>{t!(i18n, evaluasi.form_heading)}</h3>
            {(!utama.is_empty()).then(|| view! {
                <fieldset class="rhk-utama">
                    <legend>{t!(i18n, evaluasi.rhk_utama)}</legend>
                    <p class="hint">{t!(i18n, evaluasi.rhk_utama_hint)}</p>
                    {utama.into_iter().map(|(rhk_id, judul, value)| view! { <RhkJudgement rhk_id judul value/> }).collect_view()}
                </fieldset>
            })}
            {pimpinan}
            <RatingChoice name="hasil" legend=Signal::derive(move || t_string!(i18n, evaluasi.rating_hasil).to_string()) value=hasil disabled=organisasi.is_some()/>
            <div class="field">
                <label for="alasan-hasil">{t!(i18n, evaluasi.alasan_hasil)}</label>
                <textarea id="alasan-hasil" rows="3" maxlength="2000" bind:value=alasan_hasil></textarea>
            </div>
            <RatingChoice name="perilaku" legend=Signal::derive(move || t_string!(i18n, evaluasi.rating_perilaku).to_string()) value=perilaku/>
            <div class="field">
                <label for="alasan-perilaku">{t!(i18n, evaluasi.alasan_perilaku)}</label>
                <textarea id="alasan-perilaku" rows="3" maxlength="2000" bind:value=alasan_perilaku></textarea>
            </div>
            <p class="muted" aria-live="polite">
                {move || preview().map(|l| format!("{} {l}", t_string!(i18n, evaluasi.predikat_usulan)))}
            </p>
            {move || error.get().map(|error| view! { <ErrorMessage error/> })}
            <div class="actions">
                <button type="submit" class="button" disabled=move || busy.get() aria-busy=move || busy.get().then_some("true")>
                    {t!(i18n, evaluasi.simpan_penilaian)}
                </button>
            </div>
        </form>
    }
}

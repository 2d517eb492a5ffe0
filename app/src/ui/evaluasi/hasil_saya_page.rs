use leptos::either::EitherOf3;
use leptos::prelude::*;
use leptos::task::spawn_local;
use leptos_meta::Title;

use super::hasil_view::HasilView;
use super::keberatan_form::{KeberatanForm, KeberatanStatus};
use super::labels::{query_param, tanggal};
use super::periode_select::PeriodeSelect;
use super::sub_nav::EvaluasiSubNav;
use crate::api::evaluasi::{evaluasi_pegawai, list_keberatan, terima_hasil};
use crate::api::ApiError;
use crate::domain::dto::{Evaluasi, Keberatan};
use crate::domain::evaluasi::batas_keberatan;
use crate::i18n::*;
use crate::ui::common::error_message::ErrorMessage;
use crate::ui::common::loading::Loading;

/// `/evaluasi-saya?period=`: the employee's result for a period (ratings, reasons, predikat),
/// "Terima hasil", and the keberatan with its deadline, or the appeal filed and its decision.
#[component]
pub fn HasilSayaPage() -> impl IntoView {
    let i18n = use_i18n();
    let period = query_param("period");
    let data = Resource::new(
        move || period.get(),
        |period| async move {
            let e = evaluasi_pegawai(None, period).await?;
            let appeals = list_keberatan(None).await?;
            Ok::<_, ApiError>((e, appeals))
        },
    );
    view! {
        <Title text=move || t_string!(i18n, evaluasi.hasil_title).to_string()/>
        <div class="page eval-page">
            <h1>{t!(i18n, evaluasi.hasil_title)}</h1>
            <EvaluasiSubNav/>
            <PeriodeSelect path="/evaluasi-saya" current=period keep=Signal::derive(Vec::new)/>
            <Transition fallback=|| view! { <Loading/> }>
                {move || Suspend::new(async move {
                    match data.await {
                        Ok((None, _)) => EitherOf3::A(view! { <p class="empty panel">{t!(i18n, evaluasi.hasil_belum)}</p> }),
                        Ok((Some(e), appeals)) => {
                            let k = appeals.into_iter().find(|k| k.evaluasi_id == e.id);
                            EitherOf3::B(view! { <HasilSaya e k/> })
                        }
                        Err(error) => EitherOf3::C(view! { <ErrorMessage error/> }),
                    }
                })}
            </Transition>
        </div>
    }
}

#[component]
fn HasilSaya(e: Evaluasi, k: Option<Keberatan>) -> impl IntoView {
    let i18n = use_i18n();
    let e = RwSignal::new(e);
    let k = RwSignal::new(k);
    let busy = RwSignal::new(false);
    let error = RwSignal::new(None::<ApiError>);
    let terima = move |_| {
        busy.set(true);
        error.set(None);
        let id = e.with_untracked(|e| e.id.clone());
        spawn_local(async move {
            match terima_hasil(id).await {
                Ok(fresh) => e.set(fresh),
                Err(err) => error.set(Some(err)),
            }
            busy.set(false);
        });
    };
    // the 14 days run from the acknowledgement, else from finalisation
    let batas = move || {
        e.with(|e| {
            e.diterima_at
                .as_deref()
                .or(e.final_at.as_deref())
                .and_then(|ts| chrono::NaiveDate::parse_from_str(ts.get(..10)?, "%Y-%m-%d").ok())
                .map(|d| tanggal(&batas_keberatan(d).to_string()))
        })
    };
    view! {
        <section class="panel" aria-labelledby="hasil-h">
            <h2 id="hasil-h">{t!(i18n, evaluasi.hasil_heading)}</h2>
            {move || view! { <HasilView e=e.get()/> }}
            <p class="actions">
                <a class="button secondary small" rel="external"
                    href=move || format!("/api/v1/evaluations/{}/pdf", crate::ui::common::url::encode(&e.with(|e| e.id.clone()), false))>
                    {t!(i18n, tindak_lanjut.dokumen_pdf)}
                </a>
            </p>
            {move || {
                let final_ = e.with(|e| e.status == "FINAL");
                let received = e.with(|e| e.diterima_at.is_some());
                if !final_ {
                    Some(view! { <p class="notice">{t!(i18n, evaluasi.belum_final)}</p> }.into_any())
                } else if !received {
                    Some(view! {
                        <div class="actions">
                            <button type="button" class="button" on:click=terima disabled=move || busy.get()>{t!(i18n, evaluasi.terima)}</button>
                        </div>
                    }.into_any())
                } else {
                    None
                }
            }}
            {move || error.get().map(|error| view! { <ErrorMessage error/> })}
        </section>
        {move || {
            let final_ = e.with(|e| e.status == "FINAL");
            match (k.get(), final_) {
                (Some(k), _) => Some(view! { <KeberatanStatus k/> }.into_any()),
                (None, true) => Some(view! {
                    <KeberatanForm evaluasi_id=e.with_untracked(|e| e.id.clone()) batas=batas().unwrap_or_default()
                        on_filed=Callback::new(move |filed| k.set(Some(filed)))/>
                }.into_any()),
                (None, false) => None,
            }
        }}
    }
}

use leptos::either::Either;
use leptos::prelude::*;
use leptos_meta::Title;

use super::capaian_form::CapaianForm;
use super::finalisasi_form::FinalisasiForm;
use super::labels::{query_param, tanggal};
use super::periode_select::PeriodeSelect;
use super::peserta_list::{MovesList, PesertaList};
use super::sebaran_chart::SebaranChart;
use super::sub_nav::EvaluasiSubNav;
use crate::api::evaluasi::{akses_evaluasi, get_kalibrasi};
use crate::api::org::unit_children;
use crate::domain::dto::{CapaianOrganisasi, Kalibrasi, Unit};
use crate::i18n::*;
use crate::ui::common::error_message::ErrorMessage;
use crate::ui::common::loading::Loading;
use crate::ui::common::url::with_query;

/// `/kalibrasi?unit=&period=`: the unit's organisation result, the distribution of predikat
/// against the curve's bands (chart, table, violations), the people with a move per person,
/// every move, and "Finalisasi"; after finalising, the page shows the lock.
#[component]
pub fn KalibrasiPage() -> impl IntoView {
    let i18n = use_i18n();
    let unit = query_param("unit");
    let period = query_param("period");
    let data = Resource::new(
        move || (unit.get(), period.get()),
        |(u, p)| get_kalibrasi(u, p),
    );
    // the sub-units of the unit shown: without `unit=`, the one the server defaults to
    let subunits = Resource::new(
        move || unit.get(),
        |u| async move {
            let u = match u {
                Some(u) => Some(u),
                None => akses_evaluasi().await?.unit_id,
            };
            unit_children(u, None).await
        },
    );
    let keep = Signal::derive(move || vec![("unit", unit.get())]);
    view! {
        <Title text=move || t_string!(i18n, evaluasi.kalibrasi_title).to_string()/>
        <div class="page page-wide eval-page">
            <h1>{t!(i18n, evaluasi.kalibrasi_title)}</h1>
            <EvaluasiSubNav/>
            <PeriodeSelect path="/kalibrasi" current=period keep/>
            <Transition fallback=|| view! { <Loading/> }>
                {move || Suspend::new(async move {
                    match data.await {
                        Ok((k, c)) => Either::Left(view! { <KalibrasiView k c on_reload=Callback::new(move |_| data.refetch())/> }),
                        Err(error) => Either::Right(view! { <ErrorMessage error/> }),
                    }
                })}
            </Transition>
            <Transition fallback=|| ()>
                {move || Suspend::new(async move {
                    let units = subunits.await.map(|p| p.items).unwrap_or_default();
                    (!units.is_empty()).then(|| view! { <SubUnits units period=period.get_untracked()/> })
                })}
            </Transition>
        </div>
    }
}

#[component]
fn KalibrasiView(
    k: Kalibrasi,
    c: Option<CapaianOrganisasi>,
    on_reload: Callback<()>,
) -> impl IntoView {
    let i18n = use_i18n();
    let locked = k.status == "FINAL";
    let unit_id = k.unit_id.clone();
    let periode_id = k.periode_id.clone();
    let kal = RwSignal::new(k);
    let notice = RwSignal::new(None::<String>);
    view! {
        <h2 class="kalibrasi-unit">{move || kal.with(|k| k.unit_name.clone())}</h2>
        <p class="notice" role="status" aria-live="polite">{move || notice.get()}</p>
        {move || kal.with(|k| (k.status == "FINAL").then(|| view! {
            <p class="locked" role="note">
                {t!(i18n, evaluasi.terkunci_final)} " " {k.final_at.as_deref().map(tanggal)}
            </p>
            {(!k.justifikasi.is_empty()).then(|| view! { <p class="pre muted">{k.justifikasi.clone()}</p> })}
        }))}
        <CapaianForm unit_id periode_id capaian=c locked on_saved=on_reload/>
        <section class="panel" aria-labelledby="sebaran-h">
            <h2 id="sebaran-h">{t!(i18n, evaluasi.sebaran_heading)}</h2>
            {move || kal.with(|k| {
                let unchecked = (!k.checked).then(|| view! { <p class="muted">{t!(i18n, evaluasi.tidak_dicek, n = k.min_group)}</p> });
                view! {
                    {unchecked}
                    <SebaranChart distribution=k.distribution.clone() bands=k.bands.clone() total=k.total/>
                }
            })}
            {move || kal.with(|k| (!k.violations.is_empty()).then(|| view! {
                <div class="violations" role="alert">
                    <h3>{t!(i18n, evaluasi.pelanggaran_heading)}</h3>
                    <ul>{k.violations.iter().map(|v| view! { <li>{v.message.clone()}</li> }).collect_view()}</ul>
                </div>
            }))}
        </section>
        <PesertaList kal notice/>
        <MovesList kal/>
        {move || kal.with(|k| k.boleh_ubah).then(|| view! { <FinalisasiForm kal notice/> })}
    }
}

/// Links to the calibration of each sub-unit.
#[component]
fn SubUnits(units: Vec<Unit>, period: Option<String>) -> impl IntoView {
    let i18n = use_i18n();
    view! {
        <section class="panel" aria-labelledby="subunit-h">
            <h2 id="subunit-h">{t!(i18n, evaluasi.subunit_heading)}</h2>
            <ul class="plain-list">
                {units.into_iter().map(|u| {
                    let href = with_query("/kalibrasi", &[("unit", Some(&u.id)), ("period", period.as_deref())]);
                    view! { <li><a href=href>{u.nama}</a></li> }
                }).collect_view()}
            </ul>
        </section>
    }
}

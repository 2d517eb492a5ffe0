use leptos::either::{Either, EitherOf3};
use leptos::prelude::*;

use super::kontribusi_card::KontribusiCard;
use super::labels::rating_label;
use crate::api::tim::peta_saya;
use crate::domain::dto::{PetaKontribusi, Rekomendasi};
use crate::i18n::*;
use crate::ui::common::error_message::ErrorMessage;
use crate::ui::common::loading::Loading;

/// The signed-in employee's Peta Kontribusi: the workload line, then the home-unit results
/// and every squad role side by side. `page`: the page's own heading (`h1`) rather than a
/// section of the home page (`h2`, and nothing there for an account without an employee
/// record).
#[component]
pub fn PetaKontribusiView(#[prop(optional)] page: bool) -> impl IntoView {
    let i18n = use_i18n();
    let peta = Resource::new(|| (), |_| peta_saya());
    let heading = move || {
        if page {
            Either::Left(view! { <h1 id="peta-h">{t!(i18n, tim.peta_heading)}</h1> })
        } else {
            Either::Right(view! { <h2 id="peta-h">{t!(i18n, tim.peta_heading)}</h2> })
        }
    };
    view! {
        <Suspense fallback=move || view! { {heading} <Loading/> }>
            {move || Suspend::new(async move {
                match peta.await {
                    Ok(Some(p)) => EitherOf3::A(view! {
                        <section class="peta" aria-labelledby="peta-h">
                            {heading}
                            <PetaBody peta=p/>
                        </section>
                    }),
                    // the home page says nothing for an account without an employee record
                    Ok(None) => EitherOf3::B(page.then(|| view! {
                        {heading}
                        <p class="muted">{t!(i18n, tim.peta_no_employee)}</p>
                    })),
                    Err(error) => EitherOf3::C(view! { {heading} <ErrorMessage error/> }),
                }
            })}
        </Suspense>
    }
}

#[component]
fn PetaBody(peta: PetaKontribusi) -> impl IntoView {
    let i18n = use_i18n();
    let tahun = peta.tahun;
    let b = peta.beban;
    let beban_class = if b.lebih { "beban warn" } else { "beban" };
    let beban = view! {
        <p class=beban_class>
            {b.lebih.then(|| view! { <span aria-hidden="true">"⚠ "</span> })}
            <strong>{t!(i18n, tim.beban_total, total = b.total)}</strong>
            " " <span>{t!(i18n, tim.beban_rincian, tim = b.tim, unit = b.unit)}</span>
            {b.lebih.then(|| view! { " " <strong>{t!(i18n, tim.beban_lebih)}</strong> })}
        </p>
    };
    let unit_name = peta.pegawai.unit_name.clone();
    let cards = if peta.items.is_empty() {
        Either::Left(view! {
            <div class="panel empty-state">
                <p>{t!(i18n, tim.peta_empty)}</p>
                <p><a class="button primary" href="/skp">{t!(i18n, tim.peta_empty_link)}</a></p>
            </div>
        })
    } else {
        Either::Right(view! {
            <ul class="kontribusi-list">
                {peta.items.into_iter().map(|item| {
                    let unit_name = unit_name.clone();
                    view! { <li><KontribusiCard item unit_name/></li> }
                }).collect_view()}
            </ul>
        })
    };
    let rekomendasi = (!peta.rekomendasi.is_empty()).then(|| {
        view! { <RekomendasiList items=peta.rekomendasi/> }
    });
    view! {
        <p class="muted">{t!(i18n, tim.peta_intro, tahun)}</p>
        {beban}
        {cards}
        {rekomendasi}
    }
}

/// The squad leads' feedback and recommendations for the employee.
#[component]
fn RekomendasiList(items: Vec<Rekomendasi>) -> impl IntoView {
    let i18n = use_i18n();
    view! {
        <section class="panel" aria-labelledby="peta-rek-h">
            <h3 id="peta-rek-h">{t!(i18n, tim.rekomendasi_heading)}</h3>
            <ul class="plain-list">
                {items.into_iter().map(|r| {
                    let rating = r.rating;
                    view! {
                        <li>
                            <strong>{r.tim_nama}</strong>
                            <span class="muted">" — " {r.oleh_name}</span>
                            {rating.map(|x| view! { " " <span class="badge">{move || rating_label(i18n, x)}</span> })}
                            {(!r.umpan_balik.is_empty()).then(|| view! { <p class="pre">{r.umpan_balik}</p> })}
                        </li>
                    }
                }).collect_view()}
            </ul>
        </section>
    }
}

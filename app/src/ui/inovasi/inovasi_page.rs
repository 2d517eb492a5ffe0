use leptos::either::Either;
use leptos::prelude::*;
use leptos_meta::Title;

use super::inovasi_card::InovasiCard;
use super::inovasi_form::InovasiForm;
use super::unit_panel::UnitPanel;
use crate::api::evaluasi::akses_evaluasi;
use crate::api::inovasi::inovasi_pegawai;
use crate::api::ApiError;
use crate::domain::dto::DaftarInovasi;
use crate::i18n::*;
use crate::ui::common::error_message::ErrorMessage;
use crate::ui::common::loading::Loading;
use crate::ui::evaluasi::labels::query_param;
use crate::ui::evaluasi::periode_select::PeriodeSelect;
use crate::ui::evaluasi::staf_select::StafSelect;

/// `/inovasi?pegawai=&period=`: an employee's innovation records of a year (the caller's own
/// without `pegawai=`), with the form to record one; `/inovasi?unit=`: a unit's counts per
/// sub-unit and its newest records, for its leaders.
#[component]
pub fn InovasiPage() -> impl IntoView {
    let i18n = use_i18n();
    let pegawai = query_param("pegawai");
    let unit = query_param("unit");
    let period = query_param("period");
    let akses = Resource::new(|| (), |_| akses_evaluasi());
    let keep = Signal::derive(move || vec![("pegawai", pegawai.get()), ("unit", unit.get())]);
    let leader_link = move || {
        Suspend::new(async move {
            let a = akses.await.ok()?;
            let u = a.unit_id.filter(|_| a.memimpin)?;
            let href = format!("/inovasi?unit={u}");
            Some(
                view! { <p class="links-row"><a href=href>{t!(i18n, inovasi.lihat_unit)}</a> <a href="/inovasi">{t!(i18n, inovasi.lihat_saya)}</a></p> },
            )
        })
    };
    view! {
        <Title text=move || t_string!(i18n, inovasi.title).to_string()/>
        <div class="page eval-page">
            <h1>{t!(i18n, inovasi.title)}</h1>
            <p class="muted">{t!(i18n, inovasi.intro)}</p>
            <Transition fallback=|| ()>{leader_link}</Transition>
            <PeriodeSelect path="/inovasi" current=period keep tahunan=true/>
            <StafSelect path="/inovasi" current=pegawai period/>
            {move || match unit.get() {
                Some(u) => Either::Left(view! { <UnitPanel unit=u period/> }),
                None => Either::Right(view! { <EmployeeRecords pegawai period/> }),
            }}
        </div>
    }
}

#[component]
fn EmployeeRecords(pegawai: Memo<Option<String>>, period: Memo<Option<String>>) -> impl IntoView {
    let data = Resource::new(
        move || (pegawai.get(), period.get()),
        |(p, y)| inovasi_pegawai(p, y),
    );
    let notice = RwSignal::new(None::<String>);
    view! {
        <p class="notice" role="status" aria-live="polite">{move || notice.get()}</p>
        <Transition fallback=|| view! { <Loading/> }>
            {move || Suspend::new(async move {
                match data.await {
                    Ok(d) => Either::Left(view! { <Records d data notice/> }),
                    Err(error) => Either::Right(view! { <ErrorMessage error/> }),
                }
            })}
        </Transition>
    }
}

#[component]
fn Records(
    d: DaftarInovasi,
    data: Resource<Result<DaftarInovasi, ApiError>>,
    notice: RwSignal<Option<String>>,
) -> impl IntoView {
    let i18n = use_i18n();
    let on_saved = Callback::new(move |()| {
        notice.set(Some(t_string!(i18n, inovasi.tersimpan).to_string()));
        data.refetch();
    });
    let empty = d.items.is_empty();
    let (period, rhk) = (d.period_id.clone(), d.rhk.clone());
    let cards = d
        .items
        .into_iter()
        .map(|x| {
            let edit = x.can_edit.then(|| {
                let (period, rhk, existing) = (period.clone(), rhk.clone(), x.clone());
                view! {
                    <details class="inovasi-edit">
                        <summary>{t!(i18n, inovasi.ubah)}</summary>
                        <InovasiForm period rhk existing on_saved/>
                    </details>
                }
            });
            view! { <InovasiCard i=x>{edit}</InovasiCard> }
        })
        .collect_view();
    view! {
        <section class="panel" aria-labelledby="ino-for">
            <h2 id="ino-for">{d.employee_name.clone()} " · " {d.year}</h2>
        </section>
        {d.can_create.then(|| view! {
            <section class="panel" aria-labelledby="ino-new-h">
                <h2 id="ino-new-h">{t!(i18n, inovasi.baru_heading)}</h2>
                <InovasiForm period=d.period_id.clone() rhk=d.rhk.clone() on_saved/>
            </section>
        })}
        {empty.then(|| view! { <p class="empty panel">{t!(i18n, inovasi.kosong)}</p> })}
        <ul class="plain-list inovasi-list">{cards}</ul>
    }
}

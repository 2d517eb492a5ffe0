use leptos::either::Either;
use leptos::prelude::*;
use leptos_meta::Title;

use super::anggota_table::AnggotaTable;
use super::berisiko_table::BerisikoTable;
use super::jalur_unit::JalurUnit;
use super::langsung::{ikuti, LiveIndicator};
use super::predikat_panel::PredikatPanel;
use super::progres_chart::ProgresChart;
use super::proyeksi_table::ProyeksiTable;
use super::ringkasan::Ringkasan;
use super::status_chart::StatusChart;
use super::sub_unit_table::SubUnitTable;
use crate::api::dasbor::dasbor_unit;
use crate::domain::dto::Dasbor;
use crate::i18n::*;
use crate::ui::common::error_message::ErrorMessage;
use crate::ui::common::loading::Loading;
use crate::ui::evaluasi::labels::query_param;
use crate::ui::evaluasi::periode_select::PeriodeSelect;

/// `/dasbor?unit=&period=`: the leader dashboard of a unit (the user's own by default) and
/// its subtree for a year; sub-units drill down, the breadcrumb goes back up; the figures
/// follow the event stream without a reload.
#[component]
pub fn DasborPage() -> impl IntoView {
    let i18n = use_i18n();
    let unit = query_param("unit");
    let period = query_param("period");
    let data = Resource::new(
        move || (unit.get(), period.get()),
        |(u, p)| dasbor_unit(u, p),
    );
    let keep = Signal::derive(move || vec![("unit", unit.get())]);
    view! {
        <Title text=move || t_string!(i18n, dasbor.title).to_string()/>
        <div class="page page-wide dasbor-page">
            <h1>{t!(i18n, dasbor.title)}</h1>
            <p class="muted">{t!(i18n, dasbor.intro)}</p>
            <PeriodeSelect path="/dasbor" current=period keep tahunan=true/>
            <Transition fallback=|| view! { <Loading/> }>
                {move || Suspend::new(async move {
                    match data.await {
                        Ok(d) => Either::Left(view! { <DasborView d unit/> }),
                        Err(error) => Either::Right(view! { <ErrorMessage error/> }),
                    }
                })}
            </Transition>
        </div>
    }
}

/// The figures of one unit, replaced by each event of the stream.
#[component]
fn DasborView(d: Dasbor, unit: Memo<Option<String>>) -> impl IntoView {
    let period = d.periode_id.clone();
    let data = RwSignal::new(d);
    let (state, events) = ikuti(data);
    let d: Signal<Dasbor> = data.into();
    let nama = Signal::derive(move || data.with(|d| d.total.nama.clone()));
    view! {
        <JalurUnit unit period nama/>
        <div class="dasbor-head">
            <h2 class="dasbor-unit">{move || nama.get()}</h2>
            <LiveIndicator state events/>
        </div>
        <Ringkasan d/>
        <div class="dasbor-charts">
            <StatusChart d/>
            <ProgresChart d/>
        </div>
        <SubUnitTable d/>
        <AnggotaTable d/>
        <BerisikoTable d/>
        <ProyeksiTable d/>
        <PredikatPanel d/>
    }
}

use leptos::either::Either;
use leptos::prelude::*;
use leptos::task::spawn_local;
use leptos_meta::Title;

use super::ekspor_links::EksporLinks;
use super::talenta_grid::TalentaGrid;
use super::talenta_list::TalentaList;
use crate::api::tindak_lanjut::talenta_unit;
use crate::api::ApiError;
use crate::domain::dto::{PetaTalenta, Potensi};
use crate::i18n::*;
use crate::ui::common::error_message::ErrorMessage;
use crate::ui::common::loading::Loading;
use crate::ui::evaluasi::labels::query_param;
use crate::ui::evaluasi::periode_select::PeriodeSelect;
use crate::ui::evaluasi::sub_nav::EvaluasiSubNav;

/// `/tindak-lanjut?unit=&period=`: the 9-box of a unit subtree for a year (counts, and what
/// each box calls for), the predikat export, and the people with their potensi.
#[component]
pub fn TalentaPage() -> impl IntoView {
    let i18n = use_i18n();
    let unit = query_param("unit");
    let period = query_param("period");
    let data = Resource::new(
        move || (unit.get(), period.get()),
        |(u, p)| talenta_unit(u, p, None),
    );
    let keep = Signal::derive(move || vec![("unit", unit.get())]);
    // outlives the view, which is built again when a potensi changes the counts
    let notice = RwSignal::new(None::<String>);
    view! {
        <Title text=move || t_string!(i18n, tindak_lanjut.title).to_string()/>
        <div class="page page-wide eval-page">
            <h1>{t!(i18n, tindak_lanjut.title)}</h1>
            <EvaluasiSubNav/>
            <PeriodeSelect path="/tindak-lanjut" current=period keep tahunan=true/>
            <p class="notice" role="status" aria-live="polite">{move || notice.get()}</p>
            <Transition fallback=|| view! { <Loading/> }>
                {move || Suspend::new(async move {
                    match data.await {
                        Ok(peta) => Either::Left(view! { <TalentaView peta notice on_reload=Callback::new(move |_| data.refetch())/> }),
                        Err(error) => Either::Right(view! { <ErrorMessage error/> }),
                    }
                })}
            </Transition>
        </div>
    }
}

#[component]
fn TalentaView(
    peta: PetaTalenta,
    notice: RwSignal<Option<String>>,
    on_reload: Callback<()>,
) -> impl IntoView {
    let i18n = use_i18n();
    let people = RwSignal::new(peta.items);
    let cursor = RwSignal::new(peta.next_cursor);
    let busy = RwSignal::new(false);
    let error = RwSignal::new(None::<ApiError>);
    let (unit_id, periode_id) = (peta.unit_id.clone(), peta.periode_id.clone());
    let more = {
        let (unit_id, periode_id) = (unit_id.clone(), periode_id.clone());
        move |_| {
            let Some(c) = cursor.get_untracked() else {
                return;
            };
            busy.set(true);
            error.set(None);
            let (u, p) = (unit_id.clone(), periode_id.clone());
            spawn_local(async move {
                match talenta_unit(Some(u), Some(p), Some(c)).await {
                    Ok(next) => {
                        people.update(|list| list.extend(next.items));
                        cursor.set(next.next_cursor);
                    }
                    Err(e) => error.set(Some(e)),
                }
                busy.set(false);
            });
        }
    };
    // the counts of the grid change with a potensi: read the first page again
    let saved = Callback::new(move |(id, _): (String, Potensi)| {
        let name = people.with_untracked(|l| {
            l.iter()
                .find(|p| p.pegawai_id == id)
                .map(|p| p.name.clone())
        });
        notice.set(name.map(|n| format!("{n}: {}", t_string!(i18n, tindak_lanjut.tersimpan))));
        on_reload.run(());
    });
    view! {
        <h2 class="kalibrasi-unit">{peta.unit_name.clone()}</h2>
        <TalentaGrid boxes=peta.boxes/>
        <EksporLinks unit_id periode_id=periode_id.clone()/>
        <section class="panel" aria-labelledby="orang-h">
            <h2 id="orang-h">{t!(i18n, tindak_lanjut.orang_heading)}</h2>
            {(peta.belum_lengkap > 0).then(|| view! { <p class="notice">{t!(i18n, tindak_lanjut.belum_lengkap, n = peta.belum_lengkap)}</p> })}
            <TalentaList people periode_id on_saved=saved/>
            {move || error.get().map(|error| view! { <ErrorMessage error/> })}
            {move || cursor.get().is_some().then(|| view! {
                <div class="actions">
                    <button type="button" class="button secondary" on:click=more.clone() disabled=move || busy.get()
                        aria-busy=move || busy.get().then_some("true")>{t!(i18n, tindak_lanjut.muat_lagi)}</button>
                </div>
            })}
        </section>
    }
}

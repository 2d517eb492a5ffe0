use leptos::prelude::*;
use leptos::task::spawn_local;

use super::peran_fields::{PeranFields, PeranSignals};
use super::state::{TimError, TimState};
use crate::api::org::list_employees;
use crate::api::tim::add_anggota;
use crate::api::ApiError;
use crate::domain::dto::{AnggotaInput, Employee};
use crate::domain::tim::PeranTim;
use crate::i18n::*;
use crate::ui::common::error_message::ErrorMessage;
use crate::ui::skp::labels::focus_later;

/// "Tambah anggota": find an employee of any unit by name or NIP, choose one, give the role
/// and the allocation.
#[component]
pub fn AddAnggota(state: TimState) -> impl IntoView {
    let i18n = use_i18n();
    let q = RwSignal::new(String::new());
    let found = RwSignal::new(None::<Result<Vec<Employee>, ApiError>>);
    let searching = RwSignal::new(false);
    let chosen = RwSignal::new(None::<Employee>);
    let choose_err = RwSignal::new(false);
    let s = PeranSignals::new(PeranTim::Anggota, "", 10);
    let busy = RwSignal::new(false);
    let error = RwSignal::new(None::<ApiError>);

    let search = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        let text = q.get_untracked().trim().to_string();
        if text.is_empty() || searching.get_untracked() {
            return;
        }
        searching.set(true);
        spawn_local(async move {
            let res = list_employees(None, Some(text), None).await;
            found.set(Some(res.map(|l| l.page.items)));
            searching.set(false);
        });
    };
    let add = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        if busy.get_untracked() {
            return;
        }
        error.set(None);
        let who = chosen.get_untracked();
        choose_err.set(who.is_none());
        let role = s.checked();
        let (Some(who), Ok((peran, nama_peran, alokasi))) = (who, role) else {
            if chosen.get_untracked().is_none() {
                focus_later("tim-add-q".into());
            }
            return;
        };
        busy.set(true);
        let input = AnggotaInput {
            version: state.version(),
            pegawai_id: who.id.clone(),
            peran,
            nama_peran,
            alokasi,
        };
        spawn_local(async move {
            let res = add_anggota(state.id(), input).await;
            busy.set(false);
            let notice = t_string!(i18n, tim.anggota_added, name = who.name.clone()).to_string();
            match state.settle(res, notice) {
                Ok(()) => {
                    chosen.set(None);
                    found.set(None);
                    q.set(String::new());
                    focus_later("tim-add-q".into());
                }
                Err(e) => error.set(Some(e)),
            }
        });
    };
    let results = move || {
        found.get().map(|res| match res {
            Err(error) => view! { <ErrorMessage error/> }.into_any(),
            Ok(list) if list.is_empty() => {
                view! { <p class="empty">{t!(i18n, tim.cari_kosong)}</p> }.into_any()
            }
            Ok(list) => view! {
                <fieldset class="pilih-pegawai">
                    <legend>{t!(i18n, tim.pilih_pegawai)}</legend>
                    {list.into_iter().map(|e| {
                        let id = crate::ui::skp::labels::dom_id("tim-add-e", &e.id);
                        let e2 = e.clone();
                        let eid = e.id.clone();
                        view! {
                            <div class="radio">
                                <input type="radio" name="tim-add-pegawai" id=id.clone()
                                    prop:checked=move || chosen.with(|c| c.as_ref().is_some_and(|c| c.id == eid))
                                    on:change=move |_| { chosen.set(Some(e2.clone())); choose_err.set(false); }/>
                                <label for=id>
                                    {e.name.clone()}
                                    <span class="muted">" · " {e.nip.clone()} " · " {e.jabatan.clone()} " · " {e.unit_name.clone()}</span>
                                </label>
                            </div>
                        }
                    }).collect_view()}
                </fieldset>
            }.into_any(),
        })
    };
    view! {
        <div class="tim-add">
            <h3 id="tim-add-h">{t!(i18n, tim.tambah_anggota)}</h3>
            <form class="search-row" role="search" on:submit=search>
                <div class="field">
                    <label for="tim-add-q">{t!(i18n, tim.cari_pegawai)}</label>
                    <input type="search" id="tim-add-q" bind:value=q autocomplete="off"/>
                </div>
                <button type="submit" class="button secondary" aria-busy=move || searching.get().then_some("true")>
                    {t!(i18n, tim.cari)}
                </button>
            </form>
            <p class="status" role="status">{move || searching.get().then(|| t_string!(i18n, tim.mencari))}</p>
            {results}
            <form on:submit=add novalidate aria-labelledby="tim-add-h">
                <p class="field-error" hidden=move || !choose_err.get()>{t!(i18n, tim.pilih_dulu)}</p>
                <PeranFields s base="tim-add".to_string()/>
                {move || error.get().map(|error| view! { <TimError error/> })}
                <button type="submit" class="button primary" disabled=move || busy.get()
                    aria-busy=move || busy.get().then_some("true")>
                    {t!(i18n, tim.tambah_anggota)}
                </button>
            </form>
        </div>
    }
}

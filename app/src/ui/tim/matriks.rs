//! The Matriks Peran Hasil: columns are the leader's IKI or the squad's results, rows the
//! members' roles, each cell the member's role stated as a result (empty or "x": none). Read
//! as a table by members; an editor for whoever manages the squad: a grid on desktop, one
//! card per member on a phone (the same inputs, laid out by CSS). Saving sends the whole
//! matrix with the squad's version; each cell becomes an RHK in the member's SKP.

use std::collections::HashMap;

use leptos::either::Either;
use leptos::prelude::*;

use super::matriks_editor::MatriksEditor;
use super::progress::ProgressMeter;
use super::state::TimState;
use crate::domain::dto::{AnggotaTim, Tim};
use crate::i18n::*;
use crate::ui::skp::labels::dom_id;

#[component]
pub fn MatriksSection(state: TimState) -> impl IntoView {
    let i18n = use_i18n();
    // rebuilt when the squad is read again (after a save or a reload), not while typing
    // the save's status outlives the editor it rebuilds
    let saved = RwSignal::new(None::<String>);
    let busy = RwSignal::new(false);
    let body = move || {
        let t = state.tim.get();
        if t.boleh_kelola {
            Either::Left(view! { <MatriksEditor state tim=t saved busy/> })
        } else {
            Either::Right(view! { <MatriksTable tim=t/> })
        }
    };
    view! {
        <section class="panel mph" aria-labelledby="tim-mph-h">
            <h2 id="tim-mph-h">{t!(i18n, tim.mph_heading)}</h2>
            <p class="hint">{t!(i18n, tim.mph_intro)}</p>
            {body}
            <p class="status" role="status" aria-live="polite">
                {move || if busy.get() { Some(t_string!(i18n, tim.menyimpan).to_string()) } else { saved.get() }}
            </p>
        </section>
    }
}

/// The roles that are still held (the matrix's rows).
pub fn aktif(t: &Tim) -> Vec<AnggotaTim> {
    t.anggota
        .iter()
        .filter(|a| a.keluar_at.is_none())
        .cloned()
        .collect()
}

/// Read only: the cells' results with their progress.
#[component]
fn MatriksTable(tim: Tim) -> impl IntoView {
    let i18n = use_i18n();
    if tim.kolom.is_empty() {
        return Either::Left(view! { <p class="empty">{t!(i18n, tim.mph_kosong)}</p> });
    }
    let cells: HashMap<(String, String), (String, Option<f64>, String)> = tim
        .sel
        .iter()
        .map(|s| {
            (
                (s.anggota_id.clone(), s.kolom_id.clone()),
                (s.judul.clone(), s.progress, s.id.clone()),
            )
        })
        .collect();
    let kolom = tim.kolom.clone();
    let rows = aktif(&tim)
        .into_iter()
        .map(|a| {
            let tds = kolom
                .iter()
                .map(|k| {
                    let label = k.judul.clone();
                    match cells.get(&(a.id.clone(), k.id.clone())) {
                        Some((judul, progress, id)) => {
                            let tid = dom_id("sel", id);
                            view! {
                                <td data-label=label>
                                    <span id=tid.clone()>{judul.clone()}</span>
                                    <ProgressMeter value=*progress labelled_by=tid/>
                                </td>
                            }
                            .into_any()
                        }
                        None => view! {
                            <td data-label=label class="muted">
                                <span aria-hidden="true">"x"</span>
                                <span class="visually-hidden">{t!(i18n, tim.mph_tanpa_peran)}</span>
                            </td>
                        }
                        .into_any(),
                    }
                })
                .collect_view();
            view! {
                <tr>
                    <th scope="row">{a.pegawai.name.clone()} <span class="muted">" (" {a.label.clone()} ")"</span></th>
                    {tds}
                </tr>
            }
        })
        .collect_view();
    Either::Right(view! {
        <div class="mph-scroll">
            <table class="mph-table">
                <caption class="visually-hidden">{t!(i18n, tim.mph_heading)}</caption>
                <thead>
                    <tr>
                        <th scope="col">{t!(i18n, tim.mph_anggota)}</th>
                        {kolom.iter().map(|k| view! { <th scope="col">{k.judul.clone()}</th> }).collect_view()}
                    </tr>
                </thead>
                <tbody>{rows}</tbody>
            </table>
        </div>
    })
}

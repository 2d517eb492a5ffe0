//! The editor of the Matriks Peran Hasil: the column titles ("Tambah kolom" adds a result
//! intervening the squad's RHK), then a text area per cell; a grid on desktop, one card per
//! member on a phone (CSS). "Simpan matriks" sends the whole matrix with the squad's version.

use std::collections::HashMap;

use leptos::either::Either;
use leptos::prelude::*;
use leptos::task::spawn_local;

use super::matriks::aktif;
use super::state::{TimError, TimState};
use crate::api::tim::save_matriks;
use crate::api::ApiError;
use crate::domain::dto::{KolomInput, MatriksInput, SelInput, Tim};
use crate::domain::tim::is_kosong;
use crate::i18n::*;
use crate::ui::skp::labels::{dom_id, focus_later};

/// One column as edited: an existing one (`id`) or a new one; `key` stays while columns are
/// added.
#[derive(Clone)]
struct Kol {
    key: usize,
    id: Option<String>,
    judul: RwSignal<String>,
    rhk_id: Option<String>,
    iki_id: Option<String>,
}

#[component]
pub fn MatriksEditor(
    state: TimState,
    tim: Tim,
    saved: RwSignal<Option<String>>,
    busy: RwSignal<bool>,
) -> impl IntoView {
    let i18n = use_i18n();
    let anggota = aktif(&tim);
    let first: Vec<Kol> = tim
        .kolom
        .iter()
        .enumerate()
        .map(|(key, k)| Kol {
            key,
            id: Some(k.id.clone()),
            judul: RwSignal::new(k.judul.clone()),
            rhk_id: Some(k.intervensi.id.clone()),
            iki_id: k.iki_id.clone(),
        })
        .collect();
    // what a new column intervenes: the squad's RHK, else the first column's
    let default_rhk = tim
        .rhk
        .as_ref()
        .map(|r| r.id.clone())
        .or_else(|| tim.kolom.first().map(|k| k.intervensi.id.clone()));
    let key_of: HashMap<String, usize> = first
        .iter()
        .filter_map(|k| k.id.clone().map(|id| (id, k.key)))
        .collect();
    // every (member role, column key) cell, filled from the saved matrix
    let mut cells: HashMap<(String, usize), RwSignal<String>> = HashMap::new();
    for s in &tim.sel {
        if let Some(&key) = key_of.get(&s.kolom_id) {
            cells.insert((s.anggota_id.clone(), key), RwSignal::new(s.judul.clone()));
        }
    }
    let cells = StoredValue::new(cells);
    // cells and columns made while editing belong to the editor, not to the grid's render
    // (which is redone when a column is added)
    let owner = StoredValue::new(Owner::current().unwrap_or_default());
    let cell = move |aid: &str, key: usize| -> RwSignal<String> {
        let k = (aid.to_string(), key);
        if let Some(s) = cells.with_value(|c| c.get(&k).copied()) {
            return s;
        }
        let s = owner.with_value(|o| o.with(|| RwSignal::new(String::new())));
        cells.update_value(|c| {
            c.insert(k, s);
        });
        s
    };
    let kols = RwSignal::new(first);
    let next_key = StoredValue::new(tim.kolom.len());
    let error = RwSignal::new(None::<ApiError>);
    let anggota = StoredValue::new(anggota);

    let add_kolom = move |_| {
        let key = next_key.get_value();
        next_key.set_value(key + 1);
        kols.update(|k| {
            k.push(Kol {
                key,
                id: None,
                judul: owner.with_value(|o| o.with(|| RwSignal::new(String::new()))),
                rhk_id: default_rhk.clone(),
                iki_id: None,
            })
        });
        focus_later(format!("mph-kol-{key}"));
    };
    let save = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        if busy.get_untracked() {
            return;
        }
        error.set(None);
        saved.set(None);
        let ks = kols.get_untracked();
        let kolom: Vec<KolomInput> = ks
            .iter()
            .map(|k| KolomInput {
                id: k.id.clone(),
                judul: k.judul.get_untracked().trim().to_string(),
                rhk_id: k.rhk_id.clone(),
                iki_id: k.iki_id.clone(),
            })
            .collect();
        let mut sel = vec![];
        anggota.with_value(|list| {
            for a in list {
                for (i, k) in ks.iter().enumerate() {
                    let judul = cell(&a.id, k.key).get_untracked();
                    if !is_kosong(&judul) {
                        sel.push(SelInput {
                            anggota_id: a.id.clone(),
                            kolom: i,
                            judul: judul.trim().to_string(),
                            jenis: None,
                            iki: None,
                        });
                    }
                }
            }
        });
        let input = MatriksInput {
            version: state.version(),
            kolom,
            sel,
        };
        busy.set(true);
        spawn_local(async move {
            let res = save_matriks(state.id(), input).await;
            busy.set(false);
            let notice = t_string!(i18n, tim.mph_saved).to_string();
            match res {
                Ok(t) => {
                    // the editor is rebuilt from the saved squad; the status line stays
                    state.notice.set(None);
                    saved.set(Some(notice));
                    state.tim.set(t);
                }
                Err(e) => {
                    if let Err(e) = state.settle(Err(e), String::new()) {
                        error.set(Some(e));
                    }
                }
            }
        });
    };

    let kolom_fields = move || {
        kols.get()
            .into_iter()
            .enumerate()
            .map(|(i, k)| {
                let id = format!("mph-kol-{}", k.key);
                view! {
                    <div class="field">
                        <label for=id.clone()>{t!(i18n, tim.mph_kolom, n = i + 1)}</label>
                        <input type="text" id=id maxlength="500" bind:value=k.judul/>
                    </div>
                }
            })
            .collect_view()
    };
    let grid = move || {
        let ks = kols.get();
        if ks.is_empty() {
            return Either::Left(view! { <p class="empty">{t!(i18n, tim.mph_kosong)}</p> });
        }
        let heads = ks
            .iter()
            .map(|k| {
                let j = k.judul;
                view! { <th scope="col">{move || j.get()}</th> }
            })
            .collect_view();
        let rows = anggota.with_value(|list| {
            list.iter()
                .map(|a| {
                    let who = format!("{} ({})", a.pegawai.name, a.label);
                    let tds = ks
                        .iter()
                        .map(|k| {
                            let sig = cell(&a.id, k.key);
                            let id = dom_id(&format!("mph-{}", k.key), &a.id);
                            let j = k.judul;
                            let who = who.clone();
                            view! {
                                <td>
                                    <label for=id.clone() class="mph-label">
                                        <span class="visually-hidden">{who} ": "</span>
                                        {move || j.get()}
                                    </label>
                                    <textarea id=id rows="2" maxlength="500" placeholder="x" bind:value=sig></textarea>
                                </td>
                            }
                        })
                        .collect_view();
                    view! {
                        <tr>
                            <th scope="row">
                                {a.pegawai.name.clone()}
                                <span class="muted mph-peran">" (" {a.label.clone()} ")"</span>
                            </th>
                            {tds}
                        </tr>
                    }
                })
                .collect_view()
        });
        Either::Right(view! {
            <div class="mph-scroll">
                <table class="mph-table mph-edit">
                    <caption class="visually-hidden">{t!(i18n, tim.mph_heading)}</caption>
                    <thead>
                        <tr>
                            <th scope="col">{t!(i18n, tim.mph_anggota)}</th>
                            {heads}
                        </tr>
                    </thead>
                    <tbody>{rows}</tbody>
                </table>
            </div>
        })
    };
    view! {
        <form class="mph-form" on:submit=save novalidate>
            <fieldset>
                <legend>{t!(i18n, tim.mph_kolom_heading)}</legend>
                {kolom_fields}
                <button type="button" class="button secondary small" on:click=add_kolom>
                    {t!(i18n, tim.mph_tambah_kolom)}
                </button>
            </fieldset>
            {grid}
            {move || error.get().map(|error| view! { <TimError error/> })}
            <div class="actions">
                <button type="submit" class="button primary" disabled=move || busy.get()
                    aria-busy=move || busy.get().then_some("true")>
                    {t!(i18n, tim.mph_simpan)}
                </button>
            </div>
        </form>
    }
}

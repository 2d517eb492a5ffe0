use leptos::prelude::*;
use leptos::task::spawn_local;

use super::labels::{tanggal, PredikatBadge};
use crate::api::evaluasi::pindah_predikat;
use crate::api::ApiError;
use crate::domain::dto::{Kalibrasi, PesertaKalibrasi, PindahInput};
use crate::domain::rating::Predikat;
use crate::i18n::*;
use crate::ui::common::error_message::ErrorMessage;
use crate::ui::skp::labels::dom_id;

/// The people of the calibration, one card each (a phone has no room for a wide table); for
/// the unit's leaders, "Pindahkan" opens a choice of predikat with a required reason.
#[component]
pub fn PesertaList(kal: RwSignal<Kalibrasi>, notice: RwSignal<Option<String>>) -> impl IntoView {
    let i18n = use_i18n();
    move || {
        let k = kal.get();
        let boleh = k.boleh_ubah;
        view! {
            <section class="panel" aria-labelledby="peserta-h">
                <h2 id="peserta-h">{t!(i18n, evaluasi.peserta_heading)} " (" {k.total} ")"</h2>
                {(k.belum_dinilai > 0).then(|| view! { <p class="notice">{t!(i18n, evaluasi.belum_dinilai, n = k.belum_dinilai)}</p> })}
                {if k.people.is_empty() {
                    view! { <p class="empty">{t!(i18n, evaluasi.peserta_empty)}</p> }.into_any()
                } else {
                    view! {
                        <ul class="plain-list peserta-list">
                            {k.people.into_iter().map(|p| view! { <PesertaRow p boleh kal notice/> }).collect_view()}
                        </ul>
                    }.into_any()
                }}
            </section>
        }
    }
}

#[component]
fn PesertaRow(
    p: PesertaKalibrasi,
    boleh: bool,
    kal: RwSignal<Kalibrasi>,
    notice: RwSignal<Option<String>>,
) -> impl IntoView {
    let i18n = use_i18n();
    let open = RwSignal::new(false);
    let base = dom_id("pindah", &p.evaluasi_id);
    let moved = (p.predikat != p.predikat_usulan).then(|| {
        view! { <span class="muted">" " {t!(i18n, evaluasi.usulan_semula)} " " {p.predikat_usulan.label()}</span> }
    });
    let name = p.name.clone();
    let form_p = p.clone();
    view! {
        <li class="peserta">
            <p><strong>{p.name.clone()}</strong> " " <PredikatBadge predikat=p.predikat/> {moved}</p>
            <p class="muted">{p.nip.clone()} " · " {p.unit_name.clone()}</p>
            {boleh.then(|| view! {
                <button type="button" class="button secondary small" aria-expanded=move || open.get().to_string()
                    aria-controls=base.clone() on:click=move |_| open.update(|o| *o = !*o)>
                    {t!(i18n, evaluasi.pindahkan)} <span class="visually-hidden">" " {name.clone()}</span>
                </button>
            })}
            {move || open.get().then(|| view! { <PindahForm p=form_p.clone() kal notice open/> })}
        </li>
    }
}

#[component]
fn PindahForm(
    p: PesertaKalibrasi,
    kal: RwSignal<Kalibrasi>,
    notice: RwSignal<Option<String>>,
    open: RwSignal<bool>,
) -> impl IntoView {
    let i18n = use_i18n();
    let base = dom_id("pindah", &p.evaluasi_id);
    let ke = RwSignal::new(Predikat::ALL.into_iter().find(|x| *x != p.predikat));
    let alasan = RwSignal::new(String::new());
    let busy = RwSignal::new(false);
    let error = RwSignal::new(None::<ApiError>);
    let (sel_id, al_id) = (format!("{base}-ke"), format!("{base}-alasan"));
    let submit = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        let Some(target) = ke.get_untracked() else {
            return;
        };
        busy.set(true);
        error.set(None);
        let (unit, period) = kal.with_untracked(|k| (k.unit_id.clone(), k.periode_id.clone()));
        let input = PindahInput {
            unit,
            period: Some(period),
            evaluasi_id: p.evaluasi_id.clone(),
            predikat: target,
            alasan: alasan.get_untracked(),
            version: p.version,
        };
        let name = p.name.clone();
        spawn_local(async move {
            match pindah_predikat(input).await {
                Ok(k) => {
                    open.set(false);
                    notice.set(Some(format!("{name}: {}", target.label())));
                    kal.set(k);
                }
                Err(e) => error.set(Some(e)),
            }
            busy.set(false);
        });
    };
    view! {
        <form id=base class="pindah-form" on:submit=submit novalidate=true>
            <div class="field">
                <label for=sel_id.clone()>{t!(i18n, evaluasi.pindah_ke)}</label>
                <select id=sel_id on:change=move |ev| ke.set(Predikat::from_code(&event_target_value(&ev)))>
                    {Predikat::ALL.into_iter().map(|x| view! { <option value=x.code() selected=move || ke.get() == Some(x)>{x.label()}</option> }).collect_view()}
                </select>
            </div>
            <div class="field">
                <label for=al_id.clone()>{t!(i18n, evaluasi.alasan_pindah)}</label>
                <textarea id=al_id rows="2" maxlength="2000" bind:value=alasan></textarea>
            </div>
            {move || error.get().map(|error| view! { <ErrorMessage error/> })}
            <button type="submit" class="button" disabled=move || busy.get() aria-busy=move || busy.get().then_some("true")>{t!(i18n, evaluasi.simpan_pindah)}</button>
        </form>
    }
}

/// Every move so far: who, from and to, why, by whom, when.
#[component]
pub fn MovesList(kal: RwSignal<Kalibrasi>) -> impl IntoView {
    let i18n = use_i18n();
    move || {
        let moves = kal.with(|k| k.moves.clone());
        (!moves.is_empty()).then(|| view! {
            <section class="panel" aria-labelledby="moves-h">
                <h2 id="moves-h">{t!(i18n, evaluasi.moves_heading)}</h2>
                <ul class="plain-list moves-list">
                    {moves.into_iter().map(|m| view! {
                        <li>
                            <strong>{m.name}</strong> ": " {m.dari.label()} " → " {m.ke.label()}
                            <span class="muted">" · " {tanggal(&m.at)} {m.oleh_name.map(|n| format!(" · {n}"))}</span>
                            <p class="pre">{m.alasan}</p>
                        </li>
                    }).collect_view()}
                </ul>
            </section>
        })
    }
}

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

/// The people of the calibration, grouped by their current predikat: one column per predikat
/// on a wide screen, stacked on a phone. For the unit's leaders, "Pindahkan" opens a choice
/// of predikat with a required reason (keyboard, screen reader, phone); on a desktop a card can
/// also be dragged onto another column, which opens the same form with that predikat chosen.
#[component]
pub fn PesertaList(kal: RwSignal<Kalibrasi>, notice: RwSignal<Option<String>>) -> impl IntoView {
    let i18n = use_i18n();
    let dragging = RwSignal::new(None::<String>);
    let dropped = RwSignal::new(None::<(String, Predikat)>);
    move || {
        let k = kal.get();
        let boleh = k.boleh_ubah;
        let columns = Predikat::ALL
            .into_iter()
            .map(|col| {
                let people: Vec<_> = k.people.iter().filter(|p| p.predikat == col).cloned().collect();
                let h = format!("kol-{}", col.code().to_ascii_lowercase());
                let labelled = h.clone();
                let n = people.len();
                let on_drop = move |ev: leptos::ev::DragEvent| {
                    ev.prevent_default();
                    if let Some(id) = dragging.get_untracked() {
                        let same = kal.with_untracked(|k| {
                            k.people.iter().any(|p| p.evaluasi_id == id && p.predikat == col)
                        });
                        if !same {
                            dropped.set(Some((id, col)));
                        }
                    }
                    dragging.set(None);
                };
                view! {
                    <section class="kal-col" aria-labelledby=labelled
                        on:dragover=move |ev: leptos::ev::DragEvent| if boleh { ev.prevent_default() }
                        on:drop=on_drop>
                        <h3 id=h>{col.label()} " (" {n} ")"</h3>
                        <ul class="plain-list peserta-list">
                            {people.into_iter().map(|p| view! { <PesertaRow p boleh kal notice dragging dropped/> }).collect_view()}
                        </ul>
                    </section>
                }
            })
            .collect_view();
        view! {
            <section class="panel" aria-labelledby="peserta-h">
                <h2 id="peserta-h">{t!(i18n, evaluasi.peserta_heading)} " (" {k.total} ")"</h2>
                {(k.belum_dinilai > 0).then(|| view! { <p class="notice">{t!(i18n, evaluasi.belum_dinilai, n = k.belum_dinilai)}</p> })}
                {boleh.then(|| view! { <p class="hint drag-hint">{t!(i18n, evaluasi.seret_hint)}</p> })}
                {if k.people.is_empty() {
                    view! { <p class="empty">{t!(i18n, evaluasi.peserta_empty)}</p> }.into_any()
                } else {
                    view! { <div class="kal-board">{columns}</div> }.into_any()
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
    dragging: RwSignal<Option<String>>,
    dropped: RwSignal<Option<(String, Predikat)>>,
) -> impl IntoView {
    let i18n = use_i18n();
    let open = RwSignal::new(false);
    let preset = RwSignal::new(None::<Predikat>);
    let base = dom_id("pindah", &p.evaluasi_id);
    let moved = (p.predikat != p.predikat_usulan).then(|| {
        view! { <span class="muted">" " {t!(i18n, evaluasi.usulan_semula)} " " {p.predikat_usulan.label()}</span> }
    });
    let name = p.name.clone();
    let form_p = p.clone();
    let me = p.evaluasi_id.clone();
    // a card dropped on another column opens its form with that predikat chosen
    Effect::new(move |_| {
        let hit = dropped.with(|d| d.as_ref().filter(|(id, _)| *id == me).map(|(_, to)| *to));
        if let Some(to) = hit {
            preset.set(Some(to));
            open.set(true);
            dropped.set(None);
        }
    });
    let id = p.evaluasi_id.clone();
    view! {
        <li class="peserta" draggable=boleh.then_some("true")
            on:dragstart=move |_| dragging.set(Some(id.clone()))
            on:dragend=move |_| dragging.set(None)>
            <p><strong>{p.name.clone()}</strong> " " <PredikatBadge predikat=p.predikat/> {moved}</p>
            <p class="muted">{p.nip.clone()} " · " {p.unit_name.clone()}</p>
            {boleh.then(|| view! {
                <button type="button" class="button secondary small" aria-expanded=move || open.get().to_string()
                    aria-controls=base.clone() on:click=move |_| open.update(|o| *o = !*o)>
                    {t!(i18n, evaluasi.pindahkan)} <span class="visually-hidden">" " {name.clone()}</span>
                </button>
            })}
            {move || open.get().then(|| view! { <PindahForm p=form_p.clone() kal notice open preset/> })}
        </li>
    }
}

#[component]
fn PindahForm(
    p: PesertaKalibrasi,
    kal: RwSignal<Kalibrasi>,
    notice: RwSignal<Option<String>>,
    open: RwSignal<bool>,
    preset: RwSignal<Option<Predikat>>,
) -> impl IntoView {
    let i18n = use_i18n();
    let base = dom_id("pindah", &p.evaluasi_id);
    let first_other = Predikat::ALL.into_iter().find(|x| *x != p.predikat);
    let ke = RwSignal::new(first_other);
    let reason = NodeRef::<leptos::html::Textarea>::new();
    // a drop chooses the predikat; the reason is what is left to write
    Effect::new(move |_| {
        if let Some(to) = preset.get() {
            ke.set(Some(to));
            if let Some(el) = reason.get() {
                let _ = el.focus();
            }
        }
    });
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
                <textarea id=al_id node_ref=reason rows="2" maxlength="2000" bind:value=alasan></textarea>
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

use leptos::either::Either;
use leptos::prelude::*;
use leptos::task::spawn_local;

use super::anggota_form::AddAnggota;
use super::peran_fields::{PeranFields, PeranSignals};
use super::state::{TimError, TimState};
use crate::api::tim::{remove_anggota, update_anggota};
use crate::api::ApiError;
use crate::domain::dto::{AnggotaInput, AnggotaTim};
use crate::domain::tim::PeranTim;
use crate::i18n::*;
use crate::ui::skp::confirm::ConfirmButton;
use crate::ui::skp::labels::{dom_id, focus_later};

/// The squad's members with their roles and allocations (former ones after, with the date
/// they left). Whoever manages the squad changes a role or allocation, removes a role (asks
/// first), and adds members.
#[component]
pub fn AnggotaSection(state: TimState) -> impl IntoView {
    let i18n = use_i18n();
    let rows = move || {
        let (anggota, kelola) = state.tim.with(|t| (t.anggota.clone(), t.boleh_kelola));
        view! {
            <ul class="anggota-list">
                {anggota.into_iter().map(|a| view! { <li><AnggotaRow state a kelola/></li> }).collect_view()}
            </ul>
        }
    };
    view! {
        <section class="panel" aria-labelledby="tim-anggota-h">
            <h2 id="tim-anggota-h" tabindex="-1">{t!(i18n, tim.anggota_heading)}</h2>
            {rows}
            {move || state.tim.with(|t| t.boleh_kelola).then(|| view! { <AddAnggota state/> })}
        </section>
    }
}

#[component]
fn AnggotaRow(state: TimState, a: AnggotaTim, kelola: bool) -> impl IntoView {
    let i18n = use_i18n();
    let editing = RwSignal::new(false);
    let busy = RwSignal::new(false);
    let error = RwSignal::new(None::<ApiError>);
    let aktif = a.keluar_at.is_none();
    let base = dom_id("anggota", &a.id);
    let edit_btn = format!("{base}-edit");
    let s = PeranSignals::new(a.peran, &a.nama_peran, a.alokasi);
    let a = StoredValue::new(a);
    let who = move || a.with_value(|a| format!("{} ({})", a.pegawai.name, a.label));
    let remove = move |_| {
        busy.set(true);
        error.set(None);
        let (tim_id, id) = (state.id(), a.with_value(|a| a.id.clone()));
        spawn_local(async move {
            let res = remove_anggota(tim_id, id, state.version()).await;
            busy.set(false);
            match state.settle(res, t_string!(i18n, tim.anggota_removed).to_string()) {
                Ok(()) => focus_later("tim-anggota-h".into()),
                Err(e) => error.set(Some(e)),
            }
        });
    };
    let save = {
        let edit_btn = edit_btn.clone();
        move |ev: leptos::ev::SubmitEvent| {
            ev.prevent_default();
            if busy.get_untracked() {
                return;
            }
            error.set(None);
            let Ok((peran, nama_peran, alokasi)) = s.checked() else {
                return;
            };
            busy.set(true);
            let input = AnggotaInput {
                version: state.version(),
                pegawai_id: a.with_value(|a| a.pegawai.id.clone()),
                peran,
                nama_peran,
                alokasi,
            };
            let (tim_id, id) = (state.id(), a.with_value(|a| a.id.clone()));
            let edit_btn = edit_btn.clone();
            spawn_local(async move {
                let res = update_anggota(tim_id, id, input).await;
                busy.set(false);
                match state.settle(res, t_string!(i18n, tim.anggota_saved).to_string()) {
                    Ok(()) => focus_later(edit_btn),
                    Err(e) => error.set(Some(e)),
                }
            });
        }
    };
    let info = move || {
        a.with_value(|a| {
            let lintas = a
                .lintas_unit
                .then(|| view! { <span class="badge lintas">{t!(i18n, tim.lintas_unit)}</span> });
            let keluar = a.keluar_at.clone().map(|k| {
                let d = k.get(..10).unwrap_or(&k).to_string();
                view! { <span class="badge status-none">{t!(i18n, tim.keluar, tanggal = d)}</span> }
            });
            view! {
                <div class="anggota-info">
                    <strong>{a.pegawai.name.clone()}</strong>
                    <span class="muted">" · " {a.pegawai.jabatan.clone()} " · " {a.pegawai.unit_name.clone()}</span>
                    <div class="anggota-peran">
                        <span class="badge">{a.label.clone()}</span>
                        <span>{t!(i18n, tim.alokasi, n = a.alokasi)}</span>
                        {lintas}
                        {keluar}
                    </div>
                </div>
            }
        })
    };
    let ketua = a.with_value(|a| a.peran == PeranTim::Ketua);
    let actions = move || {
        if !(kelola && aktif) {
            return None;
        }
        if editing.get() {
            let save = save.clone();
            let base = base.clone();
            let edit_btn = edit_btn.clone();
            return Some(Either::Left(view! {
                <form class="anggota-form" on:submit=save novalidate>
                    <PeranFields s base ketua/>
                    <div class="actions">
                        <button type="submit" class="button primary" disabled=move || busy.get()
                            aria-busy=move || busy.get().then_some("true")>
                            {t!(i18n, tim.simpan)}
                            <span class="visually-hidden">" " {who}</span>
                        </button>
                        <button type="button" class="button secondary" on:click=move |_| {
                            editing.set(false);
                            focus_later(edit_btn.clone());
                        }>
                            {t!(i18n, skp.cancel)}
                        </button>
                    </div>
                </form>
            }));
        }
        let base = base.clone();
        let edit_btn = edit_btn.clone();
        Some(Either::Right(view! {
            <div class="actions">
                <button type="button" class="button secondary small" id=edit_btn on:click=move |_| {
                    editing.set(true);
                    focus_later(format!("{base}-alokasi"));
                }>
                    {t!(i18n, tim.ubah_peran)}
                    <span class="visually-hidden">" " {who}</span>
                </button>
                {(!ketua).then(|| view! {
                    <ConfirmButton
                        danger=true
                        label=Signal::derive(move || t_string!(i18n, tim.hapus_anggota).to_string())
                        question=Signal::derive(move || t_string!(i18n, tim.hapus_anggota_tanya).to_string())
                        subject=who()
                        confirm=Signal::derive(move || t_string!(i18n, tim.hapus_anggota_ya).to_string())
                        busy=busy
                        on_confirm=remove
                    />
                })}
            </div>
        }))
    };
    view! {
        <div class=if aktif { "anggota" } else { "anggota anggota-keluar" }>
            {info}
            {actions}
            {move || error.get().map(|error| view! { <TimError error/> })}
        </div>
    }
}

use leptos::prelude::*;
use leptos::task::spawn_local;

use super::coaching_form::CoachingRating;
use super::follow_ups::FollowUps;
use super::labels;
use crate::api::dialog::ubah_dialog;
use crate::api::ApiError;
use crate::domain::dialog::{StatusDialog, MAX_CATATAN};
use crate::domain::dto::{DialogKinerja, DialogUpdate};
use crate::i18n::*;
use crate::ui::common::error_message::ErrorMessage;
use crate::ui::skp::confirm::ConfirmButton;
use crate::ui::skp::labels::dom_id;

/// One dialogue: kind, title, schedule, status and participants; its notes (editable by the
/// participants while scheduled or held), *Tandai sudah dilaksanakan*, *Batalkan* (asked
/// first), and its follow-ups.
#[component]
pub fn DialogCard(d: DialogKinerja, on_changed: Callback<()>) -> impl IntoView {
    let i18n = use_i18n();
    let current = RwSignal::new(d);
    let notes = RwSignal::new(current.with_untracked(|d| d.notes.clone()));
    let busy = RwSignal::new(false);
    let error = RwSignal::new(None::<ApiError>);
    let base = current.with_untracked(|d| dom_id("dlg", &d.id));
    let save = move |status: StatusDialog| {
        let (id, version) = current.with_untracked(|d| (d.id.clone(), d.version));
        let input = DialogUpdate {
            notes: notes.get_untracked(),
            status: status.code().into(),
            version,
        };
        busy.set(true);
        error.set(None);
        spawn_local(async move {
            match ubah_dialog(id, input).await {
                Ok(fresh) => {
                    notes.set(fresh.notes.clone());
                    current.set(fresh);
                    on_changed.run(());
                }
                Err(e) => error.set(Some(e)),
            }
            busy.set(false);
        });
    };
    let status_now = move || {
        current.with(|d| StatusDialog::from_code(&d.status).unwrap_or(StatusDialog::Dijadwalkan))
    };
    let editable = move || current.with(|d| d.can_edit) && status_now() != StatusDialog::Dibatalkan;
    let scheduled =
        move || current.with(|d| d.can_edit) && status_now() == StatusDialog::Dijadwalkan;
    let notes_id = format!("{base}-notes");
    let h_id = format!("{base}-h");
    let labelled = h_id.clone();
    view! {
        <li class="panel dialog-card" aria-labelledby=labelled>
            <h3 id=h_id>{move || current.with(|d| d.title.clone())}</h3>
            <p class="muted">
                {move || current.with(|d| labels::jenis(&d.kind))} " · " {move || current.with(|d| labels::jadwal(&d.schedule))} " · "
                {move || { let (t, c) = current.with(|d| labels::status(i18n, &d.status)); view! { <span class=c>{t}</span> } }}
            </p>
            <p class="muted">
                {move || current.with(|d| d.employee_name.clone())} " · " {t!(i18n, dialog.pimpinan)} ": " {move || current.with(|d| d.leader_name.clone())}
            </p>
            {move || if editable() {
                let notes_id = notes_id.clone();
                view! {
                    <div class="field">
                        <label for=notes_id.clone()>{t!(i18n, dialog.catatan)}</label>
                        <textarea id=notes_id rows="4" maxlength=MAX_CATATAN.to_string() bind:value=notes></textarea>
                    </div>
                    <div class="actions">
                        <button type="button" class="button secondary" disabled=move || busy.get()
                            on:click=move |_| save(status_now())>{t!(i18n, dialog.simpan)}</button>
                        {move || scheduled().then(|| view! {
                            <button type="button" class="button" disabled=move || busy.get()
                                on:click=move |_| save(StatusDialog::Selesai)>{t!(i18n, dialog.tandai_selesai)}</button>
                            <ConfirmButton
                                danger=true
                                label=Signal::derive(move || t_string!(i18n, dialog.batalkan).to_string())
                                question=Signal::derive(move || t_string!(i18n, dialog.konfirmasi_batal).to_string())
                                confirm=Signal::derive(move || t_string!(i18n, dialog.ya_batalkan).to_string())
                                busy=busy
                                on_confirm=Callback::new(move |()| save(StatusDialog::Dibatalkan))
                            />
                        })}
                    </div>
                }.into_any()
            } else {
                let text = current.with(|d| d.notes.clone());
                (!text.is_empty()).then(|| view! { <p class="ub-text">{text}</p> }).into_any()
            }}
            {move || error.get().map(|error| view! { <ErrorMessage error/> })}
            <FollowUps current editable=Signal::derive(editable) on_changed/>
            <CoachingRating current on_changed/>
        </li>
    }
}

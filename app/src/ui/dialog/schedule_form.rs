use leptos::prelude::*;
use leptos::task::spawn_local;

use crate::api::dialog::jadwalkan_dialog;
use crate::api::ApiError;
use crate::domain::dialog::{JenisDialog, MAX_CATATAN, MAX_JUDUL};
use crate::domain::dto::DialogInput;
use crate::i18n::*;
use crate::ui::common::error_message::ErrorMessage;

/// Schedules a dialogue: its kind, a title, the date and time, and notes to start with.
#[component]
pub fn ScheduleForm(pegawai: String, period: String, on_scheduled: Callback<()>) -> impl IntoView {
    let i18n = use_i18n();
    let kind = RwSignal::new(JenisDialog::Reviu.code().to_string());
    let title = RwSignal::new(String::new());
    let when = RwSignal::new(String::new());
    let notes = RwSignal::new(String::new());
    let busy = RwSignal::new(false);
    let error = RwSignal::new(None::<ApiError>);
    let submit = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        if title.get_untracked().trim().is_empty() {
            error.set(Some(ApiError::validation(t_string!(
                i18n,
                dialog.judul_wajib
            ))));
            return;
        }
        if when.get_untracked().trim().is_empty() {
            error.set(Some(ApiError::validation(t_string!(
                i18n,
                dialog.jadwal_wajib
            ))));
            return;
        }
        let input = DialogInput {
            period: period.clone(),
            kind: kind.get_untracked(),
            title: title.get_untracked(),
            schedule: when.get_untracked(),
            notes: notes.get_untracked(),
        };
        let pegawai = pegawai.clone();
        busy.set(true);
        error.set(None);
        spawn_local(async move {
            match jadwalkan_dialog(pegawai, input).await {
                Ok(_) => {
                    title.set(String::new());
                    notes.set(String::new());
                    on_scheduled.run(());
                }
                Err(e) => error.set(Some(e)),
            }
            busy.set(false);
        });
    };
    view! {
        <section class="panel" aria-labelledby="dlg-new-h">
            <h2 id="dlg-new-h">{t!(i18n, dialog.jadwalkan_heading)}</h2>
            <form class="ub-form" on:submit=submit novalidate=true>
                <div class="field">
                    <label for="dlg-jenis">{t!(i18n, dialog.jenis)}</label>
                    <select id="dlg-jenis" prop:value=move || kind.get() on:change=move |ev| kind.set(event_target_value(&ev))>
                        {JenisDialog::ALL.iter().map(|j| view! { <option value=j.code()>{j.label()}</option> }).collect_view()}
                    </select>
                </div>
                <div class="field">
                    <label for="dlg-judul">{t!(i18n, dialog.judul)}</label>
                    <input id="dlg-judul" type="text" maxlength=MAX_JUDUL.to_string() bind:value=title/>
                </div>
                <div class="field">
                    <label for="dlg-jadwal">{t!(i18n, dialog.jadwal)}</label>
                    <input id="dlg-jadwal" type="datetime-local" bind:value=when/>
                </div>
                <div class="field">
                    <label for="dlg-catatan">{t!(i18n, dialog.catatan)}</label>
                    <textarea id="dlg-catatan" rows="3" maxlength=MAX_CATATAN.to_string() bind:value=notes></textarea>
                </div>
                {move || error.get().map(|error| view! { <ErrorMessage error/> })}
                <button type="submit" class="button" disabled=move || busy.get() aria-busy=move || busy.get().then_some("true")>
                    {t!(i18n, dialog.jadwalkan)}
                </button>
            </form>
        </section>
    }
}

use leptos::prelude::*;
use leptos::task::spawn_local;

use crate::api::pengaturan::simpan_pengaturan;
use crate::api::ApiError;
use crate::domain::dto::{PengaturanKurva, PengaturanKurvaInput};
use crate::domain::kurva::Rounding;
use crate::i18n::*;
use crate::ui::common::error_message::ErrorMessage;

/// The settings form. It names the version it read, so a concurrent change by another admin is
/// reported instead of overwritten.
#[component]
pub fn PengaturanForm(s: PengaturanKurva, on_saved: Callback<()>) -> impl IntoView {
    let i18n = use_i18n();
    let rounding = RwSignal::new(s.rounding);
    let min_group = RwSignal::new(s.min_group.to_string());
    let days = RwSignal::new(s.appeal_decision_days.to_string());
    let busy = RwSignal::new(false);
    let error = RwSignal::new(None::<ApiError>);
    let version = s.version;
    let submit = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        // a field that is not a whole number goes to the server as 0, which it refuses with
        // the field's own message
        let whole = |v: String| v.trim().parse::<i64>().unwrap_or(0);
        let input = PengaturanKurvaInput {
            rounding: rounding.get_untracked(),
            min_group: whole(min_group.get_untracked()),
            appeal_decision_days: Some(whole(days.get_untracked())),
            version,
        };
        busy.set(true);
        error.set(None);
        spawn_local(async move {
            match simpan_pengaturan(input).await {
                Ok(_) => on_saved.run(()),
                Err(e) => error.set(Some(e)),
            }
            busy.set(false);
        });
    };
    let updated = s.updated_at.clone().map(|u| {
        let day = u.get(..10).unwrap_or_default().to_string();
        view! { <p class="muted">{t!(i18n, pengaturan.updated, day)}</p> }
    });
    view! {
        <form class="panel settings-form" on:submit=submit novalidate=true>
            <fieldset>
                <legend>{t!(i18n, pengaturan.kurva)}</legend>
                <div class="field">
                    <label for="set-rounding">{t!(i18n, pengaturan.rounding)}</label>
                    <select id="set-rounding" on:change=move |ev| {
                        if let Some(r) = Rounding::from_code(&event_target_value(&ev)) {
                            rounding.set(r);
                        }
                    }>
                        {Rounding::ALL.into_iter().map(|r| view! {
                            <option value=r.code() selected=move || rounding.get() == r>{r.label()}</option>
                        }).collect_view()}
                    </select>
                </div>
                <div class="field">
                    <label for="set-min-group">{t!(i18n, pengaturan.min_group)}</label>
                    <input id="set-min-group" type="number" inputmode="numeric" min="1" max="10000"
                        aria-describedby="set-min-group-hint" bind:value=min_group/>
                    <p id="set-min-group-hint" class="hint">{t!(i18n, pengaturan.min_group_hint)}</p>
                </div>
            </fieldset>
            <fieldset>
                <legend>{t!(i18n, pengaturan.keberatan)}</legend>
                <div class="field">
                    <label for="set-days">{t!(i18n, pengaturan.days)}</label>
                    <input id="set-days" type="number" inputmode="numeric" min="1" max="90"
                        aria-describedby="set-days-hint" bind:value=days/>
                    <p id="set-days-hint" class="hint">{t!(i18n, pengaturan.days_hint)}</p>
                </div>
            </fieldset>
            {updated}
            {move || error.get().map(|error| view! { <ErrorMessage error/> })}
            <div class="actions">
                <button type="submit" class="button" disabled=move || busy.get()
                    aria-busy=move || busy.get().then_some("true")>{t!(i18n, pengaturan.save)}</button>
            </div>
        </form>
    }
}

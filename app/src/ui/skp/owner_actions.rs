use leptos::either::EitherOf3;
use leptos::prelude::*;
use leptos::task::spawn_local;

use super::confirm::ConfirmButton;
use super::editor::{Editor, WriteError};
use super::labels::focus_later;
use crate::api::skp::skp_step;
use crate::api::ApiError;
use crate::domain::skp::StatusSkp;
use crate::i18n::*;

/// The owner's workflow steps: "Ajukan" a draft or returned SKP to the PPK, "Buat revisi" of
/// an approved one (asks first); while submitted, that it waits for the PPK.
#[component]
pub fn OwnerActions(editor: Editor) -> impl IntoView {
    let i18n = use_i18n();
    let busy = RwSignal::new(false);
    let error = RwSignal::new(None::<ApiError>);
    let step = move |aksi: &'static str, done: &'static str| {
        busy.set(true);
        error.set(None);
        spawn_local(async move {
            let res = skp_step(editor.id(), editor.version(), aksi.into(), None).await;
            busy.set(false);
            match editor.settle(res, done.to_string()) {
                Ok(()) => focus_later("skp-actions-h".into()),
                Err(e) => {
                    error.set(Some(e));
                    focus_later("skp-actions-h".into());
                }
            }
        });
    };
    let status = move || editor.skp.with(|s| s.status);
    let missing = move || editor.skp.with(|s| !s.kekurangan.is_empty());
    view! {
        <section class="panel skp-actions" aria-labelledby="skp-actions-h">
            <h2 id="skp-actions-h" tabindex="-1">{t!(i18n, skp.actions_heading)}</h2>
            {move || error.get().map(|error| view! { <WriteError error/> })}
            {move || match status() {
                StatusSkp::Draft | StatusSkp::Dikembalikan => EitherOf3::A(view! {
                    {missing().then(|| view! {
                        <p class="hint" id="skp-ajukan-hint">
                            {t!(i18n, skp.ajukan_blocked)} " " <a href="#skp-kekurangan">{t!(i18n, skp.see_list)}</a>
                        </p>
                    })}
                    <button
                        type="button"
                        class="button primary"
                        aria-describedby=move || missing().then_some("skp-ajukan-hint")
                        aria-busy=move || busy.get().then_some("true")
                        disabled=move || busy.get()
                        on:click=move |_| step("ajukan", t_string!(i18n, skp.submitted))
                    >
                        {t!(i18n, skp.ajukan)}
                    </button>
                }),
                StatusSkp::Diajukan => EitherOf3::B(view! { <p>{t!(i18n, skp.waiting)}</p> }),
                StatusSkp::Disetujui => EitherOf3::C(view! {
                    <p>{t!(i18n, skp.approved_text)}</p>
                    <ConfirmButton
                        label=Signal::derive(move || t_string!(i18n, skp.revisi).to_string())
                        question=Signal::derive(move || t_string!(i18n, skp.confirm_revisi).to_string())
                        confirm=Signal::derive(move || t_string!(i18n, skp.confirm_revisi_yes).to_string())
                        busy=busy
                        on_confirm=move |_| step("revisi", t_string!(i18n, skp.revised))
                    />
                }),
            }}
        </section>
    }
}

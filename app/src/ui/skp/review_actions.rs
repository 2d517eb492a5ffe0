use leptos::prelude::*;
use leptos::task::spawn_local;

use super::editor::{Editor, WriteError};
use super::labels::focus_later;
use crate::api::skp::skp_step;
use crate::api::ApiError;
use crate::domain::skp::MAX_CATATAN;
use crate::i18n::*;

/// The PPK's decision on a submitted SKP: "Setujui", or "Kembalikan" with a required comment.
/// `on_change` runs after either succeeds (to refresh the list of subordinates).
#[component]
pub fn ReviewActions(editor: Editor, #[prop(into)] on_change: Callback<()>) -> impl IntoView {
    let i18n = use_i18n();
    let busy = RwSignal::new(false);
    let error = RwSignal::new(None::<ApiError>);
    let catatan = RwSignal::new(String::new());
    let missing = RwSignal::new(false);
    let step = move |aksi: &'static str, note: Option<String>, done: &'static str| {
        busy.set(true);
        error.set(None);
        spawn_local(async move {
            let res = skp_step(editor.id(), editor.version(), aksi.into(), note).await;
            busy.set(false);
            match editor.settle(res, done.to_string()) {
                Ok(()) => on_change.run(()),
                Err(e) => error.set(Some(e)),
            }
            focus_later("skp-review-h".into());
        });
    };
    let on_return = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        let text = catatan.get_untracked().trim().to_string();
        if text.is_empty() {
            missing.set(true);
            focus_later("skp-catatan".into());
            return;
        }
        missing.set(false);
        step("kembalikan", Some(text), t_string!(i18n, bawahan.returned));
    };
    view! {
        <section class="panel skp-actions" aria-labelledby="skp-review-h">
            <h2 id="skp-review-h" tabindex="-1">{t!(i18n, bawahan.review_heading)}</h2>
            {move || error.get().map(|error| view! { <WriteError error/> })}
            <div class="actions">
                <button
                    type="button"
                    class="button primary"
                    disabled=move || busy.get()
                    aria-busy=move || busy.get().then_some("true")
                    on:click=move |_| step("setujui", None, t_string!(i18n, bawahan.approved))
                >
                    {t!(i18n, bawahan.setujui)}
                </button>
            </div>
            <form class="return-form" on:submit=on_return novalidate>
                <div class="field">
                    <label for="skp-catatan">{t!(i18n, bawahan.catatan_label)}</label>
                    <textarea
                        id="skp-catatan"
                        rows="4"
                        maxlength=MAX_CATATAN.to_string()
                        required
                        aria-invalid=move || missing.get().then_some("true")
                        aria-describedby=move || missing.get().then_some("skp-catatan-err")
                        prop:value=move || catatan.get()
                        on:input=move |ev| catatan.set(event_target_value(&ev))
                    ></textarea>
                    {move || missing.get().then(|| view! {
                        <p id="skp-catatan-err" class="field-error">{t!(i18n, bawahan.catatan_required)}</p>
                    })}
                </div>
                <button type="submit" class="button danger" disabled=move || busy.get()>
                    {t!(i18n, bawahan.kembalikan)}
                </button>
            </form>
        </section>
    }
}

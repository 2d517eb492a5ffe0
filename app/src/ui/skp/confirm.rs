use leptos::html::Button;
use leptos::prelude::*;

use crate::i18n::*;

/// A button that asks first: the question appears below it (announced), focus moves to
/// "Batal", Escape or "Batal" closes it and returns focus to the button.
#[component]
pub fn ConfirmButton(
    /// The button's text.
    #[prop(into)]
    label: Signal<String>,
    /// What is asked.
    #[prop(into)]
    question: Signal<String>,
    /// What it is about (quoted before the question).
    #[prop(optional, into)]
    subject: Option<String>,
    /// The text of the button that goes ahead.
    #[prop(into)]
    confirm: Signal<String>,
    #[prop(optional)] danger: bool,
    #[prop(into)] busy: Signal<bool>,
    #[prop(into)] on_confirm: Callback<()>,
) -> impl IntoView {
    let i18n = use_i18n();
    let open = RwSignal::new(false);
    let trigger = NodeRef::<Button>::new();
    let cancel = NodeRef::<Button>::new();
    Effect::new(move |_| {
        if let Some(el) = cancel.get() {
            let _ = el.focus();
        }
    });
    let close = move || {
        open.set(false);
        if let Some(el) = trigger.get_untracked() {
            let _ = el.focus();
        }
    };
    let class = if danger {
        "button danger"
    } else {
        "button secondary"
    };
    view! {
        <div class="confirm-wrap">
            <button
                type="button"
                class=class
                node_ref=trigger
                aria-expanded=move || open.get().to_string()
                disabled=move || busy.get()
                on:click=move |_| open.set(true)
            >
                {move || label.get()}
            </button>
            {move || open.get().then(|| view! {
                <div class="confirm" on:keydown=move |ev| if ev.key() == "Escape" { close() }>
                    <p role="alert">
                        {subject.clone().map(|s| view! { <strong>"“" {s} "” "</strong> })}
                        {move || question.get()}
                    </p>
                    <div class="actions">
                        <button
                            type="button"
                            class=class
                            aria-busy=move || busy.get().then_some("true")
                            on:click=move |_| {
                                open.set(false);
                                on_confirm.run(());
                            }
                        >
                            {move || confirm.get()}
                        </button>
                        <button type="button" class="button secondary" node_ref=cancel on:click=move |_| close()>
                            {t!(i18n, skp.cancel)}
                        </button>
                    </div>
                </div>
            })}
        </div>
    }
}

use leptos::prelude::*;
use leptos::task::spawn_local;

use super::labels;
use crate::api::dialog::nilai_coaching;
use crate::api::ApiError;
use crate::domain::coaching::{KOMENTAR_MAKS, PERNYATAAN};
use crate::domain::dto::{DialogKinerja, PenilaianCoachingInput};
use crate::i18n::*;
use crate::ui::common::error_message::ErrorMessage;
use crate::ui::skp::labels::{dom_id, fmt_num};

/// The employee's rating of a held coaching, mentoring or counseling session: the nine
/// statements as 1–5 radio groups (native radios: arrows move within a group, the legend names
/// it) and a comment; once given, both participants see the scores and their mean.
#[component]
pub fn CoachingRating(current: RwSignal<DialogKinerja>, on_changed: Callback<()>) -> impl IntoView {
    let i18n = use_i18n();
    let base = current.with_untracked(|d| dom_id("coach", &d.id));
    move || {
        if let Some(r) = current.with(|d| d.coaching_rating.clone()) {
            let rows = r
                .scores
                .iter()
                .enumerate()
                .map(|(i, s)| view! { <li><span>{labels::pernyataan(i18n, i)}</span> <strong>{*s}</strong></li> })
                .collect_view();
            let mean = fmt_num(i18n, r.average);
            let comment = (!r.comment.is_empty())
                .then(|| view! { <p class="ub-text">{r.comment.clone()}</p> });
            view! {
                <details class="coaching-result">
                    <summary>{t!(i18n, dialog.coaching_hasil)} ": " {mean} " / 5"</summary>
                    <ol class="coaching-scores">{rows}</ol>
                    {comment}
                </details>
            }
            .into_any()
        } else if current.with(|d| d.can_rate) {
            view! { <CoachingForm current on_changed base=base.clone()/> }.into_any()
        } else {
            ().into_any()
        }
    }
}

#[component]
fn CoachingForm(
    current: RwSignal<DialogKinerja>,
    on_changed: Callback<()>,
    base: String,
) -> impl IntoView {
    let i18n = use_i18n();
    let scores = RwSignal::new([0i64; 9]);
    let comment = RwSignal::new(String::new());
    let busy = RwSignal::new(false);
    let error = RwSignal::new(None::<ApiError>);
    let submit = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        let given = scores.get_untracked();
        if given.contains(&0) {
            error.set(Some(ApiError::validation(t_string!(
                i18n,
                dialog.coaching_lengkapi
            ))));
            return;
        }
        let id = current.with_untracked(|d| d.id.clone());
        let input = PenilaianCoachingInput {
            scores: given.to_vec(),
            comment: comment.get_untracked(),
        };
        busy.set(true);
        error.set(None);
        spawn_local(async move {
            match nilai_coaching(id, input).await {
                Ok(fresh) => {
                    current.set(fresh);
                    on_changed.run(());
                }
                Err(e) => error.set(Some(e)),
            }
            busy.set(false);
        });
    };
    let scale_id = format!("{base}-scale");
    let comment_id = format!("{base}-comment");
    let h_id = format!("{base}-h");
    let fields = (0..PERNYATAAN.len())
        .map(|i| {
            let name = format!("{base}-s{i}");
            let scale_id = scale_id.clone();
            let options = (1..=5i64)
                .map(|n| {
                    let name = name.clone();
                    view! {
                        <label class="skor-option">
                            <input type="radio" name=name value=n.to_string() aria-describedby=scale_id.clone()
                                prop:checked=move || scores.with(|s| s[i] == n)
                                on:change=move |_| scores.update(|s| s[i] = n)/>
                            <span>{n}</span>
                        </label>
                    }
                })
                .collect_view();
            view! {
                <fieldset class="skor">
                    <legend>{i + 1} ". " {labels::pernyataan(i18n, i)}</legend>
                    <div class="skor-options">{options}</div>
                </fieldset>
            }
        })
        .collect_view();
    let labelled = h_id.clone();
    view! {
        <form class="coaching-form" on:submit=submit novalidate=true aria-labelledby=labelled>
            <h4 id=h_id>{t!(i18n, dialog.coaching_heading)}</h4>
            <p id=scale_id class="muted">{t!(i18n, dialog.coaching_skala)}</p>
            {fields}
            <div class="field">
                <label for=comment_id.clone()>{t!(i18n, dialog.coaching_komentar)}</label>
                <textarea id=comment_id rows="3" maxlength=KOMENTAR_MAKS.to_string() bind:value=comment></textarea>
            </div>
            {move || error.get().map(|error| view! { <ErrorMessage error/> })}
            <button type="submit" class="button" disabled=move || busy.get() aria-busy=move || busy.get().then_some("true")>
                {t!(i18n, dialog.coaching_kirim)}
            </button>
        </form>
    }
}

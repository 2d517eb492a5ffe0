use leptos::prelude::*;

use crate::domain::rating::Rating;
use crate::i18n::*;
use crate::ui::tim::labels::rating_label;

/// One rating (Di Atas / Sesuai / Di Bawah Ekspektasi) as a group of radio buttons with its
/// legend: works with the keyboard, and a screen reader names the group.
#[component]
pub fn RatingChoice(
    /// The group's name and id prefix.
    name: &'static str,
    #[prop(into)] legend: Signal<String>,
    value: RwSignal<Option<Rating>>,
    #[prop(optional)] disabled: bool,
) -> impl IntoView {
    let i18n = use_i18n();
    view! {
        <fieldset class="rating-choice">
            <legend>{move || legend.get()}</legend>
            {Rating::ALL.into_iter().map(|r| {
                let id = format!("{name}-{}", r.code().to_lowercase());
                let for_id = id.clone();
                view! {
                    <label for=for_id class="radio">
                        <input type="radio" id=id name=name value=r.code()
                            prop:checked=move || value.get() == Some(r)
                            disabled=disabled
                            on:change=move |_| value.set(Some(r))/>
                        {move || rating_label(i18n, r)}
                    </label>
                }
            }).collect_view()}
        </fieldset>
    }
}

/// The judgement of one RHK utama: a select, "not judged" allowed (Di Atas Hasil Kerja needs
/// every RHK utama judged, and none below expectation).
#[component]
pub fn RhkJudgement(
    rhk_id: String,
    judul: String,
    value: RwSignal<Option<Rating>>,
) -> impl IntoView {
    let i18n = use_i18n();
    let id = crate::ui::skp::labels::dom_id("nilai-rhk", &rhk_id);
    view! {
        <div class="field rhk-judgement">
            <label for=id.clone()>{judul}</label>
            <select id=id on:change=move |ev| value.set(Rating::from_code(&event_target_value(&ev)))>
                <option value="" selected=move || value.get().is_none()>{t!(i18n, evaluasi.rhk_belum)}</option>
                {Rating::ALL.into_iter().map(|r| view! {
                    <option value=r.code() selected=move || value.get() == Some(r)>{move || rating_label(i18n, r)}</option>
                }).collect_view()}
            </select>
        </div>
    }
}

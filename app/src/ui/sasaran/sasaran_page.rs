use leptos::either::Either;
use leptos::prelude::*;
use leptos_meta::Title;

use super::board::SasaranBoard;
use crate::api::sasaran::{can_edit_sasaran, list_sasaran};
use crate::i18n::*;
use crate::ui::common::error_message::ErrorMessage;
use crate::ui::common::loading::Loading;

/// `/sasaran`: this year's strategic goals as cards; editors also get the forms and the
/// import. The resources are created here, outside the `Suspense`.
#[component]
pub fn SasaranPage() -> impl IntoView {
    let i18n = use_i18n();
    let goals = Resource::new(|| (), |_| list_sasaran());
    let editor = Resource::new(|| (), |_| can_edit_sasaran());
    view! {
        <Title text=move || t_string!(i18n, sasaran.title).to_string()/>
        <div class="page sasaran-page">
            <h1>{t!(i18n, sasaran.heading)}</h1>
            <p class="sasaran-intro">{t!(i18n, sasaran.intro)}</p>
            <Suspense fallback=|| view! { <Loading/> }>
                {move || Suspend::new(async move {
                    let can_edit = editor.await.unwrap_or(false);
                    match goals.await {
                        Ok(list) => Either::Left(view! { <SasaranBoard list can_edit/> }),
                        Err(error) => Either::Right(view! { <ErrorMessage error/> }),
                    }
                })}
            </Suspense>
        </div>
    }
}

use leptos::prelude::*;
use leptos_meta::Title;

use super::peta_kontribusi::PetaKontribusiView;
use crate::i18n::*;

/// `/kontribusi`: the signed-in employee's Peta Kontribusi.
#[component]
pub fn KontribusiPage() -> impl IntoView {
    let i18n = use_i18n();
    view! {
        <Title text=move || t_string!(i18n, tim.peta_heading).to_string()/>
        <div class="page">
            <PetaKontribusiView page=true/>
        </div>
    }
}

use leptos::either::Either;
use leptos::prelude::*;
use leptos_meta::Title;

use super::pengaturan_form::PengaturanForm;
use crate::api::pengaturan::get_pengaturan;
use crate::i18n::*;
use crate::ui::common::error_message::ErrorMessage;
use crate::ui::common::loading::Loading;

/// `/pengaturan`: the agency's evaluation settings, for admins (the server refuses others
/// with its reason, shown inline).
#[component]
pub fn PengaturanPage() -> impl IntoView {
    let i18n = use_i18n();
    let settings = Resource::new(|| (), |_| get_pengaturan());
    // the form is rebuilt with the new version after a save, so the notice lives here
    let notice = RwSignal::new(None::<String>);
    let on_saved = Callback::new(move |_: ()| {
        notice.set(Some(t_string!(i18n, pengaturan.saved).to_string()));
        settings.refetch();
    });
    view! {
        <Title text=move || t_string!(i18n, pengaturan.title).to_string()/>
        <div class="page">
            <h1>{t!(i18n, pengaturan.title)}</h1>
            <p class="muted">{t!(i18n, pengaturan.intro)}</p>
            <p class="notice" role="status" aria-live="polite">{move || notice.get()}</p>
            <Transition fallback=|| view! { <Loading/> }>
                {move || Suspend::new(async move {
                    match settings.await {
                        Ok(s) => Either::Left(view! { <PengaturanForm s on_saved/> }),
                        Err(error) => Either::Right(view! { <ErrorMessage error/> }),
                    }
                })}
            </Transition>
        </div>
    }
}

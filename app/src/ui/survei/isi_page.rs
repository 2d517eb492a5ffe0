use leptos::either::Either;
use leptos::prelude::*;
use leptos_meta::Title;
use leptos_router::hooks::use_params_map;

use super::labels::{day, group_label};
use super::skor_fields::SkorFields;
use crate::api::survei::{formulir_undangan_360, JawabUndangan360};
use crate::i18n::*;
use crate::ui::common::error_message::{error_text, ErrorMessage};
use crate::ui::common::loading::Loading;

/// `/umpan-balik-360/isi/:id`: an invited colleague answers, once; then back to the list.
#[component]
pub fn IsiPage() -> impl IntoView {
    let i18n = use_i18n();
    let params = use_params_map();
    let id = Memo::new(move |_| params.read().get("id").unwrap_or_default());
    let form = Resource::new(move || id.get(), formulir_undangan_360);
    let jawab = ServerAction::<JawabUndangan360>::new();
    let error = move || {
        jawab
            .value()
            .get()
            .and_then(Result::err)
            .map(|e| error_text(i18n, &e))
    };
    view! {
        <Title text=move || t_string!(i18n, survei.form_title).to_string()/>
        <div class="page page-narrow">
            <p class="back-link"><a href="/umpan-balik-360">{t!(i18n, survei.kembali)}</a></p>
            <h1>{t!(i18n, survei.form_title)}</h1>
            <Suspense fallback=|| view! { <Loading/> }>
                {move || Suspend::new(async move {
                    match form.await {
                        Ok(f) => Either::Left(view! {
                            <dl class="facts">
                                <div><dt>{t!(i18n, survei.tentang)}</dt><dd>{f.subject_name} " · " {f.subject_jabatan}</dd></div>
                                <div><dt>{t!(i18n, survei.sebagai)}</dt><dd>{group_label(i18n, &f.group)}</dd></div>
                                <div><dt>{t!(i18n, survei.berlaku_sampai)}</dt><dd>{day(&f.expires_at)}</dd></div>
                            </dl>
                            <p class="muted">{t!(i18n, survei.anonim_note)}</p>
                            <ActionForm action=jawab attr:class="form skor-form">
                                <input type="hidden" name="undangan" value=id.get_untracked()/>
                                <SkorFields/>
                                {move || error().map(|msg| view! { <p class="error" role="alert">{msg}</p> })}
                                <button type="submit" class="button primary"
                                    aria-busy=move || jawab.pending().get().then_some("true")>
                                    {t!(i18n, survei.kirim)}
                                </button>
                            </ActionForm>
                        }),
                        Err(error) => Either::Right(view! { <ErrorMessage error/> }),
                    }
                })}
            </Suspense>
        </div>
    }
}

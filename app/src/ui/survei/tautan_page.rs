use leptos::either::EitherOf3;
use leptos::prelude::*;
use leptos_meta::Title;
use leptos_router::hooks::use_params_map;

use super::labels::{day, group_label};
use super::skor_fields::SkorFields;
use crate::api::survei::{formulir_tautan_360, JawabTautan360};
use crate::i18n::*;
use crate::ui::common::error_message::{error_text, ErrorMessage};
use crate::ui::common::loading::Loading;
use crate::ui::evaluasi::labels::query_param;

/// `/360/:token`: a service user's feedback form, open without an account. A plain form
/// post before hydration (the answer redirects to `?selesai=1`), a server action after.
/// A used, expired or unknown link says so instead of showing the form.
#[component]
pub fn TautanPage() -> impl IntoView {
    let i18n = use_i18n();
    let params = use_params_map();
    let token = Memo::new(move |_| params.read().get("token").unwrap_or_default());
    let selesai = query_param("selesai");
    let form = Resource::new(move || token.get(), formulir_tautan_360);
    let jawab = ServerAction::<JawabTautan360>::new();
    let error = move || {
        jawab
            .value()
            .get()
            .and_then(Result::err)
            .map(|e| error_text(i18n, &e))
    };
    view! {
        <Title text=move || t_string!(i18n, survei.form_title).to_string()/>
        <main id="main" class="login survei-public" tabindex="-1">
            <div class="login-card">
                <p class="brand login-brand">
                    <span class="brand-mark" aria-hidden="true">"R"</span>
                    <span class="brand-name">{t!(i18n, app_name)}</span>
                </p>
                <Suspense fallback=|| view! { <Loading/> }>
                    {move || Suspend::new(async move {
                        let f = form.await;
                        if selesai.get().is_some() {
                            return EitherOf3::A(view! {
                                <h1>{t!(i18n, survei.terima_kasih_heading)}</h1>
                                <p role="status">{t!(i18n, survei.terima_kasih)}</p>
                            });
                        }
                        match f {
                            Ok(f) => EitherOf3::B(view! {
                                <h1>{t!(i18n, survei.form_title)}</h1>
                                <dl class="facts">
                                    <div><dt>{t!(i18n, survei.tentang)}</dt><dd>{f.subject_name} " · " {f.subject_jabatan}</dd></div>
                                    <div><dt>{t!(i18n, survei.instansi)}</dt><dd>{f.instansi_name}</dd></div>
                                    <div><dt>{t!(i18n, survei.sebagai)}</dt><dd>{group_label(i18n, &f.group)}</dd></div>
                                    <div><dt>{t!(i18n, survei.berlaku_sampai)}</dt><dd>{day(&f.expires_at)}</dd></div>
                                </dl>
                                <p class="muted">{t!(i18n, survei.anonim_note)}</p>
                                <ActionForm action=jawab attr:class="form skor-form">
                                    <input type="hidden" name="token" value=token.get_untracked()/>
                                    <SkorFields/>
                                    {move || error().map(|msg| view! { <p class="error" role="alert">{msg}</p> })}
                                    <button type="submit" class="button primary block"
                                        aria-busy=move || jawab.pending().get().then_some("true")>
                                        {t!(i18n, survei.kirim)}
                                    </button>
                                </ActionForm>
                            }),
                            Err(error) => EitherOf3::C(view! {
                                <h1>{t!(i18n, survei.link_error_heading)}</h1>
                                <ErrorMessage error/>
                            }),
                        }
                    })}
                </Suspense>
            </div>
        </main>
    }
}

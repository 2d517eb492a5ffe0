use leptos::either::Either;
use leptos::prelude::*;
use leptos_meta::Title;
use leptos_router::components::Redirect;
use leptos_router::hooks::use_query_map;

use super::login_form::LoginForm;
use crate::api::auth::{current_user, safe_next};
use crate::i18n::*;
use crate::ui::common::lang_switch::LanguageSwitch;
use crate::ui::common::loading::Loading;

/// `/login`: the only page open without a session. Signed-in visitors go on to `next`.
#[component]
pub fn LoginPage() -> impl IntoView {
    let i18n = use_i18n();
    let query = use_query_map();
    let next = Memo::new(move |_| safe_next(query.with(|q| q.get("next")).as_deref()));
    let me = Resource::new_blocking(|| (), |_| current_user());
    view! {
        <Title text=move || t_string!(i18n, login.title).to_string()/>
        <main id="main" class="login" tabindex="-1">
            <div class="login-card">
                <p class="brand login-brand">
                    <span class="brand-mark" aria-hidden="true">"R"</span>
                    <span class="brand-name">{t!(i18n, app_name)}</span>
                    <span class="brand-tagline">{t!(i18n, tagline)}</span>
                </p>
                <h1>{t!(i18n, login.heading)}</h1>
                <p class="muted">{t!(i18n, login.intro)}</p>
                <Suspense fallback=|| view! { <Loading/> }>
                    {move || Suspend::new(async move {
                        match me.await {
                            Ok(Some(_)) => Either::Left(view! { <Redirect path=next.get_untracked()/> }),
                            _ => Either::Right(view! { <LoginForm next/> }),
                        }
                    })}
                </Suspense>
                <section class="login-lang" aria-labelledby="login-lang-heading">
                    <h2 id="login-lang-heading" class="visually-hidden">{t!(i18n, lang.heading)}</h2>
                    <LanguageSwitch/>
                </section>
            </div>
        </main>
    }
}

use leptos::either::Either;
use leptos::prelude::*;
use leptos_meta::Title;

use super::employment_details::EmploymentDetails;
use super::logout_form::LogoutForm;
use crate::api::profile::my_profile;
use crate::domain::dto::Me;
use crate::domain::role::Role;
use crate::i18n::*;
use crate::ui::common::error_message::ErrorMessage;
use crate::ui::common::lang_switch::LanguageSwitch;
use crate::ui::common::loading::Loading;

/// `/profil`: the account, the employee record, the language and signing out.
#[component]
pub fn ProfilePage() -> impl IntoView {
    let i18n = use_i18n();
    let profile = Resource::new(|| (), |_| my_profile());
    view! {
        <Title text=move || t_string!(i18n, profile.title).to_string()/>
        <div class="page">
            <h1>{t!(i18n, profile.heading)}</h1>
            <Suspense fallback=|| view! { <Loading/> }>
                {move || Suspend::new(async move {
                    match profile.await {
                        Ok(p) => Either::Left(view! {
                            <Account me=p.me.clone()/>
                            <EmploymentDetails employee=p.employee/>
                        }),
                        Err(error) => Either::Right(view! { <ErrorMessage error/> }),
                    }
                })}
            </Suspense>
            <section class="panel" aria-labelledby="profile-lang">
                <h2 id="profile-lang">{t!(i18n, lang.heading)}</h2>
                <LanguageSwitch/>
            </section>
            <section class="panel" aria-labelledby="profile-session">
                <h2 id="profile-session">{t!(i18n, profile.session)}</h2>
                <LogoutForm/>
            </section>
        </div>
    }
}

fn role_label(i18n: leptos_i18n::I18nContext<Locale>, r: Role) -> &'static str {
    match r {
        Role::Pegawai => t_string!(i18n, roles.pegawai),
        Role::Ppk => t_string!(i18n, roles.ppk),
        Role::Pimpinan => t_string!(i18n, roles.pimpinan),
        Role::Admin => t_string!(i18n, roles.admin),
        Role::Auditor => t_string!(i18n, roles.auditor),
    }
}

#[component]
fn Account(me: Me) -> impl IntoView {
    let i18n = use_i18n();
    let roles = me.roles.clone();
    view! {
        <section class="panel" aria-labelledby="profile-account">
            <h2 id="profile-account">{me.name.clone()}</h2>
            <dl class="facts">
                <div>
                    <dt>{t!(i18n, profile.username)}</dt>
                    <dd>{me.username.clone()}</dd>
                </div>
                <div>
                    <dt>{t!(i18n, profile.instansi)}</dt>
                    <dd>{me.instansi_name.clone()}</dd>
                </div>
                <div>
                    <dt>{t!(i18n, profile.roles)}</dt>
                    <dd>
                        <ul class="tags">
                            {move || roles.iter().map(|r| view! { <li class="tag">{role_label(i18n, *r)}</li> }).collect_view()}
                        </ul>
                    </dd>
                </div>
            </dl>
        </section>
    }
}

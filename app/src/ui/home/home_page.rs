use leptos::prelude::*;
use leptos_meta::Title;

use crate::i18n::*;
use crate::ui::common::icons::{CascadeIcon, KalibrasiIcon, OrgIcon, ProfileIcon, SkpIcon};
use crate::ui::layout::app_layout::CurrentUser;
use crate::ui::tim::icon::TimIcon;
use crate::ui::tim::peta_kontribusi::PetaKontribusiView;

/// `/`: a greeting, the employee's Peta Kontribusi (their home screen on a phone) and the
/// ways on.
#[component]
pub fn HomePage() -> impl IntoView {
    let i18n = use_i18n();
    let me = expect_context::<CurrentUser>().0;
    view! {
        <Title text=move || t_string!(i18n, home.title).to_string()/>
        <div class="page">
            <Suspense fallback=|| view! { <h1>{t!(use_i18n(), home.title)}</h1> }>
                {move || Suspend::new(async move {
                    let user = me.await.ok().flatten();
                    let name = user.as_ref().map(|u| u.name.clone()).unwrap_or_default();
                    let instansi = user.map(|u| u.instansi_name).unwrap_or_default();
                    view! {
                        <h1>{t!(i18n, home.greeting, name)}</h1>
                        <p class="muted">{instansi}</p>
                    }
                })}
            </Suspense>
            <p>{t!(i18n, home.intro)}</p>
            <p class="card dp-home">
                <KalibrasiIcon/>
                <a href="/dasbor/pegawai" class="card-link">{t!(i18n, dasbor_saya.home_link)}</a>
                <span class="muted">{t!(i18n, dasbor_saya.home_desc)}</span>
            </p>
            <PetaKontribusiView/>
            <section aria-labelledby="home-shortcuts">
                <h2 id="home-shortcuts">{t!(i18n, home.shortcuts)}</h2>
                <ul class="cards">
                    <li class="card">
                        <SkpIcon/>
                        <a href="/skp" class="card-link">{t!(i18n, home.skp_link)}</a>
                        <p class="muted">{t!(i18n, home.skp_desc)}</p>
                    </li>
                    <li class="card">
                        <TimIcon/>
                        <a href="/tim" class="card-link">{t!(i18n, home.tim_link)}</a>
                        <p class="muted">{t!(i18n, home.tim_desc)}</p>
                    </li>
                    <li class="card">
                        <CascadeIcon/>
                        <a href="/cascade" class="card-link">{t!(i18n, home.cascade_link)}</a>
                        <p class="muted">{t!(i18n, home.cascade_desc)}</p>
                    </li>
                    <li class="card">
                        <CascadeIcon/>
                        <a href="/sasaran" class="card-link">{t!(i18n, home.sasaran_link)}</a>
                        <p class="muted">{t!(i18n, home.sasaran_desc)}</p>
                    </li>
                    <li class="card">
                        <OrgIcon/>
                        <a href="/organisasi" class="card-link">{t!(i18n, home.org_link)}</a>
                        <p class="muted">{t!(i18n, home.org_desc)}</p>
                    </li>
                    <li class="card">
                        <ProfileIcon/>
                        <a href="/profil" class="card-link">{t!(i18n, home.profile_link)}</a>
                        <p class="muted">{t!(i18n, home.profile_desc)}</p>
                    </li>
                </ul>
            </section>
        </div>
    }
}

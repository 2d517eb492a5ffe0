use leptos::prelude::*;
use leptos_router::components::A;

use crate::i18n::*;
use crate::ui::common::icons::{CascadeIcon, HomeIcon, OrgIcon, ProfileIcon, SkpIcon};
use crate::ui::tim::icon::TimIcon;

/// The one main navigation: a sidebar on desktop, a bottom bar on phones (CSS decides).
/// `A` marks the current page with `aria-current="page"`.
#[component]
pub fn MainNav() -> impl IntoView {
    let i18n = use_i18n();
    view! {
        <nav class="mainnav" aria-label=move || t_string!(i18n, nav.label).to_string()>
            <ul>
                <li>
                    <A href="/" exact=true>
                        <HomeIcon/>
                        <span>{t!(i18n, nav.home)}</span>
                    </A>
                </li>
                <li>
                    <A href="/skp">
                        <SkpIcon/>
                        <span>{t!(i18n, nav.skp)}</span>
                    </A>
                </li>
                <li>
                    <A href="/tim">
                        <TimIcon/>
                        <span>{t!(i18n, nav.tim)}</span>
                    </A>
                </li>
                <li>
                    <A href="/cascade">
                        <CascadeIcon/>
                        <span>{t!(i18n, nav.cascade)}</span>
                    </A>
                </li>
                <li>
                    <A href="/organisasi">
                        <OrgIcon/>
                        <span>{t!(i18n, nav.org)}</span>
                    </A>
                </li>
                <li>
                    <A href="/profil">
                        <ProfileIcon/>
                        <span>{t!(i18n, nav.profile)}</span>
                    </A>
                </li>
            </ul>
        </nav>
    }
}

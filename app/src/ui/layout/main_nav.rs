use leptos::prelude::*;
use leptos_router::components::A;

use crate::api::dasbor::akses_dasbor;
use crate::api::evaluasi::akses_evaluasi;
use crate::i18n::*;
use crate::ui::common::icons::{
    CascadeIcon, DasborIcon, HomeIcon, InovasiIcon, KalibrasiIcon, KeberatanIcon, OrgIcon,
    PengaturanIcon, PenilaianIcon, ProfileIcon, SkpIcon, TalentaIcon, UmpanBalikIcon,
};
use crate::ui::tim::icon::TimIcon;

/// The one main navigation: a sidebar on desktop, a bottom bar on phones (CSS decides).
/// `A` marks the current page with `aria-current="page"`. The evaluation entries follow the
/// user's role: leaders get Penilaian (on a phone only that one; the page links the others),
/// Kalibrasi, Keberatan and Tindak lanjut; everyone else their result. Unit heads, admins and
/// auditors get the Dasbor (on a phone too).
#[component]
pub fn MainNav() -> impl IntoView {
    let i18n = use_i18n();
    let akses = Resource::new(|| (), |_| akses_evaluasi());
    let punya_dasbor = Resource::new(|| (), |_| akses_dasbor());
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
                <li class="nav-wide">
                    <A href="/umpan-balik">
                        <UmpanBalikIcon/>
                        <span>{t!(i18n, umpan_balik.nav)}</span>
                    </A>
                </li>
                <li>
                    <A href="/tim">
                        <TimIcon/>
                        <span>{t!(i18n, nav.tim)}</span>
                    </A>
                </li>
                <Transition fallback=|| ()>
                    {move || Suspend::new(async move {
                        // unit heads, admins and auditors; on a phone too
                        punya_dasbor.await.unwrap_or(false).then(|| view! {
                            <li><A href="/dasbor"><DasborIcon/><span>{t!(i18n, dasbor.nav)}</span></A></li>
                        })
                    })}
                </Transition>
                <Transition fallback=|| ()>
                    {move || Suspend::new(async move {
                        let a = akses.await.ok();
                        let leader = a.as_ref().is_some_and(|a| a.menilai || a.memimpin);
                        let memimpin = a.as_ref().is_some_and(|a| a.memimpin);
                        let pegawai = a.as_ref().is_some_and(|a| a.pegawai_id.is_some());
                        let admin = a.as_ref().is_some_and(|a| a.admin);
                        // leaders reach their own result from the Penilaian page on a phone
                        let hasil_class = if leader { "nav-wide" } else { "" };
                        view! {
                            {leader.then(|| view! {
                                <li><A href="/penilaian"><PenilaianIcon/><span>{t!(i18n, evaluasi.nav_penilaian)}</span></A></li>
                            })}
                            {memimpin.then(|| view! {
                                <li class="nav-wide"><A href="/kalibrasi"><KalibrasiIcon/><span>{t!(i18n, evaluasi.nav_kalibrasi)}</span></A></li>
                            })}
                            {leader.then(|| view! {
                                <li class="nav-wide"><A href="/keberatan"><KeberatanIcon/><span>{t!(i18n, evaluasi.nav_keberatan)}</span></A></li>
                            })}
                            {memimpin.then(|| view! {
                                <li class="nav-wide"><A href="/tindak-lanjut"><TalentaIcon/><span>{t!(i18n, tindak_lanjut.nav)}</span></A></li>
                            })}
                            {admin.then(|| view! {
                                <li class="nav-wide"><A href="/pengaturan"><PengaturanIcon/><span>{t!(i18n, pengaturan.nav)}</span></A></li>
                            })}
                            {pegawai.then(|| view! {
                                <li class=hasil_class><A href="/evaluasi-saya"><PenilaianIcon/><span>{t!(i18n, evaluasi.nav_hasil)}</span></A></li>
                            })}
                        }
                    })}
                </Transition>
                <li class="nav-wide">
                    <A href="/umpan-balik-360">
                        <PenilaianIcon/>
                        <span>{t!(i18n, survei.nav)}</span>
                    </A>
                </li>
                <li class="nav-wide">
                    <A href="/inovasi">
                        <InovasiIcon/>
                        <span>{t!(i18n, inovasi.nav)}</span>
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

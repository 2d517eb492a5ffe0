//! The Leptos UI: the HTML shell, the router and the pages. Each feature has its folder
//! (`ui/<feature>/`), each route a page file that composes the feature's components.

pub mod auth;
pub mod cascade;
pub mod common;
pub mod dasbor;
pub mod dasbor_pegawai;
pub mod dialog;
pub mod evaluasi;
pub mod home;
pub mod inovasi;
pub mod layout;
pub mod notifikasi;
pub mod org;
pub mod pengaturan;
pub mod profile;
pub mod realisasi;
pub mod sasaran;
pub mod skp;
pub mod survei;
pub mod tim;
pub mod tindak_lanjut;
pub mod umpan_balik;

use leptos::prelude::*;
use leptos_meta::{provide_meta_context, Link, Meta, MetaTags, Stylesheet, Title};
use leptos_router::components::{ParentRoute, Route, Router, Routes};
use leptos_router::{path, SsrMode};

use crate::i18n::*;
use common::not_found::NotFound;

/// The HTML document around the app, rendered on the server. `lang` and `dir` on `<html>`
/// come from the i18n context (leptos_meta inserts them).
pub fn shell(options: LeptosOptions) -> impl IntoView {
    view! {
        <!DOCTYPE html>
        <html>
            <head>
                <meta charset="utf-8"/>
                <meta name="viewport" content="width=device-width, initial-scale=1"/>
                <AutoReload options=options.clone()/>
                <HydrationScripts options/>
                <MetaTags/>
            </head>
            <body>
                <App/>
            </body>
        </html>
    }
}

/// The language cookie is only read here, never written: the server sets it when the switch
/// is posted (`api::prefs::set_language`). leptos_i18n would otherwise write the locale it
/// hydrated with, and a switch tapped before hydration finished got overwritten.
fn lang_cookie_options() -> leptos_i18n::context::CookieOptions<Locale> {
    leptos_i18n::context::CookieOptions::default().readonly(true)
}

/// Bahasa Indonesia unless the cookie says otherwise: the browser's Accept-Language is
/// deliberately ignored, so the default does not depend on the browser.
fn no_accept_language() -> leptos_i18n::context::UseLocalesOptions {
    leptos_i18n::context::UseLocalesOptions::default().ssr_lang_header_getter(|| None)
}

#[component]
pub fn App() -> impl IntoView {
    provide_meta_context();
    view! {
        <I18nContextProvider
            cookie_name=crate::api::LANG_COOKIE
            cookie_options=lang_cookie_options()
            ssr_lang_header_getter=no_accept_language()
        >
            <Stylesheet id="leptos" href="/pkg/rantai.css"/>
            <Link rel="icon" href="/favicon.ico"/>
            <Meta name="theme-color" content="#0b4f79"/>
            <Title formatter=|page: String| {
                if page.is_empty() { "Rantai".to_string() } else { format!("{page} · Rantai") }
            }/>
            <common::skip_link::SkipLink/>
            <Router>
                <Routes fallback=NotFound>
                    <Route path=path!("/login") view=auth::login_page::LoginPage ssr=SsrMode::Async/>
                    <Route path=path!("/360/:token") view=survei::tautan_page::TautanPage ssr=SsrMode::Async/>
                    <ParentRoute path=path!("") view=layout::app_layout::AppLayout ssr=SsrMode::Async>
                        <Route path=path!("") view=home::home_page::HomePage ssr=SsrMode::Async/>
                        <Route path=path!("organisasi") view=org::org_page::OrgPage ssr=SsrMode::Async/>
                        <Route path=path!("profil") view=profile::profile_page::ProfilePage ssr=SsrMode::Async/>
                        <Route path=path!("skp") view=skp::my_skp_page::MySkpPage ssr=SsrMode::Async/>
                        <Route path=path!("skp/bawahan") view=skp::bawahan_page::BawahanPage ssr=SsrMode::Async/>
                        <Route path=path!("cascade") view=cascade::cascade_page::CascadePage ssr=SsrMode::Async/>
                        <Route path=path!("sasaran") view=sasaran::sasaran_page::SasaranPage ssr=SsrMode::Async/>
                        <Route path=path!("dasbor/pegawai") view=dasbor_pegawai::dasbor_pegawai_page::DasborPegawaiPage ssr=SsrMode::Async/>
                        <Route path=path!("kontribusi") view=tim::kontribusi_page::KontribusiPage ssr=SsrMode::Async/>
                        <Route path=path!("tim") view=tim::tim_list_page::TimListPage ssr=SsrMode::Async/>
                        <Route path=path!("tim/:id") view=tim::tim_page::TimPage ssr=SsrMode::Async/>
                        <Route path=path!("penilaian") view=evaluasi::penilaian_page::PenilaianPage ssr=SsrMode::Async/>
                        <Route path=path!("evaluasi-saya") view=evaluasi::hasil_saya_page::HasilSayaPage ssr=SsrMode::Async/>
                        <Route path=path!("dasbor") view=dasbor::dasbor_page::DasborPage ssr=SsrMode::Async/>
                        <Route path=path!("kalibrasi") view=evaluasi::kalibrasi_page::KalibrasiPage ssr=SsrMode::Async/>
                        <Route path=path!("keberatan") view=evaluasi::keberatan_page::KeberatanPage ssr=SsrMode::Async/>
                        <Route path=path!("pengaturan") view=pengaturan::pengaturan_page::PengaturanPage ssr=SsrMode::Async/>
                        <Route path=path!("tindak-lanjut") view=tindak_lanjut::talenta_page::TalentaPage ssr=SsrMode::Async/>
                        <Route path=path!("realisasi") view=realisasi::realisasi_page::RealisasiPage ssr=SsrMode::Async/>
                        <Route path=path!("umpan-balik") view=umpan_balik::umpan_balik_page::UmpanBalikPage ssr=SsrMode::Async/>
                        <Route path=path!("dialog") view=dialog::dialog_page::DialogPage ssr=SsrMode::Async/>
                        <Route path=path!("inovasi") view=inovasi::inovasi_page::InovasiPage ssr=SsrMode::Async/>
                        <Route path=path!("notifikasi") view=notifikasi::notifikasi_page::NotifikasiPage ssr=SsrMode::Async/>
                        <Route path=path!("umpan-balik-360") view=survei::umpan_balik_page::UmpanBalikPage ssr=SsrMode::Async/>
                        <Route path=path!("umpan-balik-360/isi/:id") view=survei::isi_page::IsiPage ssr=SsrMode::Async/>
                        <Route path=path!("angka-kredit") view=tindak_lanjut::angka_kredit_page::AngkaKreditPage ssr=SsrMode::Async/>
                    </ParentRoute>
                </Routes>
            </Router>
        </I18nContextProvider>
    }
}

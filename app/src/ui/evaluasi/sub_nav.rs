use leptos::prelude::*;
use leptos_router::components::A;

use crate::api::evaluasi::akses_evaluasi;
use crate::i18n::*;

/// The evaluation pages linked to one another (on a phone the bottom bar has room for one).
#[component]
pub fn EvaluasiSubNav() -> impl IntoView {
    let i18n = use_i18n();
    let akses = Resource::new(|| (), |_| akses_evaluasi());
    view! {
        <nav class="eval-subnav" aria-label=move || t_string!(i18n, evaluasi.subnav).to_string()>
            <Transition fallback=|| ()>
                {move || Suspend::new(async move {
                    let a = akses.await.ok();
                    let menilai = a.as_ref().is_some_and(|a| a.menilai);
                    let memimpin = a.as_ref().is_some_and(|a| a.memimpin);
                    let pegawai = a.as_ref().is_some_and(|a| a.pegawai_id.is_some());
                    let admin = a.as_ref().is_some_and(|a| a.admin);
                    view! {
                        <ul>
                            {menilai.then(|| view! { <li><A href="/penilaian">{t!(i18n, evaluasi.nav_penilaian)}</A></li> })}
                            {memimpin.then(|| view! { <li><A href="/kalibrasi">{t!(i18n, evaluasi.nav_kalibrasi)}</A></li> })}
                            {(menilai || memimpin).then(|| view! { <li><A href="/keberatan">{t!(i18n, evaluasi.nav_keberatan)}</A></li> })}
                            {memimpin.then(|| view! { <li><A href="/tindak-lanjut">{t!(i18n, tindak_lanjut.nav)}</A></li> })}
                            {pegawai.then(|| view! { <li><A href="/evaluasi-saya">{t!(i18n, evaluasi.nav_hasil)}</A></li> })}
                            {pegawai.then(|| view! { <li><A href="/angka-kredit" exact=true>{t!(i18n, tindak_lanjut.nav_ak)}</A></li> })}
                            {admin.then(|| view! { <li><A href="/pengaturan">{t!(i18n, pengaturan.nav)}</A></li> })}
                        </ul>
                    }
                })}
            </Transition>
        </nav>
    }
}

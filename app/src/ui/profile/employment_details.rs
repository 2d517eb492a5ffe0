use leptos::either::Either;
use leptos::prelude::*;

use crate::domain::dto::Employee;
use crate::domain::nip::Nip;
use crate::i18n::*;

/// The printed NIP form (`19850412 201001 1 003`), or the raw text if it is not a valid NIP.
pub fn nip_display(nip: &str) -> String {
    Nip::parse(nip)
        .map(|n| n.formatted())
        .unwrap_or_else(|_| nip.to_string())
}

/// The employee record of the signed-in user: NIP, pangkat/golongan, jabatan, unit, PPK.
#[component]
pub fn EmploymentDetails(employee: Option<Employee>) -> impl IntoView {
    let i18n = use_i18n();
    let Some(e) = employee else {
        return Either::Left(view! {
            <section class="panel" aria-labelledby="profile-employment">
                <h2 id="profile-employment">{t!(i18n, profile.employment)}</h2>
                <p class="muted">{t!(i18n, profile.no_employee)}</p>
            </section>
        });
    };
    let none = move || t_string!(i18n, profile.none).to_string();
    let ppk = e.ppk_name.clone();
    let atasan = e.atasan_ppk_name.clone();
    Either::Right(view! {
        <section class="panel" aria-labelledby="profile-employment">
            <h2 id="profile-employment">{t!(i18n, profile.employment)}</h2>
            <dl class="facts">
                <div>
                    <dt>{t!(i18n, profile.nip)}</dt>
                    <dd class="nip">{nip_display(&e.nip)}</dd>
                </div>
                <div>
                    <dt>{t!(i18n, profile.status_asn)}</dt>
                    <dd>{e.status_asn.clone()}</dd>
                </div>
                <div>
                    <dt>{t!(i18n, profile.pangkat)}</dt>
                    <dd>{e.pangkat.clone()}</dd>
                </div>
                <div>
                    <dt>{t!(i18n, profile.jabatan)}</dt>
                    <dd>{e.jabatan.clone()}</dd>
                </div>
                <div>
                    <dt>{t!(i18n, profile.unit)}</dt>
                    <dd>
                        <a href=format!("/organisasi?unit={}", e.unit_id)>{e.unit_name.clone()}</a>
                    </dd>
                </div>
                <div>
                    <dt>{t!(i18n, profile.ppk)}</dt>
                    <dd>{move || ppk.clone().unwrap_or_else(none)}</dd>
                </div>
                <div>
                    <dt>{t!(i18n, profile.atasan_ppk)}</dt>
                    <dd>{move || atasan.clone().unwrap_or_else(none)}</dd>
                </div>
            </dl>
        </section>
    })
}

use leptos::prelude::*;

use crate::domain::dto::Employee;
use crate::i18n::*;
use crate::ui::profile::employment_details::nip_display;

/// One employee in a list: name, NIP, jabatan, pangkat/golongan and unit.
#[component]
pub fn EmployeeRow(e: Employee) -> impl IntoView {
    let i18n = use_i18n();
    view! {
        <li class="emp">
            <p class="emp-name">{e.name}</p>
            <p class="emp-nip">
                <span class="visually-hidden">{t!(i18n, profile.nip)} " "</span>
                {nip_display(&e.nip)}
            </p>
            <p class="emp-meta">{e.jabatan} " · " {e.pangkat}</p>
            <p class="emp-unit muted">{e.unit_name}</p>
        </li>
    }
}

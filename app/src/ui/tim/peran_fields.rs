//! The fields of a member's role: the kind (Koordinator, Anggota or a named role), the
//! role's name for a named role, and the allocation (% of time, 0–100), with the problems the
//! server would report shown at each field.

use leptos::prelude::*;

use super::labels::peran_kind_label;
use crate::domain::problem::Problem;
use crate::domain::tim::{check_peran, PeranTim};
use crate::i18n::*;
use crate::ui::skp::labels::I18n;

#[derive(Clone, Copy)]
pub struct PeranSignals {
    pub peran: RwSignal<PeranTim>,
    pub nama: RwSignal<String>,
    pub alokasi: RwSignal<String>,
    pub problems: RwSignal<Vec<Problem>>,
}

impl PeranSignals {
    pub fn new(peran: PeranTim, nama: &str, alokasi: i64) -> Self {
        PeranSignals {
            peran: RwSignal::new(peran),
            nama: RwSignal::new(nama.to_string()),
            alokasi: RwSignal::new(alokasi.to_string()),
            problems: RwSignal::new(vec![]),
        }
    }

    /// The role as typed, or the problems (kept for the fields to show). A number that is
    /// not one is an allocation outside 0–100.
    pub fn checked(self) -> Result<(PeranTim, Option<String>, i64), Vec<Problem>> {
        let peran = self.peran.get_untracked();
        let nama = self.nama.get_untracked().trim().to_string();
        let alokasi = self
            .alokasi
            .get_untracked()
            .trim()
            .parse::<i64>()
            .unwrap_or(-1);
        let nama = (peran == PeranTim::Lainnya).then_some(nama);
        let p = check_peran(peran, nama.as_deref(), alokasi);
        self.problems.set(p.clone());
        if p.is_empty() {
            Ok((peran, nama, alokasi))
        } else {
            Err(p)
        }
    }
}

pub fn problem_text(i18n: I18n, p: &Problem) -> String {
    match i18n.get_locale_untracked() {
        Locale::id => p.id.clone(),
        Locale::en => p.en.clone(),
    }
}

/// `base`: the prefix of the fields' ids; `ketua`: the lead's own role (only the allocation
/// may change).
#[component]
pub fn PeranFields(s: PeranSignals, base: String, #[prop(optional)] ketua: bool) -> impl IntoView {
    let i18n = use_i18n();
    let id = {
        let base = base.clone();
        move |f: &str| format!("{base}-{f}")
    };
    let err = move |field: &'static str| {
        s.problems.with(|p| {
            p.iter()
                .find(|p| p.field == field)
                .map(|p| problem_text(i18n, p))
        })
    };
    let invalid = move |field: &'static str| err(field).is_some().then_some("true");
    let (peran_id, nama_id, alokasi_id) = (id("peran"), id("nama"), id("alokasi"));
    let (nama_err, alokasi_err) = (id("nama-err"), id("alokasi-err"));
    let kinds = [PeranTim::Anggota, PeranTim::Koordinator, PeranTim::Lainnya];
    let select = (!ketua).then(|| {
        let peran_id = peran_id.clone();
        view! {
            <div class="field">
                <label for=peran_id.clone()>{t!(i18n, tim.peran)}</label>
                <select
                    id=peran_id
                    on:change=move |ev| {
                        if let Some(p) = PeranTim::from_code(&event_target_value(&ev)) {
                            s.peran.set(p);
                        }
                    }
                >
                    {kinds.into_iter().map(|k| view! {
                        <option value=k.code() selected=move || s.peran.get() == k>
                            {move || peran_kind_label(i18n, k)}
                        </option>
                    }).collect_view()}
                </select>
            </div>
        }
    });
    let nama_field = move || {
        (s.peran.get() == PeranTim::Lainnya).then(|| {
            let (nama_id, nama_err) = (nama_id.clone(), nama_err.clone());
            view! {
                <div class="field">
                    <label for=nama_id.clone()>{t!(i18n, tim.nama_peran)}</label>
                    <input
                        type="text"
                        id=nama_id
                        maxlength="100"
                        placeholder=move || t_string!(i18n, tim.nama_peran_hint)
                        aria-invalid=move || invalid("nama_peran")
                        aria-describedby=nama_err.clone()
                        bind:value=s.nama
                    />
                    <p class="field-error" id=nama_err hidden=move || err("nama_peran").is_none()>
                        {move || err("nama_peran")}
                    </p>
                </div>
            }
        })
    };
    view! {
        {select}
        {nama_field}
        <div class="field field-narrow">
            <label for=alokasi_id.clone()>{t!(i18n, tim.alokasi_label)}</label>
            <input
                type="number"
                id=alokasi_id
                min="0"
                max="100"
                step="1"
                inputmode="numeric"
                aria-invalid=move || invalid("alokasi")
                aria-describedby=alokasi_err.clone()
                bind:value=s.alokasi
            />
            <p class="field-error" id=alokasi_err hidden=move || err("alokasi").is_none()>
                {move || err("alokasi")}
            </p>
        </div>
    }
}

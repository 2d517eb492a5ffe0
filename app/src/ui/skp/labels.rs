//! The words of the SKP in the user's language: statuses, kinds, aspects, numbers and the
//! problems the rules report.

use leptos::prelude::*;

use crate::domain::problem::Problem;
use crate::domain::skp::{Aspek, Cascading, JenisRhk, Perspektif, StatusSkp};
use crate::i18n::*;

pub type I18n = leptos_i18n::I18nContext<Locale>;

pub fn status_label(i18n: I18n, s: StatusSkp) -> &'static str {
    match s {
        StatusSkp::Draft => t_string!(i18n, skp.status_draft),
        StatusSkp::Diajukan => t_string!(i18n, skp.status_diajukan),
        StatusSkp::Disetujui => t_string!(i18n, skp.status_disetujui),
        StatusSkp::Dikembalikan => t_string!(i18n, skp.status_dikembalikan),
    }
}

pub fn jenis_label(i18n: I18n, j: JenisRhk) -> &'static str {
    match j {
        JenisRhk::Utama => t_string!(i18n, skp.jenis_utama),
        JenisRhk::Tambahan => t_string!(i18n, skp.jenis_tambahan),
    }
}

pub fn aspek_label(i18n: I18n, a: Aspek) -> &'static str {
    match a {
        Aspek::Kuantitas => t_string!(i18n, skp.aspek_kuantitas),
        Aspek::Kualitas => t_string!(i18n, skp.aspek_kualitas),
        Aspek::Waktu => t_string!(i18n, skp.aspek_waktu),
        Aspek::Biaya => t_string!(i18n, skp.aspek_biaya),
    }
}

pub fn cascading_label(i18n: I18n, c: Cascading) -> &'static str {
    match c {
        Cascading::Langsung => t_string!(i18n, skp.cascading_langsung),
        Cascading::TidakLangsung => t_string!(i18n, skp.cascading_tidak_langsung),
    }
}

pub fn perspektif_label(i18n: I18n, p: Perspektif) -> &'static str {
    match p {
        Perspektif::PenerimaLayanan => t_string!(i18n, skp.perspektif_penerima),
        Perspektif::ProsesBisnis => t_string!(i18n, skp.perspektif_proses),
        Perspektif::PenguatanInternal => t_string!(i18n, skp.perspektif_internal),
        Perspektif::Anggaran => t_string!(i18n, skp.perspektif_anggaran),
    }
}

/// A status as a badge (the class carries the colour, the text the meaning).
#[component]
pub fn StatusBadge(status: StatusSkp) -> impl IntoView {
    let i18n = use_i18n();
    let class = format!("badge status-{}", status.code().to_ascii_lowercase());
    view! { <span class=class>{move || status_label(i18n, status)}</span> }
}

/// A number as people write it: no needless decimals, a decimal comma in Indonesian.
pub fn fmt_num(i18n: I18n, v: f64) -> String {
    let s = if v.fract() == 0.0 && v.abs() < 1e15 {
        format!("{v:.0}")
    } else {
        let s = format!("{v:.2}");
        s.trim_end_matches('0').trim_end_matches('.').to_string()
    };
    match i18n.get_locale_untracked() {
        Locale::id => s.replace('.', ","),
        Locale::en => s,
    }
}

/// A typed number: a decimal comma or point; `NaN` when it is not one.
pub fn parse_num(s: &str) -> f64 {
    s.trim().replace(',', ".").parse().unwrap_or(f64::NAN)
}

/// A problem in the user's language, prefixed with the RHK it is about ("RHK 2: …").
pub fn problem_text(i18n: I18n, p: &Problem) -> String {
    let text = match i18n.get_locale_untracked() {
        Locale::id => p.id.clone(),
        Locale::en => p.en.clone(),
    };
    let n = p
        .field
        .strip_prefix("rhk[")
        .and_then(|rest| rest.split(']').next())
        .and_then(|n| n.parse::<usize>().ok());
    match n {
        Some(n) => format!("RHK {}: {text}", n + 1),
        None => text,
    }
}

/// Moves focus to the element with `id` once the browser has drawn the change.
pub fn focus_later(id: String) {
    request_animation_frame(move || {
        use leptos::wasm_bindgen::JsCast;
        if let Some(el) = document()
            .get_element_by_id(&id)
            .and_then(|e| e.dyn_into::<leptos::web_sys::HtmlElement>().ok())
        {
            let _ = el.focus();
        }
    });
}

/// Keeps ids usable in `id` attributes and selectors.
pub fn dom_id(prefix: &str, id: &str) -> String {
    let clean: String = id
        .chars()
        .map(|c| {
            if c.is_ascii_alphanumeric() || c == '-' {
                c
            } else {
                '_'
            }
        })
        .collect();
    format!("{prefix}-{clean}")
}

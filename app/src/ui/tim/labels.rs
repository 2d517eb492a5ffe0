//! The words of squads in the user's language: role kinds, rating recommendations, the
//! share of effort.

use crate::domain::rating::Rating;
use crate::domain::tim::PeranTim;
use crate::i18n::*;
use crate::ui::skp::labels::I18n;

pub fn peran_kind_label(i18n: I18n, p: PeranTim) -> &'static str {
    match p {
        PeranTim::Ketua => t_string!(i18n, tim.peran_ketua),
        PeranTim::Koordinator => t_string!(i18n, tim.peran_koordinator),
        PeranTim::Anggota => t_string!(i18n, tim.peran_anggota),
        PeranTim::Lainnya => t_string!(i18n, tim.peran_lainnya),
    }
}

/// A role as shown: the kind in the user's language, or the named role as typed.
pub fn peran_text(i18n: I18n, p: PeranTim, nama_peran: &str) -> String {
    match p {
        PeranTim::Lainnya => crate::domain::tim::normalise(nama_peran),
        p => peran_kind_label(i18n, p).to_string(),
    }
}

pub fn rating_label(i18n: I18n, r: Rating) -> &'static str {
    match r {
        Rating::DiAtas => t_string!(i18n, tim.rating_di_atas),
        Rating::Sesuai => t_string!(i18n, tim.rating_sesuai),
        Rating::DiBawah => t_string!(i18n, tim.rating_di_bawah),
    }
}

/// A share of time in % with at most one decimal ("12,5 %" in Indonesian).
pub fn fmt_pct(i18n: I18n, v: f64) -> String {
    let r = (v * 10.0).round() / 10.0;
    format!("{} %", crate::ui::skp::labels::fmt_num(i18n, r))
}

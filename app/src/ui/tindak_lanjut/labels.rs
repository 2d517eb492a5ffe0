//! Words the tindak lanjut pages share.

use crate::domain::talenta::Tingkat;
use crate::i18n::*;
use crate::ui::skp::labels::I18n;

/// Rendah, menengah, tinggi in the user's language.
pub fn tingkat_label(i18n: I18n, t: Tingkat) -> &'static str {
    match t {
        Tingkat::Rendah => t_string!(i18n, tindak_lanjut.rendah),
        Tingkat::Menengah => t_string!(i18n, tindak_lanjut.menengah),
        Tingkat::Tinggi => t_string!(i18n, tindak_lanjut.tinggi),
    }
}

/// One of two texts by the user's language (the server sends both).
pub fn by_locale(i18n: I18n, id: &str, en: &str) -> String {
    match i18n.get_locale() {
        Locale::id => id.to_string(),
        Locale::en => en.to_string(),
    }
}

/// An angka kredit figure as Indonesians write it: up to three decimals, a decimal comma.
pub fn ak(x: f64) -> String {
    let s = format!("{x:.3}");
    let s = s.trim_end_matches('0').trim_end_matches('.');
    s.replace('.', ",")
}

#[cfg(test)]
mod tests {
    #[test]
    fn ak_uses_a_decimal_comma_without_trailing_zeros() {
        assert_eq!(super::ak(25.0), "25");
        assert_eq!(super::ak(18.75), "18,75");
        assert_eq!(super::ak(12.5 / 3.0), "4,167");
    }
}

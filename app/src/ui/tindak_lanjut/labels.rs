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

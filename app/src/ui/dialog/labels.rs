use crate::domain::dialog::{JenisDialog, StatusDialog};
use crate::i18n::*;
use crate::ui::skp::labels::I18n;

/// The kind's name (official Indonesian terms in both languages, as in the regulation).
pub fn jenis(code: &str) -> String {
    JenisDialog::from_code(code)
        .map(|j| j.label().to_string())
        .unwrap_or_else(|| code.to_string())
}

/// The status's name and badge class.
pub fn status(i18n: I18n, code: &str) -> (String, &'static str) {
    match StatusDialog::from_code(code) {
        Some(StatusDialog::Selesai) => (
            t_string!(i18n, dialog.status_selesai).into(),
            "badge status-ok",
        ),
        Some(StatusDialog::Dibatalkan) => {
            (t_string!(i18n, dialog.status_dibatalkan).into(), "badge")
        }
        _ => (
            t_string!(i18n, dialog.status_dijadwalkan).into(),
            "badge warn",
        ),
    }
}

/// A statement of the coaching form in the UI's language.
pub fn pernyataan(i18n: I18n, i: usize) -> &'static str {
    let (id, en) = crate::domain::coaching::PERNYATAAN[i];
    if i18n.get_locale() == Locale::en {
        en
    } else {
        id
    }
}

/// `2026-03-12T09:30` → `12-03-2026 09:30`; a date alone → `12-03-2026`.
pub fn jadwal(s: &str) -> String {
    let date = crate::ui::evaluasi::labels::tanggal(s);
    match s.get(11..16) {
        Some(hm) => format!("{date} {hm}"),
        None => date,
    }
}

#[cfg(test)]
mod tests {
    #[test]
    fn schedules_read_as_dates() {
        assert_eq!(super::jadwal("2026-03-12T09:30"), "12-03-2026 09:30");
        assert_eq!(super::jadwal("2026-03-12"), "12-03-2026");
    }
}

//! Dialog kinerja (DOMAIN.md §1): a recorded conversation between a leader and an employee
//! (planning, clarification, review; coaching, mentoring or counseling) with agreed follow-ups
//! that have a due date. The rules that need no database.

use chrono::{NaiveDate, NaiveDateTime};

use crate::domain::problem::{optional_text, required_text, Problem};

pub const MAX_JUDUL: usize = 200;
pub const MAX_CATATAN: usize = 5000;
pub const MAX_URAIAN: usize = 500;

crate::code_enum! {
    /// What a dialogue is for (planning, clarification and review of the results; the
    /// development conversations of *pembinaan*).
    pub enum JenisDialog {
        Perencanaan = ("PERENCANAAN", "Perencanaan"),
        Klarifikasi = ("KLARIFIKASI", "Klarifikasi ekspektasi"),
        Reviu = ("REVIU", "Reviu kinerja"),
        Coaching = ("COACHING", "Coaching"),
        Mentoring = ("MENTORING", "Mentoring"),
        Konseling = ("KONSELING", "Konseling"),
    }
}

crate::code_enum! {
    /// A dialogue is scheduled, then held or cancelled (both final).
    pub enum StatusDialog {
        Dijadwalkan = ("DIJADWALKAN", "Dijadwalkan"),
        Selesai = ("SELESAI", "Selesai"),
        Dibatalkan = ("DIBATALKAN", "Dibatalkan"),
    }
}

crate::code_enum! {
    /// An agreed follow-up is open until someone marks it done (and may reopen it).
    pub enum StatusTindakLanjut {
        Terbuka = ("TERBUKA", "Terbuka"),
        Selesai = ("SELESAI", "Selesai"),
    }
}

impl StatusDialog {
    /// Whether a dialogue in this status may move to `to` (a held or cancelled one is final).
    ///
    /// ```
    /// use app::domain::dialog::StatusDialog::*;
    /// assert!(Dijadwalkan.may_become(Selesai));
    /// assert!(!Selesai.may_become(Dibatalkan));
    /// ```
    pub fn may_become(self, to: StatusDialog) -> bool {
        self == to || self == StatusDialog::Dijadwalkan
    }
}

/// Reads a schedule: a date (`2026-03-12`) or a local date and time (`2026-03-12T09:30`,
/// seconds allowed); returns it normalised (`YYYY-MM-DD` or `YYYY-MM-DDTHH:MM`).
///
/// ```
/// use app::domain::dialog::jadwal;
/// assert_eq!(jadwal("2026-03-12T09:30:00").unwrap(), "2026-03-12T09:30");
/// assert_eq!(jadwal(" 2026-03-12 ").unwrap(), "2026-03-12");
/// assert!(jadwal("12/03/2026").is_err());
/// ```
pub fn jadwal(s: &str) -> Result<String, Problem> {
    let s = s.trim();
    if let Ok(d) = NaiveDate::parse_from_str(s, "%Y-%m-%d") {
        return Ok(d.format("%Y-%m-%d").to_string());
    }
    for f in ["%Y-%m-%dT%H:%M", "%Y-%m-%dT%H:%M:%S", "%Y-%m-%d %H:%M"] {
        if let Ok(t) = NaiveDateTime::parse_from_str(s, f) {
            return Ok(t.format("%Y-%m-%dT%H:%M").to_string());
        }
    }
    Err(Problem::new(
        "jadwal",
        "Jadwal harus berupa tanggal (dan jam) yang valid",
        "The schedule must be a valid date (and time)",
    ))
}

/// Reads a due date (`YYYY-MM-DD`).
pub fn jatuh_tempo(s: &str) -> Result<String, Problem> {
    NaiveDate::parse_from_str(s.trim(), "%Y-%m-%d")
        .map(|d| d.format("%Y-%m-%d").to_string())
        .map_err(|_| {
            Problem::new(
                "due",
                "Tenggat harus berupa tanggal yang valid",
                "The due date must be a valid date",
            )
        })
}

/// The problems of a new or changed dialogue's texts.
pub fn check_texts(judul: &str, catatan: &str) -> Vec<Problem> {
    [
        required_text("judul", "Judul", judul, MAX_JUDUL),
        optional_text("catatan", "Catatan", catatan, MAX_CATATAN),
    ]
    .into_iter()
    .flatten()
    .collect()
}

/// The problem of a follow-up's description, if any.
pub fn check_uraian(uraian: &str) -> Option<Problem> {
    required_text("uraian", "Tindak lanjut", uraian, MAX_URAIAN)
}

/// An open follow-up whose due date has passed (`today` is `YYYY-MM-DD`; text dates of this
/// form order as dates).
///
/// ```
/// use app::domain::dialog::{terlambat, StatusTindakLanjut::*};
/// assert!(terlambat(Terbuka, "2026-03-01", "2026-03-02"));
/// assert!(!terlambat(Terbuka, "2026-03-02", "2026-03-02"));
/// assert!(!terlambat(Selesai, "2026-03-01", "2026-03-02"));
/// ```
pub fn terlambat(status: StatusTindakLanjut, due: &str, today: &str) -> bool {
    status == StatusTindakLanjut::Terbuka && due < today
}

/// An open follow-up due today or tomorrow, or overdue: the ones a reminder is sent for.
pub fn perlu_diingatkan(status: StatusTindakLanjut, due: &str, today: NaiveDate) -> bool {
    let tomorrow = (today + chrono::Duration::days(1))
        .format("%Y-%m-%d")
        .to_string();
    status == StatusTindakLanjut::Terbuka && due <= tomorrow.as_str()
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    #[test]
    fn statuses() {
        use StatusDialog::*;
        for (from, to, ok) in [
            (Dijadwalkan, Selesai, true),
            (Dijadwalkan, Dibatalkan, true),
            (Dijadwalkan, Dijadwalkan, true),
            (Selesai, Selesai, true),
            (Selesai, Dijadwalkan, false),
            (Selesai, Dibatalkan, false),
            (Dibatalkan, Selesai, false),
            (Dibatalkan, Dijadwalkan, false),
        ] {
            assert_eq!(from.may_become(to), ok, "{from:?} → {to:?}");
        }
    }

    #[test]
    fn schedules_and_due_dates() {
        assert_eq!(jadwal("2026-02-29").unwrap_err().field, "jadwal");
        assert_eq!(jadwal("2026-03-12 14:05").unwrap(), "2026-03-12T14:05");
        assert!(jadwal("2026-03-12T25:00").is_err());
        assert_eq!(jatuh_tempo("2026-04-30").unwrap(), "2026-04-30");
        assert_eq!(jatuh_tempo("30-04-2026").unwrap_err().field, "due");
    }

    #[test]
    fn texts() {
        assert_eq!(check_texts(" ", "").len(), 1);
        assert!(check_texts("Reviu triwulan I", "").is_empty());
        assert_eq!(
            check_texts("x", &"a".repeat(MAX_CATATAN + 1))[0].field,
            "catatan"
        );
        assert!(check_uraian("").is_some());
        assert!(check_uraian("Kirim draf laporan").is_none());
    }

    #[test]
    fn reminders() {
        let today = NaiveDate::from_ymd_opt(2026, 3, 10).unwrap();
        use StatusTindakLanjut::*;
        assert!(perlu_diingatkan(Terbuka, "2026-03-11", today));
        assert!(perlu_diingatkan(Terbuka, "2026-03-01", today));
        assert!(!perlu_diingatkan(Terbuka, "2026-03-12", today));
        assert!(!perlu_diingatkan(Selesai, "2026-03-01", today));
    }

    proptest! {
        #[test]
        fn overdue_means_open_and_before_today(d in 0i64..800, t in 0i64..800, open in any::<bool>()) {
            let base = NaiveDate::from_ymd_opt(2025, 1, 1).unwrap();
            let due = (base + chrono::Duration::days(d)).format("%Y-%m-%d").to_string();
            let today = base + chrono::Duration::days(t);
            let status = if open { StatusTindakLanjut::Terbuka } else { StatusTindakLanjut::Selesai };
            let late = terlambat(status, &due, &today.format("%Y-%m-%d").to_string());
            prop_assert_eq!(late, open && d < t);
            // whatever is overdue is also reminded of
            if late {
                prop_assert!(perlu_diingatkan(status, &due, today));
            }
        }
    }
}

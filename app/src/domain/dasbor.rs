//! The leader dashboard's small rules: how much of a period has passed, and when a target is
//! behind. Pure, so the figures the dashboard shows can be checked by hand.

use chrono::NaiveDate;

/// How far a target may trail the time elapsed before it is flagged (25 percentage points).
pub const BATAS_TERTINGGAL: f64 = 0.25;

/// The share of the period from `mulai` to `selesai` (both inclusive) that has passed on `hari`,
/// in 0–1.
///
/// ```
/// use app::domain::dasbor::waktu_berjalan;
/// use chrono::NaiveDate;
/// let d = |m, d| NaiveDate::from_ymd_opt(2026, m, d).unwrap();
/// assert_eq!(waktu_berjalan(d(1, 1), d(12, 31), d(1, 1)), 1.0 / 365.0);
/// assert_eq!(waktu_berjalan(d(1, 1), d(12, 31), d(12, 31)), 1.0);
/// let later = NaiveDate::from_ymd_opt(2027, 2, 1).unwrap();
/// assert_eq!(waktu_berjalan(d(1, 1), d(12, 31), later), 1.0);
/// ```
pub fn waktu_berjalan(mulai: NaiveDate, selesai: NaiveDate, hari: NaiveDate) -> f64 {
    let total = (selesai - mulai).num_days() + 1;
    if total <= 0 || hari < mulai {
        return 0.0;
    }
    let lewat = ((hari - mulai).num_days() + 1).min(total);
    lewat as f64 / total as f64
}

/// Whether a result is behind: its progress trails the time elapsed by more than
/// [`BATAS_TERTINGGAL`]. No progress recorded counts as 0.
///
/// ```
/// use app::domain::dasbor::tertinggal;
/// assert!(tertinggal(None, 0.5));
/// assert!(!tertinggal(Some(0.3), 0.5));
/// assert!(tertinggal(Some(0.2), 0.5));
/// ```
pub fn tertinggal(progres: Option<f64>, waktu: f64) -> bool {
    waktu - progres.unwrap_or(0.0) > BATAS_TERTINGGAL
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    proptest! {
        #[test]
        fn elapsed_is_a_share_and_grows(a in 0i64..400, b in 0i64..400) {
            let start = NaiveDate::from_ymd_opt(2026, 1, 1).unwrap();
            let end = NaiveDate::from_ymd_opt(2026, 12, 31).unwrap();
            let (x, y) = (a.min(b), a.max(b));
            let wx = waktu_berjalan(start, end, start + chrono::Duration::days(x));
            let wy = waktu_berjalan(start, end, start + chrono::Duration::days(y));
            prop_assert!((0.0..=1.0).contains(&wx));
            prop_assert!(wx <= wy);
        }

        #[test]
        fn more_progress_is_never_more_behind(p in 0.0f64..1.0, q in 0.0f64..1.0, w in 0.0f64..1.0) {
            let (lo, hi) = (p.min(q), p.max(q));
            prop_assert!(!tertinggal(Some(lo), w) || tertinggal(Some(lo), w) >= tertinggal(Some(hi), w));
        }
    }
}

//! The leader dashboard's small rules: how much of a period has passed, and when a target is
//! behind. Pure, so the figures the dashboard shows can be checked by hand.

use chrono::NaiveDate;

use super::rating::Predikat;

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

/// [`waktu_berjalan`] of a period whose dates are stored as text (`2026-01-01`, a timestamp
/// also reads); 0 when either does not parse.
///
/// ```
/// use app::domain::dasbor::waktu_berjalan_teks;
/// let d = chrono::NaiveDate::from_ymd_opt(2026, 12, 31).unwrap();
/// assert_eq!(waktu_berjalan_teks("2026-01-01", "2026-12-31T00:00:00Z", d), 1.0);
/// assert_eq!(waktu_berjalan_teks("", "2026-12-31", d), 0.0);
/// ```
pub fn waktu_berjalan_teks(mulai: &str, selesai: &str, hari: NaiveDate) -> f64 {
    let date = |s: &str| {
        s.get(..10)
            .and_then(|d| NaiveDate::parse_from_str(d, "%Y-%m-%d").ok())
    };
    match (date(mulai), date(selesai)) {
        (Some(a), Some(b)) => waktu_berjalan(a, b, hari),
        _ => 0.0,
    }
}

/// The quarter (0–3) of a period starting on `mulai` that a date falls in: three calendar
/// months each from the start; none before the start or after the fourth quarter. Text dates
/// as stored (`2026-04-01`, a timestamp or a local date and time also reads).
///
/// ```
/// use app::domain::dasbor::kuartal;
/// assert_eq!(kuartal("2026-01-01", "2026-03-31T23:00:00Z"), Some(0));
/// assert_eq!(kuartal("2026-01-01", "2026-04-01T08:30"), Some(1));
/// assert_eq!(kuartal("2026-01-01", "2026-12-31"), Some(3));
/// assert_eq!(kuartal("2026-01-01", "2027-01-01"), None);
/// assert_eq!(kuartal("2026-01-01", "2025-12-31"), None);
/// assert_eq!(kuartal("2026-01-01", "bukan tanggal"), None);
/// ```
pub fn kuartal(mulai: &str, tanggal: &str) -> Option<usize> {
    use chrono::Datelike;
    let date = |s: &str| {
        s.get(..10)
            .and_then(|d| NaiveDate::parse_from_str(d, "%Y-%m-%d").ok())
    };
    let (a, b) = (date(mulai)?, date(tanggal)?);
    if b < a {
        return None;
    }
    let months = (b.year() - a.year()) * 12 + b.month() as i32
        - a.month() as i32
        - i32::from(b.day() < a.day());
    let q = (months / 3) as usize;
    (q < 4).then_some(q)
}

/// The quarter the dashboard reports on, on `hari`: the one it falls in, the first before
/// the period starts and the last after it ends.
///
/// ```
/// use app::domain::dasbor::kuartal_berjalan;
/// let d = |s: &str| chrono::NaiveDate::parse_from_str(s, "%Y-%m-%d").unwrap();
/// assert_eq!(kuartal_berjalan("2026-01-01", d("2026-05-15")), 1);
/// assert_eq!(kuartal_berjalan("2026-01-01", d("2025-05-15")), 0);
/// assert_eq!(kuartal_berjalan("2026-01-01", d("2027-05-15")), 3);
/// ```
pub fn kuartal_berjalan(mulai: &str, hari: NaiveDate) -> usize {
    let today = hari.format("%Y-%m-%d").to_string();
    match kuartal(mulai, &today) {
        Some(q) => q,
        None if mulai.get(..10).is_some_and(|m| today.as_str() < m) => 0,
        None => 3,
    }
}

/// A progress (0–1, none counts as 0) in whole percent, 0–100: the unit the dashboard counts
/// in, so that stored counts per percent give exact figures.
///
/// ```
/// use app::domain::dasbor::persen;
/// assert_eq!((persen(None), persen(Some(0.379)), persen(Some(1.0)), persen(Some(7.0))), (0, 37, 100, 100));
/// ```
pub fn persen(progres: Option<f64>) -> i64 {
    let p = progres.unwrap_or(0.0);
    if !p.is_finite() {
        return 0;
    }
    ((p * 100.0 + 1e-9).floor() as i64).clamp(0, 100)
}

/// A progress in millionths (sums of integers are exact, whatever the order of the changes).
pub fn mikro(progres: Option<f64>) -> i64 {
    let p = progres.unwrap_or(0.0);
    if p.is_finite() {
        (p.clamp(0.0, 1.0) * 1_000_000.0).round() as i64
    } else {
        0
    }
}

/// The lowest whole percent of progress that is not behind after `waktu` of the period:
/// a result is behind when its progress, in whole percent, trails the time elapsed (in whole
/// percent) by more than [`BATAS_TERTINGGAL`].
pub fn batas_persen(waktu: f64) -> i64 {
    persen(Some(waktu)) - (BATAS_TERTINGGAL * 100.0).round() as i64
}

/// Whether a result is behind (see [`batas_persen`]). No progress recorded counts as 0.
///
/// ```
/// use app::domain::dasbor::tertinggal;
/// assert!(tertinggal(None, 0.5));
/// assert!(!tertinggal(Some(0.3), 0.5));
/// assert!(!tertinggal(Some(0.25), 0.5));
/// assert!(tertinggal(Some(0.2), 0.5));
/// ```
pub fn tertinggal(progres: Option<f64>, waktu: f64) -> bool {
    persen(progres) < batas_persen(waktu)
}

/// The SKP states the dashboard counts; `BELUM` is an active employee with no SKP yet.
pub const STATUS_SKP: [&str; 5] = ["BELUM", "DRAFT", "DIAJUKAN", "DISETUJUI", "DIKEMBALIKAN"];

/// What one employee adds, for one annual period, to the figures of every unit above them.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Kontribusi {
    /// The employee's unit; empty for an inactive employee, who adds nothing.
    pub unit_id: String,
    /// One of [`STATUS_SKP`].
    pub status: String,
    pub rhk: i64,
    pub progres_mikro: i64,
    pub risiko_tinggi: i64,
    pub iki_kurang: i64,
    /// Each RHK's progress in whole percent, sorted.
    pub persen: Vec<i64>,
    /// The code of the predikat of the period's evaluation; empty when not rated yet.
    pub predikat: String,
    pub aktivitas: Aktivitas,
}

/// The activity around an employee's work in a period: what waits for their leader, the
/// dialogues and feedback per quarter, and their squad roles.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Aktivitas {
    /// Realisasi entries still waiting for verification (DIAJUKAN).
    pub bukti_menunggu: i64,
    /// Bit q set: at least one performance dialogue held (SELESAI) in quarter q (0–3).
    pub dialog: i64,
    /// Feedback received per quarter.
    pub umpan: [i64; 4],
    /// In at least one squad role of the period.
    pub di_tim: bool,
    /// The squad allocations (`domain::tim::beban`) take more than all of the time.
    pub beban_lebih: bool,
}

impl Aktivitas {
    /// From the statuses of the employee's realisasi, the quarters of their held dialogues
    /// and feedback (see [`kuartal`]; `None` outside the period) and their squad allocations.
    pub fn of(
        menunggu: i64,
        dialog: &[Option<usize>],
        umpan: &[Option<usize>],
        alokasi: &[i64],
    ) -> Self {
        let mut a = Self {
            bukti_menunggu: menunggu,
            di_tim: !alokasi.is_empty(),
            beban_lebih: super::tim::beban(alokasi).lebih,
            ..Self::default()
        };
        for q in dialog.iter().flatten().filter(|q| **q < 4) {
            a.dialog |= 1 << q;
        }
        for q in umpan.iter().flatten().filter(|q| **q < 4) {
            a.umpan[*q] += 1;
        }
        a
    }

    /// Whether a dialogue was held in quarter `q`.
    pub fn dialog_di(&self, q: usize) -> bool {
        q < 4 && self.dialog & (1 << q) != 0
    }

    /// The `umpan` counts as stored ("0,2,1,0").
    pub fn umpan_text(&self) -> String {
        self.umpan.map(|n| n.to_string()).join(",")
    }

    pub fn parse_umpan(text: &str) -> [i64; 4] {
        let mut out = [0; 4];
        for (o, n) in out.iter_mut().zip(text.split(',')) {
            *o = n.trim().parse().unwrap_or(0);
        }
        out
    }
}

impl Kontribusi {
    /// An active employee in `unit_id` with an SKP in `status` (or `BELUM`), their RHK as
    /// (progress, high risk) and the number of their IKI projected short.
    pub fn of(
        unit_id: &str,
        status: &str,
        rhk: &[(Option<f64>, bool)],
        iki_kurang: i64,
        predikat: Option<&str>,
    ) -> Self {
        let mut persen: Vec<i64> = rhk.iter().map(|(p, _)| persen(*p)).collect();
        persen.sort_unstable();
        Self {
            unit_id: unit_id.to_string(),
            status: status.to_string(),
            rhk: rhk.len() as i64,
            progres_mikro: rhk.iter().map(|(p, _)| mikro(*p)).sum(),
            risiko_tinggi: rhk.iter().filter(|(_, r)| *r).count() as i64,
            iki_kurang,
            persen,
            predikat: predikat.unwrap_or("").to_string(),
            aktivitas: Aktivitas::default(),
        }
    }

    pub fn with(self, aktivitas: Aktivitas) -> Self {
        Self { aktivitas, ..self }
    }

    /// The `persen` list as stored ("0,37,100").
    pub fn persen_text(&self) -> String {
        self.persen
            .iter()
            .map(|p| p.to_string())
            .collect::<Vec<_>>()
            .join(",")
    }

    pub fn parse_persen(text: &str) -> Vec<i64> {
        text.split(',')
            .filter_map(|p| p.trim().parse().ok())
            .collect()
    }
}

/// The figures of a unit with its subtree: the sum of its employees' [`Kontribusi`].
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Jumlah {
    /// People per state of [`STATUS_SKP`], in that order.
    pub status: [i64; 5],
    pub rhk: i64,
    pub progres_mikro: i64,
    pub risiko_tinggi: i64,
    pub iki_kurang: i64,
    /// People per predikat (`Predikat::ALL` order), then those not rated yet.
    pub predikat: [i64; 6],
    /// RHK per whole percent of progress (zero counts may remain).
    pub persen: std::collections::BTreeMap<i64, i64>,
    pub bukti_menunggu: i64,
    /// People with a dialogue held, per quarter.
    pub dialog: [i64; 4],
    /// Feedback received, per quarter.
    pub umpan: [i64; 4],
    /// People in at least one squad role, and those above 100 %.
    pub di_tim: i64,
    pub beban_lebih: i64,
}

impl Jumlah {
    /// Adds (`sign` 1) or takes away (`sign` -1) one employee's contribution.
    pub fn apply(&mut self, k: &Kontribusi, sign: i64) {
        if k.unit_id.is_empty() {
            return;
        }
        if let Some(i) = STATUS_SKP.iter().position(|s| *s == k.status) {
            self.status[i] += sign;
        }
        self.rhk += sign * k.rhk;
        self.progres_mikro += sign * k.progres_mikro;
        self.risiko_tinggi += sign * k.risiko_tinggi;
        self.iki_kurang += sign * k.iki_kurang;
        let rated = Predikat::ALL.iter().position(|p| p.code() == k.predikat);
        self.predikat[rated.unwrap_or(5)] += sign;
        for p in &k.persen {
            *self.persen.entry(*p).or_default() += sign;
        }
        let a = &k.aktivitas;
        self.bukti_menunggu += sign * a.bukti_menunggu;
        for q in 0..4 {
            self.dialog[q] += sign * i64::from(a.dialog_di(q));
            self.umpan[q] += sign * a.umpan[q];
        }
        self.di_tim += sign * i64::from(a.di_tim);
        self.beban_lebih += sign * i64::from(a.beban_lebih);
    }

    pub fn pegawai(&self) -> i64 {
        self.status.iter().sum()
    }

    /// The RHK behind after `waktu` of the period.
    pub fn tertinggal(&self, waktu: f64) -> i64 {
        let batas = batas_persen(waktu);
        self.persen.range(..batas).map(|(_, n)| n).sum()
    }

    /// The mean progress (0–1); none without RHK.
    pub fn progres(&self) -> Option<f64> {
        (self.rhk > 0).then(|| self.progres_mikro as f64 / 1_000_000.0 / self.rhk as f64)
    }

    /// Without the zero counts, to compare two sums.
    pub fn normal(mut self) -> Self {
        self.persen.retain(|_, n| *n != 0);
        self
    }
}

/// The units a unit's materialised path names ('/root/child/'), itself last.
///
/// ```
/// use app::domain::dasbor::ancestors;
/// assert_eq!(ancestors("/a/b/c/"), vec!["a", "b", "c"]);
/// ```
pub fn ancestors(path: &str) -> Vec<&str> {
    path.split('/').filter(|s| !s.is_empty()).collect()
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
        fn sums_of_changes_equal_the_sum_of_the_last_state(
            steps in proptest::collection::vec(
                (0usize..4, 0usize..5, proptest::collection::vec((proptest::option::of(0.0f64..1.2), any::<bool>()), 0..4), 0i64..3, any::<bool>(),
                 (0i64..3, proptest::collection::vec(proptest::option::of(0usize..5), 0..3), proptest::collection::vec(0i64..80, 0..3))),
                1..40,
            )
        ) {
            // four employees; each step replaces one employee's contribution, as the stored
            // aggregate does (take the old one away, add the new one)
            let mut stored: Vec<Kontribusi> = vec![Kontribusi::default(); 4];
            let mut sum = Jumlah::default();
            for (who, status, rhk, kurang, aktif, (menunggu, quarters, alokasi)) in steps {
                let new = if aktif {
                    let rated = Predikat::ALL.get(status).map(|p| p.code());
                    let a = Aktivitas::of(menunggu, &quarters, &quarters, &alokasi);
                    Kontribusi::of("u", STATUS_SKP[status], &rhk, kurang, rated).with(a)
                } else {
                    Kontribusi::default()
                };
                sum.apply(&stored[who], -1);
                sum.apply(&new, 1);
                stored[who] = new;
            }
            let mut fresh = Jumlah::default();
            for k in &stored {
                fresh.apply(k, 1);
            }
            prop_assert_eq!(sum.clone().normal(), fresh.normal());
            for q in 0..4 {
                let held = stored.iter().filter(|k| !k.unit_id.is_empty() && k.aktivitas.dialog_di(q)).count() as i64;
                prop_assert_eq!(sum.dialog[q], held);
            }
            for w in [0.0, 0.3, 0.55, 1.0] {
                let direct = stored.iter().flat_map(|k| k.persen.iter()).filter(|p| **p < batas_persen(w)).count() as i64;
                prop_assert_eq!(sum.tertinggal(w), direct);
            }
        }

        #[test]
        fn quarters_are_three_months_from_the_start(start_month in 1u32..13, days in -40i64..420) {
            use chrono::Datelike;
            let start = NaiveDate::from_ymd_opt(2026, start_month, 1).unwrap();
            let day = start + chrono::Duration::days(days);
            let q = kuartal(&start.to_string(), &format!("{day}T10:00:00Z"));
            let months = (day.year() - 2026) * 12 + day.month() as i32 - start_month as i32;
            let expected = (days >= 0 && months < 12).then_some((months / 3) as usize);
            prop_assert_eq!(q, expected);
            prop_assert!(kuartal_berjalan(&start.to_string(), day) < 4);
        }

        #[test]
        fn more_progress_is_never_more_behind(p in 0.0f64..1.0, q in 0.0f64..1.0, w in 0.0f64..1.0) {
            let (lo, hi) = (p.min(q), p.max(q));
            prop_assert!(!tertinggal(Some(lo), w) || tertinggal(Some(lo), w) >= tertinggal(Some(hi), w));
        }
    }
}

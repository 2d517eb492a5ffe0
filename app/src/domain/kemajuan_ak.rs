//! Progress of a functional employee's angka kredit towards the next pangkat and jenjang
//! (PermenPANRB 1/2023, DOMAIN.md §7), and the months an evaluation period counts for.

use chrono::{Datelike, NaiveDate};
use serde::{Deserialize, Serialize};

use super::angka_kredit::{kebutuhan_ak, Jenjang};

/// Progress towards one threshold.
#[derive(Clone, Copy, Debug, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "ssr", derive(utoipa::ToSchema))]
pub struct TargetAk {
    /// The cumulative AK the promotion needs.
    pub kebutuhan: f64,
    /// The share reached, 0–100 (capped at 100).
    pub persen: f64,
    /// The AK still missing (0 once reached).
    pub kurang: f64,
    pub tercapai: bool,
}

fn target(total: f64, kebutuhan: f64) -> TargetAk {
    let total = total.max(0.0);
    TargetAk {
        kebutuhan,
        persen: (total * 100.0 / kebutuhan).min(100.0),
        kurang: (kebutuhan - total).max(0.0),
        tercapai: total >= kebutuhan,
    }
}

/// Progress of `total` AK at `jenjang` towards the next pangkat and the next jenjang (none at
/// the top of the category).
#[derive(Clone, Copy, Debug, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "ssr", derive(utoipa::ToSchema))]
pub struct Kemajuan {
    pub pangkat: TargetAk,
    pub jenjang: Option<TargetAk>,
}

/// ```
/// use app::domain::angka_kredit::Jenjang;
/// use app::domain::kemajuan_ak::kemajuan;
/// let k = kemajuan(Jenjang::AhliMuda, 37.5);
/// assert_eq!((k.pangkat.persen, k.pangkat.kurang), (37.5, 62.5));
/// assert_eq!(k.jenjang.unwrap().kebutuhan, 200.0);
/// assert!(kemajuan(Jenjang::AhliUtama, 10.0).jenjang.is_none());
/// ```
pub fn kemajuan(jenjang: Jenjang, total: f64) -> Kemajuan {
    let k = kebutuhan_ak(jenjang);
    Kemajuan {
        pangkat: target(total, k.pangkat),
        jenjang: k.jenjang.map(|n| target(total, n)),
    }
}

/// The months a period from `mulai` to `selesai` counts for: the calendar months it touches,
/// 1–12 (an annual period is 12; one that ends before it starts counts 1).
///
/// ```
/// use app::domain::kemajuan_ak::bulan_penilaian;
/// use chrono::NaiveDate;
/// let d = |m, day| NaiveDate::from_ymd_opt(2025, m, day).unwrap();
/// assert_eq!(bulan_penilaian(d(1, 1), d(12, 31)), 12);
/// assert_eq!(bulan_penilaian(d(7, 1), d(12, 31)), 6);
/// assert_eq!(bulan_penilaian(d(3, 1), d(3, 31)), 1);
/// ```
pub fn bulan_penilaian(mulai: NaiveDate, selesai: NaiveDate) -> u8 {
    let index = |d: NaiveDate| i64::from(d.year()) * 12 + i64::from(d.month0());
    let months = index(selesai) - index(mulai) + 1;
    months.clamp(1, 12) as u8
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    #[test]
    fn progress_table() {
        // (jenjang, total, pangkat %, jenjang %)
        let table = [
            (Jenjang::AhliPertama, 25.0, 50.0, Some(25.0)),
            (Jenjang::AhliMuda, 100.0, 100.0, Some(50.0)),
            (Jenjang::AhliMadya, 225.0, 100.0, Some(50.0)),
            (Jenjang::AhliUtama, 50.0, 25.0, None),
            (Jenjang::Terampil, 15.0, 75.0, Some(25.0)),
            (Jenjang::Penyelia, 0.0, 0.0, None),
        ];
        for (j, total, p, n) in table {
            let k = kemajuan(j, total);
            assert_eq!(k.pangkat.persen, p, "{j:?}");
            assert_eq!(k.jenjang.map(|t| t.persen), n, "{j:?}");
        }
        let k = kemajuan(Jenjang::AhliPertama, 120.0);
        assert!(k.pangkat.tercapai && k.jenjang.unwrap().tercapai);
        assert_eq!(k.pangkat.kurang, 0.0);
        assert_eq!(kemajuan(Jenjang::AhliPertama, -5.0).pangkat.persen, 0.0);
    }

    #[test]
    fn months_of_periods() {
        let d = |y, m, day| NaiveDate::from_ymd_opt(y, m, day).unwrap();
        assert_eq!(bulan_penilaian(d(2025, 1, 1), d(2025, 12, 31)), 12);
        assert_eq!(bulan_penilaian(d(2025, 10, 1), d(2025, 12, 31)), 3);
        assert_eq!(bulan_penilaian(d(2025, 12, 1), d(2025, 1, 1)), 1);
        assert_eq!(bulan_penilaian(d(2024, 1, 1), d(2026, 1, 1)), 12);
    }

    proptest! {
        #[test]
        fn progress_is_bounded_and_monotonic(
            j in prop::sample::select(Jenjang::ALL.to_vec()), a in 0.0f64..1000.0, b in 0.0f64..1000.0
        ) {
            let (lo, hi) = (kemajuan(j, a.min(b)), kemajuan(j, a.max(b)));
            prop_assert!((0.0..=100.0).contains(&lo.pangkat.persen));
            prop_assert!(lo.pangkat.persen <= hi.pangkat.persen);
            prop_assert!(lo.pangkat.kurang >= hi.pangkat.kurang);
            prop_assert_eq!(hi.pangkat.tercapai, a.max(b) >= hi.pangkat.kebutuhan);
        }

        #[test]
        fn months_stay_in_range(a in 0i64..2000, b in 0i64..2000) {
            let base = NaiveDate::from_ymd_opt(2020, 1, 1).unwrap();
            let m = bulan_penilaian(base + chrono::Days::new(a as u64), base + chrono::Days::new(b as u64));
            prop_assert!((1..=12).contains(&m));
        }
    }
}

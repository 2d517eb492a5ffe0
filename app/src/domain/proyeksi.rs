//! The year-end projection of an IKI from its periodic realisasi (issue 7), a simple model
//! that a leader can check by hand:
//!
//! - a counted or summed unit ([`Akumulasi::Jumlah`]: documents, reports, rupiah, …) keeps its
//!   pace: the cumulative realisasi divided by the sub-periods up to the latest one reported,
//!   times all sub-periods of the year (**rata-rata**);
//! - a level (`%`, indices: [`Akumulasi::Terakhir`]) follows the least-squares line through the
//!   reported levels (sub-period number, value), read at the last sub-period (**tren linear**);
//!   a single level stays where it is. A percentage stays within 0–100, nothing goes below 0.
//!
//! Seasonality is ignored. Sub-periods not reported *after* the latest report are not counted
//! as zero (lateness is what the dashboard's *tertinggal* flag shows); gaps before it are.
//! Once the last sub-period is reported the projection is the realisasi itself.

use serde::{Deserialize, Serialize};

use super::realisasi::{Akumulasi, Entri, JenisSatuan};

#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "SCREAMING_SNAKE_CASE")]
pub enum ModelProyeksi {
    RataRata,
    TrenLinear,
}

impl ModelProyeksi {
    pub fn code(self) -> &'static str {
        match self {
            Self::RataRata => "RATA_RATA",
            Self::TrenLinear => "TREN_LINEAR",
        }
    }
}

/// A projection with the inputs that produced it.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Proyeksi {
    pub model: ModelProyeksi,
    /// The projected value at the end of the year.
    pub nilai: f64,
    /// The latest sub-period reported (1-based) and the sub-periods of the year.
    pub dilaporkan: u32,
    pub jumlah_sub: u32,
    /// Per sub-period: the mean pace (rata-rata) or the slope of the line (tren linear).
    pub laju: f64,
    /// The counting value of each reported sub-period, in order.
    pub titik: Vec<(u32, f64)>,
}

/// The counting value of each sub-period (the latest entry not sent back for correction),
/// ordered by sub-period.
fn per_sub_periode(entri: &[Entri]) -> Vec<(u32, f64)> {
    let mut per: Vec<(u32, f64)> = vec![];
    for e in entri.iter().filter(|e| e.status.dihitung()) {
        match per.iter_mut().find(|(p, _)| *p == e.sub_periode) {
            Some(slot) => slot.1 = e.nilai,
            None => per.push((e.sub_periode, e.nilai)),
        }
    }
    per.sort_by_key(|(p, _)| *p);
    per
}

/// The projection of an IKI with unit `satuan` from its entries (in the order recorded) in a
/// year of `jumlah_sub` sub-periods; none without a counting entry.
///
/// ```
/// use app::domain::proyeksi::{proyeksikan, ModelProyeksi};
/// use app::domain::realisasi::{Entri, StatusRealisasi::Valid};
/// let e = |sub_periode, nilai| Entri { sub_periode, nilai, status: Valid };
/// // 3 + 2 documents in the first two quarters: 2.5 a quarter, 10 by December
/// let p = proyeksikan("Dokumen", &[e(1, 3.0), e(2, 2.0)], 4).unwrap();
/// assert_eq!((p.model, p.nilai, p.laju), (ModelProyeksi::RataRata, 10.0, 2.5));
/// // a level of 60 %, then 70 %: the line reaches 90 % in the fourth quarter
/// let p = proyeksikan("%", &[e(1, 60.0), e(2, 70.0)], 4).unwrap();
/// assert_eq!((p.model, p.nilai, p.laju), (ModelProyeksi::TrenLinear, 90.0, 10.0));
/// assert!(proyeksikan("%", &[], 4).is_none());
/// ```
pub fn proyeksikan(satuan: &str, entri: &[Entri], jumlah_sub: u32) -> Option<Proyeksi> {
    let titik = per_sub_periode(entri);
    let dilaporkan = titik.last()?.0.max(1);
    let n = jumlah_sub.max(dilaporkan);
    let jenis = JenisSatuan::dari_satuan(satuan);
    let (model, nilai, laju) = match jenis.akumulasi() {
        Akumulasi::Jumlah => {
            let sum: f64 = titik.iter().map(|(_, v)| v).sum();
            let laju = sum / dilaporkan as f64;
            (ModelProyeksi::RataRata, laju * n as f64, laju)
        }
        Akumulasi::Terakhir => {
            let (slope, at) = line(&titik, n);
            let last = titik.last().map(|(_, v)| *v).unwrap_or(0.0);
            let v = if dilaporkan >= n { last } else { at };
            let v = if jenis == JenisSatuan::Persen {
                v.clamp(0.0, 100.0)
            } else {
                v.max(0.0)
            };
            (ModelProyeksi::TrenLinear, v, slope)
        }
    };
    Some(Proyeksi {
        model,
        nilai,
        dilaporkan,
        jumlah_sub: n,
        laju,
        titik,
    })
}

/// The least-squares line through the points: its slope, and its value at `x`. One point (or
/// all at one x) gives a flat line through their mean.
fn line(points: &[(u32, f64)], x: u32) -> (f64, f64) {
    let k = points.len() as f64;
    let mx = points.iter().map(|(p, _)| *p as f64).sum::<f64>() / k;
    let my = points.iter().map(|(_, v)| v).sum::<f64>() / k;
    let sxx: f64 = points.iter().map(|(p, _)| (*p as f64 - mx).powi(2)).sum();
    if sxx == 0.0 {
        return (0.0, my);
    }
    let sxy: f64 = points
        .iter()
        .map(|(p, v)| (*p as f64 - mx) * (v - my))
        .sum();
    let slope = sxy / sxx;
    (slope, my + slope * (x as f64 - mx))
}

/// How far the projection falls short of the target, as a share of the target (0.2 = 20 %
/// short); 0 or less means it reaches it.
///
/// ```
/// use app::domain::proyeksi::kekurangan;
/// assert_eq!(kekurangan(10.0, 8.0), 0.2);
/// assert!(kekurangan(10.0, 12.0) < 0.0);
/// ```
pub fn kekurangan(target: f64, proyeksi: f64) -> f64 {
    if target <= 0.0 {
        return 0.0;
    }
    (target - proyeksi) / target
}

/// Whether a projection falls short of the target.
pub fn kurang(target: f64, proyeksi: f64) -> bool {
    kekurangan(target, proyeksi) > 1e-9
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::realisasi::StatusRealisasi::{self, *};
    use proptest::prelude::*;

    fn e(sub_periode: u32, nilai: f64, status: StatusRealisasi) -> Entri {
        Entri {
            sub_periode,
            nilai,
            status,
        }
    }

    #[test]
    #[allow(clippy::type_complexity)]
    #[rustfmt::skip]
    fn table() {
        // (unit, entries, sub-periods, model, projection, pace)
        let cases: Vec<(&str, Vec<Entri>, u32, ModelProyeksi, f64, f64)> = vec![
            // pace of the reported quarters, a gap before the latest counts as zero
            ("Laporan", vec![e(1, 4.0, Valid), e(3, 2.0, Valid)], 4, ModelProyeksi::RataRata, 8.0, 2.0),
            // a correction replaces the quarter's value; one sent back counts for nothing
            ("Dokumen", vec![e(1, 1.0, Valid), e(1, 3.0, Diajukan), e(2, 9.0, PerluPerbaikan)], 4, ModelProyeksi::RataRata, 12.0, 3.0),
            // twelve months, half a year reported
            ("Rupiah", vec![e(6, 600.0, Valid)], 12, ModelProyeksi::RataRata, 1200.0, 100.0),
            // the year complete: the realisasi itself
            ("Dokumen", vec![e(1, 1.0, Valid), e(4, 1.0, Valid)], 4, ModelProyeksi::RataRata, 2.0, 0.5),
            // a single level stays where it is
            ("indeks", vec![e(2, 3.5, Valid)], 4, ModelProyeksi::TrenLinear, 3.5, 0.0),
            // a rising percentage is capped at 100
            ("%", vec![e(1, 50.0, Valid), e(2, 80.0, Valid)], 4, ModelProyeksi::TrenLinear, 100.0, 30.0),
            // a falling level does not go below 0
            ("skor", vec![e(1, 3.0, Valid), e(2, 1.0, Valid)], 4, ModelProyeksi::TrenLinear, 0.0, -2.0),
            // the last sub-period reported: its level
            ("%", vec![e(1, 10.0, Valid), e(4, 70.0, Valid)], 4, ModelProyeksi::TrenLinear, 70.0, 20.0),
        ];
        for (satuan, entri, n, model, nilai, laju) in cases {
            let p = proyeksikan(satuan, &entri, n).unwrap();
            assert_eq!(p.model, model, "{satuan} {entri:?}");
            assert!((p.nilai - nilai).abs() < 1e-9, "{satuan} {entri:?}: {}", p.nilai);
            assert!((p.laju - laju).abs() < 1e-9, "{satuan} {entri:?}: {}", p.laju);
        }
        assert!(proyeksikan("Dokumen", &[e(1, 5.0, PerluPerbaikan)], 4).is_none());
    }

    proptest! {
        #[test]
        fn summed_units_never_project_below_the_realisasi(
            vals in proptest::collection::vec((1u32..=4, 0.0f64..1000.0), 1..8)
        ) {
            let entri: Vec<Entri> = vals.iter().map(|(s, v)| e(*s, v.round(), Valid)).collect();
            let p = proyeksikan("Dokumen", &entri, 4).unwrap();
            let real = crate::domain::realisasi::kumulatif("Dokumen", &entri).unwrap();
            prop_assert!(p.nilai + 1e-6 >= real);
            prop_assert!(p.nilai <= real * 4.0 + 1e-6);
        }

        #[test]
        fn percentages_stay_within_bounds(
            vals in proptest::collection::vec((1u32..=12, 0.0f64..=100.0), 1..12)
        ) {
            let entri: Vec<Entri> = vals.iter().map(|(s, v)| e(*s, *v, Valid)).collect();
            let p = proyeksikan("%", &entri, 12).unwrap();
            prop_assert!((0.0..=100.0).contains(&p.nilai));
        }

        #[test]
        fn a_constant_level_projects_itself(v in 0.0f64..100.0, k in 1usize..6) {
            let entri: Vec<Entri> = (1..=k as u32).map(|s| e(s, v, Valid)).collect();
            let p = proyeksikan("%", &entri, 12).unwrap();
            prop_assert!((p.nilai - v).abs() < 1e-6);
        }
    }
}

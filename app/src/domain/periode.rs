//! Performance periods: an annual period with periodic sub-periods whose kind the instansi
//! configures (PermenPANRB 6/2022: monthly, quarterly or semester). Default: quarterly.

use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "SCREAMING_SNAKE_CASE")]
pub enum JenisPeriode {
    Tahunan,
    Bulanan,
    #[default]
    Triwulanan,
    Semesteran,
}

impl JenisPeriode {
    pub fn code(self) -> &'static str {
        match self {
            Self::Tahunan => "TAHUNAN",
            Self::Bulanan => "BULANAN",
            Self::Triwulanan => "TRIWULANAN",
            Self::Semesteran => "SEMESTERAN",
        }
    }

    pub fn from_code(code: &str) -> Option<Self> {
        [
            Self::Tahunan,
            Self::Bulanan,
            Self::Triwulanan,
            Self::Semesteran,
        ]
        .into_iter()
        .find(|k| k.code() == code.trim().to_ascii_uppercase())
    }

    /// Months in one sub-period of this kind.
    pub fn months(self) -> u32 {
        match self {
            Self::Tahunan => 12,
            Self::Bulanan => 1,
            Self::Triwulanan => 3,
            Self::Semesteran => 6,
        }
    }
}

#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "SCREAMING_SNAKE_CASE")]
pub enum StatusPeriode {
    #[default]
    Perencanaan,
    Pelaksanaan,
    Penilaian,
    Ditutup,
}

impl StatusPeriode {
    pub fn code(self) -> &'static str {
        match self {
            Self::Perencanaan => "PERENCANAAN",
            Self::Pelaksanaan => "PELAKSANAAN",
            Self::Penilaian => "PENILAIAN",
            Self::Ditutup => "DITUTUP",
        }
    }

    pub fn from_code(code: &str) -> Option<Self> {
        [
            Self::Perencanaan,
            Self::Pelaksanaan,
            Self::Penilaian,
            Self::Ditutup,
        ]
        .into_iter()
        .find(|k| k.code() == code)
    }
}

/// One sub-period: its number within the year (1-based) and its first and last day.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct SubPeriode {
    pub nomor: u32,
    pub mulai: NaiveDate,
    pub selesai: NaiveDate,
}

/// Splits a calendar year into sub-periods of the given kind, covering every day exactly once.
pub fn sub_periods(tahun: i32, jenis: JenisPeriode) -> Vec<SubPeriode> {
    let step = jenis.months();
    (0..12 / step)
        .filter_map(|i| {
            let first_month = i * step + 1;
            let mulai = NaiveDate::from_ymd_opt(tahun, first_month, 1)?;
            let next = if first_month + step > 12 {
                NaiveDate::from_ymd_opt(tahun + 1, 1, 1)?
            } else {
                NaiveDate::from_ymd_opt(tahun, first_month + step, 1)?
            };
            Some(SubPeriode {
                nomor: i + 1,
                mulai,
                selesai: next.pred_opt()?,
            })
        })
        .collect()
}

/// "Triwulan II 2026", "Januari 2026", "Semester 1 2026", "Tahun 2026".
pub fn nama_periode(tahun: i32, jenis: JenisPeriode, nomor: u32) -> String {
    const BULAN: [&str; 12] = [
        "Januari",
        "Februari",
        "Maret",
        "April",
        "Mei",
        "Juni",
        "Juli",
        "Agustus",
        "September",
        "Oktober",
        "November",
        "Desember",
    ];
    const ROMAWI: [&str; 4] = ["I", "II", "III", "IV"];
    let idx = nomor.saturating_sub(1) as usize;
    match jenis {
        JenisPeriode::Tahunan => format!("Tahun {tahun}"),
        JenisPeriode::Bulanan => format!("{} {tahun}", BULAN.get(idx).unwrap_or(&"?")),
        JenisPeriode::Triwulanan => format!("Triwulan {} {tahun}", ROMAWI.get(idx).unwrap_or(&"?")),
        JenisPeriode::Semesteran => format!("Semester {nomor} {tahun}"),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    fn d(y: i32, m: u32, day: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, day).unwrap()
    }

    #[test]
    fn quarters_of_2024() {
        let q = sub_periods(2024, JenisPeriode::Triwulanan);
        assert_eq!(q.len(), 4);
        assert_eq!((q[0].mulai, q[0].selesai), (d(2024, 1, 1), d(2024, 3, 31)));
        assert_eq!(
            (q[3].mulai, q[3].selesai),
            (d(2024, 10, 1), d(2024, 12, 31))
        );
        let m = sub_periods(2024, JenisPeriode::Bulanan);
        assert_eq!(m[1].selesai, d(2024, 2, 29));
        assert_eq!(
            sub_periods(2025, JenisPeriode::Semesteran)[0].selesai,
            d(2025, 6, 30)
        );
        assert_eq!(
            nama_periode(2026, JenisPeriode::Triwulanan, 2),
            "Triwulan II 2026"
        );
        assert_eq!(nama_periode(2026, JenisPeriode::Bulanan, 1), "Januari 2026");
    }

    proptest! {
        #[test]
        fn sub_periods_tile_the_year(tahun in 1990i32..2100, k in 0usize..4) {
            let jenis = [JenisPeriode::Tahunan, JenisPeriode::Bulanan, JenisPeriode::Triwulanan,
                JenisPeriode::Semesteran][k];
            let parts = sub_periods(tahun, jenis);
            prop_assert_eq!(parts.len() as u32, 12 / jenis.months());
            prop_assert_eq!(parts[0].mulai, d(tahun, 1, 1));
            prop_assert_eq!(parts.last().unwrap().selesai, d(tahun, 12, 31));
            for w in parts.windows(2) {
                prop_assert_eq!(w[0].selesai.succ_opt().unwrap(), w[1].mulai);
            }
        }
    }
}

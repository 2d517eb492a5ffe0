//! Risk per RHK (*manajemen kinerja berbasis risiko*): likelihood × impact on the usual 5 × 5
//! matrix. Default bands: 1–4 Rendah, 5–9 Sedang, 10–14 Tinggi, 15–25 Sangat Tinggi; Tinggi
//! and above are "high" and show on the cascade node and the SKP.

use super::problem::Problem;

crate::code_enum! {
    /// The level of a risk, lowest first.
    pub enum LevelRisiko {
        Rendah = ("RENDAH", "Rendah"),
        Sedang = ("SEDANG", "Sedang"),
        Tinggi = ("TINGGI", "Tinggi"),
        SangatTinggi = ("SANGAT_TINGGI", "Sangat Tinggi"),
    }
}

impl LevelRisiko {
    pub fn is_high(self) -> bool {
        self >= LevelRisiko::Tinggi
    }
}

/// The level of a risk from likelihood and impact (each 1–5).
///
/// ```
/// use app::domain::risiko::{level, LevelRisiko};
/// assert_eq!(level(1, 4), Ok(LevelRisiko::Rendah));
/// assert_eq!(level(3, 3), Ok(LevelRisiko::Sedang));
/// assert_eq!(level(4, 3), Ok(LevelRisiko::Tinggi));
/// assert_eq!(level(5, 3), Ok(LevelRisiko::SangatTinggi));
/// assert!(level(0, 3).is_err());
/// ```
pub fn level(kemungkinan: i64, dampak: i64) -> Result<LevelRisiko, Vec<Problem>> {
    let mut bad = vec![];
    for (field, label, v) in [
        ("kemungkinan", "Kemungkinan", kemungkinan),
        ("dampak", "Dampak", dampak),
    ] {
        if !(1..=5).contains(&v) {
            bad.push(Problem::new(
                field,
                format!("{label} harus bernilai 1 sampai 5"),
                format!("{label} must be 1 to 5"),
            ));
        }
    }
    if !bad.is_empty() {
        return Err(bad);
    }
    Ok(level_skor(kemungkinan * dampak))
}

/// The level of a score (likelihood × impact, 1–25; below 1 counts as Rendah).
pub fn level_skor(skor: i64) -> LevelRisiko {
    match skor {
        ..=4 => LevelRisiko::Rendah,
        5..=9 => LevelRisiko::Sedang,
        10..=14 => LevelRisiko::Tinggi,
        _ => LevelRisiko::SangatTinggi,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    #[test]
    fn matrix() {
        // rows: likelihood 1..5; columns: impact 1..5 (Rendah, Sedang, Tinggi, X = Sangat Tinggi)
        let code = |l: LevelRisiko| match l {
            LevelRisiko::Rendah => "R",
            LevelRisiko::Sedang => "S",
            LevelRisiko::Tinggi => "T",
            LevelRisiko::SangatTinggi => "X",
        };
        let rows: Vec<String> = (1..=5)
            .map(|k| (1..=5).map(|d| code(level(k, d).unwrap())).collect())
            .collect();
        assert_eq!(rows, ["RRRRS", "RRSST", "RSSTX", "RSTXX", "STXXX"]);
    }

    proptest! {
        #[test]
        fn more_likely_is_never_less_risky(k in 1i64..5, d in 1i64..=5) {
            prop_assert!(level(k + 1, d).unwrap() >= level(k, d).unwrap());
            prop_assert!(level(d, k + 1).unwrap() >= level(d, k).unwrap());
        }

        #[test]
        fn out_of_range_is_refused(k in -10i64..20, d in 1i64..=5) {
            prop_assert_eq!(level(k, d).is_err(), !(1..=5).contains(&k));
        }
    }
}

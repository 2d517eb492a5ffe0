//! Angka kredit of functional positions (PermenPANRB 1/2023, DOMAIN.md §7).
//!
//! AK = (months / 12) × predikat percentage × annual coefficient of the jenjang.
//!
//! | predikat | percentage |   | jenjang | annual coefficient |
//! |---|---|---|---|---|
//! | Sangat Baik | 150 % | | Ahli Pertama | 12.5 |
//! | Baik | 100 % | | Ahli Muda | 25 |
//! | Butuh Perbaikan | 75 % | | Ahli Madya | 37.5 |
//! | Kurang/Misconduct | 50 % | | Ahli Utama | 50 |
//! | Sangat Kurang | 25 % | | Pemula | 3.75 |
//! | | | | Terampil | 5 |
//! | | | | Mahir | 12.5 |
//! | | | | Penyelia | 25 |
//!
//! A ledger entry must keep the percentage and the coefficient it used ([`PerolehanAk`]), so
//! history survives later changes of these tables.

use serde::{Deserialize, Serialize};
use std::fmt;

pub use super::jabatan::Jenjang;
use super::rating::Predikat;

/// Whether the jenjang belongs to the keahlian category (Ahli *); the others are keterampilan.
///
/// ```
/// use app::domain::angka_kredit::{is_keahlian, Jenjang};
/// assert!(is_keahlian(Jenjang::AhliMuda));
/// assert!(!is_keahlian(Jenjang::Penyelia));
/// ```
pub fn is_keahlian(jenjang: Jenjang) -> bool {
    matches!(
        jenjang,
        Jenjang::AhliPertama | Jenjang::AhliMuda | Jenjang::AhliMadya | Jenjang::AhliUtama
    )
}

/// The annual coefficient of a jenjang: the AK earned in 12 months with predikat Baik.
///
/// ```
/// use app::domain::angka_kredit::{koefisien_tahunan, Jenjang};
/// assert_eq!(koefisien_tahunan(Jenjang::AhliMadya), 37.5);
/// assert_eq!(koefisien_tahunan(Jenjang::Pemula), 3.75);
/// ```
pub fn koefisien_tahunan(jenjang: Jenjang) -> f64 {
    match jenjang {
        Jenjang::Pemula => 3.75,
        Jenjang::Terampil => 5.0,
        Jenjang::Mahir => 12.5,
        Jenjang::Penyelia => 25.0,
        Jenjang::AhliPertama => 12.5,
        Jenjang::AhliMuda => 25.0,
        Jenjang::AhliMadya => 37.5,
        Jenjang::AhliUtama => 50.0,
    }
}

/// The percentage of the annual coefficient a predikat earns, **in percent** (150.0 for
/// Sangat Baik): divide by 100 for the factor.
///
/// ```
/// use app::domain::angka_kredit::persentase;
/// use app::domain::rating::Predikat;
/// assert_eq!(persentase(Predikat::SangatBaik), 150.0);
/// assert_eq!(persentase(Predikat::SangatKurang), 25.0);
/// ```
pub fn persentase(predikat: Predikat) -> f64 {
    match predikat {
        Predikat::SangatBaik => 150.0,
        Predikat::Baik => 100.0,
        Predikat::ButuhPerbaikan => 75.0,
        Predikat::KurangMisconduct => 50.0,
        Predikat::SangatKurang => 25.0,
    }
}

/// The AK from a percentage (in percent), a coefficient and a number of months. One division
/// last, so the table's examples come out exact (e.g. 9.375, 0.9375).
fn rumus(persentase: f64, koefisien: f64, months: u8) -> f64 {
    koefisien * persentase * f64::from(months) / 1200.0
}

/// Why an angka kredit cannot be computed.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum AngkaKreditError {
    /// The evaluated period must be 1 to 12 months.
    BulanTidakValid { bulan: u8 },
}

impl AngkaKreditError {
    /// The message, in Indonesian.
    ///
    /// ```
    /// use app::domain::angka_kredit::AngkaKreditError;
    /// assert_eq!(
    ///     AngkaKreditError::BulanTidakValid { bulan: 13 }.message(),
    ///     "Masa penilaian angka kredit harus 1 sampai 12 bulan, bukan 13 bulan"
    /// );
    /// ```
    pub fn message(&self) -> String {
        match self {
            Self::BulanTidakValid { bulan } => {
                format!("Masa penilaian angka kredit harus 1 sampai 12 bulan, bukan {bulan} bulan")
            }
        }
    }
}

impl fmt::Display for AngkaKreditError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.message())
    }
}

impl std::error::Error for AngkaKreditError {}

/// The angka kredit earned in `months` months with `predikat` at `jenjang`:
/// (months / 12) × [`persentase`] × [`koefisien_tahunan`].
///
/// Forgiving: `months` above 12 is **clamped** to 12 (one evaluation period is at most a
/// year) and 0 months earn 0.0. Use [`try_angka_kredit`] to reject such input instead.
///
/// ```
/// use app::domain::angka_kredit::{angka_kredit, Jenjang};
/// use app::domain::rating::Predikat;
/// assert_eq!(angka_kredit(Jenjang::AhliMuda, Predikat::Baik, 12), 25.0);
/// assert_eq!(angka_kredit(Jenjang::AhliPertama, Predikat::SangatBaik, 6), 9.375);
/// assert_eq!(angka_kredit(Jenjang::Pemula, Predikat::SangatKurang, 12), 0.9375);
/// assert_eq!(angka_kredit(Jenjang::AhliMuda, Predikat::Baik, 18), 25.0); // clamped
/// assert_eq!(angka_kredit(Jenjang::AhliMuda, Predikat::Baik, 0), 0.0);
/// ```
pub fn angka_kredit(jenjang: Jenjang, predikat: Predikat, months: u8) -> f64 {
    rumus(
        persentase(predikat),
        koefisien_tahunan(jenjang),
        months.min(12),
    )
}

/// [`angka_kredit`] that rejects `months` of 0 or above 12.
///
/// ```
/// use app::domain::angka_kredit::{try_angka_kredit, AngkaKreditError, Jenjang};
/// use app::domain::rating::Predikat;
/// assert_eq!(try_angka_kredit(Jenjang::AhliMadya, Predikat::ButuhPerbaikan, 4), Ok(9.375));
/// assert_eq!(
///     try_angka_kredit(Jenjang::AhliMadya, Predikat::Baik, 13),
///     Err(AngkaKreditError::BulanTidakValid { bulan: 13 })
/// );
/// assert!(try_angka_kredit(Jenjang::AhliMadya, Predikat::Baik, 0).is_err());
/// ```
pub fn try_angka_kredit(
    jenjang: Jenjang,
    predikat: Predikat,
    months: u8,
) -> Result<f64, AngkaKreditError> {
    if !(1..=12).contains(&months) {
        return Err(AngkaKreditError::BulanTidakValid { bulan: months });
    }
    Ok(angka_kredit(jenjang, predikat, months))
}

/// One acquisition of angka kredit with the table values it used: what a ledger entry stores,
/// so that a later change of the tables does not rewrite history.
#[derive(Clone, Copy, Debug, PartialEq, Serialize, Deserialize)]
pub struct PerolehanAk {
    pub jenjang: Jenjang,
    pub predikat: Predikat,
    /// The months evaluated, 1–12.
    pub bulan: u8,
    /// The predikat percentage used, in percent (150.0 for Sangat Baik).
    pub persentase: f64,
    /// The annual coefficient used.
    pub koefisien: f64,
    /// The result.
    pub angka_kredit: f64,
}

impl PerolehanAk {
    /// Computes an acquisition with today's tables; `months` must be 1–12.
    ///
    /// ```
    /// use app::domain::angka_kredit::{Jenjang, PerolehanAk};
    /// use app::domain::rating::Predikat;
    /// let p = PerolehanAk::hitung(Jenjang::AhliPertama, Predikat::SangatBaik, 6).unwrap();
    /// assert_eq!((p.persentase, p.koefisien, p.angka_kredit), (150.0, 12.5, 9.375));
    /// ```
    pub fn hitung(
        jenjang: Jenjang,
        predikat: Predikat,
        months: u8,
    ) -> Result<Self, AngkaKreditError> {
        let angka_kredit = try_angka_kredit(jenjang, predikat, months)?;
        Ok(Self {
            jenjang,
            predikat,
            bulan: months,
            persentase: persentase(predikat),
            koefisien: koefisien_tahunan(jenjang),
            angka_kredit,
        })
    }

    /// Recomputes the result from the stored percentage and coefficient (not today's tables).
    pub fn recompute(&self) -> f64 {
        rumus(self.persentase, self.koefisien, self.bulan.min(12))
    }
}

/// The cumulative angka kredit needed for promotion from a jenjang.
#[derive(Clone, Copy, Debug, PartialEq, Serialize, Deserialize)]
pub struct KebutuhanAk {
    /// To rise one pangkat (rank) within the jenjang.
    pub pangkat: f64,
    /// To rise to the next jenjang; `None` at the top of the category (Ahli Utama, Penyelia).
    pub jenjang: Option<f64>,
}

/// The AK needed for promotion (pangkat / jenjang) from a jenjang.
///
/// Keahlian, from DOMAIN.md §7: Ahli Pertama 50 / 100, Ahli Muda 100 / 200, Ahli Madya
/// 150 / 450, Ahli Utama 200 / none. DOMAIN.md does not give the keterampilan thresholds; these
/// are taken from PermenPANRB 1/2023 (its table of cumulative AK for promotion): Pemula 15 / 15,
/// Terampil 20 / 60, Mahir 50 / 100, Penyelia 100 / none (the top of keterampilan).
///
/// ```
/// use app::domain::angka_kredit::{kebutuhan_ak, Jenjang, KebutuhanAk};
/// assert_eq!(
///     kebutuhan_ak(Jenjang::AhliMadya),
///     KebutuhanAk { pangkat: 150.0, jenjang: Some(450.0) }
/// );
/// assert_eq!(kebutuhan_ak(Jenjang::AhliUtama).jenjang, None);
/// assert_eq!(kebutuhan_ak(Jenjang::Mahir).pangkat, 50.0);
/// ```
pub fn kebutuhan_ak(jenjang: Jenjang) -> KebutuhanAk {
    let (pangkat, next) = match jenjang {
        Jenjang::AhliPertama => (50.0, Some(100.0)),
        Jenjang::AhliMuda => (100.0, Some(200.0)),
        Jenjang::AhliMadya => (150.0, Some(450.0)),
        Jenjang::AhliUtama => (200.0, None),
        Jenjang::Pemula => (15.0, Some(15.0)),
        Jenjang::Terampil => (20.0, Some(60.0)),
        Jenjang::Mahir => (50.0, Some(100.0)),
        Jenjang::Penyelia => (100.0, None),
    };
    KebutuhanAk {
        pangkat,
        jenjang: next,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;
    use Predikat::*;

    #[test]
    fn tables_of_the_regulation() {
        let percentages = [
            (SangatBaik, 150.0),
            (Baik, 100.0),
            (ButuhPerbaikan, 75.0),
            (KurangMisconduct, 50.0),
            (SangatKurang, 25.0),
        ];
        for (p, pct) in percentages {
            assert_eq!(persentase(p), pct, "{p:?}");
        }
        let coefficients = [
            (Jenjang::AhliPertama, 12.5),
            (Jenjang::AhliMuda, 25.0),
            (Jenjang::AhliMadya, 37.5),
            (Jenjang::AhliUtama, 50.0),
            (Jenjang::Terampil, 5.0),
            (Jenjang::Mahir, 12.5),
            (Jenjang::Penyelia, 25.0),
            (Jenjang::Pemula, 3.75),
        ];
        for (j, k) in coefficients {
            assert_eq!(koefisien_tahunan(j), k, "{j:?}");
        }
        let thresholds = [
            (Jenjang::AhliPertama, (50.0, Some(100.0))),
            (Jenjang::AhliMuda, (100.0, Some(200.0))),
            (Jenjang::AhliMadya, (150.0, Some(450.0))),
            (Jenjang::AhliUtama, (200.0, None)),
            (Jenjang::Pemula, (15.0, Some(15.0))),
            (Jenjang::Terampil, (20.0, Some(60.0))),
            (Jenjang::Mahir, (50.0, Some(100.0))),
            (Jenjang::Penyelia, (100.0, None)),
        ];
        for (j, t) in thresholds {
            let k = kebutuhan_ak(j);
            assert_eq!((k.pangkat, k.jenjang), t, "{j:?}");
            // the next jenjang never needs less than the next pangkat
            assert!(k.jenjang.is_none_or(|n| n >= k.pangkat), "{j:?}");
        }
    }

    #[test]
    fn examples() {
        // (jenjang, predikat, months, AK), computed by hand from the formula.
        let table = [
            (Jenjang::AhliMuda, Baik, 12, 25.0),
            (Jenjang::AhliPertama, SangatBaik, 6, 9.375),
            (Jenjang::Pemula, SangatKurang, 12, 0.9375),
            (Jenjang::AhliUtama, SangatBaik, 12, 75.0),
            (Jenjang::AhliMadya, KurangMisconduct, 12, 18.75),
            (Jenjang::Terampil, ButuhPerbaikan, 12, 3.75),
            (Jenjang::Penyelia, Baik, 3, 6.25),
            (Jenjang::Mahir, SangatBaik, 1, 1.5625),
        ];
        for (j, p, m, ak) in table {
            assert_eq!(angka_kredit(j, p, m), ak, "{j:?} {p:?} {m}");
            assert_eq!(try_angka_kredit(j, p, m), Ok(ak));
            let entry = PerolehanAk::hitung(j, p, m).unwrap();
            assert_eq!(entry.angka_kredit, ak);
            assert_eq!(entry.recompute(), ak);
        }
    }

    #[test]
    fn months_out_of_range() {
        for m in [0u8, 13, 24, 255] {
            assert_eq!(
                try_angka_kredit(Jenjang::AhliMuda, Baik, m),
                Err(AngkaKreditError::BulanTidakValid { bulan: m })
            );
            assert!(PerolehanAk::hitung(Jenjang::AhliMuda, Baik, m).is_err());
        }
        assert_eq!(angka_kredit(Jenjang::AhliMuda, Baik, 0), 0.0);
        assert_eq!(angka_kredit(Jenjang::AhliMuda, Baik, 255), 25.0);
        assert!(AngkaKreditError::BulanTidakValid { bulan: 0 }
            .to_string()
            .contains("bukan 0 bulan"));
    }

    #[test]
    fn history_survives_table_changes() {
        let mut entry = PerolehanAk::hitung(Jenjang::AhliMuda, Baik, 12).unwrap();
        // An entry stored under an older table (say 20 for Ahli Muda) keeps its own numbers.
        entry.koefisien = 20.0;
        assert_eq!(entry.recompute(), 20.0);
        let json = serde_json::to_string(&entry).unwrap();
        assert!(json.contains(r#""jenjang":"AHLI_MUDA""#), "{json}");
        assert!(json.contains(r#""predikat":"BAIK""#), "{json}");
    }

    fn jenjang() -> impl Strategy<Value = Jenjang> {
        prop::sample::select(Jenjang::ALL.to_vec())
    }

    fn predikat() -> impl Strategy<Value = Predikat> {
        prop::sample::select(Predikat::ALL.to_vec())
    }

    proptest! {
        #[test]
        fn monotonic_in_months(j in jenjang(), p in predikat(), a in 0u8..=255, b in 0u8..=255) {
            let (lo, hi) = (a.min(b), a.max(b));
            prop_assert!(angka_kredit(j, p, lo) <= angka_kredit(j, p, hi));
        }

        #[test]
        fn monotonic_in_predikat(j in jenjang(), m in 0u8..=12, a in predikat(), b in predikat()) {
            let (lo, hi) = if a.rank() <= b.rank() { (a, b) } else { (b, a) };
            prop_assert!(angka_kredit(j, lo, m) <= angka_kredit(j, hi, m));
            if m > 0 && lo != hi {
                prop_assert!(angka_kredit(j, lo, m) < angka_kredit(j, hi, m));
            }
        }

        #[test]
        fn linear_in_months(j in jenjang(), p in predikat(), a in 0u8..=12, b in 0u8..=12) {
            let year = angka_kredit(j, p, 12);
            let one = angka_kredit(j, p, a);
            prop_assert!((one - year * f64::from(a) / 12.0).abs() < 1e-9);
            if a + b <= 12 {
                let sum = angka_kredit(j, p, a) + angka_kredit(j, p, b);
                prop_assert!((sum - angka_kredit(j, p, a + b)).abs() < 1e-9);
            }
        }

        #[test]
        fn try_agrees_within_range(j in jenjang(), p in predikat(), m in 0u8..=255) {
            match try_angka_kredit(j, p, m) {
                Ok(ak) => {
                    prop_assert!((1..=12).contains(&m));
                    prop_assert_eq!(ak, angka_kredit(j, p, m));
                }
                Err(e) => {
                    prop_assert!(m == 0 || m > 12);
                    prop_assert_eq!(e, AngkaKreditError::BulanTidakValid { bulan: m });
                }
            }
        }
    }
}

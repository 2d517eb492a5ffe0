//! Ratings and the employee predikat (PermenPANRB 6/2022, DOMAIN.md §4).
//!
//! The PPK rates *Hasil Kerja* and *Perilaku Kerja* separately, each as a judgement against
//! expectation ([`Rating`]); the two ratings fix the *Predikat Kinerja Pegawai* ([`Predikat`])
//! through the regulation's matrix ([`predikat_pegawai`]). The ratings are judgements, not
//! arithmetic: nothing here derives a rating from realisasi percentages.

use serde::{Deserialize, Serialize};
use std::fmt;

/// A rating of Hasil Kerja or of Perilaku Kerja: a judgement against expectation.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "SCREAMING_SNAKE_CASE")]
pub enum Rating {
    DiAtas,
    Sesuai,
    DiBawah,
}

impl Rating {
    /// All ratings, best first.
    pub const ALL: [Rating; 3] = [Rating::DiAtas, Rating::Sesuai, Rating::DiBawah];

    /// The code stored in the database and used in import files.
    pub fn code(self) -> &'static str {
        match self {
            Self::DiAtas => "DI_ATAS",
            Self::Sesuai => "SESUAI",
            Self::DiBawah => "DI_BAWAH",
        }
    }

    /// Parses a code, tolerating case, spaces and hyphens (`"di atas"` → [`Rating::DiAtas`]).
    pub fn from_code(code: &str) -> Option<Self> {
        let c = code.trim().to_ascii_uppercase().replace([' ', '-'], "_");
        Self::ALL.into_iter().find(|r| r.code() == c)
    }

    /// The official label.
    pub fn label(self) -> &'static str {
        match self {
            Self::DiAtas => "Di Atas Ekspektasi",
            Self::Sesuai => "Sesuai Ekspektasi",
            Self::DiBawah => "Di Bawah Ekspektasi",
        }
    }

    /// Position in the order of the regulation: Di Bawah 0 < Sesuai 1 < Di Atas 2.
    ///
    /// ```
    /// use app::domain::rating::Rating;
    /// assert!(Rating::DiAtas.rank() > Rating::Sesuai.rank());
    /// assert!(Rating::Sesuai.rank() > Rating::DiBawah.rank());
    /// ```
    pub fn rank(self) -> u8 {
        match self {
            Self::DiBawah => 0,
            Self::Sesuai => 1,
            Self::DiAtas => 2,
        }
    }
}

impl fmt::Display for Rating {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.label())
    }
}

/// Predikat Kinerja Pegawai: the outcome of an evaluation, five levels.
///
/// The order, best first, is the one of the angka kredit percentages (150 %, 100 %, 75 %,
/// 50 %, 25 %): Sangat Baik > Baik > Butuh Perbaikan > Kurang/Misconduct > Sangat Kurang.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "SCREAMING_SNAKE_CASE")]
pub enum Predikat {
    SangatBaik,
    Baik,
    ButuhPerbaikan,
    KurangMisconduct,
    SangatKurang,
}

impl Predikat {
    /// All predikat, best first.
    pub const ALL: [Predikat; 5] = [
        Predikat::SangatBaik,
        Predikat::Baik,
        Predikat::ButuhPerbaikan,
        Predikat::KurangMisconduct,
        Predikat::SangatKurang,
    ];

    /// The code stored in the database and used in import files.
    pub fn code(self) -> &'static str {
        match self {
            Self::SangatBaik => "SANGAT_BAIK",
            Self::Baik => "BAIK",
            Self::ButuhPerbaikan => "BUTUH_PERBAIKAN",
            Self::KurangMisconduct => "KURANG_MISCONDUCT",
            Self::SangatKurang => "SANGAT_KURANG",
        }
    }

    /// Parses a code, tolerating case, spaces, hyphens and the slash of the label
    /// (`"Kurang/Misconduct"` → [`Predikat::KurangMisconduct`]).
    ///
    /// ```
    /// use app::domain::rating::Predikat;
    /// assert_eq!(Predikat::from_code("Kurang/Misconduct"), Some(Predikat::KurangMisconduct));
    /// assert_eq!(Predikat::from_code("sangat baik"), Some(Predikat::SangatBaik));
    /// assert_eq!(Predikat::from_code("cukup"), None);
    /// ```
    pub fn from_code(code: &str) -> Option<Self> {
        let c = code
            .trim()
            .to_ascii_uppercase()
            .replace([' ', '-', '/'], "_");
        Self::ALL.into_iter().find(|p| p.code() == c)
    }

    /// The official label.
    pub fn label(self) -> &'static str {
        match self {
            Self::SangatBaik => "Sangat Baik",
            Self::Baik => "Baik",
            Self::ButuhPerbaikan => "Butuh Perbaikan",
            Self::KurangMisconduct => "Kurang/Misconduct",
            Self::SangatKurang => "Sangat Kurang",
        }
    }

    /// Position in the order, worst first: Sangat Kurang 0 … Sangat Baik 4.
    ///
    /// ```
    /// use app::domain::rating::Predikat;
    /// assert_eq!(Predikat::SangatBaik.rank(), 4);
    /// assert!(Predikat::ButuhPerbaikan.rank() > Predikat::KurangMisconduct.rank());
    /// ```
    pub fn rank(self) -> u8 {
        match self {
            Self::SangatKurang => 0,
            Self::KurangMisconduct => 1,
            Self::ButuhPerbaikan => 2,
            Self::Baik => 3,
            Self::SangatBaik => 4,
        }
    }
}

impl fmt::Display for Predikat {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.label())
    }
}

/// The Predikat Kinerja Pegawai from the two ratings (DOMAIN.md §4; rows hasil kerja, columns
/// perilaku kerja):
///
/// | Hasil \ Perilaku | Di Bawah | Sesuai | Di Atas |
/// |---|---|---|---|
/// | Di Atas | Kurang/Misconduct | Baik | Sangat Baik |
/// | Sesuai | Kurang/Misconduct | Baik | Baik |
/// | Di Bawah | Sangat Kurang | Butuh Perbaikan | Butuh Perbaikan |
///
/// ```
/// use app::domain::rating::{predikat_pegawai, Predikat, Rating};
/// assert_eq!(predikat_pegawai(Rating::DiAtas, Rating::DiAtas), Predikat::SangatBaik);
/// assert_eq!(predikat_pegawai(Rating::DiAtas, Rating::DiBawah), Predikat::KurangMisconduct);
/// assert_eq!(predikat_pegawai(Rating::DiBawah, Rating::DiAtas), Predikat::ButuhPerbaikan);
/// ```
pub const fn predikat_pegawai(hasil: Rating, perilaku: Rating) -> Predikat {
    use Predikat::*;
    use Rating::*;
    match (hasil, perilaku) {
        (DiAtas, DiBawah) => KurangMisconduct,
        (DiAtas, Sesuai) => Baik,
        (DiAtas, DiAtas) => SangatBaik,
        (Sesuai, DiBawah) => KurangMisconduct,
        (Sesuai, Sesuai) => Baik,
        (Sesuai, DiAtas) => Baik,
        (DiBawah, DiBawah) => SangatKurang,
        (DiBawah, Sesuai) => ButuhPerbaikan,
        (DiBawah, DiAtas) => ButuhPerbaikan,
    }
}

/// Why a Rating Hasil Kerja is not allowed.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum HasilKerjaError {
    /// *Di Atas Ekspektasi* although some RHK utama are *Di Bawah Ekspektasi*; `rhk_utama`
    /// holds their positions (0-based) in the slice that was checked.
    DiAtasDenganRhkUtamaDiBawah { rhk_utama: Vec<usize> },
}

impl HasilKerjaError {
    /// The message shown to the PPK, in Indonesian.
    ///
    /// ```
    /// use app::domain::rating::{check_hasil_kerja, Rating};
    /// let err = check_hasil_kerja(Rating::DiAtas, &[Rating::Sesuai, Rating::DiBawah]).unwrap_err();
    /// assert_eq!(
    ///     err.message(),
    ///     "Rating Hasil Kerja tidak dapat Di Atas Ekspektasi karena 1 RHK utama \
    ///      Di Bawah Ekspektasi (RHK utama ke-2)"
    /// );
    /// ```
    pub fn message(&self) -> String {
        match self {
            Self::DiAtasDenganRhkUtamaDiBawah { rhk_utama } => {
                let nomor: Vec<String> = rhk_utama.iter().map(|i| (i + 1).to_string()).collect();
                format!(
                    "Rating Hasil Kerja tidak dapat Di Atas Ekspektasi karena {} RHK utama \
                     Di Bawah Ekspektasi (RHK utama ke-{})",
                    rhk_utama.len(),
                    nomor.join(", ke-")
                )
            }
        }
    }
}

impl fmt::Display for HasilKerjaError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.message())
    }
}

impl std::error::Error for HasilKerjaError {}

/// Checks a Rating Hasil Kerja against the ratings of the RHK utama: it may be *Di Atas
/// Ekspektasi* only if no RHK utama is *Di Bawah Ekspektasi*. *Sesuai* and *Di Bawah* are
/// always allowed: they are the PPK's judgement. Whether an SKP has any RHK utama at all is
/// checked with the SKP, not here (an empty slice passes).
///
/// ```
/// use app::domain::rating::{check_hasil_kerja, Rating};
/// assert!(check_hasil_kerja(Rating::DiAtas, &[Rating::DiAtas, Rating::Sesuai]).is_ok());
/// assert!(check_hasil_kerja(Rating::DiAtas, &[Rating::DiAtas, Rating::DiBawah]).is_err());
/// assert!(check_hasil_kerja(Rating::Sesuai, &[Rating::DiBawah]).is_ok());
/// ```
pub fn check_hasil_kerja(rating: Rating, rhk_utama: &[Rating]) -> Result<(), HasilKerjaError> {
    if rating != Rating::DiAtas {
        return Ok(());
    }
    let di_bawah: Vec<usize> = rhk_utama
        .iter()
        .enumerate()
        .filter(|(_, r)| **r == Rating::DiBawah)
        .map(|(i, _)| i)
        .collect();
    if di_bawah.is_empty() {
        Ok(())
    } else {
        Err(HasilKerjaError::DiAtasDenganRhkUtamaDiBawah {
            rhk_utama: di_bawah,
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;
    use Predikat::*;
    use Rating::*;

    /// The matrix of DOMAIN.md §4, cell by cell: (hasil kerja, perilaku kerja, predikat).
    const MATRIX: [(Rating, Rating, Predikat); 9] = [
        (DiAtas, DiBawah, KurangMisconduct),
        (DiAtas, Sesuai, Baik),
        (DiAtas, DiAtas, SangatBaik),
        (Sesuai, DiBawah, KurangMisconduct),
        (Sesuai, Sesuai, Baik),
        (Sesuai, DiAtas, Baik),
        (DiBawah, DiBawah, SangatKurang),
        (DiBawah, Sesuai, ButuhPerbaikan),
        (DiBawah, DiAtas, ButuhPerbaikan),
    ];

    #[test]
    fn matrix_of_the_regulation() {
        for (hasil, perilaku, expected) in MATRIX {
            assert_eq!(
                predikat_pegawai(hasil, perilaku),
                expected,
                "hasil {hasil:?}, perilaku {perilaku:?}"
            );
        }
        // Every predikat is reachable.
        for p in Predikat::ALL {
            assert!(MATRIX.iter().any(|c| c.2 == p), "{p:?} unreachable");
        }
    }

    #[test]
    fn codes_and_labels() {
        for r in Rating::ALL {
            assert_eq!(Rating::from_code(r.code()), Some(r));
            assert_eq!(
                serde_json::to_string(&r).unwrap(),
                format!("\"{}\"", r.code())
            );
        }
        for p in Predikat::ALL {
            assert_eq!(Predikat::from_code(p.code()), Some(p));
            assert_eq!(Predikat::from_code(p.label()), Some(p));
            assert_eq!(
                serde_json::to_string(&p).unwrap(),
                format!("\"{}\"", p.code())
            );
        }
        assert_eq!(Rating::from_code("di-bawah"), Some(DiBawah));
        assert_eq!(
            [Rating::DiAtas.label(), Sesuai.label(), DiBawah.label()],
            [
                "Di Atas Ekspektasi",
                "Sesuai Ekspektasi",
                "Di Bawah Ekspektasi"
            ]
        );
        assert_eq!(
            Predikat::ALL.map(Predikat::label),
            [
                "Sangat Baik",
                "Baik",
                "Butuh Perbaikan",
                "Kurang/Misconduct",
                "Sangat Kurang"
            ]
        );
        // ALL is best first, consistent with rank.
        assert!(Predikat::ALL.windows(2).all(|w| w[0].rank() > w[1].rank()));
        assert!(Rating::ALL.windows(2).all(|w| w[0].rank() > w[1].rank()));
    }

    #[test]
    fn hasil_kerja_rule() {
        assert_eq!(check_hasil_kerja(DiAtas, &[]), Ok(()));
        assert_eq!(check_hasil_kerja(DiAtas, &[DiAtas, Sesuai, DiAtas]), Ok(()));
        assert_eq!(
            check_hasil_kerja(DiAtas, &[DiBawah, Sesuai, DiBawah]),
            Err(HasilKerjaError::DiAtasDenganRhkUtamaDiBawah {
                rhk_utama: vec![0, 2]
            })
        );
        for r in [Sesuai, DiBawah] {
            assert_eq!(check_hasil_kerja(r, &[DiBawah, DiBawah]), Ok(()));
        }
        let msg = check_hasil_kerja(DiAtas, &[DiBawah, Sesuai, DiBawah])
            .unwrap_err()
            .to_string();
        assert!(msg.contains("2 RHK utama"), "{msg}");
        assert!(msg.contains("ke-1, ke-3"), "{msg}");
    }

    fn rating() -> impl Strategy<Value = Rating> {
        prop::sample::select(Rating::ALL.to_vec())
    }

    proptest! {
        /// The matrix is monotonic (never worse with a better rating) in hasil kerja for every
        /// perilaku, and in perilaku for every hasil kerja: each column and each row of the
        /// regulation's table is ordered (checked cell by cell in `matrix_of_the_regulation`).
        #[test]
        fn predikat_monotonic(a in rating(), b in rating(), other in rating()) {
            let (lo, hi) = if a.rank() <= b.rank() { (a, b) } else { (b, a) };
            prop_assert!(predikat_pegawai(lo, other).rank() <= predikat_pegawai(hi, other).rank());
            prop_assert!(predikat_pegawai(other, lo).rank() <= predikat_pegawai(other, hi).rank());
        }

        /// Di Atas is refused exactly when some RHK utama is Di Bawah; other ratings pass.
        #[test]
        fn hasil_kerja_refuses_iff_some_utama_below(
            r in rating(),
            utama in prop::collection::vec(rating(), 0..12),
        ) {
            let refused = check_hasil_kerja(r, &utama).is_err();
            prop_assert_eq!(refused, r == DiAtas && utama.contains(&DiBawah));
        }
    }
}

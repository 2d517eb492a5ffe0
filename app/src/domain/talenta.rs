//! The 9-box of talent (manajemen talenta, PermenPANRB 3/2020): kinerja × potensi, three levels
//! each. Kinerja comes from the employee's predikat; potensi is entered by the leader.
//!
//! | predikat | kinerja |
//! |---|---|
//! | Sangat Baik | Tinggi |
//! | Baik | Menengah |
//! | Butuh Perbaikan, Kurang/Misconduct, Sangat Kurang | Rendah |
//!
//! Boxes are numbered as in the regulation's grid, 1 (both low) to 9 (both high):
//!
//! | potensi \ kinerja | Rendah | Menengah | Tinggi |
//! |---|---|---|---|
//! | Tinggi | 6 | 8 | 9 |
//! | Menengah | 3 | 5 | 7 |
//! | Rendah | 1 | 2 | 4 |

use serde::{Deserialize, Serialize};

use super::rating::Predikat;

crate::code_enum! {
    /// One of the three levels of a 9-box axis, lowest first.
    pub enum Tingkat {
        Rendah = ("RENDAH", "Rendah"),
        Menengah = ("MENENGAH", "Menengah"),
        Tinggi = ("TINGGI", "Tinggi"),
    }
}

/// The kinerja level of a predikat: Sangat Baik → Tinggi, Baik → Menengah, the rest → Rendah.
///
/// ```
/// use app::domain::rating::Predikat;
/// use app::domain::talenta::{kinerja, Tingkat};
/// assert_eq!(kinerja(Predikat::SangatBaik), Tingkat::Tinggi);
/// assert_eq!(kinerja(Predikat::Baik), Tingkat::Menengah);
/// assert_eq!(kinerja(Predikat::ButuhPerbaikan), Tingkat::Rendah);
/// ```
pub fn kinerja(predikat: Predikat) -> Tingkat {
    match predikat {
        Predikat::SangatBaik => Tingkat::Tinggi,
        Predikat::Baik => Tingkat::Menengah,
        Predikat::ButuhPerbaikan | Predikat::KurangMisconduct | Predikat::SangatKurang => {
            Tingkat::Rendah
        }
    }
}

/// The box (1–9) of a kinerja and a potensi.
///
/// ```
/// use app::domain::talenta::{kotak, Tingkat::*};
/// assert_eq!(kotak(Tinggi, Tinggi), 9);
/// assert_eq!(kotak(Rendah, Tinggi), 6);
/// assert_eq!(kotak(Rendah, Rendah), 1);
/// ```
pub fn kotak(kinerja: Tingkat, potensi: Tingkat) -> u8 {
    use Tingkat::*;
    match (potensi, kinerja) {
        (Rendah, Rendah) => 1,
        (Rendah, Menengah) => 2,
        (Menengah, Rendah) => 3,
        (Rendah, Tinggi) => 4,
        (Menengah, Menengah) => 5,
        (Tinggi, Rendah) => 6,
        (Menengah, Tinggi) => 7,
        (Tinggi, Menengah) => 8,
        (Tinggi, Tinggi) => 9,
    }
}

/// The kinerja and potensi of a box; `None` outside 1–9.
pub fn sumbu(kotak_no: u8) -> Option<(Tingkat, Tingkat)> {
    let all = Tingkat::ALL;
    all.iter()
        .flat_map(|k| all.iter().map(move |p| (*k, *p)))
        .find(|(k, p)| kotak(*k, *p) == kotak_no)
}

/// What a box calls for: a reward (penghargaan) and a development step (pengembangan), each in
/// Indonesian and English.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Rekomendasi {
    pub penghargaan: &'static str,
    pub penghargaan_en: &'static str,
    pub pengembangan: &'static str,
    pub pengembangan_en: &'static str,
}

const fn r(
    penghargaan: &'static str,
    penghargaan_en: &'static str,
    pengembangan: &'static str,
    pengembangan_en: &'static str,
) -> Rekomendasi {
    Rekomendasi {
        penghargaan,
        penghargaan_en,
        pengembangan,
        pengembangan_en,
    }
}

/// The recommendation for a box (1–9; anything else is treated as box 1).
pub fn rekomendasi(kotak_no: u8) -> Rekomendasi {
    match kotak_no {
        9 => r(
            "Promosi atau kelompok rencana suksesi; penghargaan kinerja",
            "Promotion or the succession pool; a performance award",
            "Penugasan strategis dan pengembangan kepemimpinan",
            "Strategic assignments and leadership development",
        ),
        8 => r(
            "Penghargaan atas potensi; dipertahankan",
            "Recognition of potential; retained",
            "Penugasan yang menantang dan pendampingan kinerja",
            "Stretch assignments and performance mentoring",
        ),
        7 => r(
            "Penghargaan kinerja; dipertahankan",
            "A performance award; retained",
            "Pengembangan potensi (pelatihan kepemimpinan, rotasi)",
            "Developing potential (leadership training, rotation)",
        ),
        6 => r(
            "Belum ada penghargaan kinerja",
            "No performance reward yet",
            "Bimbingan kinerja dan penempatan yang sesuai potensi",
            "Performance coaching and a placement that fits the potential",
        ),
        5 => r(
            "Dipertahankan",
            "Retained",
            "Pengembangan kompetensi dan rotasi",
            "Competence development and rotation",
        ),
        4 => r(
            "Penghargaan kinerja",
            "A performance award",
            "Pengembangan kompetensi di jabatan yang sama",
            "Competence development in the same position",
        ),
        3 => r(
            "Belum ada penghargaan kinerja",
            "No performance reward yet",
            "Bimbingan kinerja dan konseling",
            "Performance coaching and counselling",
        ),
        2 => r(
            "Dipertahankan",
            "Retained",
            "Pengembangan kompetensi teknis",
            "Technical competence development",
        ),
        _ => r(
            "Tidak ada penghargaan",
            "No reward",
            "Pembinaan kinerja sesuai ketentuan peraturan",
            "Performance management as the regulations require",
        ),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;
    use Tingkat::*;

    #[test]
    fn kinerja_from_predikat() {
        let table = [
            (Predikat::SangatBaik, Tinggi),
            (Predikat::Baik, Menengah),
            (Predikat::ButuhPerbaikan, Rendah),
            (Predikat::KurangMisconduct, Rendah),
            (Predikat::SangatKurang, Rendah),
        ];
        for (p, k) in table {
            assert_eq!(kinerja(p), k, "{p:?}");
        }
    }

    #[test]
    fn the_grid() {
        // rows potensi high → low, columns kinerja low → high
        let grid = [[6, 8, 9], [3, 5, 7], [1, 2, 4]];
        for (row, potensi) in [Tinggi, Menengah, Rendah].into_iter().enumerate() {
            for (col, k) in [Rendah, Menengah, Tinggi].into_iter().enumerate() {
                assert_eq!(kotak(k, potensi), grid[row][col], "{k:?} {potensi:?}");
            }
        }
        assert_eq!(sumbu(0), None);
        assert_eq!(sumbu(10), None);
        assert_eq!(Tingkat::from_code("menengah"), Some(Menengah));
        assert_eq!(rekomendasi(0), rekomendasi(1));
    }

    fn tingkat() -> impl Strategy<Value = Tingkat> {
        prop::sample::select(Tingkat::ALL.to_vec())
    }

    proptest! {
        #[test]
        fn boxes_are_a_bijection(k in tingkat(), p in tingkat()) {
            let n = kotak(k, p);
            prop_assert!((1..=9).contains(&n));
            prop_assert_eq!(sumbu(n), Some((k, p)));
        }

        #[test]
        fn kinerja_follows_the_predikat_order(
            a in prop::sample::select(Predikat::ALL.to_vec()),
            b in prop::sample::select(Predikat::ALL.to_vec()),
        ) {
            if a.rank() <= b.rank() {
                prop_assert!(kinerja(a) <= kinerja(b));
            }
        }

        #[test]
        fn more_of_both_never_lowers_the_box(k in tingkat(), p in tingkat()) {
            // both high is the best box and both low the worst
            prop_assert!(kotak(k, p) <= kotak(Tinggi, Tinggi));
            prop_assert!(kotak(k, p) >= kotak(Rendah, Rendah));
            let n = kotak(k, p);
            prop_assert!(!rekomendasi(n).pengembangan.is_empty());
        }
    }
}

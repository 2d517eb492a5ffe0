//! 360° behaviour feedback (DOMAIN.md §9) on the seven BerAKHLAK values, and its anonymised
//! summary.
//!
//! Responders answer in a group (atasan, rekan, bawahan, masyarakat) with a 1–5 score per value.
//! A group is shown only with at least [`AMBANG_ANONIM`] responses. Smaller groups are pooled
//! into one "lainnya" group when the pool reaches the threshold, otherwise withheld.
//!
//! The overall mean covers exactly the responses that are shown (the groups plus the pool).
//! Including the withheld ones would let anyone subtract the shown groups from the overall and
//! recover a withheld group's figures: with one superior, that is the superior's own scores.

use crate::domain::berakhlak::NilaiBerakhlak;
use crate::domain::problem::Problem;

/// The fewest responses a shown figure may rest on, so that no single answer (or pair, which
/// either member could subtract their own from) can be read back.
pub const AMBANG_ANONIM: usize = 3;

/// How long a masyarakat link (and an internal invitation) stays valid, in days.
pub const MASA_BERLAKU_HARI: i64 = 14;

/// A score on each value: 1 (rarely shows the behaviour) … 5 (always, and a role model).
pub const SKOR_MIN: u8 = 1;
pub const SKOR_MAX: u8 = 5;

crate::code_enum! {
    /// Who a responder is to the subject.
    pub enum Kelompok {
        Atasan = ("ATASAN", "Atasan"),
        Rekan = ("REKAN", "Rekan kerja"),
        Bawahan = ("BAWAHAN", "Bawahan"),
        Masyarakat = ("MASYARAKAT", "Masyarakat (pengguna layanan)"),
    }
}

crate::code_enum! {
    /// A row of the summary: one group, or the pool of groups too small to show alone.
    pub enum KelompokHasil {
        Atasan = ("ATASAN", "Atasan"),
        Rekan = ("REKAN", "Rekan kerja"),
        Bawahan = ("BAWAHAN", "Bawahan"),
        Masyarakat = ("MASYARAKAT", "Masyarakat (pengguna layanan)"),
        Lainnya = ("LAINNYA", "Lainnya (gabungan)"),
    }
}

impl From<Kelompok> for KelompokHasil {
    fn from(k: Kelompok) -> Self {
        match k {
            Kelompok::Atasan => KelompokHasil::Atasan,
            Kelompok::Rekan => KelompokHasil::Rekan,
            Kelompok::Bawahan => KelompokHasil::Bawahan,
            Kelompok::Masyarakat => KelompokHasil::Masyarakat,
        }
    }
}

/// One response: its group and a score per value, in `NilaiBerakhlak::ALL` order.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Jawaban {
    pub kelompok: Kelompok,
    pub skor: [u8; 7],
}

/// A shown row: how many responses, and the mean per value.
#[derive(Clone, Debug, PartialEq)]
pub struct Baris {
    pub kelompok: KelompokHasil,
    pub jumlah: usize,
    pub rerata: [f64; 7],
}

#[derive(Clone, Debug, PartialEq)]
pub struct Ringkasan {
    /// Shown groups in `Kelompok::ALL` order, then the pool if shown.
    pub baris: Vec<Baris>,
    /// The mean per value over the shown responses (none below the threshold).
    pub keseluruhan: Option<Baris>,
    /// Responses in groups too small to show, even pooled.
    pub ditahan: usize,
}

fn baris(kelompok: KelompokHasil, js: &[&Jawaban]) -> Baris {
    let mut rerata = [0.0; 7];
    for (i, r) in rerata.iter_mut().enumerate() {
        let sum: u32 = js.iter().map(|j| u32::from(j.skor[i])).sum();
        *r = f64::from(sum) / js.len() as f64;
    }
    Baris {
        kelompok,
        jumlah: js.len(),
        rerata,
    }
}

/// The anonymised summary of a round's responses.
pub fn ringkas(jawaban: &[Jawaban]) -> Ringkasan {
    let mut shown: Vec<&Jawaban> = vec![];
    let mut kecil: Vec<&Jawaban> = vec![];
    let mut rows = vec![];
    for k in Kelompok::ALL {
        let js: Vec<&Jawaban> = jawaban.iter().filter(|j| j.kelompok == *k).collect();
        if js.len() >= AMBANG_ANONIM {
            rows.push(baris((*k).into(), &js));
            shown.extend(js);
        } else {
            kecil.extend(js);
        }
    }
    let mut ditahan = 0;
    if kecil.len() >= AMBANG_ANONIM {
        rows.push(baris(KelompokHasil::Lainnya, &kecil));
        shown.extend(kecil);
    } else {
        ditahan = kecil.len();
    }
    let keseluruhan = (shown.len() >= AMBANG_ANONIM).then(|| baris(KelompokHasil::Lainnya, &shown));
    Ringkasan {
        baris: rows,
        keseluruhan,
        ditahan,
    }
}

/// Checks one score per value, each 1–5; `get` returns the score given for a value.
pub fn check_skor(get: impl Fn(NilaiBerakhlak) -> Option<i64>) -> Result<[u8; 7], Vec<Problem>> {
    let mut skor = [0u8; 7];
    let mut problems = vec![];
    for (i, v) in NilaiBerakhlak::ALL.iter().enumerate() {
        match get(*v) {
            Some(s) if (i64::from(SKOR_MIN)..=i64::from(SKOR_MAX)).contains(&s) => {
                skor[i] = s as u8;
            }
            Some(_) => problems.push(Problem::new(
                v.code(),
                format!("Nilai {} harus 1 sampai 5", v.label()),
                format!("The score for {} must be 1 to 5", v.label()),
            )),
            None => problems.push(Problem::new(
                v.code(),
                format!("Pilih nilai untuk {}", v.label()),
                format!("Choose a score for {}", v.label()),
            )),
        }
    }
    if problems.is_empty() {
        Ok(skor)
    } else {
        Err(problems)
    }
}

/// The longest comment kept, in characters.
pub const KOMENTAR_MAKS: usize = 2000;

pub fn check_komentar(komentar: &str) -> Option<Problem> {
    (komentar.trim().chars().count() > KOMENTAR_MAKS).then(|| {
        Problem::new(
            "comment",
            format!("Komentar terlalu panjang (maks. {KOMENTAR_MAKS} karakter)"),
            format!("The comment is too long (max. {KOMENTAR_MAKS} characters)"),
        )
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;
    use Kelompok::*;

    fn j(kelompok: Kelompok, s: u8) -> Jawaban {
        Jawaban {
            kelompok,
            skor: [s; 7],
        }
    }

    fn groups(r: &Ringkasan) -> Vec<(KelompokHasil, usize, f64)> {
        r.baris
            .iter()
            .map(|b| (b.kelompok, b.jumlah, b.rerata[0]))
            .collect()
    }

    #[test]
    fn table() {
        use KelompokHasil as H;
        // (responses, shown rows (group, count, mean), overall (count, mean), withheld)
        type Case = (
            Vec<Jawaban>,
            Vec<(H, usize, f64)>,
            Option<(usize, f64)>,
            usize,
        );
        let cases: Vec<Case> = vec![
            (vec![], vec![], None, 0),
            (vec![j(Rekan, 4), j(Rekan, 5)], vec![], None, 2),
            // one superior alone is withheld, and not folded into the overall
            (
                vec![j(Atasan, 1), j(Rekan, 4), j(Rekan, 4), j(Rekan, 5)],
                vec![(H::Rekan, 3, 13.0 / 3.0)],
                Some((3, 13.0 / 3.0)),
                1,
            ),
            // a superior and two subordinates pool into "lainnya"
            (
                vec![
                    j(Atasan, 2),
                    j(Bawahan, 3),
                    j(Bawahan, 4),
                    j(Masyarakat, 5),
                    j(Masyarakat, 5),
                    j(Masyarakat, 5),
                ],
                vec![(H::Masyarakat, 3, 5.0), (H::Lainnya, 3, 3.0)],
                Some((6, 4.0)),
                0,
            ),
            (
                vec![
                    j(Rekan, 3),
                    j(Rekan, 3),
                    j(Rekan, 3),
                    j(Bawahan, 1),
                    j(Bawahan, 1),
                    j(Bawahan, 1),
                ],
                vec![(H::Rekan, 3, 3.0), (H::Bawahan, 3, 1.0)],
                Some((6, 2.0)),
                0,
            ),
        ];
        for (input, rows, overall, withheld) in cases {
            let r = ringkas(&input);
            assert_eq!(groups(&r), rows, "{input:?}");
            assert_eq!(
                r.keseluruhan.as_ref().map(|b| (b.jumlah, b.rerata[0])),
                overall,
                "{input:?}"
            );
            assert_eq!(r.ditahan, withheld, "{input:?}");
        }
    }

    #[test]
    fn scores_are_checked_per_value() {
        assert_eq!(check_skor(|_| Some(3)), Ok([3; 7]));
        let e = check_skor(|v| match v {
            NilaiBerakhlak::Loyal => Some(6),
            NilaiBerakhlak::Adaptif => None,
            _ => Some(1),
        })
        .unwrap_err();
        let fields: Vec<_> = e.iter().map(|p| p.field.as_str()).collect();
        assert_eq!(fields, ["LOYAL", "ADAPTIF"]);
        assert!(check_skor(|_| Some(0)).is_err());
        assert!(check_komentar(&"x".repeat(KOMENTAR_MAKS)).is_none());
        assert!(check_komentar(&"x".repeat(KOMENTAR_MAKS + 1)).is_some());
    }

    fn jawaban() -> impl Strategy<Value = Jawaban> {
        (0usize..4, proptest::array::uniform7(1u8..=5)).prop_map(|(k, skor)| Jawaban {
            kelompok: Kelompok::ALL[k],
            skor,
        })
    }

    proptest! {
        #[test]
        fn shown_rows_are_anonymous_and_in_range(js in proptest::collection::vec(jawaban(), 0..40)) {
            let r = ringkas(&js);
            let shown: usize = r.baris.iter().map(|b| b.jumlah).sum();
            prop_assert_eq!(shown + r.ditahan, js.len());
            for b in r.baris.iter().chain(r.keseluruhan.iter()) {
                prop_assert!(b.jumlah >= AMBANG_ANONIM);
                for m in b.rerata {
                    prop_assert!((1.0..=5.0).contains(&m));
                }
            }
            prop_assert!(r.ditahan < AMBANG_ANONIM);
            if let Some(all) = &r.keseluruhan {
                prop_assert_eq!(all.jumlah, shown);
            }
        }

        /// Adding a response to a group that stays too small changes no group's figures but
        /// the pool's (and the overall only through the pool).
        #[test]
        fn a_withheld_answer_moves_only_the_pool(
            js in proptest::collection::vec(jawaban(), 0..30),
            extra in jawaban(),
        ) {
            let before = ringkas(&js);
            let n = js.iter().filter(|j| j.kelompok == extra.kelompok).count();
            prop_assume!(n + 1 < AMBANG_ANONIM);
            let mut more = js.clone();
            more.push(extra);
            let after = ringkas(&more);
            let own = |r: &Ringkasan| -> Vec<Baris> {
                r.baris.iter().filter(|b| b.kelompok != KelompokHasil::Lainnya).cloned().collect()
            };
            prop_assert_eq!(own(&before), own(&after));
            let pooled = after.baris.iter().any(|b| b.kelompok == KelompokHasil::Lainnya);
            if !pooled {
                prop_assert_eq!(&before.keseluruhan, &after.keseluruhan);
            }
        }
    }
}

//! The employee's rating of a coaching, mentoring or counseling session (*pembinaan*,
//! DOMAIN.md §1): nine statements about how the session went, each scored 1 (sangat tidak
//! setuju) to 5 (sangat setuju), given once by the employee after the session was held. The
//! leader reads it as feedback on their coaching.
//!
//! DOMAIN.md names the form but not its wording; the statements below are Rantai's default,
//! written after the regulation's coaching principles (a safe dialogue, listening, questions
//! that let the employee find the answer, agreed goals and follow-up).

use crate::domain::dialog::{JenisDialog, StatusDialog};
use crate::domain::problem::Problem;

/// The statements, in order, in Indonesian and English.
pub const PERNYATAAN: [(&str, &str); 9] = [
    (
        "Pimpinan menyediakan waktu dan suasana yang aman untuk berdialog.",
        "The leader gave time and a safe setting for the conversation.",
    ),
    (
        "Pimpinan mendengarkan saya dengan sungguh-sungguh tanpa menghakimi.",
        "The leader listened to me fully, without judging.",
    ),
    (
        "Tujuan sesi disepakati bersama sejak awal.",
        "We agreed on the session's goal at the start.",
    ),
    (
        "Pimpinan mengajukan pertanyaan yang membantu saya berpikir.",
        "The leader asked questions that helped me think.",
    ),
    (
        "Saya menemukan sendiri pilihan solusi atas tantangan kerja saya.",
        "I found options for my work challenges myself.",
    ),
    (
        "Pimpinan memberi umpan balik yang spesifik dan berbasis bukti.",
        "The leader gave specific, evidence-based feedback.",
    ),
    (
        "Saya lebih memahami ekspektasi kinerja saya setelah sesi ini.",
        "I understand what is expected of my performance better after this session.",
    ),
    (
        "Rencana tindak lanjut yang jelas disepakati bersama.",
        "We agreed on a clear follow-up plan.",
    ),
    (
        "Sesi ini bermanfaat bagi pengembangan diri saya.",
        "This session was useful for my development.",
    ),
];

pub const SKOR_MIN: u8 = 1;
pub const SKOR_MAX: u8 = 5;
pub const KOMENTAR_MAKS: usize = 2000;

/// Whether a dialogue can be rated with the form: a coaching, mentoring or counseling session
/// that was held.
///
/// ```
/// use app::domain::coaching::boleh_dinilai;
/// use app::domain::dialog::{JenisDialog, StatusDialog};
/// assert!(boleh_dinilai(JenisDialog::Coaching, StatusDialog::Selesai));
/// assert!(!boleh_dinilai(JenisDialog::Coaching, StatusDialog::Dijadwalkan));
/// assert!(!boleh_dinilai(JenisDialog::Reviu, StatusDialog::Selesai));
/// ```
pub fn boleh_dinilai(jenis: JenisDialog, status: StatusDialog) -> bool {
    matches!(
        jenis,
        JenisDialog::Coaching | JenisDialog::Mentoring | JenisDialog::Konseling
    ) && status == StatusDialog::Selesai
}

/// Checks the nine scores (one per statement, each 1–5) and the optional comment.
///
/// ```
/// use app::domain::coaching::check;
/// assert_eq!(check(&[5, 4, 4, 3, 5, 5, 4, 4, 5], "").unwrap(), [5, 4, 4, 3, 5, 5, 4, 4, 5]);
/// assert_eq!(check(&[5, 4, 4], "").unwrap_err()[0].field, "scores");
/// assert_eq!(check(&[5, 4, 4, 3, 6, 5, 4, 4, 5], "").unwrap_err()[0].field, "scores[4]");
/// ```
pub fn check(skor: &[i64], komentar: &str) -> Result<[u8; 9], Vec<Problem>> {
    let mut problems = vec![];
    let mut out = [0u8; 9];
    if skor.len() != PERNYATAAN.len() {
        problems.push(Problem::new(
            "scores",
            format!(
                "Isi kesembilan pernyataan (terisi {} dari 9)",
                skor.len().min(9)
            ),
            format!(
                "Answer all nine statements ({} of 9 given)",
                skor.len().min(9)
            ),
        ));
    } else {
        for (i, s) in skor.iter().enumerate() {
            if (i64::from(SKOR_MIN)..=i64::from(SKOR_MAX)).contains(s) {
                out[i] = *s as u8;
            } else {
                problems.push(Problem::new(
                    format!("scores[{i}]"),
                    format!("Pernyataan {} harus bernilai 1 sampai 5", i + 1),
                    format!("Statement {} must be scored 1 to 5", i + 1),
                ));
            }
        }
    }
    if komentar.trim().chars().count() > KOMENTAR_MAKS {
        problems.push(Problem::new(
            "comment",
            format!("Komentar terlalu panjang (maks. {KOMENTAR_MAKS} karakter)"),
            format!("The comment is too long (max. {KOMENTAR_MAKS} characters)"),
        ));
    }
    if problems.is_empty() {
        Ok(out)
    } else {
        Err(problems)
    }
}

/// The mean score, rounded to two decimals.
///
/// ```
/// assert_eq!(app::domain::coaching::rata_rata(&[5, 4, 4, 3, 5, 5, 4, 4, 5]), 4.33);
/// ```
pub fn rata_rata(skor: &[u8; 9]) -> f64 {
    let sum: u32 = skor.iter().map(|s| u32::from(*s)).sum();
    (f64::from(sum) / 9.0 * 100.0).round() / 100.0
}

/// The scores as stored: comma-separated, in statement order.
pub fn to_text(skor: &[u8; 9]) -> String {
    skor.iter()
        .map(|s| s.to_string())
        .collect::<Vec<_>>()
        .join(",")
}

/// Reads stored scores; `None` when the text is not nine scores 1–5.
pub fn from_text(s: &str) -> Option<[u8; 9]> {
    let v: Vec<i64> = s
        .split(',')
        .map(|p| p.trim().parse().ok())
        .collect::<Option<_>>()?;
    check(&v, "").ok()
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    #[test]
    fn only_held_development_sessions_are_rated() {
        for j in JenisDialog::ALL {
            for s in StatusDialog::ALL {
                let want = s == &StatusDialog::Selesai
                    && matches!(
                        j,
                        JenisDialog::Coaching | JenisDialog::Mentoring | JenisDialog::Konseling
                    );
                assert_eq!(boleh_dinilai(*j, *s), want, "{j:?} {s:?}");
            }
        }
    }

    #[test]
    fn bad_scores_are_named() {
        let p = check(&[0, 1, 2, 3, 4, 5, 6, 1, 1], "").unwrap_err();
        let fields: Vec<_> = p.iter().map(|p| p.field.as_str()).collect();
        assert_eq!(fields, ["scores[0]", "scores[6]"]);
        assert!(check(&[3; 9], &"x".repeat(KOMENTAR_MAKS + 1)).is_err());
        assert!(check(&[3; 10], "").is_err());
        assert!(from_text("5,4,4").is_none());
        assert!(from_text("a,4,4,3,5,5,4,4,5").is_none());
    }

    proptest! {
        #[test]
        fn stored_scores_round_trip(v in proptest::array::uniform9(1u8..=5)) {
            prop_assert_eq!(from_text(&to_text(&v)), Some(v));
            let m = rata_rata(&v);
            prop_assert!((1.0..=5.0).contains(&m));
        }

        #[test]
        fn any_score_outside_the_scale_is_refused(v in proptest::collection::vec(-3i64..9, 9)) {
            let ok = v.iter().all(|s| (1..=5).contains(s));
            prop_assert_eq!(check(&v, "").is_ok(), ok);
        }
    }
}

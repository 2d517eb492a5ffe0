//! Continuous feedback (umpan balik berkelanjutan, DOMAIN.md §1–2) and the in-app
//! notifications: the rules that need no database.

use crate::domain::berakhlak::NilaiBerakhlak;
use crate::domain::problem::{optional_text, required_text, Problem};

/// The longest feedback text (characters).
pub const MAX_ISI: usize = 2000;
/// The longest message of a request (characters).
pub const MAX_PESAN: usize = 500;

/// What a piece of feedback or a request is about: one RHK, or one BerAKHLAK value.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Topik {
    Rhk(String),
    Perilaku(NilaiBerakhlak),
}

/// Reads the topic from the two optional fields of an input: exactly one must be given, and
/// a value must be one of the seven.
///
/// ```
/// use app::domain::umpan_balik::{topik, Topik};
/// use app::domain::berakhlak::NilaiBerakhlak;
/// assert_eq!(topik(None, Some("KOMPETEN")), Ok(Topik::Perilaku(NilaiBerakhlak::Kompeten)));
/// assert!(topik(None, None).is_err());
/// ```
pub fn topik(rhk_id: Option<&str>, nilai: Option<&str>) -> Result<Topik, Problem> {
    let rhk_id = rhk_id.map(str::trim).filter(|s| !s.is_empty());
    let nilai = nilai.map(str::trim).filter(|s| !s.is_empty());
    match (rhk_id, nilai) {
        (Some(r), None) => Ok(Topik::Rhk(r.to_string())),
        (None, Some(n)) => NilaiBerakhlak::from_code(n)
            .map(Topik::Perilaku)
            .ok_or_else(|| {
                Problem::new(
                    "nilai",
                    format!("Nilai BerAKHLAK tidak dikenal: {n}"),
                    format!("Unknown BerAKHLAK value: {n}"),
                )
            }),
        (None, None) => Err(Problem::new(
            "topik",
            "Pilih RHK atau nilai BerAKHLAK yang dibahas",
            "Choose the RHK or the BerAKHLAK value it is about",
        )),
        (Some(_), Some(_)) => Err(Problem::new(
            "topik",
            "Umpan balik membahas satu RHK atau satu nilai BerAKHLAK, tidak keduanya",
            "Feedback is about one RHK or one BerAKHLAK value, not both",
        )),
    }
}

/// The text of a piece of feedback: required, at most [`MAX_ISI`] characters.
pub fn check_isi(isi: &str) -> Option<Problem> {
    required_text("isi", "Isi umpan balik", isi, MAX_ISI)
}

/// The optional message of a request: at most [`MAX_PESAN`] characters.
pub fn check_pesan(pesan: &str) -> Option<Problem> {
    optional_text("pesan", "Pesan", pesan, MAX_PESAN)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_topic_is_one_rhk_or_one_value() {
        assert_eq!(topik(Some(" r1 "), None), Ok(Topik::Rhk("r1".into())));
        assert_eq!(
            topik(Some(""), Some("loyal")),
            Ok(Topik::Perilaku(NilaiBerakhlak::Loyal))
        );
        assert_eq!(topik(Some("r1"), Some("LOYAL")).unwrap_err().field, "topik");
        assert_eq!(topik(None, Some("JUJUR")).unwrap_err().field, "nilai");
        assert_eq!(topik(Some("  "), Some(" ")).unwrap_err().field, "topik");
    }

    #[test]
    fn texts_are_checked() {
        assert!(check_isi("   ").is_some());
        assert!(check_isi("Bagus, lanjutkan").is_none());
        assert!(check_isi(&"a".repeat(MAX_ISI + 1)).is_some());
        assert!(check_pesan("").is_none());
        assert!(check_pesan(&"a".repeat(MAX_PESAN + 1)).is_some());
    }

    #[test]
    fn every_value_code_is_a_topic() {
        for v in NilaiBerakhlak::ALL {
            assert_eq!(topik(None, Some(v.code())), Ok(Topik::Perilaku(*v)));
        }
    }
}

//! The rules of one evaluation (DOMAIN.md §4–6) that are not the predikat matrix itself:
//! what a PPK's rating must carry, the Hasil Kerja of a unit's head, the calibration lock and
//! the appeal deadline. Pure functions; the backend applies them.

use chrono::NaiveDate;

use super::kurva::{PredikatOrganisasi, Violation};
use super::problem::{required_text, Problem};
use super::rating::{check_hasil_kerja, Rating};

/// The longest reason for a rating, a calibration move or an appeal.
pub const MAX_ALASAN: usize = 2000;

/// Days the employee has to file a keberatan after receiving the result (PP 30/2019 Pasal 59).
pub const HARI_KEBERATAN: i64 = 14;

/// Default days the atasan PPK has to decide an appeal (*configurable*).
pub const HARI_PUTUSAN: i64 = 14;

/// For the head of a unit, the unit's *capaian kinerja organisasi* is the Rating Hasil Kerja
/// (PermenPANRB 6/2022): Istimewa is above expectation, Baik meets it, and Butuh Perbaikan,
/// Kurang and Sangat Kurang are below it.
///
/// ```
/// use app::domain::evaluasi::hasil_pimpinan;
/// use app::domain::kurva::PredikatOrganisasi;
/// use app::domain::rating::Rating;
/// assert_eq!(hasil_pimpinan(PredikatOrganisasi::Istimewa), Rating::DiAtas);
/// assert_eq!(hasil_pimpinan(PredikatOrganisasi::Baik), Rating::Sesuai);
/// assert_eq!(hasil_pimpinan(PredikatOrganisasi::Kurang), Rating::DiBawah);
/// ```
pub fn hasil_pimpinan(org: PredikatOrganisasi) -> Rating {
    match org {
        PredikatOrganisasi::Istimewa => Rating::DiAtas,
        PredikatOrganisasi::Baik => Rating::Sesuai,
        PredikatOrganisasi::ButuhPerbaikan
        | PredikatOrganisasi::Kurang
        | PredikatOrganisasi::SangatKurang => Rating::DiBawah,
    }
}

/// A PPK's rating as submitted, before it is stored.
#[derive(Clone, Debug, PartialEq)]
pub struct Penilaian<'a> {
    pub hasil: Rating,
    pub alasan_hasil: &'a str,
    pub perilaku: Rating,
    pub alasan_perilaku: &'a str,
    /// The PPK's judgement of each RHK utama of the SKP, in SKP order; `None` when not given.
    pub rhk_utama: &'a [Option<Rating>],
    /// The unit's capaian kinerja organisasi when the employee heads that unit and it is set.
    pub organisasi: Option<PredikatOrganisasi>,
}

/// Everything wrong with a rating: both reasons are required; *Di Atas* Hasil Kerja needs every
/// RHK utama judged and none *Di Bawah*; a unit head's Hasil Kerja is the organisation's result.
///
/// ```
/// use app::domain::evaluasi::{check_penilaian, Penilaian};
/// use app::domain::rating::Rating::*;
/// let ok = Penilaian { hasil: DiAtas, alasan_hasil: "melampaui target", perilaku: Sesuai,
///     alasan_perilaku: "sesuai ekspektasi", rhk_utama: &[Some(DiAtas), Some(Sesuai)], organisasi: None };
/// assert!(check_penilaian(&ok).is_empty());
/// let bad = Penilaian { rhk_utama: &[Some(DiAtas), Some(DiBawah)], alasan_hasil: " ", ..ok };
/// let fields: Vec<_> = check_penilaian(&bad).into_iter().map(|p| p.field).collect();
/// assert_eq!(fields, ["alasan_hasil", "rating_hasil_kerja"]);
/// ```
pub fn check_penilaian(p: &Penilaian<'_>) -> Vec<Problem> {
    let mut out = vec![];
    out.extend(required_text(
        "alasan_hasil",
        "Alasan rating Hasil Kerja",
        p.alasan_hasil,
        MAX_ALASAN,
    ));
    out.extend(required_text(
        "alasan_perilaku",
        "Alasan rating Perilaku Kerja",
        p.alasan_perilaku,
        MAX_ALASAN,
    ));
    if let Some(org) = p.organisasi {
        let expected = hasil_pimpinan(org);
        if p.hasil != expected {
            out.push(Problem::new(
                "rating_hasil_kerja",
                format!(
                    "Rating Hasil Kerja pimpinan unit mengikuti capaian kinerja organisasi {}: {}",
                    org.label(),
                    expected.label()
                ),
                format!(
                    "A unit head's Hasil Kerja rating follows the organisation's result {}: {}",
                    org.label(),
                    expected.label()
                ),
            ));
        }
        return out;
    }
    if p.hasil == Rating::DiAtas {
        let missing = p.rhk_utama.iter().filter(|r| r.is_none()).count();
        if missing > 0 {
            out.push(Problem::new(
                "rating_hasil_kerja",
                format!(
                    "Untuk Di Atas Ekspektasi, nilai dulu setiap RHK utama ({missing} belum dinilai)"
                ),
                format!("For Di Atas Ekspektasi, judge every RHK utama first ({missing} not judged)"),
            ));
        } else {
            let judged: Vec<Rating> = p.rhk_utama.iter().flatten().copied().collect();
            if let Err(e) = check_hasil_kerja(p.hasil, &judged) {
                out.push(Problem::new(
                    "rating_hasil_kerja",
                    e.message(),
                    "Hasil Kerja cannot be Di Atas Ekspektasi while an RHK utama is Di Bawah Ekspektasi",
                ));
            }
        }
    }
    out
}

/// Whether a calibration may be finalised: every remaining violation needs a recorded
/// justification by the deciding leader, and everyone in the group must have been rated.
///
/// ```
/// use app::domain::evaluasi::check_finalisasi;
/// assert!(check_finalisasi(&[], 0, "").is_empty());
/// assert_eq!(check_finalisasi(&[], 2, "").len(), 1);
/// ```
pub fn check_finalisasi(
    violations: &[Violation],
    belum_dinilai: usize,
    justifikasi: &str,
) -> Vec<Problem> {
    let mut out = vec![];
    if belum_dinilai > 0 {
        out.push(Problem::new(
            "pegawai",
            format!("{belum_dinilai} pegawai belum dinilai oleh PPK-nya"),
            format!("{belum_dinilai} employee(s) have not been rated by their PPK"),
        ));
    }
    if !violations.is_empty() && justifikasi.trim().is_empty() {
        let list: Vec<String> = violations.iter().map(Violation::message).collect();
        out.push(Problem::new(
            "justifikasi",
            format!(
                "Distribusi belum sesuai pola ({}). Perbaiki, atau catat justifikasi untuk menyimpang.",
                list.join("; ")
            ),
            format!(
                "The distribution breaks the curve ({} rule(s)). Fix it, or record a justification for the deviation.",
                violations.len()
            ),
        ));
    } else if justifikasi.chars().count() > MAX_ALASAN {
        out.push(Problem::new(
            "justifikasi",
            format!("Justifikasi terlalu panjang (maks. {MAX_ALASAN} karakter)"),
            format!("The justification is too long (max. {MAX_ALASAN} characters)"),
        ));
    }
    out
}

/// The last day to file a keberatan for a result received on `diterima`.
///
/// ```
/// use app::domain::evaluasi::batas_keberatan;
/// use chrono::NaiveDate;
/// let d = NaiveDate::from_ymd_opt(2026, 1, 20).unwrap();
/// assert_eq!(batas_keberatan(d), NaiveDate::from_ymd_opt(2026, 2, 3).unwrap());
/// ```
pub fn batas_keberatan(diterima: NaiveDate) -> NaiveDate {
    diterima + chrono::Duration::days(HARI_KEBERATAN)
}

/// Whether an appeal filed on `hari_ini` is still in time for a result received on `diterima`
/// (the 14th day included).
pub fn keberatan_tepat_waktu(diterima: NaiveDate, hari_ini: NaiveDate) -> bool {
    hari_ini >= diterima && hari_ini <= batas_keberatan(diterima)
}

/// An appeal needs a reason; its evidence links must be http(s).
///
/// ```
/// use app::domain::evaluasi::check_keberatan;
/// assert!(check_keberatan("nilai tidak sesuai bukti", &["https://drive.example/bukti.pdf".into()]).is_empty());
/// assert_eq!(check_keberatan("", &["ftp://x".into()]).len(), 2);
/// ```
pub fn check_keberatan(alasan: &str, bukti: &[String]) -> Vec<Problem> {
    let mut out: Vec<Problem> = required_text("alasan", "Alasan keberatan", alasan, MAX_ALASAN)
        .into_iter()
        .collect();
    for (i, b) in bukti.iter().enumerate() {
        let b = b.trim();
        let ok = (b.starts_with("https://") || b.starts_with("http://"))
            && b.len() > 8
            && b.len() <= 2000
            && !b.contains(char::is_whitespace);
        if !ok {
            out.push(Problem::new(
                format!("bukti[{i}]"),
                "Tautan bukti harus alamat http(s) yang utuh",
                "An evidence link must be a full http(s) address",
            ));
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;
    use Rating::*;

    fn p<'a>(hasil: Rating, utama: &'a [Option<Rating>]) -> Penilaian<'a> {
        Penilaian {
            hasil,
            alasan_hasil: "alasan",
            perilaku: Sesuai,
            alasan_perilaku: "alasan",
            rhk_utama: utama,
            organisasi: None,
        }
    }

    #[test]
    fn di_atas_needs_every_rhk_utama_judged_and_none_below() {
        let cases: &[(&[Option<Rating>], bool)] = &[
            (&[Some(DiAtas), Some(Sesuai)], true),
            (&[Some(Sesuai), Some(Sesuai)], true),
            (&[Some(DiAtas), Some(DiBawah)], false),
            (&[Some(DiAtas), None], false),
            (&[], true),
        ];
        for (utama, ok) in cases {
            assert_eq!(
                check_penilaian(&p(DiAtas, utama)).is_empty(),
                *ok,
                "{utama:?}"
            );
            // Sesuai and Di Bawah are the PPK's judgement whatever the RHK say
            assert!(check_penilaian(&p(Sesuai, utama)).is_empty());
            assert!(check_penilaian(&p(DiBawah, utama)).is_empty());
        }
    }

    #[test]
    fn a_unit_head_gets_the_organisation_result() {
        let table = [
            (PredikatOrganisasi::Istimewa, DiAtas),
            (PredikatOrganisasi::Baik, Sesuai),
            (PredikatOrganisasi::ButuhPerbaikan, DiBawah),
            (PredikatOrganisasi::Kurang, DiBawah),
            (PredikatOrganisasi::SangatKurang, DiBawah),
        ];
        for (org, rating) in table {
            for given in Rating::ALL {
                let pen = Penilaian {
                    organisasi: Some(org),
                    ..p(given, &[Some(DiBawah)])
                };
                assert_eq!(
                    check_penilaian(&pen).is_empty(),
                    given == rating,
                    "{org:?} {given:?}"
                );
            }
        }
    }

    #[test]
    fn reasons_are_required() {
        let pen = Penilaian {
            alasan_perilaku: "",
            ..p(Sesuai, &[])
        };
        assert_eq!(check_penilaian(&pen)[0].field, "alasan_perilaku");
        let long = "x".repeat(MAX_ALASAN + 1);
        let pen = Penilaian {
            alasan_hasil: &long,
            ..p(Sesuai, &[])
        };
        assert_eq!(check_penilaian(&pen)[0].field, "alasan_hasil");
    }

    #[test]
    fn appeal_needs_a_reason_and_web_links() {
        assert!(check_keberatan("alasan", &[]).is_empty());
        let bad = [
            "javascript:alert(1)",
            "http://",
            "https://a b",
            "file:///etc/passwd",
        ];
        for b in bad {
            assert_eq!(check_keberatan("alasan", &[b.to_string()]).len(), 1, "{b}");
        }
        assert_eq!(check_keberatan("  ", &[])[0].field, "alasan");
    }

    #[test]
    fn appeal_deadline_is_fourteen_days_inclusive() {
        let d = NaiveDate::from_ymd_opt(2026, 12, 25).unwrap();
        assert!(keberatan_tepat_waktu(d, d));
        assert!(keberatan_tepat_waktu(
            d,
            NaiveDate::from_ymd_opt(2027, 1, 8).unwrap()
        ));
        assert!(!keberatan_tepat_waktu(
            d,
            NaiveDate::from_ymd_opt(2027, 1, 9).unwrap()
        ));
        assert!(!keberatan_tepat_waktu(
            d,
            NaiveDate::from_ymd_opt(2026, 12, 24).unwrap()
        ));
    }

    fn rating() -> impl Strategy<Value = Rating> {
        prop::sample::select(Rating::ALL.to_vec())
    }

    proptest! {
        // One more RHK utama below expectation never makes Di Atas allowed.
        #[test]
        fn adding_a_di_bawah_never_allows_di_atas(
            utama in prop::collection::vec(rating().prop_map(Some), 0..8)
        ) {
            let mut worse = utama.clone();
            worse.push(Some(DiBawah));
            prop_assert!(!check_penilaian(&p(DiAtas, &worse)).is_empty());
        }

        // The verdict does not depend on the order of the RHK utama.
        #[test]
        fn order_of_rhk_does_not_matter(
            utama in prop::collection::vec(prop::option::of(rating()), 0..8)
        ) {
            let mut rev = utama.clone();
            rev.reverse();
            prop_assert_eq!(
                check_penilaian(&p(DiAtas, &utama)).is_empty(),
                check_penilaian(&p(DiAtas, &rev)).is_empty()
            );
        }

        #[test]
        fn deadline_is_monotone(days in 0i64..60) {
            let d = NaiveDate::from_ymd_opt(2026, 1, 31).unwrap();
            let when = d + chrono::Duration::days(days);
            prop_assert_eq!(keberatan_tepat_waktu(d, when), days <= HARI_KEBERATAN);
        }
    }
}

//! Realisasi: the achievement recorded against an IKI's target for one sub-period, with its
//! evidence (*bukti dukung*), and how the IKI's cumulative realisasi follows from the entries
//! (PermenPANRB 6/2022 stage 2, pelaksanaan and pemantauan; DOMAIN.md §1, §9).
//!
//! **The cumulative rule** (a documented default; the regulation leaves it open):
//! 1. per sub-period only the *latest* entry that is not marked `PERLU_PERBAIKAN` counts (a new
//!    entry for the same sub-period is a correction and supersedes the earlier ones; an entry
//!    the PPK sent back for correction counts for nothing until it is replaced);
//! 2. over the sub-periods, a *level* unit (percentages, indices, scores: [`Akumulasi::Terakhir`])
//!    takes the value of the latest sub-period that has one, and every other unit (documents,
//!    reports, activities, people, months, rupiah: [`Akumulasi::Jumlah`]) adds them up;
//! 3. no counting entry at all gives no realisasi (`None`), which the cascade counts as 0.

use serde::{Deserialize, Serialize};

use super::problem::Problem;

/// The longest narrative of an entry and of a verifier's comment.
pub const MAX_NARASI: usize = 4_000;
pub const MAX_KOMENTAR: usize = 2_000;
/// The longest link and the most links and files per entry.
pub const MAX_URL: usize = 2_000;
pub const MAX_TAUTAN: usize = 10;
pub const MAX_BERKAS: usize = 5;
/// A sanity bound for any value (no IKI counts beyond a trillion).
pub const MAX_NILAI: f64 = 1e12;

/// The state of an entry: recorded by the employee, then verified by the PPK.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "SCREAMING_SNAKE_CASE")]
pub enum StatusRealisasi {
    #[default]
    Diajukan,
    Valid,
    PerluPerbaikan,
}

impl StatusRealisasi {
    pub fn code(self) -> &'static str {
        match self {
            Self::Diajukan => "DIAJUKAN",
            Self::Valid => "VALID",
            Self::PerluPerbaikan => "PERLU_PERBAIKAN",
        }
    }

    pub fn from_code(code: &str) -> Option<Self> {
        [Self::Diajukan, Self::Valid, Self::PerluPerbaikan]
            .into_iter()
            .find(|s| s.code() == code.trim().to_ascii_uppercase())
    }

    /// Whether an entry in this state counts towards the cumulative realisasi.
    pub fn dihitung(self) -> bool {
        self != Self::PerluPerbaikan
    }
}

/// What kind of quantity an IKI's unit (*satuan*) measures, which decides the valid values and
/// how the sub-periods add up.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum JenisSatuan {
    /// `%`, `persen`: 0–100, a level.
    Persen,
    /// `indeks`, `nilai`, `skor`, `poin`, `predikat`: a level, not negative.
    Indeks,
    /// Things counted (`Dokumen`, `Laporan`, `Kegiatan`, `Orang`, …): whole numbers.
    Hitungan,
    /// Durations (`Bulan`, `Hari`, `Minggu`, `Jam`, `Tahun`), not negative.
    Waktu,
    /// Money (`Rupiah`, `Rp`), not negative.
    Nominal,
    /// Any other unit (`ton`, `km`, `ha`, …): not negative.
    Lainnya,
}

/// How the sub-periods of one IKI add up.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Akumulasi {
    /// The sum over the sub-periods.
    Jumlah,
    /// The value of the latest sub-period that has one.
    Terakhir,
}

const HITUNGAN: &[&str] = &[
    "dokumen",
    "laporan",
    "kegiatan",
    "orang",
    "kali",
    "berkas",
    "surat",
    "paket",
    "unit",
    "buah",
    "naskah",
    "rekomendasi",
    "aplikasi",
    "sistem",
    "modul",
    "produk",
    "layanan",
    "peserta",
    "pegawai",
    "kasus",
    "sk",
    "usulan",
    "data",
    "lokasi",
    "desa",
    "kelurahan",
    "sekolah",
    "inovasi",
    "sertifikat",
    "izin",
    "rapat",
    "perkara",
    "pengaduan",
    "set",
    "lembar",
];
const WAKTU: &[&str] = &["bulan", "hari", "minggu", "jam", "tahun", "menit"];
const INDEKS: &[&str] = &[
    "indeks", "nilai", "skor", "poin", "predikat", "level", "tingkat",
];

impl JenisSatuan {
    /// Classifies a unit by its name (case, spaces and a trailing plural "s" ignored).
    ///
    /// ```
    /// use app::domain::realisasi::{Akumulasi, JenisSatuan};
    /// assert_eq!(JenisSatuan::dari_satuan(" % "), JenisSatuan::Persen);
    /// assert_eq!(JenisSatuan::dari_satuan("Dokumen"), JenisSatuan::Hitungan);
    /// assert_eq!(JenisSatuan::dari_satuan("Bulan"), JenisSatuan::Waktu);
    /// assert_eq!(JenisSatuan::dari_satuan("ton"), JenisSatuan::Lainnya);
    /// assert_eq!(JenisSatuan::dari_satuan("indeks").akumulasi(), Akumulasi::Terakhir);
    /// assert_eq!(JenisSatuan::dari_satuan("Laporan").akumulasi(), Akumulasi::Jumlah);
    /// ```
    pub fn dari_satuan(satuan: &str) -> Self {
        let s = satuan.trim().to_lowercase();
        if s.starts_with('%') || s.starts_with("persen") || s == "percent" {
            return Self::Persen;
        }
        if s.starts_with("rp") || s.starts_with("rupiah") {
            return Self::Nominal;
        }
        let first = s.split_whitespace().next().unwrap_or("");
        let singular = first.strip_suffix('s').unwrap_or(first);
        let is = |list: &[&str]| list.contains(&first) || list.contains(&singular);
        if is(INDEKS) {
            Self::Indeks
        } else if is(WAKTU) {
            Self::Waktu
        } else if is(HITUNGAN) {
            Self::Hitungan
        } else {
            Self::Lainnya
        }
    }

    pub fn akumulasi(self) -> Akumulasi {
        match self {
            Self::Persen | Self::Indeks => Akumulasi::Terakhir,
            _ => Akumulasi::Jumlah,
        }
    }
}

/// Checks a value against the IKI's unit: finite, not negative, at most 100 for a
/// percentage, whole for counted things.
///
/// ```
/// use app::domain::realisasi::check_nilai;
/// assert!(check_nilai(85.5, "%").is_ok());
/// assert!(check_nilai(101.0, "%").is_err());
/// assert!(check_nilai(3.0, "Dokumen").is_ok());
/// assert!(check_nilai(2.5, "Dokumen").is_err());
/// assert!(check_nilai(-1.0, "ton").is_err());
/// assert!(check_nilai(f64::NAN, "ton").is_err());
/// ```
pub fn check_nilai(nilai: f64, satuan: &str) -> Result<(), Problem> {
    let field = "value";
    if !nilai.is_finite() {
        return Err(Problem::new(
            field,
            "Nilai realisasi harus berupa angka",
            "The value must be a number",
        ));
    }
    if nilai < 0.0 {
        return Err(Problem::new(
            field,
            "Nilai realisasi tidak boleh negatif",
            "The value cannot be negative",
        ));
    }
    if nilai > MAX_NILAI {
        return Err(Problem::new(
            field,
            "Nilai realisasi terlalu besar",
            "The value is too large",
        ));
    }
    let s = satuan.trim();
    match JenisSatuan::dari_satuan(s) {
        JenisSatuan::Persen if nilai > 100.0 => Err(Problem::new(
            field,
            format!("Nilai dalam {s} harus antara 0 dan 100"),
            format!("A value in {s} must be between 0 and 100"),
        )),
        JenisSatuan::Hitungan if nilai.fract() != 0.0 => Err(Problem::new(
            field,
            format!("Nilai dalam satuan {s} harus bilangan bulat"),
            format!("A value in {s} must be a whole number"),
        )),
        _ => Ok(()),
    }
}

/// Checks an evidence link: an absolute `http` or `https` URL with a host, no spaces, at most
/// [`MAX_URL`] characters. Returns it trimmed.
///
/// ```
/// use app::domain::realisasi::check_tautan;
/// assert_eq!(check_tautan(" https://drive.example.go.id/a?b=1 ").unwrap(), "https://drive.example.go.id/a?b=1");
/// assert!(check_tautan("javascript:alert(1)").is_err());
/// assert!(check_tautan("ftp://files.example.org/x").is_err());
/// assert!(check_tautan("https://").is_err());
/// ```
pub fn check_tautan(url: &str) -> Result<String, Problem> {
    let u = url.trim();
    let bad = || {
        Problem::new(
            "links",
            format!("Tautan bukti harus alamat http:// atau https:// yang lengkap: “{u}”"),
            format!("An evidence link must be a full http:// or https:// address: “{u}”"),
        )
    };
    if u.chars().count() > MAX_URL {
        return Err(Problem::new(
            "links",
            format!("Tautan bukti terlalu panjang (maks. {MAX_URL} karakter)"),
            format!("An evidence link is too long (max. {MAX_URL} characters)"),
        ));
    }
    let lower = u.to_ascii_lowercase();
    let rest = lower
        .strip_prefix("https://")
        .or_else(|| lower.strip_prefix("http://"))
        .ok_or_else(bad)?;
    let host = rest.split(['/', '?', '#']).next().unwrap_or("");
    let host = host.rsplit('@').next().unwrap_or("");
    let host_ok = !host.is_empty()
        && !host.starts_with(':')
        && host
            .chars()
            .all(|c| c.is_ascii_alphanumeric() || matches!(c, '.' | '-' | ':' | '[' | ']'));
    if !host_ok || u.chars().any(|c| c.is_whitespace() || c.is_control()) {
        return Err(bad());
    }
    Ok(u.to_string())
}

/// Checks a verification: a comment is required when sending the entry back for correction.
pub fn check_verifikasi(status: StatusRealisasi, komentar: &str) -> Result<(), Problem> {
    let n = komentar.trim().chars().count();
    match status {
        StatusRealisasi::Diajukan => Err(Problem::new(
            "status",
            "Verifikasi memilih VALID atau PERLU_PERBAIKAN",
            "A verification is VALID or PERLU_PERBAIKAN",
        )),
        StatusRealisasi::PerluPerbaikan if n == 0 => Err(Problem::new(
            "komentar",
            "Tuliskan apa yang perlu diperbaiki",
            "Say what needs correcting",
        )),
        _ if n > MAX_KOMENTAR => Err(Problem::new(
            "komentar",
            format!("Komentar terlalu panjang (maks. {MAX_KOMENTAR} karakter)"),
            format!("The comment is too long (max. {MAX_KOMENTAR} characters)"),
        )),
        _ => Ok(()),
    }
}

/// One entry as the cumulative rule sees it.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Entri {
    /// The sub-period's number within the year (1-based).
    pub sub_periode: u32,
    pub nilai: f64,
    pub status: StatusRealisasi,
}

/// The IKI's cumulative realisasi from its entries, given **in the order they were recorded**
/// (see the module documentation for the rule).
///
/// ```
/// use app::domain::realisasi::{kumulatif, Entri, StatusRealisasi::*};
/// let e = |sub_periode, nilai, status| Entri { sub_periode, nilai, status };
/// // counted things add up over the quarters; a correction of Q2 replaces its first entry
/// let dokumen = [e(1, 2.0, Valid), e(2, 1.0, Diajukan), e(2, 3.0, Diajukan)];
/// assert_eq!(kumulatif("Dokumen", &dokumen), Some(5.0));
/// // a percentage is the latest quarter's level; one sent back for correction does not count
/// let persen = [e(1, 80.0, Valid), e(2, 95.0, PerluPerbaikan)];
/// assert_eq!(kumulatif("%", &persen), Some(80.0));
/// assert_eq!(kumulatif("%", &[]), None);
/// ```
pub fn kumulatif(satuan: &str, entri: &[Entri]) -> Option<f64> {
    // the latest counting entry of each sub-period
    let mut per: Vec<(u32, f64)> = vec![];
    for e in entri.iter().filter(|e| e.status.dihitung()) {
        match per.iter_mut().find(|(p, _)| *p == e.sub_periode) {
            Some(slot) => slot.1 = e.nilai,
            None => per.push((e.sub_periode, e.nilai)),
        }
    }
    if per.is_empty() {
        return None;
    }
    Some(match JenisSatuan::dari_satuan(satuan).akumulasi() {
        Akumulasi::Jumlah => per.iter().map(|(_, v)| v).sum(),
        Akumulasi::Terakhir => per.iter().max_by_key(|(p, _)| *p).map(|(_, v)| *v)?,
    })
}

#[cfg(test)]
mod tests {
    use super::StatusRealisasi::*;
    use super::*;
    use proptest::prelude::*;

    fn e(sub_periode: u32, nilai: f64, status: StatusRealisasi) -> Entri {
        Entri {
            sub_periode,
            nilai,
            status,
        }
    }

    #[test]
    fn units_table() {
        use JenisSatuan::*;
        for (satuan, jenis) in [
            ("%", Persen),
            ("persen", Persen),
            ("Persen (%)", Persen),
            ("indeks", Indeks),
            ("Nilai", Indeks),
            ("skor", Indeks),
            ("Dokumen", Hitungan),
            ("laporan", Hitungan),
            ("Laporans", Hitungan),
            ("Kegiatan", Hitungan),
            ("orang", Hitungan),
            ("Bulan", Waktu),
            ("hari kerja", Waktu),
            ("Rupiah", Nominal),
            ("Rp", Nominal),
            ("ton", Lainnya),
            ("km", Lainnya),
            ("", Lainnya),
        ] {
            assert_eq!(JenisSatuan::dari_satuan(satuan), jenis, "{satuan}");
        }
    }

    #[test]
    fn values_table() {
        for (nilai, satuan, ok) in [
            (0.0, "%", true),
            (100.0, "%", true),
            (100.5, "%", false),
            (-0.1, "%", false),
            (61.95, "%", true),
            (3.0, "Dokumen", true),
            (3.5, "Dokumen", false),
            (0.0, "Laporan", true),
            (2.5, "Bulan", true),
            (12.0, "Bulan", true),
            (5.25, "ton", true),
            (-5.0, "ton", false),
            (1e13, "Rupiah", false),
            (1e9, "Rupiah", true),
            (f64::INFINITY, "ton", false),
            (f64::NAN, "%", false),
            (87.2, "indeks", true),
        ] {
            assert_eq!(check_nilai(nilai, satuan).is_ok(), ok, "{nilai} {satuan}");
        }
        let p = check_nilai(120.0, "%").unwrap_err();
        assert_eq!(p.field, "value");
        assert!(p.en.contains("between 0 and 100"), "{}", p.en);
    }

    #[test]
    fn links_table() {
        for (url, ok) in [
            ("https://example.go.id", true),
            ("http://intranet.pemkot/laporan.pdf", true),
            ("HTTPS://Example.org/A", true),
            ("https://user@host.example/x", true),
            ("https://[::1]:8080/x", true),
            ("https://example.org/a b", false),
            ("https://", false),
            ("https:///path", false),
            ("http://:80", false),
            ("ftp://example.org", false),
            ("file:///etc/passwd", false),
            ("javascript:alert(1)", false),
            ("example.org", false),
            ("", false),
            ("data:text/html,x", false),
        ] {
            assert_eq!(check_tautan(url).is_ok(), ok, "{url}");
        }
        assert!(check_tautan(&format!("https://a.id/{}", "x".repeat(MAX_URL))).is_err());
    }

    #[test]
    fn verification_table() {
        assert!(check_verifikasi(Valid, "").is_ok());
        assert!(check_verifikasi(Valid, "Bagus").is_ok());
        assert!(check_verifikasi(PerluPerbaikan, "  ").is_err());
        assert!(check_verifikasi(PerluPerbaikan, "Lampirkan berita acara").is_ok());
        assert!(check_verifikasi(Diajukan, "x").is_err());
        assert!(check_verifikasi(Valid, &"x".repeat(MAX_KOMENTAR + 1)).is_err());
        assert_eq!(
            StatusRealisasi::from_code("perlu_perbaikan"),
            Some(PerluPerbaikan)
        );
        assert_eq!(StatusRealisasi::from_code("x"), None);
    }

    #[test]
    fn cumulative_table() {
        // quarters of counted documents add up
        let q = [e(1, 2.0, Valid), e(2, 3.0, Diajukan), e(3, 1.0, Valid)];
        assert_eq!(kumulatif("Dokumen", &q), Some(6.0));
        // months of time add up too (the seeds' Waktu: 12 Bulan over the year)
        assert_eq!(
            kumulatif("Bulan", &[e(1, 3.0, Valid), e(2, 3.0, Valid)]),
            Some(6.0)
        );
        // a percentage is the latest quarter's, whatever order the quarters were recorded in
        let p = [e(2, 90.0, Valid), e(1, 70.0, Valid)];
        assert_eq!(kumulatif("%", &p), Some(90.0));
        // a correction supersedes the entry before it in the same quarter
        let c = [e(1, 5.0, PerluPerbaikan), e(1, 4.0, Diajukan)];
        assert_eq!(kumulatif("ton", &c), Some(4.0));
        // a later entry sent back for correction leaves the earlier valid one counting
        let v = [e(1, 4.0, Valid), e(1, 9.0, PerluPerbaikan)];
        assert_eq!(kumulatif("ton", &v), Some(4.0));
        // nothing counts: none
        assert_eq!(kumulatif("ton", &[e(1, 4.0, PerluPerbaikan)]), None);
        assert_eq!(kumulatif("indeks", &[]), None);
    }

    fn status() -> impl Strategy<Value = StatusRealisasi> {
        prop_oneof![Just(Diajukan), Just(Valid), Just(PerluPerbaikan)]
    }

    fn entries() -> impl Strategy<Value = Vec<Entri>> {
        prop::collection::vec(
            (1u32..=4, 0u32..=100, status()).prop_map(|(p, v, s)| e(p, f64::from(v), s)),
            0..12,
        )
    }

    proptest! {
        /// An entry sent back for correction never changes the result.
        #[test]
        fn rejected_entries_do_not_count(list in entries(), at in 0usize..12, p in 1u32..=4, v in 0u32..=100) {
            let mut with = list.clone();
            with.insert(at.min(list.len()), e(p, f64::from(v), PerluPerbaikan));
            for satuan in ["Dokumen", "%"] {
                prop_assert_eq!(kumulatif(satuan, &with), kumulatif(satuan, &list));
            }
        }

        /// A percentage stays within 0–100; a sum is at least every counting value it holds,
        /// and never negative.
        #[test]
        fn bounds(list in entries()) {
            if let Some(p) = kumulatif("%", &list) {
                prop_assert!((0.0..=100.0).contains(&p));
            }
            if let Some(s) = kumulatif("Laporan", &list) {
                prop_assert!(s >= 0.0);
                let latest = list.iter().rfind(|x| x.status.dihitung()).unwrap();
                prop_assert!(s >= latest.nilai);
            }
            let any = list.iter().any(|x| x.status.dihitung());
            prop_assert_eq!(kumulatif("ton", &list).is_some(), any);
        }

        /// Entries of different sub-periods may be recorded in any order: only the order
        /// within a sub-period matters.
        #[test]
        fn order_of_sub_periods_is_irrelevant(list in entries()) {
            let mut sorted = list.clone();
            sorted.sort_by_key(|x| x.sub_periode); // stable: keeps the order within each
            for satuan in ["Dokumen", "%", "Bulan"] {
                prop_assert_eq!(kumulatif(satuan, &sorted), kumulatif(satuan, &list));
            }
        }

        /// Recording the same value again for a sub-period changes nothing.
        #[test]
        fn repeating_the_latest_changes_nothing(list in entries()) {
            if let Some(last) = list.iter().rfind(|x| x.status.dihitung()).copied() {
                let mut again = list.clone();
                again.push(last);
                prop_assert_eq!(kumulatif("Dokumen", &again), kumulatif("Dokumen", &list));
            }
        }

        /// Any finite non-negative value is valid for an open unit; a percentage's bound is 100.
        #[test]
        fn value_rules(v in 0.0f64..1e9) {
            prop_assert!(check_nilai(v, "ton").is_ok());
            prop_assert_eq!(check_nilai(v, "%").is_ok(), v <= 100.0);
            prop_assert!(check_nilai(-v - 1e-9, "ton").is_err());
        }
    }
}

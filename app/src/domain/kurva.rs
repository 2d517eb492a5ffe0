//! The organisation predikat and the distribution curve of employee predikat
//! (SE MenPANRB 3/2023, DOMAIN.md §5).
//!
//! The superior first sets the unit's *capaian kinerja organisasi* ([`PredikatOrganisasi`]);
//! that fixes the *pola distribusi*, a list of [`Band`]s the employees' predikat must satisfy
//! ([`bands`]); [`check_distribution`] reports every band a proposed set of predikat breaks.
//!
//! | organisation | employee predikat must satisfy |
//! |---|---|
//! | Istimewa | Sangat Baik at most 70 % |
//! | Baik | Baik at most 70 %; at least one Butuh Perbaikan or Kurang/Misconduct |
//! | Butuh Perbaikan | Butuh Perbaikan at least 60 %; Sangat Baik at most 10 % |
//! | Kurang | Kurang/Misconduct at least 60 %; Butuh Perbaikan at least 10 %; Sangat Baik at most 10 % |
//! | Sangat Kurang | Sangat Kurang at least 60 %; Kurang/Misconduct + Butuh Perbaikan at least 10 %; no Sangat Baik |
//!
//! The regulation leaves two things open, both *configurable* in [`KurvaSettings`]: the minimum
//! group size to which the curve applies (default 10) and how a percentage becomes a head count
//! in a small group ([`Rounding`], default [`Rounding::Strict`]). A violation is not a hard
//! stop: the deciding leader may deviate with a recorded justification (recorded elsewhere).

use serde::{Deserialize, Serialize};
use std::fmt;

use super::rating::Predikat;

/// Capaian kinerja organisasi: the unit's predikat, set by the superior before calibration.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "SCREAMING_SNAKE_CASE")]
pub enum PredikatOrganisasi {
    Istimewa,
    Baik,
    ButuhPerbaikan,
    Kurang,
    SangatKurang,
}

impl PredikatOrganisasi {
    /// All organisation predikat, best first.
    pub const ALL: [PredikatOrganisasi; 5] = [
        PredikatOrganisasi::Istimewa,
        PredikatOrganisasi::Baik,
        PredikatOrganisasi::ButuhPerbaikan,
        PredikatOrganisasi::Kurang,
        PredikatOrganisasi::SangatKurang,
    ];

    /// The code stored in the database and used in import files.
    pub fn code(self) -> &'static str {
        match self {
            Self::Istimewa => "ISTIMEWA",
            Self::Baik => "BAIK",
            Self::ButuhPerbaikan => "BUTUH_PERBAIKAN",
            Self::Kurang => "KURANG",
            Self::SangatKurang => "SANGAT_KURANG",
        }
    }

    /// Parses a code, tolerating case, spaces and hyphens.
    pub fn from_code(code: &str) -> Option<Self> {
        let c = code.trim().to_ascii_uppercase().replace([' ', '-'], "_");
        Self::ALL.into_iter().find(|p| p.code() == c)
    }

    /// The official label.
    pub fn label(self) -> &'static str {
        match self {
            Self::Istimewa => "Istimewa",
            Self::Baik => "Baik",
            Self::ButuhPerbaikan => "Butuh Perbaikan",
            Self::Kurang => "Kurang",
            Self::SangatKurang => "Sangat Kurang",
        }
    }
}

impl fmt::Display for PredikatOrganisasi {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.label())
    }
}

/// How a percentage bound becomes a head count for a group of `n` people, where `p % × n` is
/// seldom a whole number (e.g. 70 % of 15 = 10.5).
///
/// The default, [`Rounding::Strict`], applies the regulation's percentages literally: the
/// group conforms exactly when its actual percentage satisfies the bound as written, so
/// "at most p %" allows ⌊p % × n⌋ people and "at least p %" requires ⌈p % × n⌉ people. It is the
/// reading an auditor who divides counts by the group size would apply, it never lets a unit
/// exceed a ceiling or fall short of a floor, and with the default minimum group of 10 every
/// non-zero bound still allows or requires at least one person (⌊10 % × 10⌋ = 1), so no
/// category is ruled out by rounding. The alternatives exist for agencies whose policy differs.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "SCREAMING_SNAKE_CASE")]
pub enum Rounding {
    /// Literal percentages: "at most" rounds down, "at least" rounds up (the default).
    #[default]
    Strict,
    /// In the unit's favour: "at most" rounds up, "at least" rounds down.
    Lenient,
    /// Both bounds round down (lenient for "at least", strict for "at most").
    Floor,
    /// Both bounds round up (strict for "at least", lenient for "at most").
    Ceil,
    /// Both bounds round to the nearest person, halves up (10.5 → 11).
    Nearest,
}

impl Rounding {
    /// All rounding rules, the default first.
    pub const ALL: [Rounding; 5] = [
        Rounding::Strict,
        Rounding::Lenient,
        Rounding::Floor,
        Rounding::Ceil,
        Rounding::Nearest,
    ];

    /// The code stored in the agency's settings.
    pub fn code(self) -> &'static str {
        match self {
            Self::Strict => "STRICT",
            Self::Lenient => "LENIENT",
            Self::Floor => "FLOOR",
            Self::Ceil => "CEIL",
            Self::Nearest => "NEAREST",
        }
    }

    /// Parses a code, tolerating case and surrounding spaces.
    pub fn from_code(code: &str) -> Option<Self> {
        let c = code.trim().to_ascii_uppercase();
        Self::ALL.into_iter().find(|r| r.code() == c)
    }

    /// A label for the admin's settings page.
    pub fn label(self) -> &'static str {
        match self {
            Self::Strict => {
                "Persentase apa adanya (batas atas dibulatkan ke bawah, batas bawah ke atas)"
            }
            Self::Lenient => {
                "Menguntungkan unit (batas atas dibulatkan ke atas, batas bawah ke bawah)"
            }
            Self::Floor => "Selalu dibulatkan ke bawah",
            Self::Ceil => "Selalu dibulatkan ke atas",
            Self::Nearest => "Dibulatkan ke orang terdekat (0,5 ke atas)",
        }
    }

    /// The head count for `percent` % of `n` people, for a ceiling (`at_most`) or a floor.
    ///
    /// ```
    /// use app::domain::kurva::Rounding;
    /// // 70 % of 15 people is 10.5.
    /// assert_eq!(Rounding::Strict.head_count(70, 15, true), 10);
    /// assert_eq!(Rounding::Lenient.head_count(70, 15, true), 11);
    /// // 60 % of 13 people is 7.8.
    /// assert_eq!(Rounding::Strict.head_count(60, 13, false), 8);
    /// assert_eq!(Rounding::Floor.head_count(60, 13, false), 7);
    /// ```
    pub fn head_count(self, percent: u8, n: usize, at_most: bool) -> usize {
        let scaled = usize::from(percent) * n;
        let floor = scaled / 100;
        let ceil = scaled.div_ceil(100);
        let up = match self {
            Self::Strict => !at_most,
            Self::Lenient => at_most,
            Self::Floor => false,
            Self::Ceil => true,
            Self::Nearest => return (scaled + 50) / 100,
        };
        if up {
            ceil
        } else {
            floor
        }
    }
}

/// The agency's settings for the curve (*configurable* in the regulation).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(default)]
pub struct KurvaSettings {
    /// Groups with fewer people are not checked (default 10: the smallest group in which
    /// 10 % is a whole person).
    pub min_group: usize,
    /// How a percentage becomes a head count (default [`Rounding::Strict`]).
    pub rounding: Rounding,
}

impl Default for KurvaSettings {
    fn default() -> Self {
        Self {
            min_group: 10,
            rounding: Rounding::Strict,
        }
    }
}

/// The kind of limit a band puts on a set of predikat.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "SCREAMING_SNAKE_CASE", tag = "kind", content = "percent")]
pub enum Bound {
    /// At most this percentage of the group.
    AtMost(u8),
    /// At least this percentage of the group.
    AtLeast(u8),
    /// At least one person, whatever the group size.
    AtLeastOne,
    /// Nobody.
    NoneAllowed,
}

impl Bound {
    /// Whether the bound is a ceiling (at most) rather than a floor (at least).
    pub fn is_ceiling(self) -> bool {
        matches!(self, Self::AtMost(_) | Self::NoneAllowed)
    }

    /// The head count for a group of `n`: the most allowed for a ceiling, the fewest required
    /// for a floor.
    ///
    /// ```
    /// use app::domain::kurva::{Bound, Rounding};
    /// assert_eq!(Bound::AtMost(10).head_count(25, Rounding::Strict), 2);
    /// assert_eq!(Bound::AtLeast(10).head_count(25, Rounding::Strict), 3);
    /// assert!(Bound::NoneAllowed.is_ceiling() && !Bound::AtLeastOne.is_ceiling());
    /// ```
    pub fn head_count(self, n: usize, rounding: Rounding) -> usize {
        match self {
            Self::AtMost(p) => rounding.head_count(p, n, true),
            Self::AtLeast(p) => rounding.head_count(p, n, false),
            Self::AtLeastOne => 1,
            Self::NoneAllowed => 0,
        }
    }

    /// Whether `actual` people out of `n` satisfy the bound.
    ///
    /// ```
    /// use app::domain::kurva::{Bound, Rounding};
    /// assert!(Bound::AtMost(70).holds(7, 10, Rounding::Strict));
    /// assert!(!Bound::AtMost(70).holds(8, 10, Rounding::Strict));
    /// assert!(!Bound::AtLeast(60).holds(7, 12, Rounding::Strict)); // 58 %
    /// assert!(Bound::AtLeastOne.holds(1, 500, Rounding::Strict));
    /// assert!(!Bound::NoneAllowed.holds(1, 500, Rounding::Lenient));
    /// ```
    pub fn holds(self, actual: usize, n: usize, rounding: Rounding) -> bool {
        let limit = self.head_count(n, rounding);
        if self.is_ceiling() {
            actual <= limit
        } else {
            actual >= limit
        }
    }
}

/// One rule of a pola distribusi: the people whose predikat is one of `predikat`, counted
/// together, must satisfy `bound`.
#[derive(Clone, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub struct Band {
    pub organisasi: PredikatOrganisasi,
    pub predikat: Vec<Predikat>,
    pub bound: Bound,
}

impl Band {
    fn new(organisasi: PredikatOrganisasi, predikat: &[Predikat], bound: Bound) -> Self {
        Self {
            organisasi,
            predikat: predikat.to_vec(),
            bound,
        }
    }

    /// How many people of `sebaran` the band counts.
    ///
    /// ```
    /// use app::domain::kurva::{bands, PredikatOrganisasi, Sebaran};
    /// let s = Sebaran { kurang_misconduct: 2, butuh_perbaikan: 1, baik: 7, ..Sebaran::default() };
    /// let b = &bands(PredikatOrganisasi::SangatKurang)[1]; // Kurang/Misconduct + Butuh Perbaikan
    /// assert_eq!(b.count(&s), 3);
    /// ```
    pub fn count(&self, sebaran: &Sebaran) -> usize {
        self.predikat.iter().map(|p| sebaran.get(*p)).sum()
    }

    /// The rule in Indonesian, as in the regulation (for legends and tooltips).
    ///
    /// ```
    /// use app::domain::kurva::{bands, PredikatOrganisasi};
    /// let rules: Vec<String> = bands(PredikatOrganisasi::Kurang).iter().map(|b| b.description()).collect();
    /// assert_eq!(rules, [
    ///     "Kurang/Misconduct paling sedikit 60%",
    ///     "Butuh Perbaikan paling sedikit 10%",
    ///     "Sangat Baik paling banyak 10%",
    /// ]);
    /// ```
    pub fn description(&self) -> String {
        match self.bound {
            Bound::AtMost(p) => format!("{} paling banyak {p}%", self.labels(" + ")),
            Bound::AtLeast(p) => format!("{} paling sedikit {p}%", self.labels(" + ")),
            Bound::AtLeastOne => format!("paling sedikit 1 pegawai {}", self.labels(" atau ")),
            Bound::NoneAllowed => format!("tidak boleh ada pegawai {}", self.labels(" atau ")),
        }
    }

    fn labels(&self, sep: &str) -> String {
        let labels: Vec<&str> = self.predikat.iter().map(|p| p.label()).collect();
        labels.join(sep)
    }
}

/// The bands of the pola distribusi fixed by an organisation predikat, in the regulation's
/// order.
///
/// ```
/// use app::domain::kurva::{bands, Bound, PredikatOrganisasi};
/// use app::domain::rating::Predikat;
/// let b = bands(PredikatOrganisasi::Istimewa);
/// assert_eq!(b.len(), 1);
/// assert_eq!(b[0].predikat, [Predikat::SangatBaik]);
/// assert_eq!(b[0].bound, Bound::AtMost(70));
/// ```
pub fn bands(org: PredikatOrganisasi) -> Vec<Band> {
    use Bound::*;
    use Predikat::*;
    use PredikatOrganisasi as O;
    let band = |predikat: &[Predikat], bound| Band::new(org, predikat, bound);
    match org {
        O::Istimewa => vec![band(&[SangatBaik], AtMost(70))],
        O::Baik => vec![
            band(&[Baik], AtMost(70)),
            band(&[ButuhPerbaikan, KurangMisconduct], AtLeastOne),
        ],
        O::ButuhPerbaikan => vec![
            band(&[ButuhPerbaikan], AtLeast(60)),
            band(&[SangatBaik], AtMost(10)),
        ],
        O::Kurang => vec![
            band(&[KurangMisconduct], AtLeast(60)),
            band(&[ButuhPerbaikan], AtLeast(10)),
            band(&[SangatBaik], AtMost(10)),
        ],
        O::SangatKurang => vec![
            band(&[SangatKurang], AtLeast(60)),
            band(&[KurangMisconduct, ButuhPerbaikan], AtLeast(10)),
            band(&[SangatBaik], NoneAllowed),
        ],
    }
}

/// How many people of a group have each predikat (e.g. from a `GROUP BY` in the database).
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub struct Sebaran {
    pub sangat_baik: usize,
    pub baik: usize,
    pub butuh_perbaikan: usize,
    pub kurang_misconduct: usize,
    pub sangat_kurang: usize,
}

impl Sebaran {
    /// Counts a list of predikat.
    ///
    /// ```
    /// use app::domain::kurva::Sebaran;
    /// use app::domain::rating::Predikat::*;
    /// let s = Sebaran::from_predikat(&[Baik, SangatBaik, Baik]);
    /// assert_eq!((s.baik, s.sangat_baik, s.total()), (2, 1, 3));
    /// ```
    pub fn from_predikat(predikat: &[Predikat]) -> Self {
        predikat.iter().copied().collect()
    }

    /// Builds from counts in the order of [`Predikat::ALL`].
    fn from_array(c: [usize; 5]) -> Self {
        Self {
            sangat_baik: c[0],
            baik: c[1],
            butuh_perbaikan: c[2],
            kurang_misconduct: c[3],
            sangat_kurang: c[4],
        }
    }

    /// The number of people with predikat `p`.
    pub fn get(&self, p: Predikat) -> usize {
        match p {
            Predikat::SangatBaik => self.sangat_baik,
            Predikat::Baik => self.baik,
            Predikat::ButuhPerbaikan => self.butuh_perbaikan,
            Predikat::KurangMisconduct => self.kurang_misconduct,
            Predikat::SangatKurang => self.sangat_kurang,
        }
    }

    /// Adds `count` people with predikat `p`.
    pub fn add(&mut self, p: Predikat, count: usize) {
        let slot = match p {
            Predikat::SangatBaik => &mut self.sangat_baik,
            Predikat::Baik => &mut self.baik,
            Predikat::ButuhPerbaikan => &mut self.butuh_perbaikan,
            Predikat::KurangMisconduct => &mut self.kurang_misconduct,
            Predikat::SangatKurang => &mut self.sangat_kurang,
        };
        *slot += count;
    }

    /// The size of the group.
    pub fn total(&self) -> usize {
        Predikat::ALL.iter().map(|p| self.get(*p)).sum()
    }
}

impl FromIterator<Predikat> for Sebaran {
    fn from_iter<I: IntoIterator<Item = Predikat>>(iter: I) -> Self {
        // A branch-free tally: the discriminant is the position in `Predikat::ALL`.
        let mut c = [0usize; 5];
        for p in iter {
            c[p as usize] += 1;
        }
        Self::from_array(c)
    }
}

/// A band that a group breaks.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Violation {
    /// The rule broken.
    pub band: Band,
    /// The head count the rule gives for this group after rounding: the most allowed for a
    /// ceiling ([`Bound::is_ceiling`]), the fewest required otherwise.
    pub required: usize,
    /// How many people the band counts.
    pub actual: usize,
    /// The size of the group.
    pub total: usize,
    /// `actual` as a percentage of `total` (0–100).
    pub actual_percent: f64,
}

impl Violation {
    /// The message shown to the deciding leader, in Indonesian.
    ///
    /// ```
    /// use app::domain::kurva::{check_distribution, PredikatOrganisasi};
    /// use app::domain::rating::Predikat::*;
    /// let mut group = vec![SangatBaik; 8];
    /// group.extend([Baik; 2]);
    /// let v = check_distribution(PredikatOrganisasi::Istimewa, &group);
    /// assert_eq!(
    ///     v[0].message(),
    ///     "Pola distribusi organisasi Istimewa: Sangat Baik paling banyak 70% \
    ///      (7 dari 10 pegawai), saat ini 8 pegawai (80%)"
    /// );
    /// ```
    pub fn message(&self) -> String {
        let head = format!(
            "Pola distribusi organisasi {}: {}",
            self.band.organisasi.label(),
            self.band.description()
        );
        let now = if self.actual == 0 {
            "saat ini tidak ada".to_string()
        } else {
            format!(
                "saat ini {} pegawai ({})",
                self.actual,
                persen(self.actual_percent)
            )
        };
        match self.band.bound {
            Bound::AtMost(_) | Bound::AtLeast(_) => format!(
                "{head} ({} dari {} pegawai), {now}",
                self.required, self.total
            ),
            Bound::AtLeastOne | Bound::NoneAllowed => format!("{head}, {now}"),
        }
    }
}

impl fmt::Display for Violation {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.message())
    }
}

/// A percentage in Indonesian notation: `80%`, `66,7%`.
fn persen(value: f64) -> String {
    let tenths = (value * 10.0).round();
    if tenths % 10.0 == 0.0 {
        format!("{}%", tenths / 10.0)
    } else {
        format!("{:.1}%", tenths / 10.0).replace('.', ",")
    }
}

/// Checks the employees' predikat of one group against the pola distribusi of `org` with the
/// default [`KurvaSettings`] (groups under 10 people are not checked, [`Rounding::Strict`]).
/// Returns every band broken, in the regulation's order; empty when the group conforms. The
/// verdict does not depend on the order of `predikat`.
///
/// ```
/// use app::domain::kurva::{check_distribution, PredikatOrganisasi as O};
/// use app::domain::rating::Predikat::*;
/// // Baik: at most 70 % Baik and at least one Butuh Perbaikan or Kurang/Misconduct.
/// let mut group = vec![Baik; 7];
/// group.extend([SangatBaik, SangatBaik, ButuhPerbaikan]);
/// assert!(check_distribution(O::Baik, &group).is_empty());
/// group[9] = SangatBaik; // nobody below Baik any more
/// assert_eq!(check_distribution(O::Baik, &group).len(), 1);
/// // Nine people: too few to check.
/// assert!(check_distribution(O::SangatKurang, &[SangatBaik; 9]).is_empty());
/// ```
pub fn check_distribution(org: PredikatOrganisasi, predikat: &[Predikat]) -> Vec<Violation> {
    check_distribution_with(org, predikat, &KurvaSettings::default())
}

/// [`check_distribution`] with the agency's settings.
///
/// ```
/// use app::domain::kurva::{check_distribution_with, KurvaSettings, PredikatOrganisasi, Rounding};
/// use app::domain::rating::Predikat::*;
/// // 15 people, 11 Sangat Baik (73 %) under Istimewa (at most 70 % = 10.5 people).
/// let mut group = vec![SangatBaik; 11];
/// group.extend([Baik; 4]);
/// let strict = KurvaSettings::default();
/// let lenient = KurvaSettings { rounding: Rounding::Lenient, ..strict };
/// assert_eq!(check_distribution_with(PredikatOrganisasi::Istimewa, &group, &strict).len(), 1);
/// assert!(check_distribution_with(PredikatOrganisasi::Istimewa, &group, &lenient).is_empty());
/// ```
pub fn check_distribution_with(
    org: PredikatOrganisasi,
    predikat: &[Predikat],
    settings: &KurvaSettings,
) -> Vec<Violation> {
    check_sebaran(org, &Sebaran::from_predikat(predikat), settings)
}

/// [`check_distribution_with`] from counts rather than a list of people. A group smaller
/// than `settings.min_group`, or empty, never violates.
///
/// ```
/// use app::domain::kurva::{check_sebaran, KurvaSettings, PredikatOrganisasi, Sebaran};
/// let s = Sebaran { butuh_perbaikan: 6, sangat_baik: 1, baik: 3, ..Sebaran::default() };
/// assert!(check_sebaran(PredikatOrganisasi::ButuhPerbaikan, &s, &KurvaSettings::default()).is_empty());
/// ```
pub fn check_sebaran(
    org: PredikatOrganisasi,
    sebaran: &Sebaran,
    settings: &KurvaSettings,
) -> Vec<Violation> {
    let total = sebaran.total();
    if total == 0 || total < settings.min_group {
        return Vec::new();
    }
    bands(org)
        .into_iter()
        .filter_map(|band| {
            let actual = band.count(sebaran);
            if band.bound.holds(actual, total, settings.rounding) {
                return None;
            }
            Some(Violation {
                required: band.bound.head_count(total, settings.rounding),
                actual,
                total,
                actual_percent: actual as f64 * 100.0 / total as f64,
                band,
            })
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;
    use Predikat::*;
    use PredikatOrganisasi as O;

    /// A group from (predikat, count) pairs.
    fn group(parts: &[(Predikat, usize)]) -> Vec<Predikat> {
        parts
            .iter()
            .flat_map(|(p, n)| std::iter::repeat_n(*p, *n))
            .collect()
    }

    /// A rule as (predikat counted, bound).
    type Rule = (Vec<Predikat>, Bound);

    /// A case: the organisation, the group as (predikat, count) parts, the rules it breaks.
    type Case = (O, Vec<(Predikat, usize)>, Vec<Rule>);

    /// The rules violated.
    fn broken(org: PredikatOrganisasi, g: &[Predikat]) -> Vec<Rule> {
        check_distribution(org, g)
            .into_iter()
            .map(|v| (v.band.predikat, v.band.bound))
            .collect()
    }

    #[test]
    fn bands_of_the_regulation() {
        use Bound::*;
        let table: [(O, Vec<Rule>); 5] = [
            (O::Istimewa, vec![(vec![SangatBaik], AtMost(70))]),
            (
                O::Baik,
                vec![
                    (vec![Baik], AtMost(70)),
                    (vec![ButuhPerbaikan, KurangMisconduct], AtLeastOne),
                ],
            ),
            (
                O::ButuhPerbaikan,
                vec![
                    (vec![ButuhPerbaikan], AtLeast(60)),
                    (vec![SangatBaik], AtMost(10)),
                ],
            ),
            (
                O::Kurang,
                vec![
                    (vec![KurangMisconduct], AtLeast(60)),
                    (vec![ButuhPerbaikan], AtLeast(10)),
                    (vec![SangatBaik], AtMost(10)),
                ],
            ),
            (
                O::SangatKurang,
                vec![
                    (vec![SangatKurang], AtLeast(60)),
                    (vec![KurangMisconduct, ButuhPerbaikan], AtLeast(10)),
                    (vec![SangatBaik], NoneAllowed),
                ],
            ),
        ];
        for (org, expected) in table {
            let got: Vec<_> = bands(org)
                .into_iter()
                .inspect(|b| assert_eq!(b.organisasi, org))
                .map(|b| (b.predikat, b.bound))
                .collect();
            assert_eq!(got, expected, "{org:?}");
        }
    }

    /// Groups of exactly 10 people at and just past each boundary of each band.
    #[test]
    fn ten_people_per_band() {
        use Bound::*;
        let cases: Vec<Case> = vec![
            // Istimewa: Sangat Baik at most 70 %.
            (O::Istimewa, vec![(SangatBaik, 7), (Baik, 3)], vec![]),
            (O::Istimewa, vec![(Baik, 10)], vec![]),
            (
                O::Istimewa,
                vec![(SangatBaik, 3), (SangatKurang, 7)],
                vec![],
            ),
            (
                O::Istimewa,
                vec![(SangatBaik, 8), (Baik, 2)],
                vec![(vec![SangatBaik], AtMost(70))],
            ),
            (
                O::Istimewa,
                vec![(SangatBaik, 10)],
                vec![(vec![SangatBaik], AtMost(70))],
            ),
            // Baik: Baik at most 70 %; at least one Butuh Perbaikan or Kurang/Misconduct.
            (
                O::Baik,
                vec![(Baik, 7), (SangatBaik, 2), (ButuhPerbaikan, 1)],
                vec![],
            ),
            (
                O::Baik,
                vec![(Baik, 7), (SangatBaik, 2), (KurangMisconduct, 1)],
                vec![],
            ),
            (
                O::Baik,
                vec![(SangatBaik, 9), (KurangMisconduct, 1)],
                vec![],
            ),
            (
                O::Baik,
                vec![(Baik, 8), (SangatBaik, 1), (ButuhPerbaikan, 1)],
                vec![(vec![Baik], AtMost(70))],
            ),
            (
                O::Baik,
                vec![(Baik, 7), (SangatBaik, 3)],
                vec![(vec![ButuhPerbaikan, KurangMisconduct], AtLeastOne)],
            ),
            // Sangat Kurang does not count as "Butuh Perbaikan or Kurang/Misconduct".
            (
                O::Baik,
                vec![(Baik, 7), (SangatBaik, 2), (SangatKurang, 1)],
                vec![(vec![ButuhPerbaikan, KurangMisconduct], AtLeastOne)],
            ),
            (
                O::Baik,
                vec![(Baik, 10)],
                vec![
                    (vec![Baik], AtMost(70)),
                    (vec![ButuhPerbaikan, KurangMisconduct], AtLeastOne),
                ],
            ),
            // Butuh Perbaikan: Butuh Perbaikan at least 60 %; Sangat Baik at most 10 %.
            (
                O::ButuhPerbaikan,
                vec![(ButuhPerbaikan, 6), (SangatBaik, 1), (Baik, 3)],
                vec![],
            ),
            (O::ButuhPerbaikan, vec![(ButuhPerbaikan, 10)], vec![]),
            (
                O::ButuhPerbaikan,
                vec![(ButuhPerbaikan, 5), (SangatBaik, 1), (Baik, 4)],
                vec![(vec![ButuhPerbaikan], AtLeast(60))],
            ),
            (
                O::ButuhPerbaikan,
                vec![(ButuhPerbaikan, 6), (SangatBaik, 2), (Baik, 2)],
                vec![(vec![SangatBaik], AtMost(10))],
            ),
            (
                O::ButuhPerbaikan,
                vec![(ButuhPerbaikan, 5), (SangatBaik, 2), (Baik, 3)],
                vec![
                    (vec![ButuhPerbaikan], AtLeast(60)),
                    (vec![SangatBaik], AtMost(10)),
                ],
            ),
            // Kurang: Kurang/Misconduct at least 60 %; Butuh Perbaikan at least 10 %;
            // Sangat Baik at most 10 %.
            (
                O::Kurang,
                vec![
                    (KurangMisconduct, 6),
                    (ButuhPerbaikan, 1),
                    (SangatBaik, 1),
                    (Baik, 2),
                ],
                vec![],
            ),
            (
                O::Kurang,
                vec![(KurangMisconduct, 9), (ButuhPerbaikan, 1)],
                vec![],
            ),
            (
                O::Kurang,
                vec![
                    (KurangMisconduct, 5),
                    (ButuhPerbaikan, 1),
                    (SangatBaik, 1),
                    (Baik, 3),
                ],
                vec![(vec![KurangMisconduct], AtLeast(60))],
            ),
            (
                O::Kurang,
                vec![(KurangMisconduct, 6), (SangatBaik, 1), (SangatKurang, 3)],
                vec![(vec![ButuhPerbaikan], AtLeast(10))],
            ),
            (
                O::Kurang,
                vec![
                    (KurangMisconduct, 6),
                    (ButuhPerbaikan, 1),
                    (SangatBaik, 2),
                    (Baik, 1),
                ],
                vec![(vec![SangatBaik], AtMost(10))],
            ),
            (
                O::Kurang,
                vec![(SangatBaik, 10)],
                vec![
                    (vec![KurangMisconduct], AtLeast(60)),
                    (vec![ButuhPerbaikan], AtLeast(10)),
                    (vec![SangatBaik], AtMost(10)),
                ],
            ),
            // Sangat Kurang: Sangat Kurang at least 60 %; Kurang/Misconduct + Butuh Perbaikan
            // at least 10 %; no Sangat Baik.
            (
                O::SangatKurang,
                vec![(SangatKurang, 6), (KurangMisconduct, 1), (Baik, 3)],
                vec![],
            ),
            (
                O::SangatKurang,
                vec![(SangatKurang, 6), (ButuhPerbaikan, 1), (Baik, 3)],
                vec![],
            ),
            (
                O::SangatKurang,
                vec![(SangatKurang, 9), (KurangMisconduct, 1)],
                vec![],
            ),
            (
                O::SangatKurang,
                vec![(SangatKurang, 5), (KurangMisconduct, 2), (Baik, 3)],
                vec![(vec![SangatKurang], AtLeast(60))],
            ),
            (
                O::SangatKurang,
                vec![(SangatKurang, 6), (Baik, 4)],
                vec![(vec![KurangMisconduct, ButuhPerbaikan], AtLeast(10))],
            ),
            (
                O::SangatKurang,
                vec![
                    (SangatKurang, 6),
                    (KurangMisconduct, 1),
                    (SangatBaik, 1),
                    (Baik, 2),
                ],
                vec![(vec![SangatBaik], NoneAllowed)],
            ),
        ];
        for (org, parts, expected) in cases {
            let g = group(&parts);
            assert_eq!(g.len(), 10, "{org:?} {parts:?}");
            assert_eq!(broken(org, &g), expected, "{org:?} {parts:?}");
        }
    }

    #[test]
    fn violation_details_and_messages() {
        let g = group(&[(SangatBaik, 8), (Baik, 2)]);
        let v = &check_distribution(O::Istimewa, &g)[0];
        assert_eq!((v.required, v.actual, v.total), (7, 8, 10));
        assert_eq!(v.actual_percent, 80.0);

        // 60 % of 3 people is 1.8: two Butuh Perbaikan are required, so 2 of 3 conform and
        // 1 of 3 does not.
        let settings = KurvaSettings {
            min_group: 3,
            ..KurvaSettings::default()
        };
        let g = group(&[(ButuhPerbaikan, 2), (Baik, 1)]);
        assert!(check_distribution_with(O::ButuhPerbaikan, &g, &settings).is_empty());
        let g = group(&[(ButuhPerbaikan, 1), (Baik, 2)]);
        let v = &check_distribution_with(O::ButuhPerbaikan, &g, &settings)[0];
        assert_eq!(v.band.bound, Bound::AtLeast(60));
        assert_eq!((v.required, v.actual, v.total), (2, 1, 3));
        assert_eq!(
            v.message(),
            "Pola distribusi organisasi Butuh Perbaikan: Butuh Perbaikan paling sedikit 60% \
             (2 dari 3 pegawai), saat ini 1 pegawai (33,3%)"
        );

        let g = group(&[(Baik, 7), (SangatBaik, 3)]);
        let v = &check_distribution(O::Baik, &g)[0];
        assert_eq!(
            v.message(),
            "Pola distribusi organisasi Baik: paling sedikit 1 pegawai Butuh Perbaikan atau \
             Kurang/Misconduct, saat ini tidak ada"
        );
        let g = group(&[
            (SangatKurang, 6),
            (KurangMisconduct, 1),
            (SangatBaik, 1),
            (Baik, 2),
        ]);
        let v = &check_distribution(O::SangatKurang, &g)[0];
        assert_eq!(
            v.message(),
            "Pola distribusi organisasi Sangat Kurang: tidak boleh ada pegawai Sangat Baik, \
             saat ini 1 pegawai (10%)"
        );
        let g = group(&[(SangatKurang, 8), (Baik, 4)]);
        let v = &check_distribution(O::SangatKurang, &g)[0];
        assert_eq!(
            v.message(),
            "Pola distribusi organisasi Sangat Kurang: Kurang/Misconduct + Butuh Perbaikan \
             paling sedikit 10% (2 dari 12 pegawai), saat ini tidak ada"
        );
        let g = group(&[(SangatKurang, 4), (KurangMisconduct, 2), (Baik, 6)]);
        let v = &check_distribution(O::SangatKurang, &g)[0];
        assert_eq!(
            v.message(),
            "Pola distribusi organisasi Sangat Kurang: Sangat Kurang paling sedikit 60% \
             (8 dari 12 pegawai), saat ini 4 pegawai (33,3%)"
        );
        assert_eq!(v.to_string(), v.message());
    }

    #[test]
    fn rounding_rules() {
        use Rounding::*;
        // (rounding, percent, n, at_most, head count)
        let table = [
            (Strict, 70, 15, true, 10),
            (Strict, 60, 13, false, 8),
            (Lenient, 70, 15, true, 11),
            (Lenient, 60, 13, false, 7),
            (Floor, 70, 15, true, 10),
            (Floor, 60, 13, false, 7),
            (Ceil, 70, 15, true, 11),
            (Ceil, 60, 13, false, 8),
            (Nearest, 70, 15, true, 11), // 10.5
            (Nearest, 60, 13, false, 8), // 7.8
            (Nearest, 10, 14, true, 1),  // 1.4
            (Strict, 10, 9, true, 0),    // 0.9: no Sangat Baik in a group of 9
            (Lenient, 10, 9, true, 1),
            (Strict, 10, 10, true, 1), // the default minimum group allows one
            (Strict, 10, 1, false, 1), // at least 10 % of one person is that person
            (Floor, 10, 9, false, 0),  // rounds the floor away
        ];
        for (r, p, n, at_most, expected) in table {
            assert_eq!(
                r.head_count(p, n, at_most),
                expected,
                "{r:?} {p}% of {n}, at most {at_most}"
            );
        }
        // For multiples of 10 people every rule agrees with the exact percentage.
        for r in Rounding::ALL {
            for p in [10, 60, 70] {
                for at_most in [true, false] {
                    assert_eq!(r.head_count(p, 20, at_most), usize::from(p) / 5);
                }
            }
            assert_eq!(Rounding::from_code(r.code()), Some(r));
        }
        assert_eq!(Rounding::default(), Strict);
        assert_eq!(
            KurvaSettings::default(),
            KurvaSettings {
                min_group: 10,
                rounding: Strict
            }
        );
        let parsed: KurvaSettings = serde_json::from_str(r#"{"rounding":"NEAREST"}"#).unwrap();
        assert_eq!((parsed.min_group, parsed.rounding), (10, Nearest));
    }

    #[test]
    fn codes_labels_and_sebaran() {
        for o in PredikatOrganisasi::ALL {
            assert_eq!(PredikatOrganisasi::from_code(o.code()), Some(o));
            assert_eq!(PredikatOrganisasi::from_code(o.label()), Some(o));
            assert!(!bands(o).is_empty());
        }
        let g = group(&[
            (SangatBaik, 1),
            (Baik, 2),
            (ButuhPerbaikan, 3),
            (SangatKurang, 4),
        ]);
        let s = Sebaran::from_predikat(&g);
        assert_eq!(s, g.iter().copied().collect::<Sebaran>());
        assert_eq!(Predikat::ALL.map(|p| s.get(p)), [1, 2, 3, 0, 4]);
        assert_eq!(s.total(), 10);
        for (i, p) in Predikat::ALL.into_iter().enumerate() {
            assert_eq!(
                p as usize, i,
                "the tally relies on the order of Predikat::ALL"
            );
            let mut one = Sebaran::default();
            one.add(p, 1);
            assert_eq!(one, Sebaran::from_predikat(&[p]));
        }
        let json = serde_json::to_string(&bands(O::Baik)[1]).unwrap();
        assert_eq!(
            json,
            r#"{"organisasi":"BAIK","predikat":["BUTUH_PERBAIKAN","KURANG_MISCONDUCT"],"bound":{"kind":"AT_LEAST_ONE"}}"#
        );
        let back: Band = serde_json::from_str(&json).unwrap();
        assert_eq!(back, bands(O::Baik)[1]);
    }

    fn predikat() -> impl Strategy<Value = Predikat> {
        prop::sample::select(Predikat::ALL.to_vec())
    }

    fn organisasi() -> impl Strategy<Value = PredikatOrganisasi> {
        prop::sample::select(PredikatOrganisasi::ALL.to_vec())
    }

    fn settings() -> impl Strategy<Value = KurvaSettings> {
        (0usize..=25, prop::sample::select(Rounding::ALL.to_vec())).prop_map(
            |(min_group, rounding)| KurvaSettings {
                min_group,
                rounding,
            },
        )
    }

    /// A group and a permutation of it.
    fn group_and_shuffle() -> impl Strategy<Value = (Vec<Predikat>, Vec<Predikat>)> {
        prop::collection::vec(predikat(), 0..60)
            .prop_flat_map(|g| (Just(g.clone()), Just(g).prop_shuffle()))
    }

    proptest! {
        #[test]
        fn order_does_not_matter(
            org in organisasi(),
            s in settings(),
            (g, shuffled) in group_and_shuffle(),
        ) {
            prop_assert_eq!(
                check_distribution_with(org, &g, &s),
                check_distribution_with(org, &shuffled, &s)
            );
        }

        #[test]
        fn adding_sangat_baik_never_fixes_a_sangat_baik_ceiling(
            org in organisasi(),
            s in settings(),
            mut g in prop::collection::vec(predikat(), 0..60),
        ) {
            let sb_ceiling_broken = |g: &[Predikat]| {
                check_distribution_with(org, g, &s)
                    .iter()
                    .any(|v| v.band.predikat == [SangatBaik] && v.band.bound.is_ceiling())
            };
            if sb_ceiling_broken(&g) {
                g.push(SangatBaik);
                prop_assert!(sb_ceiling_broken(&g));
            }
        }

        #[test]
        fn small_groups_never_violate(
            org in organisasi(),
            s in settings(),
            g in prop::collection::vec(predikat(), 0..25),
        ) {
            prop_assume!(g.len() < s.min_group);
            prop_assert!(check_distribution_with(org, &g, &s).is_empty());
        }

        #[test]
        fn below_ten_never_violates_by_default(
            org in organisasi(),
            g in prop::collection::vec(predikat(), 0..10),
        ) {
            prop_assert!(check_distribution(org, &g).is_empty());
        }

        /// The default rule is the literal percentage: a band holds exactly when the actual
        /// percentage satisfies the bound as written.
        #[test]
        fn strict_is_the_literal_percentage(
            org in organisasi(),
            g in prop::collection::vec(predikat(), 10..80),
        ) {
            let s = Sebaran::from_predikat(&g);
            let n = g.len();
            let expected: Vec<Band> = bands(org)
                .into_iter()
                .filter(|b| {
                    let a = b.count(&s);
                    let holds = match b.bound {
                        Bound::AtMost(p) => a * 100 <= usize::from(p) * n,
                        Bound::AtLeast(p) => a * 100 >= usize::from(p) * n,
                        Bound::AtLeastOne => a >= 1,
                        Bound::NoneAllowed => a == 0,
                    };
                    !holds
                })
                .collect();
            let got: Vec<Band> = check_distribution(org, &g).into_iter().map(|v| v.band).collect();
            prop_assert_eq!(got, expected);
        }

        /// Every violation reports consistent numbers.
        #[test]
        fn violations_are_consistent(
            org in organisasi(),
            s in settings(),
            g in prop::collection::vec(predikat(), 0..60),
        ) {
            let sebaran = Sebaran::from_predikat(&g);
            for v in check_distribution_with(org, &g, &s) {
                prop_assert_eq!(v.total, g.len());
                prop_assert_eq!(v.actual, v.band.count(&sebaran));
                prop_assert_eq!(v.required, v.band.bound.head_count(g.len(), s.rounding));
                if v.band.bound.is_ceiling() {
                    prop_assert!(v.actual > v.required);
                } else {
                    prop_assert!(v.actual < v.required);
                }
                prop_assert!((v.actual_percent - 100.0 * v.actual as f64 / g.len() as f64).abs() < 1e-9);
                prop_assert!(!v.message().is_empty());
            }
        }

        /// Strict is never looser than any other rule on a ceiling, nor on a floor.
        #[test]
        fn rounding_stays_within_one_person(
            p in 0u8..=100,
            n in 0usize..500,
            at_most in any::<bool>(),
        ) {
            let exact = f64::from(p) * n as f64 / 100.0;
            for r in Rounding::ALL {
                let c = r.head_count(p, n, at_most) as f64;
                prop_assert!((c - exact).abs() < 1.0, "{:?} {} {}", r, c, exact);
            }
            let strict = Rounding::Strict.head_count(p, n, at_most);
            let lenient = Rounding::Lenient.head_count(p, n, at_most);
            if at_most {
                prop_assert!(strict as f64 <= exact && strict <= lenient);
            } else {
                prop_assert!(strict as f64 >= exact && strict >= lenient);
            }
        }
    }
}

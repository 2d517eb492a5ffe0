//! NIP (Nomor Induk Pegawai): 18 digits = birth date YYYYMMDD, appointment (TMT CPNS/PPPK)
//! YYYYMM, sex 1 (male) or 2 (female), and a 3-digit sequence number.

use chrono::{Datelike, NaiveDate};
use serde::{Deserialize, Serialize};
use std::fmt;

use super::lang::Lang;

#[derive(Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(try_from = "String", into = "String")]
pub struct Nip(String);

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum NipError {
    Length,
    NotDigits,
    BirthDate,
    AppointmentDate,
    AppointmentBeforeBirth,
    Sex,
    Sequence,
}

impl NipError {
    pub fn message(self, lang: Lang) -> &'static str {
        use NipError::*;
        match (self, lang) {
            (Length, Lang::Id) => "NIP harus 18 digit",
            (Length, Lang::En) => "NIP must have 18 digits",
            (NotDigits, Lang::Id) => "NIP hanya boleh berisi angka",
            (NotDigits, Lang::En) => "NIP may contain digits only",
            (BirthDate, Lang::Id) => "Tanggal lahir dalam NIP (digit 1–8) tidak valid",
            (BirthDate, Lang::En) => "The birth date in the NIP (digits 1–8) is invalid",
            (AppointmentDate, Lang::Id) => "Bulan pengangkatan dalam NIP (digit 9–14) tidak valid",
            (AppointmentDate, Lang::En) => {
                "The appointment month in the NIP (digits 9–14) is invalid"
            }
            (AppointmentBeforeBirth, Lang::Id) => {
                "Tanggal pengangkatan dalam NIP tidak boleh sebelum usia 17 tahun"
            }
            (AppointmentBeforeBirth, Lang::En) => {
                "The appointment date in the NIP cannot be before age 17"
            }
            (Sex, Lang::Id) => "Digit jenis kelamin dalam NIP (digit 15) harus 1 atau 2",
            (Sex, Lang::En) => "The sex digit in the NIP (digit 15) must be 1 or 2",
            (Sequence, Lang::Id) => "Nomor urut dalam NIP (digit 16–18) tidak boleh 000",
            (Sequence, Lang::En) => "The sequence number in the NIP (digits 16–18) cannot be 000",
        }
    }
}

impl fmt::Display for NipError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.message(Lang::Id))
    }
}

impl std::error::Error for NipError {}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum JenisKelamin {
    LakiLaki,
    Perempuan,
}

impl Nip {
    /// Validates an NIP. Spaces (as printed on documents: `19850412 201001 1 003`) are ignored.
    pub fn parse(input: &str) -> Result<Nip, NipError> {
        let s: String = input.chars().filter(|c| !c.is_whitespace()).collect();
        if !s.chars().all(|c| c.is_ascii_digit()) {
            return Err(NipError::NotDigits);
        }
        if s.len() != 18 {
            return Err(NipError::Length);
        }
        let num = |r: std::ops::Range<usize>| s[r].parse::<u32>().unwrap_or(0);
        let birth = NaiveDate::from_ymd_opt(num(0..4) as i32, num(4..6), num(6..8))
            .filter(|d| d.year() >= 1900)
            .ok_or(NipError::BirthDate)?;
        let (ay, am) = (num(8..12) as i32, num(12..14));
        let appointed = NaiveDate::from_ymd_opt(ay, am, 1)
            .filter(|_| ay >= 1945)
            .ok_or(NipError::AppointmentDate)?;
        if appointed.year() < birth.year() + 17 {
            return Err(NipError::AppointmentBeforeBirth);
        }
        if !matches!(&s[14..15], "1" | "2") {
            return Err(NipError::Sex);
        }
        if &s[15..18] == "000" {
            return Err(NipError::Sequence);
        }
        Ok(Nip(s))
    }

    pub fn as_str(&self) -> &str {
        &self.0
    }

    pub fn tanggal_lahir(&self) -> NaiveDate {
        let n = |r: std::ops::Range<usize>| self.0[r].parse::<u32>().unwrap_or(1);
        NaiveDate::from_ymd_opt(n(0..4) as i32, n(4..6), n(6..8)).unwrap_or_default()
    }

    pub fn jenis_kelamin(&self) -> JenisKelamin {
        if &self.0[14..15] == "1" {
            JenisKelamin::LakiLaki
        } else {
            JenisKelamin::Perempuan
        }
    }

    /// The printed form with the conventional spaces: `19850412 201001 1 003`.
    pub fn formatted(&self) -> String {
        let s = &self.0;
        format!("{} {} {} {}", &s[0..8], &s[8..14], &s[14..15], &s[15..18])
    }
}

impl TryFrom<String> for Nip {
    type Error = NipError;
    fn try_from(s: String) -> Result<Self, Self::Error> {
        Nip::parse(&s)
    }
}

impl From<Nip> for String {
    fn from(n: Nip) -> String {
        n.0
    }
}

impl fmt::Display for Nip {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    #[test]
    fn table() {
        let cases: &[(&str, Result<(), NipError>)] = &[
            ("198504122010011003", Ok(())),
            ("19850412 201001 1 003", Ok(())),
            ("199002292015032001", Err(NipError::BirthDate)), // 1990 is no leap year
            ("199202292015032001", Ok(())),                   // 1992 is
            ("19850412201001100", Err(NipError::Length)),
            ("1985041220100110031", Err(NipError::Length)),
            ("19850412201001100a", Err(NipError::NotDigits)),
            ("198513122010011003", Err(NipError::BirthDate)),
            ("198504122010131003", Err(NipError::AppointmentDate)),
            ("198504122000011003", Err(NipError::AppointmentBeforeBirth)),
            ("198504122010013003", Err(NipError::Sex)),
            ("198504122010011000", Err(NipError::Sequence)),
            ("", Err(NipError::Length)),
        ];
        for (input, want) in cases {
            assert_eq!(Nip::parse(input).map(|_| ()), *want, "{input}");
        }
    }

    #[test]
    fn parts() {
        let nip = Nip::parse("198504122010012003").unwrap();
        assert_eq!(
            nip.tanggal_lahir(),
            NaiveDate::from_ymd_opt(1985, 4, 12).unwrap()
        );
        assert_eq!(nip.jenis_kelamin(), JenisKelamin::Perempuan);
        assert_eq!(nip.formatted(), "19850412 201001 2 003");
    }

    proptest! {
        #[test]
        fn valid_parts_always_parse(
            y in 1950i32..2005, doy in 0u32..365, extra in 17i32..40, m in 1u32..=12,
            sex in 1u32..=2, seq in 1u32..=999
        ) {
            let birth = NaiveDate::from_yo_opt(y, doy + 1).unwrap();
            let s = format!("{}{:04}{:02}{}{:03}", birth.format("%Y%m%d"), y + extra, m, sex, seq);
            let nip = Nip::parse(&s).unwrap();
            prop_assert_eq!(nip.tanggal_lahir(), birth);
            prop_assert_eq!(Nip::parse(&nip.formatted()).unwrap(), nip);
        }

        #[test]
        fn never_panics(s in "\\PC{0,30}") {
            let _ = Nip::parse(&s);
        }
    }
}

//! Positions (jabatan) and the jenjang of functional positions.

use serde::{Deserialize, Serialize};

/// The kind of position. JPT plans with perspektif; everyone else intervenes a superior RHK.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "SCREAMING_SNAKE_CASE")]
pub enum JenisJabatan {
    JptUtama,
    JptMadya,
    JptPratama,
    Administrator,
    Pengawas,
    Pelaksana,
    Fungsional,
}

impl JenisJabatan {
    pub const ALL: [JenisJabatan; 7] = [
        JenisJabatan::JptUtama,
        JenisJabatan::JptMadya,
        JenisJabatan::JptPratama,
        JenisJabatan::Administrator,
        JenisJabatan::Pengawas,
        JenisJabatan::Pelaksana,
        JenisJabatan::Fungsional,
    ];

    pub fn is_jpt(self) -> bool {
        matches!(self, Self::JptUtama | Self::JptMadya | Self::JptPratama)
    }

    /// The code stored in the database and used in import files.
    pub fn code(self) -> &'static str {
        match self {
            Self::JptUtama => "JPT_UTAMA",
            Self::JptMadya => "JPT_MADYA",
            Self::JptPratama => "JPT_PRATAMA",
            Self::Administrator => "ADMINISTRATOR",
            Self::Pengawas => "PENGAWAS",
            Self::Pelaksana => "PELAKSANA",
            Self::Fungsional => "FUNGSIONAL",
        }
    }

    pub fn from_code(code: &str) -> Option<Self> {
        let c = code.trim().to_ascii_uppercase().replace([' ', '-'], "_");
        Self::ALL.into_iter().find(|j| j.code() == c)
    }

    pub fn label(self) -> &'static str {
        match self {
            Self::JptUtama => "JPT Utama",
            Self::JptMadya => "JPT Madya",
            Self::JptPratama => "JPT Pratama",
            Self::Administrator => "Administrator",
            Self::Pengawas => "Pengawas",
            Self::Pelaksana => "Pelaksana",
            Self::Fungsional => "Fungsional",
        }
    }
}

/// Jenjang of a functional position (keahlian: Ahli *, keterampilan: the rest).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "SCREAMING_SNAKE_CASE")]
pub enum Jenjang {
    Pemula,
    Terampil,
    Mahir,
    Penyelia,
    AhliPertama,
    AhliMuda,
    AhliMadya,
    AhliUtama,
}

impl Jenjang {
    pub const ALL: [Jenjang; 8] = [
        Jenjang::Pemula,
        Jenjang::Terampil,
        Jenjang::Mahir,
        Jenjang::Penyelia,
        Jenjang::AhliPertama,
        Jenjang::AhliMuda,
        Jenjang::AhliMadya,
        Jenjang::AhliUtama,
    ];

    pub fn code(self) -> &'static str {
        match self {
            Self::Pemula => "PEMULA",
            Self::Terampil => "TERAMPIL",
            Self::Mahir => "MAHIR",
            Self::Penyelia => "PENYELIA",
            Self::AhliPertama => "AHLI_PERTAMA",
            Self::AhliMuda => "AHLI_MUDA",
            Self::AhliMadya => "AHLI_MADYA",
            Self::AhliUtama => "AHLI_UTAMA",
        }
    }

    pub fn from_code(code: &str) -> Option<Self> {
        let c = code.trim().to_ascii_uppercase().replace([' ', '-'], "_");
        Self::ALL.into_iter().find(|j| j.code() == c)
    }

    pub fn label(self) -> &'static str {
        match self {
            Self::Pemula => "Pemula",
            Self::Terampil => "Terampil",
            Self::Mahir => "Mahir",
            Self::Penyelia => "Penyelia",
            Self::AhliPertama => "Ahli Pertama",
            Self::AhliMuda => "Ahli Muda",
            Self::AhliMadya => "Ahli Madya",
            Self::AhliUtama => "Ahli Utama",
        }
    }
}

/// A jenjang belongs only to a functional position, and a functional position needs one.
pub fn check_jenjang(jenis: JenisJabatan, jenjang: Option<Jenjang>) -> Result<(), &'static str> {
    match (jenis, jenjang) {
        (JenisJabatan::Fungsional, None) => Err("Jabatan fungsional wajib memiliki jenjang"),
        (JenisJabatan::Fungsional, Some(_)) | (_, None) => Ok(()),
        (_, Some(_)) => Err("Jenjang hanya untuk jabatan fungsional"),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn codes_round_trip() {
        for j in JenisJabatan::ALL {
            assert_eq!(JenisJabatan::from_code(j.code()), Some(j));
        }
        for j in Jenjang::ALL {
            assert_eq!(Jenjang::from_code(j.code()), Some(j));
        }
        assert_eq!(
            JenisJabatan::from_code("jpt pratama"),
            Some(JenisJabatan::JptPratama)
        );
        assert_eq!(Jenjang::from_code("Ahli Muda"), Some(Jenjang::AhliMuda));
        assert_eq!(JenisJabatan::from_code("menteri"), None);
    }

    #[test]
    fn jenjang_rule() {
        assert!(check_jenjang(JenisJabatan::Fungsional, Some(Jenjang::AhliMuda)).is_ok());
        assert!(check_jenjang(JenisJabatan::Fungsional, None).is_err());
        assert!(check_jenjang(JenisJabatan::Pelaksana, Some(Jenjang::Mahir)).is_err());
        assert!(check_jenjang(JenisJabatan::Pengawas, None).is_ok());
        assert!(JenisJabatan::JptMadya.is_jpt() && !JenisJabatan::Administrator.is_jpt());
    }
}

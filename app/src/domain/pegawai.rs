//! Employees: PNS or PPPK, and their rank (pangkat/golongan).

use serde::{Deserialize, Serialize};

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "UPPERCASE")]
pub enum StatusAsn {
    Pns,
    Pppk,
}

impl StatusAsn {
    pub fn code(self) -> &'static str {
        match self {
            Self::Pns => "PNS",
            Self::Pppk => "PPPK",
        }
    }

    pub fn from_code(code: &str) -> Option<Self> {
        match code.trim().to_ascii_uppercase().as_str() {
            "PNS" => Some(Self::Pns),
            "PPPK" => Some(Self::Pppk),
            _ => None,
        }
    }
}

/// PNS ranks (golongan/ruang) with their pangkat names, lowest first (PP 99/2000).
pub const PANGKAT_PNS: [(&str, &str); 17] = [
    ("I/a", "Juru Muda"),
    ("I/b", "Juru Muda Tingkat I"),
    ("I/c", "Juru"),
    ("I/d", "Juru Tingkat I"),
    ("II/a", "Pengatur Muda"),
    ("II/b", "Pengatur Muda Tingkat I"),
    ("II/c", "Pengatur"),
    ("II/d", "Pengatur Tingkat I"),
    ("III/a", "Penata Muda"),
    ("III/b", "Penata Muda Tingkat I"),
    ("III/c", "Penata"),
    ("III/d", "Penata Tingkat I"),
    ("IV/a", "Pembina"),
    ("IV/b", "Pembina Tingkat I"),
    ("IV/c", "Pembina Utama Muda"),
    ("IV/d", "Pembina Utama Madya"),
    ("IV/e", "Pembina Utama"),
];

/// PPPK grades (golongan I–XVII, Perpres 98/2020).
pub const GOLONGAN_PPPK: [&str; 17] = [
    "I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X", "XI", "XII", "XIII", "XIV", "XV",
    "XVI", "XVII",
];

/// Normalises a golongan for the status (`iii/B` → `III/b`, `ix` → `IX`), or says why not.
pub fn normalise_golongan(status: StatusAsn, input: &str) -> Result<String, String> {
    let t = input.trim();
    match status {
        StatusAsn::Pns => {
            let norm = match t.split_once('/') {
                Some((g, r)) => format!("{}/{}", g.trim().to_uppercase(), r.trim().to_lowercase()),
                None => String::new(),
            };
            PANGKAT_PNS
                .iter()
                .find(|(g, _)| *g == norm)
                .map(|(g, _)| g.to_string())
                .ok_or_else(|| format!("Golongan PNS '{t}' tidak dikenal (contoh: III/a)"))
        }
        StatusAsn::Pppk => {
            let up = t.to_uppercase();
            GOLONGAN_PPPK
                .iter()
                .find(|g| **g == up)
                .map(|g| g.to_string())
                .ok_or_else(|| format!("Golongan PPPK '{t}' tidak dikenal (I sampai XVII)"))
        }
    }
}

/// "Penata Muda (III/a)" for PNS, "IX" for PPPK.
pub fn pangkat_label(golongan: &str) -> String {
    match PANGKAT_PNS.iter().find(|(g, _)| *g == golongan) {
        Some((g, p)) => format!("{p} ({g})"),
        None => golongan.to_string(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn golongan() {
        assert_eq!(
            normalise_golongan(StatusAsn::Pns, "iii/B").unwrap(),
            "III/b"
        );
        assert_eq!(
            normalise_golongan(StatusAsn::Pns, " IV / e ").unwrap(),
            "IV/e"
        );
        assert!(normalise_golongan(StatusAsn::Pns, "IV/f").is_err());
        assert!(normalise_golongan(StatusAsn::Pns, "IX").is_err());
        assert_eq!(normalise_golongan(StatusAsn::Pppk, "ix").unwrap(), "IX");
        assert!(normalise_golongan(StatusAsn::Pppk, "XVIII").is_err());
        assert!(normalise_golongan(StatusAsn::Pppk, "III/a").is_err());
        assert_eq!(pangkat_label("III/a"), "Penata Muda (III/a)");
        assert_eq!(pangkat_label("IX"), "IX");
    }
}

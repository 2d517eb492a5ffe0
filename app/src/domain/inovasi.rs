//! Innovation records: an employee's idea or innovation, from idea to prototype to
//! implemented, with the problem it solves, the solution, links and the measured impact,
//! optionally linked to one of their RHK. The rules that need no database.

use crate::domain::problem::{optional_text, required_text, Problem};
use crate::domain::realisasi::check_tautan;

pub const MAX_JUDUL: usize = 200;
pub const MAX_TEKS: usize = 2000;
pub const MAX_TAUTAN: usize = 5;

crate::code_enum! {
    /// How far an innovation has come.
    pub enum StatusInovasi {
        Ide = ("IDE", "Ide"),
        Prototipe = ("PROTOTIPE", "Prototipe"),
        Diterapkan = ("DITERAPKAN", "Diterapkan"),
    }
}

/// What an employee writes about an innovation.
pub struct Isian<'a> {
    pub judul: &'a str,
    pub masalah: &'a str,
    pub solusi: &'a str,
    pub status: &'a str,
    pub tautan: &'a [String],
    pub dampak: &'a str,
}

/// The checked record: the status and the links, trimmed, without empty ones.
#[derive(Debug, PartialEq)]
pub struct Tercek {
    pub status: StatusInovasi,
    pub tautan: Vec<String>,
}

/// Checks an innovation record. An implemented innovation must state its measured impact.
///
/// ```
/// use app::domain::inovasi::{check, Isian, StatusInovasi};
/// let links = vec!["https://drive.example.go.id/x".to_string(), " ".to_string()];
/// let ok = check(&Isian { judul: "Antrean daring", masalah: "Antre lama", solusi: "Nomor antre lewat WA",
///     status: "prototipe", tautan: &links, dampak: "" }).unwrap();
/// assert_eq!(ok.status, StatusInovasi::Prototipe);
/// assert_eq!(ok.tautan.len(), 1);
/// let no_impact = check(&Isian { judul: "Antrean daring", masalah: "Antre lama", solusi: "WA",
///     status: "DITERAPKAN", tautan: &[], dampak: " " }).unwrap_err();
/// assert_eq!(no_impact[0].field, "impact");
/// ```
pub fn check(i: &Isian) -> Result<Tercek, Vec<Problem>> {
    let mut problems: Vec<Problem> = [
        required_text("title", "Judul inovasi", i.judul, MAX_JUDUL),
        required_text("problem", "Masalah", i.masalah, MAX_TEKS),
        required_text("solution", "Solusi", i.solusi, MAX_TEKS),
        optional_text("impact", "Dampak", i.dampak, MAX_TEKS),
    ]
    .into_iter()
    .flatten()
    .collect();
    let status = StatusInovasi::from_code(i.status);
    match status {
        None => problems.push(Problem::new(
            "status",
            format!("Status inovasi tidak dikenal: {}", i.status),
            format!("Unknown innovation status: {}", i.status),
        )),
        Some(StatusInovasi::Diterapkan) if i.dampak.trim().is_empty() => {
            problems.push(Problem::new(
                "impact",
                "Inovasi yang sudah diterapkan wajib menyebut dampak terukurnya",
                "An implemented innovation must state its measured impact",
            ))
        }
        _ => {}
    }
    let mut tautan = vec![];
    for t in i.tautan.iter().filter(|t| !t.trim().is_empty()) {
        match check_tautan(t) {
            Ok(u) => tautan.push(u),
            Err(p) => problems.push(p),
        }
    }
    if tautan.len() > MAX_TAUTAN {
        problems.push(Problem::new(
            "links",
            format!("Paling banyak {MAX_TAUTAN} tautan"),
            format!("At most {MAX_TAUTAN} links"),
        ));
    }
    match (status, problems.is_empty()) {
        (Some(status), true) => Ok(Tercek { status, tautan }),
        _ => Err(problems),
    }
}

/// Links as stored: one per line.
pub fn tautan_text(tautan: &[String]) -> String {
    tautan.join("\n")
}

pub fn tautan_list(s: &str) -> Vec<String> {
    s.lines()
        .filter(|l| !l.trim().is_empty())
        .map(str::to_string)
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    fn isian<'a>(status: &'a str, tautan: &'a [String], dampak: &'a str) -> Isian<'a> {
        Isian {
            judul: "Antrean daring",
            masalah: "Antrean pelayanan KTP lebih dari dua jam",
            solusi: "Nomor antrean lewat WhatsApp",
            status,
            tautan,
            dampak,
        }
    }

    #[test]
    fn table() {
        let good = vec!["https://a.example.go.id/x".to_string()];
        let bad = vec!["ftp://a.example.go.id/x".to_string()];
        let many: Vec<String> = (0..6).map(|i| format!("https://a.example/{i}")).collect();
        let cases: [(&str, &[String], &str, Option<&str>); 7] = [
            ("IDE", &[], "", None),
            ("prototipe", &good, "", None),
            (
                "DITERAPKAN",
                &good,
                "Waktu tunggu turun dari 120 ke 25 menit",
                None,
            ),
            ("DITERAPKAN", &good, "", Some("impact")),
            ("SELESAI", &[], "", Some("status")),
            ("IDE", &bad, "", Some("links")),
            ("IDE", &many, "", Some("links")),
        ];
        for (status, tautan, dampak, err) in cases {
            let got = check(&isian(status, tautan, dampak));
            match err {
                None => assert!(got.is_ok(), "{status} {tautan:?}: {got:?}"),
                Some(f) => assert_eq!(got.unwrap_err()[0].field, f, "{status} {tautan:?}"),
            }
        }
        let empty = Isian {
            judul: " ",
            masalah: "",
            solusi: "",
            status: "IDE",
            tautan: &[],
            dampak: "",
        };
        let fields: Vec<_> = check(&empty)
            .unwrap_err()
            .into_iter()
            .map(|p| p.field)
            .collect();
        assert_eq!(fields, ["title", "problem", "solution"]);
    }

    proptest! {
        #[test]
        fn stored_links_round_trip(v in proptest::collection::vec("https://[a-z]{1,8}\\.go\\.id/[a-z0-9]{0,8}", 0..5)) {
            prop_assert_eq!(tautan_list(&tautan_text(&v)), v);
        }
    }
}

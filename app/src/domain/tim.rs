//! Squads (*tim kerja*) and the Matriks Peran Hasil (DOMAIN.md §3): members from any unit with
//! a role and an effort allocation, the matrix whose cells become RHK in the members' SKP,
//! and the workload of people who work in several squads beside their home unit.
//!
//! Workload rule (documented default): a person's time is 100 %. Each squad role takes its
//! allocation; what is left is home-unit work (never below 0). The total is squads + home,
//! so it rises above 100 % exactly when the squads alone take more than all of the time,
//! which is flagged.

use super::problem::{required_text, Problem};

crate::code_enum! {
    /// The kind of role a member has in a squad; `Lainnya` carries a named role
    /// ("analis data") in `nama_peran`.
    pub enum PeranTim {
        Ketua = ("KETUA", "Ketua tim"),
        Koordinator = ("KOORDINATOR", "Koordinator"),
        Anggota = ("ANGGOTA", "Anggota"),
        Lainnya = ("LAINNYA", "Peran khusus"),
    }
}

pub const MAX_NAMA: usize = 200;
pub const MAX_TUJUAN: usize = 2000;
pub const MAX_NAMA_PERAN: usize = 100;
/// Members (roles) per squad, columns and cells per matrix: bounds of one request.
pub const MAX_ANGGOTA: usize = 200;
pub const MAX_KOLOM: usize = 30;
pub const MAX_SEL: usize = 2000;

/// Trims and collapses inner whitespace ("  analis   data " → "analis data").
pub fn normalise(s: &str) -> String {
    s.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// The text shown for a role: the kind's label, or the named role.
///
/// ```
/// use app::domain::tim::{peran_label, PeranTim};
/// assert_eq!(peran_label(PeranTim::Ketua, ""), "Ketua tim");
/// assert_eq!(peran_label(PeranTim::Lainnya, " analis  data"), "analis data");
/// ```
pub fn peran_label(peran: PeranTim, nama_peran: &str) -> String {
    match peran {
        PeranTim::Lainnya => normalise(nama_peran),
        p => p.label().to_string(),
    }
}

/// The key that makes a role unique for one person in one squad (case-insensitive name).
pub fn peran_key(peran: PeranTim, nama_peran: &str) -> (PeranTim, String) {
    match peran {
        PeranTim::Lainnya => (peran, normalise(nama_peran).to_lowercase()),
        p => (p, String::new()),
    }
}

/// An allocation is a whole percentage of the person's time, 0–100.
///
/// ```
/// use app::domain::tim::check_alokasi;
/// assert!(check_alokasi(0).is_none());
/// assert!(check_alokasi(100).is_none());
/// assert!(check_alokasi(101).is_some());
/// assert!(check_alokasi(-1).is_some());
/// ```
pub fn check_alokasi(alokasi: i64) -> Option<Problem> {
    (!(0..=100).contains(&alokasi)).then(|| {
        Problem::new(
            "alokasi",
            "Alokasi waktu harus 0–100 %",
            "The time allocation must be 0–100 %",
        )
    })
}

/// The checks of a member's role that need no database: the allocation, and a name for a
/// named role (and none for the other kinds).
pub fn check_peran(peran: PeranTim, nama_peran: Option<&str>, alokasi: i64) -> Vec<Problem> {
    let mut out: Vec<Problem> = check_alokasi(alokasi).into_iter().collect();
    let nama = nama_peran.unwrap_or_default();
    match peran {
        PeranTim::Lainnya => {
            out.extend(required_text(
                "nama_peran",
                "Nama peran",
                nama,
                MAX_NAMA_PERAN,
            ));
        }
        _ if !nama.trim().is_empty() => out.push(Problem::new(
            "nama_peran",
            "Nama peran hanya untuk peran khusus (LAINNYA)",
            "A role name is only for a named role (LAINNYA)",
        )),
        _ => {}
    }
    out
}

/// The squad's own fields: name (required) and purpose (optional).
pub fn check_tim(nama: &str, tujuan: &str) -> Vec<Problem> {
    let mut out: Vec<Problem> = required_text("nama", "Nama tim", nama, MAX_NAMA)
        .into_iter()
        .collect();
    out.extend(super::problem::optional_text(
        "tujuan",
        "Tujuan tim",
        tujuan,
        MAX_TUJUAN,
    ));
    out
}

/// A cell of the matrix that says "no role here": empty, `x` or `-`.
///
/// ```
/// use app::domain::tim::is_kosong;
/// assert!(is_kosong(" x "));
/// assert!(is_kosong("-"));
/// assert!(!is_kosong("Tersusunnya dasbor data"));
/// ```
pub fn is_kosong(judul: &str) -> bool {
    matches!(judul.trim(), "" | "x" | "X" | "-")
}

/// The workload of one person in a period.
#[derive(Clone, Copy, Debug, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
#[cfg_attr(feature = "ssr", derive(utoipa::ToSchema))]
pub struct Beban {
    /// Sum of the allocations of the person's squad roles, in %.
    pub tim: i64,
    /// What is left for home-unit work, in % (never below 0).
    pub unit: i64,
    /// `tim + unit`: 100, or more when the squads take more than all of the time.
    pub total: i64,
    /// Above 100 %.
    pub lebih: bool,
}

/// The workload from the allocations of a person's squad roles.
///
/// ```
/// use app::domain::tim::beban;
/// let b = beban(&[30, 20]);
/// assert_eq!((b.tim, b.unit, b.total, b.lebih), (50, 50, 100, false));
/// let b = beban(&[60, 50]);
/// assert_eq!((b.tim, b.unit, b.total, b.lebih), (110, 0, 110, true));
/// ```
pub fn beban(alokasi_tim: &[i64]) -> Beban {
    let tim: i64 = alokasi_tim.iter().map(|a| a.clamp(&0, &100)).sum();
    let unit = (100 - tim).max(0);
    Beban {
        tim,
        unit,
        total: tim + unit,
        lebih: tim + unit > 100,
    }
}

/// The share of effort of each result: a role's allocation split equally among its results
/// (RHK). `shares(30, 3)` gives 10 % each; no results, no share.
pub fn share(alokasi: i64, results: usize) -> f64 {
    if results == 0 {
        0.0
    } else {
        alokasi as f64 / results as f64
    }
}

/// How much of a unit's people's time goes to squads.
#[derive(Clone, Copy, Debug, Default, PartialEq)]
pub struct PorsiUnit {
    pub pegawai: i64,
    /// People with at least one squad role.
    pub di_tim: i64,
    /// People above 100 %.
    pub lebih: i64,
    /// Sum of squad allocations over the people ÷ (100 × people): 0–1 and above.
    pub porsi_tim: f64,
}

/// Aggregates the squad sums of a unit's people (one entry per person, in %).
///
/// ```
/// use app::domain::tim::porsi_unit;
/// let p = porsi_unit(&[0, 50, 150, 0]);
/// assert_eq!((p.pegawai, p.di_tim, p.lebih), (4, 2, 1));
/// assert_eq!(p.porsi_tim, 0.5);
/// ```
pub fn porsi_unit(tim_per_pegawai: &[i64]) -> PorsiUnit {
    let n = tim_per_pegawai.len() as i64;
    let sum: i64 = tim_per_pegawai.iter().sum();
    PorsiUnit {
        pegawai: n,
        di_tim: tim_per_pegawai.iter().filter(|t| **t > 0).count() as i64,
        lebih: tim_per_pegawai.iter().filter(|t| **t > 100).count() as i64,
        porsi_tim: if n == 0 {
            0.0
        } else {
            sum as f64 / (100.0 * n as f64)
        },
    }
}

/// A cell of the matrix as it is stored: the row (a member's role), the column, the text of
/// the role as a result, and whether it is retired.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct SelLama {
    pub id: String,
    pub anggota_id: String,
    pub kolom_id: String,
    pub judul: String,
    pub pensiun: bool,
}

/// A cell as the editor sends it (already without the "x" cells).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct SelBaru {
    pub anggota_id: String,
    pub kolom_id: String,
    pub judul: String,
    /// New IKI were given for its RHK.
    pub iki_baru: bool,
}

/// What saving the matrix does to one cell and its RHK.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Langkah {
    /// A new cell: a new RHK in the member's SKP (input index into `baru`).
    Buat(usize),
    /// A retired cell comes back: its RHK is reactivated with the new text (`sel` id).
    Aktifkan { sel: String, baru: usize },
    /// The text (or the IKI) changed: the RHK is updated.
    Ubah { sel: String, baru: usize },
    /// Unchanged.
    Tetap { sel: String },
    /// The cell is gone: its RHK is retired and kept, with its history.
    Pensiun { sel: String },
}

/// Compares the stored matrix with the edited one, cell by (row, column). Duplicate cells in
/// `baru` are refused by the caller before this (see [`check_matriks`]).
pub fn diff_matriks(lama: &[SelLama], baru: &[SelBaru]) -> Vec<Langkah> {
    use std::collections::HashMap;
    let key = |a: &str, k: &str| (a.to_string(), k.to_string());
    let mut aktif: HashMap<(String, String), &SelLama> = HashMap::new();
    let mut pensiun: HashMap<(String, String), &SelLama> = HashMap::new();
    for s in lama {
        let map = if s.pensiun { &mut pensiun } else { &mut aktif };
        // the newest stored row per key wins (rows come oldest first)
        map.insert(key(&s.anggota_id, &s.kolom_id), s);
    }
    let mut out = vec![];
    let mut seen = std::collections::HashSet::new();
    for (i, b) in baru.iter().enumerate() {
        let k = key(&b.anggota_id, &b.kolom_id);
        seen.insert(k.clone());
        match (aktif.get(&k), pensiun.get(&k)) {
            (Some(s), _) if normalise(&s.judul) == normalise(&b.judul) && !b.iki_baru => {
                out.push(Langkah::Tetap { sel: s.id.clone() })
            }
            (Some(s), _) => out.push(Langkah::Ubah {
                sel: s.id.clone(),
                baru: i,
            }),
            (None, Some(s)) => out.push(Langkah::Aktifkan {
                sel: s.id.clone(),
                baru: i,
            }),
            (None, None) => out.push(Langkah::Buat(i)),
        }
    }
    let mut gone: Vec<&&SelLama> = aktif
        .iter()
        .filter(|(k, _)| !seen.contains(*k))
        .map(|(_, s)| s)
        .collect();
    gone.sort_by(|a, b| a.id.cmp(&b.id));
    out.extend(
        gone.into_iter()
            .map(|s| Langkah::Pensiun { sel: s.id.clone() }),
    );
    out
}

/// The checks of an edited matrix that need no database: bounds, one cell per (row,
/// column), a text for each cell, columns with a title. `kolom` are the column titles;
/// `sel` the (row, column index, text) of the cells that are not "x".
pub fn check_matriks(kolom: &[&str], sel: &[(&str, usize, &str)]) -> Vec<Problem> {
    let mut out = vec![];
    if kolom.len() > MAX_KOLOM {
        out.push(Problem::new(
            "kolom",
            format!("Paling banyak {MAX_KOLOM} kolom"),
            format!("At most {MAX_KOLOM} columns"),
        ));
    }
    if sel.len() > MAX_SEL {
        out.push(Problem::new(
            "sel",
            format!("Paling banyak {MAX_SEL} sel"),
            format!("At most {MAX_SEL} cells"),
        ));
    }
    for (i, k) in kolom.iter().enumerate() {
        out.extend(
            required_text("judul", "Judul kolom", k, super::skp::MAX_JUDUL)
                .map(|p| p.under(&format!("kolom[{i}]"))),
        );
    }
    let mut seen = std::collections::HashSet::new();
    for (i, (row, col, judul)) in sel.iter().enumerate() {
        let at = format!("sel[{i}]");
        if *col >= kolom.len() {
            out.push(Problem::new(
                format!("{at}.kolom"),
                "Kolom sel tidak ada dalam matriks",
                "The cell's column is not in the matrix",
            ));
        }
        if !seen.insert((*row, *col)) {
            out.push(Problem::new(
                at.clone(),
                "Satu anggota hanya memiliki satu sel per kolom",
                "A member has one cell per column",
            ));
        }
        out.extend(
            required_text("judul", "Peran sebagai hasil", judul, super::skp::MAX_JUDUL)
                .map(|p| p.under(&at)),
        );
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    #[test]
    fn allocation_table() {
        for (a, ok) in [
            (-5, false),
            (-1, false),
            (0, true),
            (1, true),
            (50, true),
            (100, true),
            (101, false),
            (1000, false),
        ] {
            assert_eq!(check_alokasi(a).is_none(), ok, "{a}");
        }
    }

    #[test]
    fn roles() {
        assert!(check_peran(PeranTim::Anggota, None, 20).is_empty());
        assert!(check_peran(PeranTim::Lainnya, Some("analis data"), 20).is_empty());
        let p = check_peran(PeranTim::Lainnya, Some("  "), 120);
        let fields: Vec<_> = p.iter().map(|p| p.field.as_str()).collect();
        assert_eq!(fields, ["alokasi", "nama_peran"]);
        assert_eq!(
            check_peran(PeranTim::Ketua, Some("x"), 0)[0].field,
            "nama_peran"
        );
        assert_eq!(
            peran_key(PeranTim::Lainnya, "Analis  Data"),
            peran_key(PeranTim::Lainnya, "analis data")
        );
        assert_ne!(
            peran_key(PeranTim::Anggota, ""),
            peran_key(PeranTim::Koordinator, "")
        );
        assert_eq!(
            PeranTim::from_code("koordinator"),
            Some(PeranTim::Koordinator)
        );
    }

    #[test]
    fn workload_table() {
        // (squad allocations, tim, unit, total, flagged)
        let table: &[(&[i64], i64, i64, i64, bool)] = &[
            (&[], 0, 100, 100, false),
            (&[100], 100, 0, 100, false),
            (&[40, 40, 20], 100, 0, 100, false),
            (&[40, 40, 21], 101, 0, 101, true),
            (&[25, 25], 50, 50, 100, false),
            (&[80, 80], 160, 0, 160, true),
        ];
        for (a, tim, unit, total, lebih) in table {
            assert_eq!(
                beban(a),
                Beban {
                    tim: *tim,
                    unit: *unit,
                    total: *total,
                    lebih: *lebih
                },
                "{a:?}"
            );
        }
        assert_eq!(share(30, 3), 10.0);
        assert_eq!(share(30, 0), 0.0);
        assert_eq!(porsi_unit(&[]), PorsiUnit::default());
    }

    fn lama(id: &str, a: &str, k: &str, judul: &str, pensiun: bool) -> SelLama {
        SelLama {
            id: id.into(),
            anggota_id: a.into(),
            kolom_id: k.into(),
            judul: judul.into(),
            pensiun,
        }
    }
    fn baru(a: &str, k: &str, judul: &str) -> SelBaru {
        SelBaru {
            anggota_id: a.into(),
            kolom_id: k.into(),
            judul: judul.into(),
            iki_baru: false,
        }
    }

    #[test]
    fn matrix_diff_table() {
        let stored = [
            lama("s1", "a1", "k1", "Dasbor data", false),
            lama("s2", "a1", "k2", "Laporan", false),
            lama("s3", "a2", "k1", "Survei", true),
            lama("s4", "a2", "k2", "Analisis", false),
        ];
        let edited = [
            baru("a1", "k1", " Dasbor  data "),  // same text: kept
            baru("a1", "k2", "Laporan akhir"),   // changed: updated
            baru("a2", "k1", "Survei lapangan"), // was retired: reactivated
            baru("a3", "k1", "Publikasi"),       // new
        ];
        assert_eq!(
            diff_matriks(&stored, &edited),
            vec![
                Langkah::Tetap { sel: "s1".into() },
                Langkah::Ubah {
                    sel: "s2".into(),
                    baru: 1
                },
                Langkah::Aktifkan {
                    sel: "s3".into(),
                    baru: 2
                },
                Langkah::Buat(3),
                Langkah::Pensiun { sel: "s4".into() },
            ]
        );
        let mut new_iki = baru("a1", "k1", "Dasbor data");
        new_iki.iki_baru = true;
        assert_eq!(
            diff_matriks(&stored[..1], &[new_iki]),
            vec![Langkah::Ubah {
                sel: "s1".into(),
                baru: 0
            }]
        );
        assert_eq!(diff_matriks(&[], &[]), vec![]);
    }

    #[test]
    fn matrix_checks() {
        assert!(check_matriks(&["Data"], &[("a1", 0, "Dasbor")]).is_empty());
        let p = check_matriks(
            &["Data", " "],
            &[("a1", 0, "Dasbor"), ("a1", 0, "Lagi"), ("a2", 5, "X")],
        );
        let fields: Vec<_> = p.iter().map(|p| p.field.as_str()).collect();
        assert_eq!(fields, ["kolom[1].judul", "sel[1]", "sel[2].kolom"]);
    }

    fn cells() -> impl Strategy<Value = Vec<(u8, u8, u8)>> {
        prop::collection::vec((0u8..5, 0u8..4, 0u8..3), 0..20)
    }

    fn to_lama(v: &[(u8, u8, u8)], pensiun_every: usize) -> Vec<SelLama> {
        let mut seen = std::collections::HashSet::new();
        v.iter()
            .enumerate()
            .filter(|(_, (a, k, _))| seen.insert((*a, *k)))
            .map(|(i, (a, k, t))| {
                lama(
                    &format!("s{i}"),
                    &format!("a{a}"),
                    &format!("k{k}"),
                    &format!("t{t}"),
                    pensiun_every > 0 && i % pensiun_every == 0,
                )
            })
            .collect()
    }

    fn to_baru(v: &[(u8, u8, u8)]) -> Vec<SelBaru> {
        let mut seen = std::collections::HashSet::new();
        v.iter()
            .filter(|(a, k, _)| seen.insert((*a, *k)))
            .map(|(a, k, t)| baru(&format!("a{a}"), &format!("k{k}"), &format!("t{t}")))
            .collect()
    }

    proptest! {
        /// After the steps, the active cells are exactly the edited ones; each stored active
        /// cell is kept, changed or retired once; nothing is both created and retired.
        #[test]
        fn diff_reaches_the_edited_matrix(old in cells(), new in cells(), every in 0usize..4) {
            let lama = to_lama(&old, every);
            let baru = to_baru(&new);
            let steps = diff_matriks(&lama, &baru);
            let by_id: std::collections::HashMap<&str, &SelLama> = lama.iter().map(|s| (s.id.as_str(), s)).collect();
            let mut active: std::collections::HashSet<(String, String)> = lama.iter().filter(|s| !s.pensiun).map(|s| (s.anggota_id.clone(), s.kolom_id.clone())).collect();
            let mut touched = std::collections::HashSet::new();
            for st in &steps {
                match st {
                    Langkah::Buat(i) => { prop_assert!(active.insert((baru[*i].anggota_id.clone(), baru[*i].kolom_id.clone()))); }
                    Langkah::Aktifkan { sel, .. } => {
                        let s = by_id[sel.as_str()];
                        prop_assert!(s.pensiun);
                        prop_assert!(active.insert((s.anggota_id.clone(), s.kolom_id.clone())));
                    }
                    Langkah::Ubah { sel, .. } | Langkah::Tetap { sel } => {
                        prop_assert!(!by_id[sel.as_str()].pensiun);
                        prop_assert!(touched.insert(sel.clone()));
                    }
                    Langkah::Pensiun { sel } => {
                        let s = by_id[sel.as_str()];
                        prop_assert!(!s.pensiun);
                        prop_assert!(touched.insert(sel.clone()));
                        prop_assert!(active.remove(&(s.anggota_id.clone(), s.kolom_id.clone())));
                    }
                }
            }
            let want: std::collections::HashSet<(String, String)> = baru.iter().map(|b| (b.anggota_id.clone(), b.kolom_id.clone())).collect();
            prop_assert_eq!(active, want);
        }

        /// Saving the same matrix twice changes nothing the second time.
        #[test]
        fn diff_is_idempotent(new in cells()) {
            let baru = to_baru(&new);
            let stored: Vec<SelLama> = baru.iter().enumerate().map(|(i, b)| lama(&format!("s{i}"), &b.anggota_id, &b.kolom_id, &b.judul, false)).collect();
            let all_kept = diff_matriks(&stored, &baru).iter().all(|s| matches!(s, Langkah::Tetap { .. }));
            prop_assert!(all_kept);
        }

        /// The total is never below 100 and is above 100 exactly when the squads exceed it.
        #[test]
        fn workload_total(a in prop::collection::vec(0i64..=100, 0..8)) {
            let b = beban(&a);
            prop_assert_eq!(b.tim, a.iter().sum::<i64>());
            prop_assert!(b.total >= 100);
            prop_assert_eq!(b.lebih, b.tim > 100);
            prop_assert_eq!(b.total, b.tim.max(100));
        }

        #[test]
        fn allocation_in_range_iff_accepted(a in -1000i64..1000) {
            prop_assert_eq!(check_alokasi(a).is_none(), (0..=100).contains(&a));
        }
    }
}

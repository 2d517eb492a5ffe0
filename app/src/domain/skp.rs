//! The SKP (Sasaran Kinerja Pegawai) and its rules (PermenPANRB 6/2022, DOMAIN.md §1–3): the
//! kinds of RHK and IKI, the planning workflow, target checks, what a complete SKP needs
//! before it is submitted, and the arithmetic check of direct cascading.

use super::problem::{required_text, Problem};

crate::code_enum! {
    /// Where an SKP is in the planning workflow.
    pub enum StatusSkp {
        Draft = ("DRAFT", "Draf"),
        Diajukan = ("DIAJUKAN", "Diajukan"),
        Disetujui = ("DISETUJUI", "Disetujui"),
        Dikembalikan = ("DIKEMBALIKAN", "Dikembalikan"),
    }
}

crate::code_enum! {
    /// RHK utama (the main results) or tambahan (additional).
    pub enum JenisRhk {
        Utama = ("UTAMA", "Utama"),
        Tambahan = ("TAMBAHAN", "Tambahan"),
    }
}

crate::code_enum! {
    /// The aspect an IKI of a non-JPT RHK measures.
    pub enum Aspek {
        Kuantitas = ("KUANTITAS", "Kuantitas"),
        Kualitas = ("KUALITAS", "Kualitas"),
        Waktu = ("WAKTU", "Waktu"),
        Biaya = ("BIAYA", "Biaya"),
    }
}

crate::code_enum! {
    /// The perspective of a JPT's RHK.
    pub enum Perspektif {
        PenerimaLayanan = ("PENERIMA_LAYANAN", "Penerima Layanan"),
        ProsesBisnis = ("PROSES_BISNIS", "Proses Bisnis"),
        PenguatanInternal = ("PENGUATAN_INTERNAL", "Penguatan Internal"),
        Anggaran = ("ANGGARAN", "Anggaran"),
    }
}

crate::code_enum! {
    /// A JPT plans quantitatively (IKI and target) or qualitatively (expectation as narrative).
    pub enum Pendekatan {
        Kuantitatif = ("KUANTITATIF", "Kuantitatif"),
        Kualitatif = ("KUALITATIF", "Kualitatif"),
    }
}

crate::code_enum! {
    /// How an RHK relates to the superior RHK it intervenes.
    pub enum Cascading {
        /// The superior's result is split among the team (10 ton = 5 + 5).
        Langsung = ("LANGSUNG", "Langsung"),
        /// The RHK contributes to the superior's without representing it.
        TidakLangsung = ("TIDAK_LANGSUNG", "Tidak langsung"),
    }
}

/// A step of the workflow, and who takes it.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Aksi {
    /// The owner changes RHK, IKI, expectations or the lampiran.
    Ubah,
    /// The owner submits to the PPK.
    Ajukan,
    /// The PPK approves.
    Setujui,
    /// The PPK returns it with comments.
    Kembalikan,
    /// The owner opens a new version of an approved SKP (the approved one is kept).
    Revisi,
}

impl StatusSkp {
    /// Whether RHK and IKI can be changed in place.
    pub fn editable(self) -> bool {
        matches!(self, Self::Draft | Self::Dikembalikan)
    }

    /// The status after `aksi`, or why it is not allowed now.
    ///
    /// ```
    /// use app::domain::skp::{Aksi, StatusSkp::*};
    /// assert_eq!(Draft.after(Aksi::Ajukan), Ok(Diajukan));
    /// assert_eq!(Diajukan.after(Aksi::Kembalikan), Ok(Dikembalikan));
    /// assert_eq!(Dikembalikan.after(Aksi::Ajukan), Ok(Diajukan));
    /// assert_eq!(Diajukan.after(Aksi::Setujui), Ok(Disetujui));
    /// assert_eq!(Disetujui.after(Aksi::Revisi), Ok(Draft));
    /// assert!(Disetujui.after(Aksi::Ubah).is_err());
    /// ```
    pub fn after(self, aksi: Aksi) -> Result<StatusSkp, Problem> {
        use StatusSkp::*;
        match (self, aksi) {
            (Draft | Dikembalikan, Aksi::Ubah) => Ok(self),
            (Draft | Dikembalikan, Aksi::Ajukan) => Ok(Diajukan),
            (Diajukan, Aksi::Setujui) => Ok(Disetujui),
            (Diajukan, Aksi::Kembalikan) => Ok(Dikembalikan),
            (Disetujui, Aksi::Revisi) => Ok(Draft),
            (Disetujui, Aksi::Ubah) => Err(Problem::new(
                "status",
                "SKP sudah disetujui: buat versi baru (revisi) untuk mengubahnya",
                "The SKP is approved: open a new version (revision) to change it",
            )),
            (Diajukan, Aksi::Ubah) => Err(Problem::new(
                "status",
                "SKP sedang diajukan ke PPK dan tidak dapat diubah sampai dikembalikan",
                "The SKP is submitted to the PPK and cannot be changed until it is returned",
            )),
            (s, _) => Err(Problem::new(
                "status",
                format!(
                    "Langkah ini tidak dapat dilakukan pada SKP berstatus {}",
                    s.label()
                ),
                format!("This step is not possible on an SKP in status {}", s.code()),
            )),
        }
    }
}

/// Longest accepted texts.
pub const MAX_JUDUL: usize = 1000;
pub const MAX_SATUAN: usize = 50;
pub const MAX_CATATAN: usize = 2000;

/// A target must be a positive, finite number with a unit ("2 Dokumen", "100 %").
///
/// ```
/// use app::domain::skp::check_target;
/// assert!(check_target(2.0, "Dokumen").is_empty());
/// assert_eq!(check_target(0.0, "Dokumen").len(), 1);
/// assert_eq!(check_target(f64::NAN, "").len(), 2);
/// ```
pub fn check_target(target: f64, satuan: &str) -> Vec<Problem> {
    let mut p = vec![];
    if !target.is_finite() || target <= 0.0 {
        p.push(Problem::new(
            "target",
            "Target harus berupa angka lebih dari 0",
            "The target must be a number greater than 0",
        ));
    }
    p.extend(required_text("satuan", "Satuan target", satuan, MAX_SATUAN));
    p
}

/// What the submit check needs to know about one RHK.
#[derive(Clone, Debug, Default)]
pub struct RhkRingkas {
    pub jenis: Option<JenisRhk>,
    /// It names a superior RHK it intervenes.
    pub intervensi: bool,
    /// It points at a sasaran strategis (JPT and unit heads at the top of the chain).
    pub sasaran: bool,
    pub perspektif: Option<Perspektif>,
    /// The aspects of its IKI (empty for a qualitative JPT RHK).
    pub aspek: Vec<Option<Aspek>>,
    /// The narrative expectation of a qualitative JPT RHK.
    pub ekspektasi: bool,
}

/// The aspects every non-JPT RHK measures (Biaya is optional).
pub const ASPEK_WAJIB: [Aspek; 3] = [Aspek::Kuantitas, Aspek::Kualitas, Aspek::Waktu];

/// What is missing before an SKP can be submitted: at least one RHK utama; for JPT a
/// perspektif per RHK and, by approach, IKI or a narrative expectation; for everyone else
/// exactly one intervened superior RHK and IKI for Kuantitas, Kualitas and Waktu.
pub fn check_submit(jpt: bool, pendekatan: Pendekatan, rhk: &[RhkRingkas]) -> Vec<Problem> {
    let mut out = vec![];
    if !rhk.iter().any(|r| r.jenis == Some(JenisRhk::Utama)) {
        out.push(Problem::new(
            "rhk",
            "SKP harus memuat sekurang-kurangnya satu RHK utama",
            "The SKP needs at least one main RHK (utama)",
        ));
    }
    for (i, r) in rhk.iter().enumerate() {
        let at = format!("rhk[{i}]");
        let mut p = vec![];
        if jpt {
            if r.perspektif.is_none() {
                p.push(Problem::new(
                    "perspektif",
                    "RHK JPT wajib memiliki perspektif",
                    "A JPT's RHK needs a perspective",
                ));
            }
            match pendekatan {
                Pendekatan::Kuantitatif if r.aspek.is_empty() => p.push(Problem::new(
                    "iki",
                    "Pendekatan kuantitatif: RHK wajib memiliki IKI dengan target",
                    "Quantitative approach: the RHK needs an IKI with a target",
                )),
                Pendekatan::Kualitatif if !r.ekspektasi => p.push(Problem::new(
                    "ekspektasi",
                    "Pendekatan kualitatif: uraikan ekspektasi hasil kerja",
                    "Qualitative approach: describe the expected result",
                )),
                _ => {}
            }
        } else {
            if !r.intervensi {
                p.push(Problem::new(
                    "intervensi",
                    "RHK wajib mengintervensi satu RHK atasan",
                    "The RHK must intervene one superior RHK",
                ));
            }
            for a in ASPEK_WAJIB {
                if !r.aspek.contains(&Some(a)) {
                    p.push(Problem::new(
                        "iki",
                        format!("RHK wajib memiliki IKI aspek {}", a.label()),
                        format!("The RHK needs an IKI for the aspect {}", a.label()),
                    ));
                }
            }
        }
        out.extend(p.into_iter().map(|x| x.under(&at)));
    }
    out
}

/// The verdict on a directly cascaded result: do the children's targets add up?
#[derive(Clone, Debug, PartialEq)]
pub enum Pembagian {
    /// The quantities add up (within rounding).
    Sesuai,
    /// They do not: the sum of the children against the parent's target.
    TidakSesuai { jumlah: f64, target: f64 },
    /// A child measures in another unit, so they cannot be added.
    SatuanBerbeda { satuan: String },
}

/// Checks direct cascading by quantity: the children's Kuantitas targets (same unit, case
/// and spaces ignored) must add up to the parent's (e.g. 5 + 5 = 10 ton).
///
/// ```
/// use app::domain::skp::{check_pembagian, Pembagian};
/// assert_eq!(check_pembagian((10.0, "ton"), &[(5.0, "Ton"), (5.0, "ton")]), Pembagian::Sesuai);
/// assert_eq!(
///     check_pembagian((10.0, "ton"), &[(5.0, "ton"), (4.0, "ton")]),
///     Pembagian::TidakSesuai { jumlah: 9.0, target: 10.0 }
/// );
/// ```
pub fn check_pembagian(parent: (f64, &str), children: &[(f64, &str)]) -> Pembagian {
    let norm = |s: &str| {
        s.split_whitespace()
            .collect::<Vec<_>>()
            .join(" ")
            .to_lowercase()
    };
    let unit = norm(parent.1);
    if let Some((_, other)) = children.iter().find(|(_, s)| norm(s) != unit) {
        return Pembagian::SatuanBerbeda {
            satuan: other.trim().to_string(),
        };
    }
    let jumlah: f64 = children.iter().map(|(t, _)| t).sum();
    let tolerance = 1e-9 * parent.0.abs().max(1.0);
    if (jumlah - parent.0).abs() <= tolerance {
        Pembagian::Sesuai
    } else {
        Pembagian::TidakSesuai {
            jumlah,
            target: parent.0,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;
    use StatusSkp::*;

    #[test]
    fn workflow_table() {
        // (from, step, to or refused): the whole table of the planning workflow
        let table: &[(StatusSkp, Aksi, Option<StatusSkp>)] = &[
            (Draft, Aksi::Ubah, Some(Draft)),
            (Draft, Aksi::Ajukan, Some(Diajukan)),
            (Draft, Aksi::Setujui, None),
            (Draft, Aksi::Kembalikan, None),
            (Draft, Aksi::Revisi, None),
            (Diajukan, Aksi::Ubah, None),
            (Diajukan, Aksi::Ajukan, None),
            (Diajukan, Aksi::Setujui, Some(Disetujui)),
            (Diajukan, Aksi::Kembalikan, Some(Dikembalikan)),
            (Diajukan, Aksi::Revisi, None),
            (Disetujui, Aksi::Ubah, None),
            (Disetujui, Aksi::Ajukan, None),
            (Disetujui, Aksi::Setujui, None),
            (Disetujui, Aksi::Kembalikan, None),
            (Disetujui, Aksi::Revisi, Some(Draft)),
            (Dikembalikan, Aksi::Ubah, Some(Dikembalikan)),
            (Dikembalikan, Aksi::Ajukan, Some(Diajukan)),
            (Dikembalikan, Aksi::Setujui, None),
            (Dikembalikan, Aksi::Kembalikan, None),
            (Dikembalikan, Aksi::Revisi, None),
        ];
        for (from, aksi, to) in table {
            assert_eq!(from.after(*aksi).ok(), *to, "{from:?} {aksi:?}");
        }
        assert!(Disetujui
            .after(Aksi::Ubah)
            .unwrap_err()
            .id
            .contains("versi baru"));
    }

    #[test]
    fn codes_round_trip() {
        for s in StatusSkp::ALL {
            assert_eq!(StatusSkp::from_code(s.code()), Some(*s));
        }
        assert_eq!(
            Perspektif::from_code("proses bisnis"),
            Some(Perspektif::ProsesBisnis)
        );
        assert_eq!(
            Cascading::from_code("tidak-langsung"),
            Some(Cascading::TidakLangsung)
        );
        assert_eq!(Aspek::from_code("biaya"), Some(Aspek::Biaya));
        assert_eq!(JenisRhk::from_code("x"), None);
    }

    fn complete_staff_rhk() -> RhkRingkas {
        RhkRingkas {
            jenis: Some(JenisRhk::Utama),
            intervensi: true,
            aspek: ASPEK_WAJIB.iter().copied().map(Some).collect(),
            ..Default::default()
        }
    }

    #[test]
    fn submit_rules() {
        assert!(check_submit(false, Pendekatan::Kuantitatif, &[complete_staff_rhk()]).is_empty());
        let none = check_submit(false, Pendekatan::Kuantitatif, &[]);
        assert_eq!(none.len(), 1);
        assert_eq!(none[0].field, "rhk");
        let mut orphan = complete_staff_rhk();
        orphan.intervensi = false;
        orphan.aspek.retain(|a| *a != Some(Aspek::Waktu));
        let p = check_submit(
            false,
            Pendekatan::Kuantitatif,
            &[complete_staff_rhk(), orphan],
        );
        let fields: Vec<_> = p.iter().map(|p| p.field.as_str()).collect();
        assert_eq!(fields, ["rhk[1].intervensi", "rhk[1].iki"]);
        assert!(p[1].id.contains("Waktu"));
        // only tambahan: no utama
        let mut tambahan = complete_staff_rhk();
        tambahan.jenis = Some(JenisRhk::Tambahan);
        assert_eq!(
            check_submit(false, Pendekatan::Kuantitatif, &[tambahan]).len(),
            1
        );
    }

    #[test]
    fn submit_rules_jpt() {
        let jpt = RhkRingkas {
            jenis: Some(JenisRhk::Utama),
            perspektif: Some(Perspektif::PenerimaLayanan),
            aspek: vec![None],
            ..Default::default()
        };
        // a JPT does not intervene and needs no aspects
        assert!(check_submit(true, Pendekatan::Kuantitatif, std::slice::from_ref(&jpt)).is_empty());
        let p = check_submit(true, Pendekatan::Kualitatif, std::slice::from_ref(&jpt));
        assert_eq!(p[0].field, "rhk[0].ekspektasi");
        let mut no_persp = jpt;
        no_persp.perspektif = None;
        no_persp.aspek.clear();
        let p = check_submit(true, Pendekatan::Kuantitatif, &[no_persp]);
        let fields: Vec<_> = p.iter().map(|p| p.field.as_str()).collect();
        assert_eq!(fields, ["rhk[0].perspektif", "rhk[0].iki"]);
    }

    #[test]
    fn targets() {
        assert!(check_target(0.5, "%").is_empty());
        for bad in [0.0, -1.0, f64::INFINITY, f64::NAN] {
            assert_eq!(check_target(bad, "Dokumen")[0].field, "target", "{bad}");
        }
        assert_eq!(check_target(1.0, " ")[0].field, "satuan");
    }

    #[test]
    fn pembagian() {
        assert_eq!(
            check_pembagian((10.0, "ton"), &[(10.0, "ton")]),
            Pembagian::Sesuai
        );
        assert_eq!(
            check_pembagian((3.0, "Dokumen"), &[(1.0, "dokumen"), (1.0, "Laporan")]),
            Pembagian::SatuanBerbeda {
                satuan: "Laporan".into()
            }
        );
        assert_eq!(
            check_pembagian((0.3, "km"), &[(0.1, "km"), (0.2, "km")]),
            Pembagian::Sesuai,
            "rounding of 0.1 + 0.2"
        );
        assert_eq!(
            check_pembagian((10.0, "ton"), &[]),
            Pembagian::TidakSesuai {
                jumlah: 0.0,
                target: 10.0
            }
        );
    }

    proptest! {
        #[test]
        fn any_split_of_a_target_adds_up(parts in prop::collection::vec(1u32..10_000, 1..20)) {
            let children: Vec<(f64, &str)> = parts.iter().map(|p| (*p as f64 / 100.0, "ton")).collect();
            let total: u32 = parts.iter().sum();
            prop_assert_eq!(check_pembagian((total as f64 / 100.0, "Ton"), &children), Pembagian::Sesuai);
        }

        #[test]
        fn changing_one_child_breaks_the_split(parts in prop::collection::vec(1u32..10_000, 1..20), extra in 1u32..1000) {
            let mut children: Vec<(f64, &str)> = parts.iter().map(|p| (*p as f64, "ton")).collect();
            let total: u32 = parts.iter().sum();
            children[0].0 += extra as f64;
            let is_mismatch = matches!(check_pembagian((total as f64, "ton"), &children), Pembagian::TidakSesuai { .. });
            prop_assert!(is_mismatch);
        }

        #[test]
        fn editable_states_are_the_ones_that_allow_ubah(i in 0usize..4) {
            let s = StatusSkp::ALL[i];
            prop_assert_eq!(s.editable(), s.after(Aksi::Ubah).is_ok());
        }
    }
}

/// The checks of an RHK's own fields that need no database: title, expectation, weight and
/// every IKI (name, target with unit; an aspect for non-JPT). The intervened RHK is checked
/// by the server against the database.
pub fn check_rhk_input(jpt: bool, r: &super::dto::RhkInput) -> Vec<Problem> {
    use super::problem::optional_text;
    let mut out: Vec<Problem> = vec![];
    out.extend(required_text(
        "judul",
        "Rencana hasil kerja",
        &r.judul,
        MAX_JUDUL,
    ));
    if let Some(e) = &r.ekspektasi {
        out.extend(optional_text("ekspektasi", "Ekspektasi", e, MAX_CATATAN));
    }
    if let Some(b) = r.bobot {
        if !b.is_finite() || b <= 0.0 || b > 100.0 {
            out.push(Problem::new(
                "bobot",
                "Bobot harus lebih dari 0 dan paling banyak 100",
                "The weight must be greater than 0 and at most 100",
            ));
        }
    }
    if !jpt && r.perspektif.is_some() {
        out.push(Problem::new(
            "perspektif",
            "Perspektif hanya untuk RHK pejabat JPT",
            "Only a JPT's RHK has a perspective",
        ));
    }
    if !jpt && r.sasaran_id.is_some() {
        out.push(Problem::new(
            "sasaran_id",
            "Hanya RHK pejabat JPT yang langsung mengacu sasaran strategis; pilih RHK atasan yang diintervensi",
            "Only a JPT's RHK points at a strategic goal directly; choose the superior RHK it intervenes",
        ));
    }
    if r.iki.len() > 20 {
        out.push(Problem::new(
            "iki",
            "Paling banyak 20 IKI per RHK",
            "At most 20 IKI per RHK",
        ));
    }
    for (i, k) in r.iki.iter().enumerate() {
        let at = format!("iki[{i}]");
        let mut p: Vec<Problem> = vec![];
        p.extend(required_text("nama", "Indikator", &k.nama, MAX_JUDUL));
        p.extend(check_target(k.target, &k.satuan));
        if !jpt && k.aspek.is_none() {
            p.push(Problem::new(
                "aspek",
                "Pilih aspek IKI: Kuantitas, Kualitas, Waktu, atau Biaya",
                "Choose the IKI's aspect: Kuantitas, Kualitas, Waktu or Biaya",
            ));
        }
        out.extend(p.into_iter().map(|x| x.under(&at)));
    }
    out
}

#[cfg(test)]
mod input_tests {
    use super::*;
    use crate::domain::dto::{IkiInput, RhkInput};

    fn input() -> RhkInput {
        RhkInput {
            jenis: JenisRhk::Utama,
            judul: "Tersusunnya laporan".into(),
            perspektif: None,
            ekspektasi: None,
            intervensi_id: Some("x".into()),
            cascading: None,
            sasaran_id: None,
            bobot: None,
            iki: vec![IkiInput {
                id: None,
                aspek: Some(Aspek::Kuantitas),
                nama: "Jumlah laporan".into(),
                target: 2.0,
                satuan: "Dokumen".into(),
            }],
        }
    }

    #[test]
    fn rhk_input_rules() {
        assert!(check_rhk_input(false, &input()).is_empty());
        let mut bad = input();
        bad.judul = " ".into();
        bad.bobot = Some(0.0);
        bad.iki[0].target = -1.0;
        bad.iki[0].aspek = None;
        bad.sasaran_id = Some("s".into());
        let fields: Vec<String> = check_rhk_input(false, &bad)
            .into_iter()
            .map(|p| p.field)
            .collect();
        assert_eq!(
            fields,
            [
                "judul",
                "bobot",
                "sasaran_id",
                "iki[0].target",
                "iki[0].aspek"
            ]
        );
        // a JPT may point at a goal, has a perspective and needs no aspect
        let mut jpt = input();
        jpt.sasaran_id = Some("s".into());
        jpt.perspektif = Some(Perspektif::Anggaran);
        jpt.iki[0].aspek = None;
        assert!(check_rhk_input(true, &jpt).is_empty());
        assert_eq!(check_rhk_input(false, &jpt).len(), 3);
    }
}

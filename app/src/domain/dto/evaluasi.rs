//! Evaluations, the organisation's result, calibration and appeals as the browser and the API
//! see them, and the inputs that change them.

use serde::{Deserialize, Serialize};

use crate::domain::kurva::PredikatOrganisasi;
use crate::domain::rating::{Predikat, Rating};

/// The PPK's judgement of one RHK utama.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "ssr", derive(utoipa::ToSchema))]
pub struct RatingRhk {
    pub rhk_id: String,
    #[cfg_attr(feature = "ssr", schema(value_type = String))]
    pub rating: Rating,
}

/// One employee's evaluation for a period.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "ssr", derive(utoipa::ToSchema))]
pub struct Evaluasi {
    pub id: String,
    pub pegawai_id: String,
    pub nip: String,
    pub name: String,
    pub jabatan: String,
    pub unit_id: String,
    pub unit_name: String,
    pub periode_id: String,
    pub penilai_id: Option<String>,
    pub penilai_name: Option<String>,
    /// DI_ATAS, SESUAI or DI_BAWAH.
    #[cfg_attr(feature = "ssr", schema(value_type = String))]
    pub rating_hasil_kerja: Rating,
    pub alasan_hasil_kerja: String,
    #[cfg_attr(feature = "ssr", schema(value_type = String))]
    pub rating_perilaku_kerja: Rating,
    pub alasan_perilaku_kerja: String,
    /// The predikat the matrix gives for the two ratings.
    #[cfg_attr(feature = "ssr", schema(value_type = String))]
    pub predikat_usulan: Predikat,
    /// The result: the proposal, or where calibration or an appeal moved it.
    #[cfg_attr(feature = "ssr", schema(value_type = String))]
    pub predikat: Predikat,
    /// DINILAI (rated, open to calibration) or FINAL (locked).
    pub status: String,
    pub rhk: Vec<RatingRhk>,
    pub dinilai_at: String,
    pub final_at: Option<String>,
    /// When the employee acknowledged the result (the appeal period runs from then).
    pub diterima_at: Option<String>,
    pub version: i64,
}

/// A line of the evaluation list: every employee of the subtree the caller may see, rated or not.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "ssr", derive(utoipa::ToSchema))]
pub struct EvaluasiBaris {
    pub pegawai_id: String,
    pub nip: String,
    pub name: String,
    pub jabatan: String,
    pub unit_name: String,
    pub ppk_name: Option<String>,
    pub evaluasi_id: Option<String>,
    #[cfg_attr(feature = "ssr", schema(value_type = Option<String>))]
    pub rating_hasil_kerja: Option<Rating>,
    #[cfg_attr(feature = "ssr", schema(value_type = Option<String>))]
    pub rating_perilaku_kerja: Option<Rating>,
    #[cfg_attr(feature = "ssr", schema(value_type = Option<String>))]
    pub predikat_usulan: Option<Predikat>,
    #[cfg_attr(feature = "ssr", schema(value_type = Option<String>))]
    pub predikat: Option<Predikat>,
    /// DINILAI, FINAL, or none when not rated yet.
    pub status: Option<String>,
}

/// The PPK's rating of one employee.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "ssr", derive(utoipa::ToSchema))]
pub struct PenilaianInput {
    /// A period id (annual or periodic); omitted: this year's annual period.
    #[serde(default)]
    pub period: Option<String>,
    #[cfg_attr(feature = "ssr", schema(value_type = String))]
    pub rating_hasil_kerja: Rating,
    #[serde(default)]
    pub alasan_hasil_kerja: String,
    #[cfg_attr(feature = "ssr", schema(value_type = String))]
    pub rating_perilaku_kerja: Rating,
    #[serde(default)]
    pub alasan_perilaku_kerja: String,
    /// Judgements of the RHK utama (needed for Di Atas Ekspektasi).
    #[serde(default)]
    pub rhk: Vec<RatingRhk>,
    /// The version read, when changing an existing evaluation.
    #[serde(default)]
    pub version: Option<i64>,
}

/// The unit's capaian kinerja organisasi for a period.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "ssr", derive(utoipa::ToSchema))]
pub struct CapaianOrganisasi {
    pub unit_id: String,
    pub periode_id: String,
    #[cfg_attr(feature = "ssr", schema(value_type = String))]
    pub predikat: PredikatOrganisasi,
    pub alasan: String,
    pub oleh_name: Option<String>,
    pub updated_at: String,
    pub version: i64,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "ssr", derive(utoipa::ToSchema))]
pub struct CapaianInput {
    #[serde(default)]
    pub period: Option<String>,
    /// ISTIMEWA, BAIK, BUTUH_PERBAIKAN, KURANG or SANGAT_KURANG.
    #[cfg_attr(feature = "ssr", schema(value_type = String))]
    pub predikat: PredikatOrganisasi,
    #[serde(default)]
    pub alasan: String,
    #[serde(default)]
    pub version: Option<i64>,
}

/// How many people hold one predikat.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "ssr", derive(utoipa::ToSchema))]
pub struct SebaranPredikat {
    #[cfg_attr(feature = "ssr", schema(value_type = String))]
    pub predikat: Predikat,
    pub label: String,
    pub count: usize,
    /// Share of the rated people, 0–100.
    pub percent: f64,
}

/// One rule of the curve for the unit's organisation predikat, and whether it holds.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "ssr", derive(utoipa::ToSchema))]
pub struct BandKurva {
    pub description: String,
    #[cfg_attr(feature = "ssr", schema(value_type = Vec<String>))]
    pub predikat: Vec<Predikat>,
    /// "at_most" or "at_least" (a head count after rounding).
    pub kind: String,
    /// The head count the rule gives for this group (most allowed, or fewest required).
    pub required: usize,
    pub actual: usize,
    pub holds: bool,
}

/// A rule the distribution breaks.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "ssr", derive(utoipa::ToSchema))]
pub struct Pelanggaran {
    pub message: String,
    #[cfg_attr(feature = "ssr", schema(value_type = Vec<String>))]
    pub predikat: Vec<Predikat>,
    pub required: usize,
    pub actual: usize,
    pub total: usize,
    pub actual_percent: f64,
}

/// A person in the calibration group.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "ssr", derive(utoipa::ToSchema))]
pub struct PesertaKalibrasi {
    pub evaluasi_id: String,
    pub pegawai_id: String,
    pub nip: String,
    pub name: String,
    pub unit_name: String,
    #[cfg_attr(feature = "ssr", schema(value_type = String))]
    pub predikat_usulan: Predikat,
    #[cfg_attr(feature = "ssr", schema(value_type = String))]
    pub predikat: Predikat,
    pub version: i64,
}

/// A move between predikat during calibration.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "ssr", derive(utoipa::ToSchema))]
pub struct PindahKalibrasi {
    pub at: String,
    pub evaluasi_id: String,
    pub name: String,
    #[cfg_attr(feature = "ssr", schema(value_type = String))]
    pub dari: Predikat,
    #[cfg_attr(feature = "ssr", schema(value_type = String))]
    pub ke: Predikat,
    pub alasan: String,
    pub oleh_name: Option<String>,
}

/// A calibration session: the unit subtree's predikat against the curve.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "ssr", derive(utoipa::ToSchema))]
pub struct Kalibrasi {
    pub unit_id: String,
    pub unit_name: String,
    pub periode_id: String,
    /// The unit's capaian kinerja organisasi; none: not set yet, so the curve is unknown.
    #[cfg_attr(feature = "ssr", schema(value_type = Option<String>))]
    pub organisasi: Option<PredikatOrganisasi>,
    /// TERBUKA or FINAL.
    pub status: String,
    pub justifikasi: String,
    pub final_at: Option<String>,
    /// People rated / active people of the subtree not rated yet.
    pub total: usize,
    pub belum_dinilai: usize,
    /// Whether the group is large enough for the curve (the agency's minimum group).
    pub checked: bool,
    pub min_group: usize,
    pub distribution: Vec<SebaranPredikat>,
    pub bands: Vec<BandKurva>,
    pub violations: Vec<Pelanggaran>,
    /// One page of the people (by name).
    pub people: Vec<PesertaKalibrasi>,
    pub next_cursor: Option<String>,
    pub moves: Vec<PindahKalibrasi>,
    /// Whether the caller may move people and finalise.
    pub boleh_ubah: bool,
    /// The session's version (0 before the first move).
    pub version: i64,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "ssr", derive(utoipa::ToSchema))]
pub struct PindahInput {
    pub unit: String,
    #[serde(default)]
    pub period: Option<String>,
    pub evaluasi_id: String,
    #[cfg_attr(feature = "ssr", schema(value_type = String))]
    pub predikat: Predikat,
    #[serde(default)]
    pub alasan: String,
    /// The evaluation's version read.
    pub version: i64,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "ssr", derive(utoipa::ToSchema))]
pub struct FinalisasiInput {
    pub unit: String,
    #[serde(default)]
    pub period: Option<String>,
    /// Required while the distribution breaks the curve.
    #[serde(default)]
    pub justifikasi: String,
}

/// A keberatan (appeal) against a final result, decided by the atasan PPK.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "ssr", derive(utoipa::ToSchema))]
pub struct Keberatan {
    pub id: String,
    pub evaluasi_id: String,
    pub periode_id: String,
    pub pegawai_id: String,
    pub pegawai_name: String,
    pub atasan_id: Option<String>,
    pub atasan_name: Option<String>,
    pub alasan: String,
    /// Links to the evidence the employee offers.
    pub bukti: Vec<String>,
    /// What the PPK and the employee said at the hearing, as the atasan recorded it.
    pub keterangan_ppk: String,
    pub keterangan_pegawai: String,
    /// DIAJUKAN or DIPUTUS (final).
    pub status: String,
    #[cfg_attr(feature = "ssr", schema(value_type = String))]
    pub predikat_semula: Predikat,
    #[cfg_attr(feature = "ssr", schema(value_type = Option<String>))]
    pub predikat_putusan: Option<Predikat>,
    pub alasan_putusan: Option<String>,
    /// Who decided: the atasan PPK or a leader above them.
    pub decided_by_name: Option<String>,
    pub diajukan_at: String,
    /// The last day for the decision (YYYY-MM-DD).
    pub batas_putusan: String,
    pub diputus_at: Option<String>,
    /// Undecided past its deadline.
    pub terlambat: bool,
    pub version: i64,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "ssr", derive(utoipa::ToSchema))]
pub struct KeberatanInput {
    #[serde(default)]
    pub alasan: String,
    /// http(s) links to evidence.
    #[serde(default)]
    pub bukti: Vec<String>,
}

/// The atasan PPK's decision, with the hearing of both sides.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "ssr", derive(utoipa::ToSchema))]
pub struct PutusanInput {
    #[serde(default)]
    pub keterangan_ppk: String,
    #[serde(default)]
    pub keterangan_pegawai: String,
    /// The predikat decided (the same as before when the appeal is rejected).
    #[cfg_attr(feature = "ssr", schema(value_type = String))]
    pub predikat: Predikat,
    #[serde(default)]
    pub alasan: String,
    pub version: i64,
}

/// What the signed-in user does in evaluation (for the navigation and the pages' defaults).
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct PeranEvaluasi {
    /// The user's employee record (none: an account without one).
    pub pegawai_id: Option<String>,
    /// Assesses staff (PPK).
    pub menilai: bool,
    /// Heads a unit (calibrates, decides appeals as atasan PPK) or is an admin.
    pub memimpin: bool,
    /// The agency's performance admin (changes the evaluation settings).
    #[serde(default)]
    pub admin: bool,
    /// The unit to calibrate by default: the one headed, else the user's own.
    pub unit_id: Option<String>,
}

/// One of the PPK's staff with their evaluation for the period (none: not rated yet).
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct StafDinilai {
    pub pegawai: super::PegawaiRingkas,
    pub evaluasi: Option<Evaluasi>,
}

/// The rating form's read: the evaluation so far beside the employee's RHK and the squad
/// leads' recommendations.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct DasarPenilaian {
    /// The year the period belongs to (feedback, 360 and innovations are kept per year).
    #[serde(default)]
    pub periode_tahunan_id: String,
    pub periode_id: String,
    pub periode_nama: String,
    /// Ratings change only while the period is open.
    pub terbuka: bool,
    pub evaluasi: Option<Evaluasi>,
    pub peta: super::PetaKontribusi,
    /// For the head of a unit: the unit's capaian kinerja organisasi (Hasil Kerja follows it).
    pub organisasi: Option<PredikatOrganisasi>,
}

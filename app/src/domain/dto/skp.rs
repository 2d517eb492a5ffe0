//! The SKP as the browser and the API see it, and the inputs that change it.

use serde::{Deserialize, Serialize};

use crate::domain::berakhlak::NilaiBerakhlak;
use crate::domain::cascade::Flag;
use crate::domain::problem::Problem;
use crate::domain::risiko::LevelRisiko;
use crate::domain::skp::{Aspek, Cascading, JenisRhk, Pendekatan, Perspektif, StatusSkp};

/// An employee as named on an SKP (the header of the printed document).
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "ssr", derive(utoipa::ToSchema))]
pub struct PegawaiRingkas {
    pub id: String,
    pub nip: String,
    pub name: String,
    pub pangkat: String,
    pub golongan: String,
    pub jabatan: String,
    pub jenis_jabatan: String,
    pub unit_name: String,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "ssr", derive(utoipa::ToSchema))]
pub struct IndikatorSasaran {
    pub id: String,
    pub nama: String,
    pub target: f64,
    pub satuan: String,
}

/// A strategic goal of the instansi for a year, with its key indicators.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "ssr", derive(utoipa::ToSchema))]
pub struct SasaranStrategis {
    pub id: String,
    pub periode_id: String,
    pub kode: String,
    pub nama: String,
    pub indikator: Vec<IndikatorSasaran>,
    pub version: i64,
}

/// A short reference to another RHK (the intervened one, or a choice for it).
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "ssr", derive(utoipa::ToSchema))]
pub struct RhkRef {
    pub id: String,
    pub judul: String,
    pub owner_id: String,
    pub owner_name: String,
    pub owner_jabatan: String,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "ssr", derive(utoipa::ToSchema))]
pub struct Iki {
    pub id: String,
    #[cfg_attr(feature = "ssr", schema(value_type = Option<String>))]
    pub aspek: Option<Aspek>,
    pub nama: String,
    pub target: f64,
    pub satuan: String,
    /// The latest cumulative achievement, if any was recorded.
    pub realisasi: Option<f64>,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "ssr", derive(utoipa::ToSchema))]
pub struct Risiko {
    pub id: String,
    pub deskripsi: String,
    pub kemungkinan: i64,
    pub dampak: i64,
    #[cfg_attr(feature = "ssr", schema(value_type = String))]
    pub level: LevelRisiko,
    pub mitigasi: String,
    pub pemilik: String,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "ssr", derive(utoipa::ToSchema))]
pub struct Rhk {
    pub id: String,
    #[cfg_attr(feature = "ssr", schema(value_type = String))]
    pub jenis: JenisRhk,
    pub judul: String,
    #[cfg_attr(feature = "ssr", schema(value_type = Option<String>))]
    pub perspektif: Option<Perspektif>,
    pub ekspektasi: Option<String>,
    /// The superior RHK it intervenes (its parent in the cascade).
    pub intervensi: Option<RhkRef>,
    #[cfg_attr(feature = "ssr", schema(value_type = Option<String>))]
    pub cascading: Option<Cascading>,
    pub sasaran_id: Option<String>,
    pub sasaran_nama: Option<String>,
    pub bobot: f64,
    /// Published early by a leader, so staff can intervene it before approval.
    pub terbit: bool,
    pub iki: Vec<Iki>,
    pub risiko: Vec<Risiko>,
    /// 0–1, rolled up from the RHK that intervene it, else from its own IKI.
    pub progress: Option<f64>,
    #[cfg_attr(feature = "ssr", schema(value_type = Vec<String>))]
    pub flags: Vec<Flag>,
    /// RHK of others that intervene this one.
    pub children: i64,
    /// The realisasi entries of its IKI (each names its `iki_id`), newest first, with evidence.
    #[serde(default)]
    pub realisasi: Vec<crate::domain::dto::Realisasi>,
    /// The squad this RHK comes from (a cell of its Matriks Peran Hasil), if any.
    #[serde(default)]
    pub tim_id: Option<String>,
    #[serde(default)]
    pub tim_nama: Option<String>,
    /// Penugasan dari: the name of the squad lead who assigned it.
    #[serde(default)]
    pub penugasan_dari: Option<String>,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "ssr", derive(utoipa::ToSchema))]
pub struct Perilaku {
    #[cfg_attr(feature = "ssr", schema(value_type = String))]
    pub nilai: NilaiBerakhlak,
    pub label: String,
    pub statements: Vec<String>,
    /// Ekspektasi khusus pimpinan (empty when none was set).
    pub ekspektasi: String,
}

#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "ssr", derive(utoipa::ToSchema))]
pub struct Lampiran {
    pub dukungan_sumber_daya: Vec<String>,
    pub skema_pertanggungjawaban: Vec<String>,
    pub konsekuensi: Vec<String>,
}

/// An employee's SKP for an annual period.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "ssr", derive(utoipa::ToSchema))]
pub struct Skp {
    pub id: String,
    pub periode_id: String,
    pub tahun: i64,
    pub pegawai: PegawaiRingkas,
    pub ppk: Option<PegawaiRingkas>,
    #[cfg_attr(feature = "ssr", schema(value_type = String))]
    pub status: StatusSkp,
    /// 1 for the first plan; +1 for each revision of an approved SKP.
    pub versi: i64,
    /// The JPT plans with perspektif (and may plan qualitatively).
    pub jpt: bool,
    #[cfg_attr(feature = "ssr", schema(value_type = String))]
    pub pendekatan: Pendekatan,
    pub rhk: Vec<Rhk>,
    pub perilaku: Vec<Perilaku>,
    pub lampiran: Lampiran,
    /// The PPK's comment when it was returned.
    pub catatan: Option<String>,
    pub diajukan_at: Option<String>,
    pub disetujui_at: Option<String>,
    /// What still blocks submitting it (empty when complete).
    #[cfg_attr(feature = "ssr", schema(value_type = Vec<Object>))]
    pub kekurangan: Vec<Problem>,
    /// Warnings that do not block: targets of directly cascaded results that do not add up.
    #[cfg_attr(feature = "ssr", schema(value_type = Vec<Object>))]
    pub peringatan: Vec<Problem>,
    /// Approved versions kept (numbers).
    pub versi_lama: Vec<i64>,
    /// Send it back with every change: a stale version is a conflict.
    pub version: i64,
}

/// An SKP in a PPK's list of subordinates.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "ssr", derive(utoipa::ToSchema))]
pub struct SkpBawahan {
    pub pegawai: PegawaiRingkas,
    pub skp_id: Option<String>,
    #[cfg_attr(feature = "ssr", schema(value_type = Option<String>))]
    pub status: Option<StatusSkp>,
    pub rhk_count: i64,
    pub diajukan_at: Option<String>,
}

#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "ssr", derive(utoipa::ToSchema))]
pub struct IkiInput {
    /// The IKI being changed; none for a new one. IKI left out of an update are removed.
    #[serde(default)]
    pub id: Option<String>,
    #[cfg_attr(feature = "ssr", schema(value_type = Option<String>))]
    pub aspek: Option<Aspek>,
    pub nama: String,
    pub target: f64,
    pub satuan: String,
}

/// A new or changed RHK with all its IKI (the IKI list replaces the old one).
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "ssr", derive(utoipa::ToSchema))]
pub struct RhkInput {
    #[cfg_attr(feature = "ssr", schema(value_type = String))]
    pub jenis: JenisRhk,
    pub judul: String,
    #[cfg_attr(feature = "ssr", schema(value_type = Option<String>))]
    #[serde(default)]
    pub perspektif: Option<Perspektif>,
    #[serde(default)]
    pub ekspektasi: Option<String>,
    /// The superior RHK it intervenes (required for non-JPT).
    #[serde(default)]
    pub intervensi_id: Option<String>,
    #[cfg_attr(feature = "ssr", schema(value_type = Option<String>))]
    #[serde(default)]
    pub cascading: Option<Cascading>,
    #[serde(default)]
    pub sasaran_id: Option<String>,
    #[serde(default)]
    pub bobot: Option<f64>,
    #[serde(default)]
    pub iki: Vec<IkiInput>,
}

#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "ssr", derive(utoipa::ToSchema))]
pub struct RisikoInput {
    pub deskripsi: String,
    pub kemungkinan: i64,
    pub dampak: i64,
    #[serde(default)]
    pub mitigasi: String,
    #[serde(default)]
    pub pemilik: String,
}

#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "ssr", derive(utoipa::ToSchema))]
pub struct IndikatorInput {
    pub nama: String,
    pub target: f64,
    pub satuan: String,
}

#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "ssr", derive(utoipa::ToSchema))]
pub struct SasaranInput {
    pub kode: String,
    pub nama: String,
    #[serde(default)]
    pub indikator: Vec<IndikatorInput>,
}

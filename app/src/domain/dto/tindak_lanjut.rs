//! Tindak lanjut (the follow-up of an evaluation) as the browser and the API see it: the
//! angka kredit ledger, the 9-box of talent, and the agency's curve settings.

use serde::{Deserialize, Serialize};

use crate::domain::angka_kredit::Jenjang;
use crate::domain::kemajuan_ak::Kemajuan;
use crate::domain::kurva::Rounding;
use crate::domain::rating::Predikat;
use crate::domain::talenta::Tingkat;

/// One entry of the angka kredit ledger, with the table values it used.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "ssr", derive(utoipa::ToSchema))]
pub struct EntriAk {
    pub id: String,
    pub periode_id: String,
    pub tahun: i64,
    pub evaluasi_id: String,
    #[cfg_attr(feature = "ssr", schema(value_type = String))]
    pub jenjang: Jenjang,
    #[cfg_attr(feature = "ssr", schema(value_type = String))]
    pub predikat: Predikat,
    pub bulan: i64,
    /// The predikat percentage used, in percent (150 for Sangat Baik).
    pub persentase: f64,
    /// The annual coefficient of the jenjang used.
    pub koefisien: f64,
    pub angka_kredit: f64,
    /// KALIBRASI (the calibration's finalisation) or KEBERATAN (an appeal decision).
    pub sumber: String,
    /// BERLAKU (counts) or DIKOREKSI (replaced by a later entry after an appeal).
    pub status: String,
    /// The entry this one corrects.
    pub koreksi_dari: Option<String>,
    pub version: i64,
    pub created_at: String,
}

/// An employee's angka kredit: the ledger, the total of the valid entries, and the progress
/// towards the next pangkat and jenjang of their current jenjang.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "ssr", derive(utoipa::ToSchema))]
pub struct AngkaKredit {
    pub pegawai_id: String,
    pub nip: String,
    pub name: String,
    pub jabatan: String,
    /// The current jenjang; none when the position is not functional.
    #[cfg_attr(feature = "ssr", schema(value_type = Option<String>))]
    pub jenjang: Option<Jenjang>,
    pub entries: Vec<EntriAk>,
    /// The sum of the valid (BERLAKU) entries.
    pub total: f64,
    /// The part of `total` earned at the current jenjang, which the progress counts.
    pub total_jenjang: f64,
    pub kemajuan: Option<Kemajuan>,
}

/// The leader's judgement of an employee's potential for a period.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "ssr", derive(utoipa::ToSchema))]
pub struct Potensi {
    pub pegawai_id: String,
    pub periode_id: String,
    /// RENDAH, MENENGAH or TINGGI.
    #[cfg_attr(feature = "ssr", schema(value_type = String))]
    pub potensi: Tingkat,
    pub alasan: String,
    pub oleh: Option<String>,
    pub version: i64,
    pub updated_at: String,
}

/// Sets an employee's potensi; changing it names its `version`.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "ssr", derive(utoipa::ToSchema))]
pub struct PotensiInput {
    #[cfg_attr(feature = "ssr", schema(value_type = String))]
    pub potensi: Tingkat,
    #[serde(default)]
    pub alasan: String,
    /// An annual period id; omitted: this year's.
    #[serde(default)]
    pub period: Option<String>,
    /// The current version when changing; omitted (or 0) when setting it the first time.
    #[serde(default)]
    pub version: Option<i64>,
}

/// One box of the 9-box with how many people are in it and what it calls for.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "ssr", derive(utoipa::ToSchema))]
pub struct KotakTalenta {
    /// 1 (both low) … 9 (both high).
    pub kotak: u8,
    #[cfg_attr(feature = "ssr", schema(value_type = String))]
    pub kinerja: Tingkat,
    #[cfg_attr(feature = "ssr", schema(value_type = String))]
    pub potensi: Tingkat,
    pub jumlah: i64,
    pub penghargaan: String,
    pub penghargaan_en: String,
    pub pengembangan: String,
    pub pengembangan_en: String,
}

/// A person of the unit subtree with their place in the grid (none until both axes are known).
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "ssr", derive(utoipa::ToSchema))]
pub struct OrangTalenta {
    pub pegawai_id: String,
    pub nip: String,
    pub name: String,
    pub jabatan: String,
    pub unit_name: String,
    #[cfg_attr(feature = "ssr", schema(value_type = Option<String>))]
    pub predikat: Option<Predikat>,
    #[cfg_attr(feature = "ssr", schema(value_type = Option<String>))]
    pub kinerja: Option<Tingkat>,
    #[cfg_attr(feature = "ssr", schema(value_type = Option<String>))]
    pub potensi: Option<Tingkat>,
    pub kotak: Option<u8>,
    /// The potensi's version (0 when not set), for the next change.
    pub potensi_version: i64,
    /// The final annual evaluation (for its Dokumen Evaluasi); none before it is final.
    #[serde(default)]
    pub evaluasi_id: Option<String>,
    /// The functional jenjang (the person has an angka kredit ledger); none otherwise.
    #[serde(default)]
    #[cfg_attr(feature = "ssr", schema(value_type = Option<String>))]
    pub jenjang: Option<Jenjang>,
    /// Whether the caller may set this person's potensi (a head of their unit or above, never
    /// for themself).
    #[serde(default)]
    pub boleh_potensi: bool,
}

/// The 9-box of a unit subtree for a period: every box with its count (over the whole
/// subtree), and one page of its people.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "ssr", derive(utoipa::ToSchema))]
pub struct PetaTalenta {
    pub unit_id: String,
    pub unit_name: String,
    pub periode_id: String,
    /// The nine boxes, 1 to 9.
    pub boxes: Vec<KotakTalenta>,
    /// People with no final predikat or no potensi yet.
    pub belum_lengkap: i64,
    pub items: Vec<OrangTalenta>,
    pub next_cursor: Option<String>,
}

/// The agency's evaluation settings: the distribution curve (DOMAIN.md §5) and the days to
/// decide an appeal (§6), all configurable.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "ssr", derive(utoipa::ToSchema))]
pub struct PengaturanKurva {
    /// STRICT (default), LENIENT, FLOOR, CEIL or NEAREST.
    #[cfg_attr(feature = "ssr", schema(value_type = String))]
    pub rounding: Rounding,
    pub rounding_label: String,
    /// Groups with fewer people are not checked (default 10).
    pub min_group: i64,
    /// Days the atasan PPK has to decide a keberatan (default 14); later ones are flagged.
    pub appeal_decision_days: i64,
    /// 0 while the defaults apply.
    pub version: i64,
    pub updated_at: Option<String>,
}

/// Changes the curve settings; `version` is the current one (0 for the defaults).
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "ssr", derive(utoipa::ToSchema))]
pub struct PengaturanKurvaInput {
    #[cfg_attr(feature = "ssr", schema(value_type = String))]
    pub rounding: Rounding,
    pub min_group: i64,
    /// Days to decide an appeal, 1 to 90; left out, the current value stays.
    #[serde(default)]
    pub appeal_decision_days: Option<i64>,
    pub version: i64,
}

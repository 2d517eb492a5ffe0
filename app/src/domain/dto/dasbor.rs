//! The leader dashboard of a unit subtree, as the API and the browser see it.

use serde::{Deserialize, Serialize};

use super::{Pelanggaran, SebaranPredikat};
use crate::domain::kurva::PredikatOrganisasi;

/// SKP status counts of a group of people.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "ssr", derive(utoipa::ToSchema))]
pub struct StatusSkpCount {
    /// Active people with no SKP for the period yet.
    pub belum: i64,
    pub draft: i64,
    pub diajukan: i64,
    pub disetujui: i64,
    pub dikembalikan: i64,
}

/// The figures of one unit (with its subtree), the start of every drill-down.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "ssr", derive(utoipa::ToSchema))]
pub struct DasborUnit {
    pub unit_id: String,
    pub kode: String,
    pub nama: String,
    pub has_children: bool,
    pub pegawai: i64,
    pub skp: StatusSkpCount,
    /// Mean IKI progress of the RHK (0–1); none without RHK.
    pub progres: Option<f64>,
    pub rhk: i64,
    /// RHK behind the time elapsed.
    pub tertinggal: i64,
    /// RHK with a high risk (Tinggi and above).
    pub risiko_tinggi: i64,
    /// IKI whose year-end projection falls short of the target.
    pub iki_kurang: i64,
    /// Realisasi entries waiting for verification.
    pub bukti_menunggu: i64,
    /// People without a performance dialogue held in the current quarter ([`Dasbor::kuartal`]).
    pub tanpa_dialog: i64,
    /// Feedback received in the current quarter.
    pub umpan_balik: i64,
    /// People in at least one squad role, and those whose squads take more than all their time.
    pub di_tim: i64,
    pub beban_lebih: i64,
}

/// One person directly in the unit (not in a sub-unit), from the stored aggregates: the
/// employee level of the drill-down (their own page is `/dasbor/pegawai?id=`).
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "ssr", derive(utoipa::ToSchema))]
pub struct AnggotaUnit {
    pub pegawai_id: String,
    pub nama: String,
    pub nip: String,
    /// `BELUM`, `DRAFT`, `DIAJUKAN`, `DISETUJUI` or `DIKEMBALIKAN`.
    pub status_skp: String,
    pub rhk: i64,
    pub progres: Option<f64>,
    pub tertinggal: i64,
    pub risiko_tinggi: i64,
    pub iki_kurang: i64,
    pub bukti_menunggu: i64,
    /// A performance dialogue held in the current quarter.
    pub dialog: bool,
    /// Feedback received in the current quarter.
    pub umpan_balik: i64,
    pub beban_lebih: bool,
}

/// A target at risk: behind the time elapsed, or with a high risk.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "ssr", derive(utoipa::ToSchema))]
pub struct TargetBerisiko {
    pub rhk_id: String,
    pub judul: String,
    pub pegawai_id: String,
    pub pegawai_name: String,
    pub unit_name: String,
    pub progres: Option<f64>,
    /// Time elapsed minus progress (0–1).
    pub gap: f64,
    pub risiko_tinggi: bool,
}

/// An IKI whose year-end projection (`domain::proyeksi`) falls short of its target, with the
/// model's inputs so a leader can check it.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "ssr", derive(utoipa::ToSchema))]
pub struct ProyeksiTarget {
    pub iki_id: String,
    pub indikator: String,
    pub rhk_id: String,
    pub rhk_judul: String,
    pub pegawai_id: String,
    pub pegawai_name: String,
    pub unit_name: String,
    pub target: f64,
    pub satuan: String,
    /// The cumulative realisasi so far.
    pub realisasi: Option<f64>,
    /// The projected year-end value.
    pub proyeksi: f64,
    /// The shortfall as a share of the target (0.2 = 20 % short); the list is ranked by it.
    pub kurang: f64,
    /// `RATA_RATA` (pace of the reported sub-periods) or `TREN_LINEAR` (least-squares line).
    pub model: String,
    /// The latest sub-period reported and the sub-periods of the year.
    pub dilaporkan: u32,
    pub jumlah_sub: u32,
    /// Per sub-period: the mean pace or the slope of the line.
    pub laju: f64,
}

/// Squad workload of the subtree's people.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "ssr", derive(utoipa::ToSchema))]
pub struct BebanRingkas {
    /// People with at least one squad role.
    pub di_tim: i64,
    /// People whose squad allocations exceed 100 %.
    pub lebih: i64,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "ssr", derive(utoipa::ToSchema))]
pub struct Dasbor {
    pub periode_id: String,
    /// The share of the period that has passed (0–1).
    pub waktu_berjalan: f64,
    /// The quarter of the period (1–4) the dialogue and feedback figures are of.
    pub kuartal: u32,
    /// The unit itself with its whole subtree.
    pub total: DasborUnit,
    /// Each direct sub-unit with its subtree (drill down with `unit=`).
    pub sub_units: Vec<DasborUnit>,
    /// The people directly in the unit, by name (at most 200).
    pub anggota: Vec<AnggotaUnit>,
    /// The 20 targets most behind, by gap.
    pub berisiko: Vec<TargetBerisiko>,
    /// The 20 IKI projected furthest short of their targets, by shortfall.
    pub proyeksi: Vec<ProyeksiTarget>,
    pub beban: BebanRingkas,
    #[cfg_attr(feature = "ssr", schema(value_type = Option<String>))]
    pub organisasi: Option<PredikatOrganisasi>,
    pub predikat: Vec<SebaranPredikat>,
    pub belum_dinilai: usize,
    pub pelanggaran: Vec<Pelanggaran>,
}

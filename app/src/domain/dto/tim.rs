//! Squads, the Matriks Peran Hasil, the contribution map and the workload as the browser and
//! the API see them, and the inputs that change them.

use serde::{Deserialize, Serialize};

use super::{ChainStep, Iki, IkiInput, PegawaiRingkas, RhkRef};
use crate::domain::rating::Rating;
use crate::domain::skp::JenisRhk;
use crate::domain::tim::{Beban, PeranTim};

/// A squad in a list.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "ssr", derive(utoipa::ToSchema))]
pub struct TimRingkas {
    pub id: String,
    pub nama: String,
    pub tujuan: String,
    pub periode_id: String,
    pub ketua_id: String,
    pub ketua_name: String,
    /// Active members (people, not roles).
    pub anggota_count: i64,
    /// The caller's own roles in it (labels), if any.
    pub peran_saya: Vec<String>,
}

/// The lead's feedback and rating recommendation for one member.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "ssr", derive(utoipa::ToSchema))]
pub struct Rekomendasi {
    pub tim_id: String,
    pub tim_nama: String,
    pub pegawai_id: String,
    pub umpan_balik: String,
    #[cfg_attr(feature = "ssr", schema(value_type = Option<String>))]
    pub rating: Option<Rating>,
    pub oleh_id: String,
    pub oleh_name: String,
    pub updated_at: String,
    pub version: i64,
}

/// A member's role (a row of the matrix).
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "ssr", derive(utoipa::ToSchema))]
pub struct AnggotaTim {
    pub id: String,
    pub pegawai: PegawaiRingkas,
    /// Whether the member works in another unit than the lead.
    pub lintas_unit: bool,
    #[cfg_attr(feature = "ssr", schema(value_type = String))]
    pub peran: PeranTim,
    /// The named role (LAINNYA) or "".
    pub nama_peran: String,
    /// What to show: "Ketua tim", "Anggota", "analis data", …
    pub label: String,
    /// % of the member's time.
    pub alokasi: i64,
    /// Set when the member left the squad (the row and its retired RHK are kept).
    pub keluar_at: Option<String>,
    pub version: i64,
}

/// A column of the matrix: one of the leader's IKI or a result of the squad, and the leader
/// RHK its cells intervene.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "ssr", derive(utoipa::ToSchema))]
pub struct KolomMph {
    pub id: String,
    pub judul: String,
    pub intervensi: RhkRef,
    pub iki_id: Option<String>,
    /// Mean progress (0–1) of its active cells' RHK; none without cells.
    pub progress: Option<f64>,
}

/// A cell: the member's role in the column as a result, and the RHK it became.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "ssr", derive(utoipa::ToSchema))]
pub struct SelMph {
    pub id: String,
    pub anggota_id: String,
    pub kolom_id: String,
    pub judul: String,
    pub rhk_id: String,
    pub iki: Vec<Iki>,
    pub progress: Option<f64>,
}

/// One line of the squad's recent activity (its audit trail).
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "ssr", derive(utoipa::ToSchema))]
pub struct AktivitasTim {
    pub at: String,
    pub aksi: String,
    pub oleh: Option<String>,
}

/// The squad page: members, roles, the matrix, progress per result, recent activity.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "ssr", derive(utoipa::ToSchema))]
pub struct Tim {
    pub id: String,
    pub nama: String,
    pub tujuan: String,
    pub periode_id: String,
    pub tahun: i64,
    pub ketua: PegawaiRingkas,
    /// The leader RHK the squad serves.
    pub rhk: Option<RhkRef>,
    /// Active roles first, then former ones (with `keluar_at`).
    pub anggota: Vec<AnggotaTim>,
    pub kolom: Vec<KolomMph>,
    pub sel: Vec<SelMph>,
    /// Mean progress of all active cells (0–1).
    pub progress: Option<f64>,
    /// The lead's recommendations (for those who manage the squad; empty for members).
    pub rekomendasi: Vec<Rekomendasi>,
    pub aktivitas: Vec<AktivitasTim>,
    /// The caller may change the squad, its members and the matrix.
    pub boleh_kelola: bool,
    /// The caller leads it (gives feedback and recommendations).
    pub ketua_saya: bool,
    pub version: i64,
}

/// A new squad.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "ssr", derive(utoipa::ToSchema))]
pub struct TimInput {
    pub nama: String,
    #[serde(default)]
    pub tujuan: String,
    /// An annual period id (default: this year's).
    #[serde(default)]
    pub periode_id: Option<String>,
    /// The lead (default: the caller's own employee record).
    #[serde(default)]
    pub ketua_id: Option<String>,
    /// The leader RHK the squad serves (the lead's or the creator's).
    #[serde(default)]
    pub rhk_id: Option<String>,
    /// The lead's own allocation as KETUA (default 10 %).
    #[serde(default)]
    pub alokasi_ketua: Option<i64>,
}

/// A change of the squad's own fields (the lead cannot change here; `rhk_id` none keeps it).
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "ssr", derive(utoipa::ToSchema))]
pub struct TimUpdate {
    pub version: i64,
    pub nama: String,
    #[serde(default)]
    pub tujuan: String,
    #[serde(default)]
    pub rhk_id: Option<String>,
}

/// A member's role to add, or the new role and allocation of one.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "ssr", derive(utoipa::ToSchema))]
pub struct AnggotaInput {
    /// The squad's `version` as read.
    pub version: i64,
    /// The employee (ignored when changing an existing role).
    #[serde(default)]
    pub pegawai_id: String,
    #[cfg_attr(feature = "ssr", schema(value_type = String))]
    pub peran: PeranTim,
    #[serde(default)]
    pub nama_peran: Option<String>,
    /// % of the member's time, 0–100.
    pub alokasi: i64,
}

/// A column of the matrix as edited: an existing one by id, or a new one.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "ssr", derive(utoipa::ToSchema))]
pub struct KolomInput {
    #[serde(default)]
    pub id: Option<String>,
    pub judul: String,
    /// The leader RHK its cells intervene (default: the squad's RHK).
    #[serde(default)]
    pub rhk_id: Option<String>,
    #[serde(default)]
    pub iki_id: Option<String>,
}

/// A cell as edited. A cell whose text is empty, `x` or `-` is no cell.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "ssr", derive(utoipa::ToSchema))]
pub struct SelInput {
    /// The row: a member's role (`AnggotaTim.id`).
    pub anggota_id: String,
    /// The column: its index in `kolom`.
    pub kolom: usize,
    /// The role stated as a result (becomes the RHK's title).
    pub judul: String,
    /// UTAMA (default) or TAMBAHAN.
    #[cfg_attr(feature = "ssr", schema(value_type = Option<String>))]
    #[serde(default)]
    pub jenis: Option<JenisRhk>,
    /// IKI of the RHK (with `id` to keep one and its realisasi). None: a new cell gets the
    /// three aspects with default targets; an existing one keeps its IKI.
    #[serde(default)]
    pub iki: Option<Vec<IkiInput>>,
}

/// The whole matrix, saved in one transaction.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "ssr", derive(utoipa::ToSchema))]
pub struct MatriksInput {
    /// The squad's `version` as read.
    pub version: i64,
    pub kolom: Vec<KolomInput>,
    pub sel: Vec<SelInput>,
}

/// The lead's feedback and recommendation for one member.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "ssr", derive(utoipa::ToSchema))]
pub struct RekomendasiInput {
    #[serde(default)]
    pub umpan_balik: String,
    #[cfg_attr(feature = "ssr", schema(value_type = Option<String>))]
    #[serde(default)]
    pub rating: Option<Rating>,
}

/// `unit` (a home-unit RHK) or `tim` (a squad role's RHK).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum JenisKontribusi {
    Unit,
    Tim,
}

/// One result on the contribution map.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "ssr", derive(utoipa::ToSchema))]
pub struct Kontribusi {
    #[cfg_attr(feature = "ssr", schema(value_type = String))]
    pub kind: JenisKontribusi,
    pub rhk_id: String,
    pub judul: String,
    #[cfg_attr(feature = "ssr", schema(value_type = String))]
    pub jenis: JenisRhk,
    pub iki: Vec<Iki>,
    pub progress: Option<f64>,
    /// The squad and the role (squad results only).
    pub tim_id: Option<String>,
    pub tim_nama: Option<String>,
    pub peran: Option<String>,
    /// Penugasan dari: the squad lead who assigned it.
    pub penugasan_dari: Option<String>,
    /// The intervened RHK.
    pub intervensi: Option<RhkRef>,
    /// From the strategic goal down to the intervened RHK.
    pub jalur: Vec<ChainStep>,
    /// Share of the person's time, in % (a role's allocation split over its results; the
    /// home share split over the home results).
    pub alokasi: f64,
}

/// The employee's contribution map for a year: home results and every squad role side by
/// side, with the workload.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "ssr", derive(utoipa::ToSchema))]
pub struct PetaKontribusi {
    pub pegawai: PegawaiRingkas,
    pub periode_id: String,
    pub tahun: i64,
    pub items: Vec<Kontribusi>,
    pub beban: Beban,
    /// The squad leads' recommendations (for whoever may read the employee).
    pub rekomendasi: Vec<Rekomendasi>,
    /// True when the caller sees only the squads they lead (a squad lead of another unit).
    pub terbatas: bool,
}

/// One squad role in the workload list.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "ssr", derive(utoipa::ToSchema))]
pub struct PeranBeban {
    pub tim_id: String,
    pub tim_nama: String,
    pub peran: String,
    pub alokasi: i64,
}

/// One employee's workload.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "ssr", derive(utoipa::ToSchema))]
pub struct BebanPegawai {
    pub pegawai_id: String,
    pub nip: String,
    pub name: String,
    pub jabatan: String,
    pub unit_name: String,
    pub beban: Beban,
    pub peran: Vec<PeranBeban>,
}

/// How much of a unit's (subtree's) people's time goes to squads.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "ssr", derive(utoipa::ToSchema))]
pub struct BebanUnit {
    pub unit_id: String,
    pub kode: String,
    pub nama: String,
    pub pegawai: i64,
    pub di_tim: i64,
    pub lebih: i64,
    /// 0–1 (and above): squad allocations ÷ (100 % × people).
    pub porsi_tim: f64,
}

/// The workload of a unit subtree: the unit and its direct sub-units, and one page of people.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "ssr", derive(utoipa::ToSchema))]
pub struct BebanKerja {
    pub periode_id: String,
    /// The unit itself first, then its direct sub-units (each with its subtree).
    pub units: Vec<BebanUnit>,
    pub items: Vec<BebanPegawai>,
    pub next_cursor: Option<String>,
}

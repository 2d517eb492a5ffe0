//! Types sent between the server and the browser (and over the JSON API). They never carry
//! server-only columns such as password hashes.

use serde::{Deserialize, Serialize};

use super::role::Role;

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "ssr", derive(utoipa::ToSchema))]
pub struct Me {
    /// The employee id when the account belongs to an employee, else the account id.
    pub id: String,
    pub account_id: String,
    pub username: String,
    pub nip: Option<String>,
    pub name: String,
    #[cfg_attr(feature = "ssr", schema(value_type = Vec<String>))]
    pub roles: Vec<Role>,
    pub unit_id: Option<String>,
    pub unit_name: Option<String>,
    pub jabatan: Option<String>,
    pub instansi_id: String,
    pub instansi_name: String,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "ssr", derive(utoipa::ToSchema))]
pub struct Unit {
    pub id: String,
    pub parent_id: Option<String>,
    pub kode: String,
    pub nama: String,
    pub level: i64,
    pub has_children: bool,
    /// Employees directly in this unit (not its sub-units).
    pub employee_count: i64,
    pub kepala: Option<String>,
    pub version: i64,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "ssr", derive(utoipa::ToSchema))]
pub struct Employee {
    pub id: String,
    pub nip: String,
    pub name: String,
    /// "PNS" or "PPPK".
    pub status_asn: String,
    pub golongan: String,
    pub pangkat: String,
    pub jabatan: String,
    /// JPT_UTAMA … FUNGSIONAL.
    pub jenis_jabatan: String,
    pub jenjang: Option<String>,
    pub unit_id: String,
    pub unit_name: String,
    pub ppk_id: Option<String>,
    pub ppk_name: Option<String>,
    pub atasan_ppk_id: Option<String>,
    pub atasan_ppk_name: Option<String>,
    pub version: i64,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "ssr", derive(utoipa::ToSchema))]
pub struct Period {
    pub id: String,
    pub tahun: i64,
    /// TAHUNAN, BULANAN, TRIWULANAN or SEMESTERAN.
    pub jenis: String,
    pub nomor: i64,
    pub nama: String,
    pub mulai: String,
    pub selesai: String,
    /// PERENCANAAN, PELAKSANAAN, PENILAIAN or DITUTUP.
    pub status: String,
    #[cfg_attr(feature = "ssr", schema(no_recursion))]
    pub sub_periods: Vec<Period>,
}

/// One page of a list, with the cursor of the next page (none on the last page).
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Page<T> {
    pub items: Vec<T>,
    pub next_cursor: Option<String>,
}

pub const DEFAULT_PAGE: i64 = 50;
pub const MAX_PAGE: i64 = 200;

/// Clamps a requested page size to 1..=MAX_PAGE.
pub fn page_limit(requested: Option<i64>) -> i64 {
    requested.unwrap_or(DEFAULT_PAGE).clamp(1, MAX_PAGE)
}

mod cascade;
mod dasbor;
mod dasbor_pegawai;
mod dialog;
mod evaluasi;
mod inovasi;
mod realisasi;
mod skp;
mod survei;
mod tim;
mod tindak_lanjut;
mod umpan_balik;

pub use cascade::*;
pub use dasbor::*;
pub use dasbor_pegawai::*;
pub use dialog::*;
pub use evaluasi::*;
pub use inovasi::*;
pub use realisasi::*;
pub use skp::*;
pub use survei::*;
pub use tim::*;
pub use tindak_lanjut::*;
pub use umpan_balik::*;

//! Seeds: the demo agency (`seed demo`) and large deterministic agencies for benchmarks
//! (`seed synthetic`). Both build the organisation in memory and write it in one transaction
//! with batched inserts (`repo::bulk`), audit rows included.

pub mod angka_kredit;
mod catalog;
pub mod demo;
pub mod dialog;
pub mod evaluasi;
pub mod evaluasi_berjalan;
mod inovasi;
mod org;
pub mod people;
pub mod plan;
pub mod realisasi;
pub mod rng;
pub mod survei;
pub mod synthetic;
pub mod tim;
pub mod umpan_balik;

/// The tables a seed fills in bulk (their statistics are refreshed afterwards).
pub const SEEDED_TABLES: [&str; 17] = [
    "unit_kerja",
    "jabatan",
    "pegawai",
    "skp",
    "rhk",
    "iki",
    "rhk_risiko",
    "tim",
    "tim_anggota",
    "tim_kolom",
    "tim_sel",
    "tim_rekomendasi",
    "realisasi",
    "berkas",
    "bukti",
    "angka_kredit",
    "potensi_pegawai",
];

/// What a seed created (or found, when it had run before).
#[derive(Debug, Clone, Default, serde::Serialize)]
pub struct Summary {
    pub instansi_id: String,
    pub units: usize,
    pub employees: usize,
    pub accounts: usize,
    /// False when the instansi already existed and nothing was written.
    pub created: bool,
}

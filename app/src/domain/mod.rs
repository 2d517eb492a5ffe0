//! The shared domain: types and rules of PermenPANRB 6/2022, with no I/O and no framework.
//! It compiles for wasm and native with no features, and carries the densest tests.

pub mod angka_kredit;
pub mod berakhlak;
pub mod cascade;
pub mod coaching;
pub mod code_enum;
pub mod dasbor;
pub mod dialog;
pub mod dto;
pub mod evaluasi;
pub mod inovasi;
pub mod jabatan;
pub mod kemajuan_ak;
pub mod kurva;
pub mod lang;
pub mod nip;
pub mod notifikasi;
pub mod pegawai;
pub mod periode;
pub mod problem;
pub mod proyeksi;
pub mod rating;
pub mod realisasi;
pub mod risiko;
pub mod role;
pub mod skp;
pub mod survei;
pub mod talenta;
pub mod tim;
pub mod umpan_balik;

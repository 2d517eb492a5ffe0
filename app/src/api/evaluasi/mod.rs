//! Evaluation (penilaian): the PPK's list and rating form, the employee's result with the
//! acknowledgement and the keberatan, calibration against the curve with the organisation's
//! result, and the atasan PPK's decisions. Thin wrappers over `backend::evaluasi`, which
//! checks authorisation, validates and audits.

mod ajukan_keberatan;
mod akses_evaluasi;
mod evaluasi_pegawai;
mod finalisasi;
mod get_kalibrasi;
mod get_keberatan;
mod keberatan_terlambat;
mod list_keberatan;
mod list_periode;
mod nilai_pegawai;
mod penilaian_detail;
mod pindah_predikat;
mod putus_keberatan;
mod set_capaian;
mod staf_evaluasi;
mod terima_hasil;

pub use ajukan_keberatan::*;
pub use akses_evaluasi::*;
pub use evaluasi_pegawai::*;
pub use finalisasi::*;
pub use get_kalibrasi::*;
pub use get_keberatan::*;
pub use keberatan_terlambat::*;
pub use list_keberatan::*;
pub use list_periode::*;
pub use nilai_pegawai::*;
pub use penilaian_detail::*;
pub use pindah_predikat::*;
pub use putus_keberatan::*;
pub use set_capaian::*;
pub use staf_evaluasi::*;
pub use terima_hasil::*;

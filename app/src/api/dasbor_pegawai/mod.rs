//! The employee dashboard: a thin wrapper over `backend::dasbor_pegawai`, which checks who may
//! read the employee.

mod muat_dasbor_pegawai;

pub use muat_dasbor_pegawai::*;

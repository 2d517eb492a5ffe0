//! Dialog kinerja (DOMAIN.md §1): reading an employee's dialogues, scheduling one, keeping its
//! notes and status, and its follow-ups.

mod dialog_pegawai;
mod jadwalkan;
mod tindak_lanjut;
mod ubah;

pub use dialog_pegawai::*;
pub use jadwalkan::*;
pub use tindak_lanjut::*;
pub use ubah::*;

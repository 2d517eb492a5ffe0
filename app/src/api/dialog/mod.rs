//! Dialog kinerja (DOMAIN.md §1): reading an employee's dialogues, scheduling one, keeping its
//! notes and status, its follow-ups, and the employee's rating of a coaching session.

mod dialog_pegawai;
mod jadwalkan;
mod nilai_coaching;
mod tindak_lanjut;
mod ubah;

pub use dialog_pegawai::*;
pub use jadwalkan::*;
pub use nilai_coaching::*;
pub use tindak_lanjut::*;
pub use ubah::*;

//! Continuous feedback (DOMAIN.md §1–2): reading an employee's feedback, giving it, asking
//! for it.

mod beri;
mod minta;
mod umpan_balik_pegawai;

pub use beri::*;
pub use minta::*;
pub use umpan_balik_pegawai::*;

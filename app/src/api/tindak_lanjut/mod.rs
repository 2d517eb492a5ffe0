//! Tindak lanjut (what follows a final evaluation): the 9-box with the leader's potensi, and
//! the angka kredit ledger. Thin wrappers over `backend::tindak_lanjut`, which checks
//! authorisation, validates and audits.

mod ledger_ak;
mod peta_talenta;
mod simpan_potensi;

pub use ledger_ak::*;
pub use peta_talenta::*;
pub use simpan_potensi::*;

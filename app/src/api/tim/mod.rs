//! Squads (tim kerja): the caller's Peta Kontribusi, the squads, their members' roles, the
//! Matriks Peran Hasil, the lead's recommendations and the workload. Thin wrappers over
//! `backend::tim`, which checks authorisation, validates and audits.

mod add_anggota;
mod beban_unit;
mod create_tim;
mod get_tim;
mod list_tim;
mod peta_saya;
mod remove_anggota;
mod save_matriks;
mod save_rekomendasi;
mod update_anggota;
mod update_tim;

pub use add_anggota::*;
pub use beban_unit::*;
pub use create_tim::*;
pub use get_tim::*;
pub use list_tim::*;
pub use peta_saya::*;
pub use remove_anggota::*;
pub use save_matriks::*;
pub use save_rekomendasi::*;
pub use update_anggota::*;
pub use update_tim::*;

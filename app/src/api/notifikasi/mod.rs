//! The signed-in user's in-app notifications (the bell).

mod notifikasi_saya;
mod tandai;

pub use notifikasi_saya::*;
pub use tandai::*;

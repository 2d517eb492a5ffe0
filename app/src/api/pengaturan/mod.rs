//! The agency's evaluation settings (the distribution curve and the appeal decision deadline):
//! admins only, checked in `backend::tindak_lanjut::pengaturan`.

mod get_pengaturan;
mod simpan_pengaturan;

pub use get_pengaturan::*;
pub use simpan_pengaturan::*;

//! Documents generated on the server as PDF: the SKP and the Dokumen Evaluasi Kinerja Pegawai
//! in their official layouts.

pub mod evaluasi;
mod layout;
pub mod skp;

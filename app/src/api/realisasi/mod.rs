//! Realisasi (DOMAIN.md §9): reading an IKI's entries and verifying one. Recording goes through
//! the streaming JSON API route (`POST /api/v1/indicators/{id}/realisasi`), since files are
//! larger than a server function's body limit.

mod realisasi_iki;
mod verifikasi;

pub use realisasi_iki::*;
pub use verifikasi::*;

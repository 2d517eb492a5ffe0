//! Realisasi with evidence (bukti dukung), shared by the JSON API and the server functions:
//! recording (the RHK's owner; idempotent retries), verifying (the PPK, or the squad lead for
//! a squad RHK), listing, and serving evidence files. The cumulative rule is
//! `domain::realisasi::kumulatif`; files are kept by `store`.

mod access;
pub mod read;
pub mod record;
pub mod store;
pub mod verify;

pub use access::{akses, Akses};
pub use store::{EvidenceStore, StagedFile, Upload};

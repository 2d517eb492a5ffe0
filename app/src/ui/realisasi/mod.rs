//! Realisasi (DOMAIN.md §9): an IKI's achievements per sub-period with their evidence, the
//! owner's form (local draft, upload progress, idempotent retries) and the PPK's verification.

pub mod draft;
pub mod entry_list;
pub mod realisasi_page;
pub mod record_form;
pub mod upload;

//! The SKP use cases shared by the JSON API and the server functions: each takes the
//! database and the actor, checks authorisation on the specific records, validates, writes in
//! one transaction with its audit row, and answers with the SKP as it now is.

mod access;
pub mod cascade;
mod intervensi;
pub mod period;
pub mod plan;
pub mod sasaran;
pub mod workflow;

pub use access::{owner_scope, read_skp, require_ppk};

//! The squad use cases (tim kerja, Matriks Peran Hasil, contribution map, workload) shared by
//! the JSON API and the server functions: each takes the database and the actor, checks
//! authorisation on the specific records, validates, writes in one transaction with its audit
//! rows, and answers with the squad (or view) as it now is.
//!
//! Who may do what: the squad's lead (ketua), the account that created it and the agency's
//! admins manage a squad (fields, members, matrix); its active members, admins and auditors
//! see its page; nobody else does. Only the lead gives recommendations. A lead sees the
//! squad RHK of the members (on the squad page and on their contribution map), never their
//! home-unit RHK; the member's own PPK sees squad RHK as RHK of the member's SKP.

mod access;
pub mod beban;
pub mod kelola;
pub mod kontribusi;
pub mod matriks;

pub use access::{parent_allowed, squad_parent_ok, Akses};

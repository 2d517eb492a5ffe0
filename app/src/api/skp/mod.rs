//! The SKP: the signed-in employee's own plan, its RHK and IKI, the planning workflow, and a
//! PPK's view of the subordinates' plans. Thin wrappers over `backend::skp`, which checks
//! authorisation, validates and audits.

mod bawahan_list;
mod delete_rhk;
#[cfg(feature = "ssr")]
mod fail;
mod intervensi_options;
mod my_skp;
mod open_skp;
mod save_rhk;
mod skp_by_id;
mod skp_step;

pub use bawahan_list::*;
pub use delete_rhk::*;
#[cfg(feature = "ssr")]
pub use fail::fail;
pub use intervensi_options::*;
pub use my_skp::*;
pub use open_skp::*;
pub use save_rhk::*;
pub use skp_by_id::*;
pub use skp_step::*;

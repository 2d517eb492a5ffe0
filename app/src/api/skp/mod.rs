//! The SKP: the signed-in employee's own plan, its RHK and IKI, the planning workflow, and a
//! PPK's view of the subordinates' plans. Thin wrappers over `backend::skp`, which checks
//! authorisation, validates and audits.

mod add_risiko;
mod assign_rhk;
mod bawahan_list;
mod delete_rhk;
mod delete_risiko;
#[cfg(feature = "ssr")]
mod fail;
mod intervensi_options;
mod my_skp;
mod open_skp;
mod publish_rhk;
mod sasaran_options;
mod save_rhk;
mod set_lampiran;
mod set_perilaku;
mod skp_by_id;
mod skp_step;

pub use add_risiko::*;
pub use assign_rhk::*;
pub use bawahan_list::*;
pub use delete_rhk::*;
pub use delete_risiko::*;
#[cfg(feature = "ssr")]
pub use fail::fail;
pub use intervensi_options::*;
pub use my_skp::*;
pub use open_skp::*;
pub use publish_rhk::*;
pub use sasaran_options::*;
pub use save_rhk::*;
pub use set_lampiran::*;
pub use set_perilaku::*;
pub use skp_by_id::*;
pub use skp_step::*;

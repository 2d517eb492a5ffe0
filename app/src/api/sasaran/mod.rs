//! The instansi's strategic goals (sasaran strategis): everyone reads this year's, the admin
//! or the head of the agency edits them. Thin wrappers over `backend::skp::sasaran`, which
//! checks authorisation, validates and audits. The file import is the JSON API's
//! `POST /api/v1/strategic-goals/import` (a raw body), posted by the browser directly.

mod can_edit;
mod delete;
mod list;
mod save;

pub use can_edit::*;
pub use delete::*;
pub use list::*;
pub use save::*;

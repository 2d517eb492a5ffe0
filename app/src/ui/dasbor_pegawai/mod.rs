//! The employee dashboard (`/dasbor/pegawai?id=&period=`): one employee's progress per RHK
//! and per squad role, each IKI's year-end projection, the upcoming follow-ups and the latest
//! feedback. A leader opens it for someone in their subtree (the employee level of the
//! drill-down).

mod bar;
mod daftar;
pub mod dasbor_pegawai_page;
mod iki_table;
mod labels;
mod rhk_card;

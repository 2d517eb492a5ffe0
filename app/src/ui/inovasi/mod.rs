//! Innovation records: an employee's page (record, change), a unit's counts and list, and the
//! card both use (also shown on the evaluation page).

pub mod inovasi_card;
mod inovasi_form;
pub mod inovasi_page;
mod unit_panel;

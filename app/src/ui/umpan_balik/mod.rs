//! Continuous feedback: the page of one employee's feedback in a year, with the forms to give
//! and to ask for it.

pub mod feedback_list;
mod give_form;
mod request_form;
mod topik;
pub mod umpan_balik_page;

//! Dialog kinerja: the page of one employee's dialogues of a year, the form to schedule one,
//! each dialogue's notes, status and follow-ups, and the employee's rating of a coaching session.

mod coaching_form;
mod dialog_card;
pub mod dialog_page;
mod follow_ups;
mod labels;
mod schedule_form;

//! Dialog kinerja (DOMAIN.md §1): the employee, their PPK or a squad lead schedules one; both
//! participants keep the notes, close it and agree follow-ups with due dates; overdue ones are
//! flagged and their owner is reminded once through a notification; the employee rates a held
//! coaching, mentoring or counseling session with the nine-statement form. Every change is
//! audited.

mod access;
mod coaching;
mod follow_up;
mod read;
pub mod remind;
mod write;

pub use coaching::rate_coaching;
pub use follow_up::{add_follow_up, set_follow_up};
pub use read::for_employee;
pub use write::{create, update};

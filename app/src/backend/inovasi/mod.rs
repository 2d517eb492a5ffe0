//! Innovation records: the employee records and updates their ideas and innovations; whoever
//! may read the employee reads them; a unit's leaders (and admins, auditors) see the counts per
//! sub-unit and the newest records. Every change is audited.

mod read;
mod write;

pub use read::{for_employee, for_unit};
pub use write::{create, update};

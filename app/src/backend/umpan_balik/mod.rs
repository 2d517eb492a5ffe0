//! Continuous feedback (umpan balik berkelanjutan, DOMAIN.md §1–2): the PPK gives feedback on
//! any RHK and on the BerAKHLAK values, a squad lead on the squad's RHK, per sub-period; the
//! employee asks for it. Each step notifies the other side and is audited.

mod access;
mod give;
mod read;
mod request;

pub use give::give;
pub use read::for_employee;
pub use request::ask;

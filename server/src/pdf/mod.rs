//! Documents generated on the server as PDF: the SKP in its official layout.

mod layout;
pub mod skp;

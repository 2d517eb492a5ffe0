//! The organisation: the unit tree, one level at a time, and employees of a unit subtree.

mod list_employees;
mod unit_children;
mod unit_trail;

pub use list_employees::*;
pub use unit_children::*;
pub use unit_trail::*;

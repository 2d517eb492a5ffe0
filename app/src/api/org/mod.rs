//! The organisation: the unit tree, one level at a time, and employees of a unit subtree.

mod list_employees;
mod tree_snapshot;
mod unit_children;

pub use list_employees::*;
pub use tree_snapshot::*;
pub use unit_children::*;

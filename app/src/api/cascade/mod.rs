//! The cascade (result chain) of a unit: one level at a time for the lazily expanded tree,
//! search with the path to each hit, and the chain of one RHK up to its strategic goal.

mod cascade_level;
mod cascade_levels;
mod cascade_root;
mod cascade_search;
mod rhk_chain;

pub use cascade_level::*;
pub use cascade_levels::*;
pub use cascade_root::*;
pub use cascade_search::*;
pub use rhk_chain::*;

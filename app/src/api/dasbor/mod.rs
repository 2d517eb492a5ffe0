//! The leader dashboard (dasbor pimpinan): the figures of a unit subtree, the units above it
//! for the breadcrumb, and whether the caller has a dashboard at all. Thin wrappers over
//! `backend::dasbor`, which checks authorisation.

mod akses_dasbor;
mod dasbor_unit;
mod unit_induk;

pub use akses_dasbor::*;
pub use dasbor_unit::*;
pub use unit_induk::*;

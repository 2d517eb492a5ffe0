//! The signed-in user's own data.

mod my_profile;

pub use my_profile::*;

//! The start page.

pub mod home_page;

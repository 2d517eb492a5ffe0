//! The frame of the signed-in pages: header, main navigation and content.

pub mod app_layout;
pub mod main_nav;

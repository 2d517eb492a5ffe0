//! Signing in.

pub mod login_form;
pub mod login_page;

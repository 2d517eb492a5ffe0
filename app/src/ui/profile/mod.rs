//! The signed-in user's profile.

pub mod employment_details;
pub mod logout_form;
pub mod profile_page;

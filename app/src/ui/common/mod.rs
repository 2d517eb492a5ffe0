//! Small pieces shared by the pages.

pub mod error_message;
pub mod icons;
pub mod lang_switch;
pub mod loading;
pub mod not_found;
pub mod skip_link;
pub mod url;

//! The admin's evaluation settings: how the distribution curve rounds and the smallest group it
//! checks (DOMAIN.md §5), and the days an atasan PPK has to decide an appeal (§6).

pub mod pengaturan_form;
pub mod pengaturan_page;

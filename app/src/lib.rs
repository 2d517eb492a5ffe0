//! Rantai's shared crate: the domain (`domain`, no features), the Leptos UI (`ui`), the server
//! functions (`api`), and, with `ssr`, the server-only infrastructure (`backend`).
#![recursion_limit = "256"]

pub mod domain;

#[cfg(feature = "ssr")]
pub mod backend;
pub mod ui;

pub use ui::{shell, App};

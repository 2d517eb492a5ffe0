//! The `rantai` server: the axum router (Leptos pages, server functions and the JSON API),
//! the command line, the demo and synthetic seeds, and the imports.
// the OpenAPI derive over every path nests deeper than rustc's default query depth
#![recursion_limit = "256"]

pub mod api;
pub mod cli;
pub mod import;
pub mod live;
pub mod middleware;
pub mod pdf;
pub mod router;
pub mod seed;
pub mod state;

pub use router::{router, router_with};
pub use state::AppState;

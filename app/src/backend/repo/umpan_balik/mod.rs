//! SQL of continuous feedback and its requests. Authorisation and validation happen in
//! `backend::umpan_balik` before these run.

mod read;
mod write;

pub use read::*;
pub use write::*;

//! 360° behaviour feedback: reading one's invitations, rounds and results (`baca`), running a
//! round (`kelola`), and answering by invitation or by public link (`jawab`).

mod baca;
mod jawab;
mod kelola;

pub use baca::*;
pub use jawab::*;
pub use kelola::*;

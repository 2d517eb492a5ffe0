//! 360° behaviour feedback (DOMAIN.md §9), shared by the JSON API and the server functions:
//! rounds and invitations (`round`), answering once by invitation or link (`answer`), and the
//! anonymised results (`results`, the rule in `domain::survei`).

pub mod access;
pub mod answer;
pub mod results;
pub mod round;
pub mod token;

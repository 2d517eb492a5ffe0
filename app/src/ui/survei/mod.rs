//! 360° behaviour feedback: the signed-in page (invitations, running a round, results), the
//! invitee's answer page, and the public page of a masyarakat link.

pub mod hasil_table;
pub mod isi_page;
pub mod kelola_panel;
pub mod labels;
pub mod skor_fields;
pub mod tautan_page;
pub mod umpan_balik_page;

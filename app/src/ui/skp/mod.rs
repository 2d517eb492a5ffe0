//! The SKP (Sasaran Kinerja Pegawai): the employee's own plan (`/skp`) and a PPK's review of
//! the subordinates' plans (`/skp/bawahan`).

pub mod bawahan_page;
pub mod confirm;
pub mod editor;
pub mod iki_rows;
pub mod labels;
pub mod lampiran;
pub mod leader_tools;
pub mod my_skp_page;
pub mod owner_actions;
pub mod perilaku;
pub mod print_view;
pub mod review_actions;
pub mod rhk_card;
pub mod rhk_fields;
pub mod rhk_form;
pub mod rhk_list;
pub mod risiko;
pub mod skp_checks;
pub mod skp_header;

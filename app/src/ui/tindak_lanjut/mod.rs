//! Tindak lanjut pages (DOMAIN.md §7): the 9-box of talent with the leader's potensi and the
//! predikat export, and the angka kredit ledger of a functional employee.

pub mod angka_kredit_page;
pub mod ekspor_links;
pub mod labels;
pub mod potensi_form;
pub mod talenta_grid;
pub mod talenta_list;
pub mod talenta_page;

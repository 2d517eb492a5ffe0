//! Squads (tim kerja): the employee's Peta Kontribusi (the home screen on a phone), the
//! squads' list and page, members and roles, the Matriks Peran Hasil editor, the lead's
//! recommendations and the unit's workload.

pub mod aktivitas;
pub mod anggota_form;
pub mod anggota_list;
pub mod beban_panel;
pub mod icon;
pub mod kontribusi_card;
pub mod kontribusi_page;
pub mod labels;
pub mod matriks;
pub mod matriks_editor;
pub mod peran_fields;
pub mod peta_kontribusi;
pub mod progress;
pub mod rekomendasi;
pub mod state;
pub mod tim_form;
pub mod tim_list_page;
pub mod tim_page;

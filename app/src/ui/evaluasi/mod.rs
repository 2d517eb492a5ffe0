//! Evaluation pages (DOMAIN.md §4–6): *Penilaian* (the PPK rates their staff), *Hasil saya*
//! (the employee's result, acknowledgement and keberatan), *Kalibrasi* (the organisation's
//! result, the distribution against the curve, moves and finalisation) and *Keberatan* (the
//! atasan PPK hears and decides).

pub mod capaian_form;
pub mod finalisasi_form;
pub mod hasil_saya_page;
pub mod hasil_view;
pub mod kalibrasi_page;
pub mod keberatan_form;
pub mod keberatan_page;
pub mod labels;
pub mod masukan_panel;
pub mod penilaian_page;
pub mod periode_select;
pub mod peserta_list;
pub mod putusan_form;
pub mod rating_fields;
pub mod rating_form;
pub mod sebaran_chart;
pub mod staf_select;
pub mod sub_nav;

//! The leader dashboard (`/dasbor`): a unit's figures with its sub-units (drill down), the
//! targets at risk, the year-end projection and the predikat distribution, kept up to date
//! by the dashboard's event stream.

pub mod anggota_table;
pub mod angka;
pub mod berisiko_table;
pub mod dasbor_page;
pub mod jalur_unit;
pub mod langsung;
pub mod predikat_panel;
pub mod progres_chart;
pub mod proyeksi_table;
pub mod ringkasan;
pub mod status_chart;
pub mod sub_unit_table;

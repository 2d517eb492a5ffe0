//! `/sasaran`: the instansi's strategic goals of this year with their key indicators and
//! targets. Everyone reads them; the admin or the head of the agency adds, changes and
//! deletes goals, or imports them from a CSV/XLSX file.

pub mod board;
pub mod goal_card;
pub mod goal_form;
pub mod import_panel;
pub mod sasaran_page;
pub mod upload;

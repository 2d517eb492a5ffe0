//! The words and numbers of the employee dashboard.

use crate::i18n::*;
use crate::ui::skp::labels::{fmt_num, I18n};

/// A share (0–1) as a whole percentage with the locale's spacing: `0.43` → `43 %`.
pub fn persen(v: f64) -> String {
    format!("{} %", (v.clamp(0.0, 1.0) * 100.0).round() as i64)
}

/// The projection model's name.
pub fn model(i18n: I18n, code: &str) -> &'static str {
    match code {
        "TREN_LINEAR" => t_string!(i18n, dasbor_saya.model_tren_linear),
        _ => t_string!(i18n, dasbor_saya.model_rata_rata),
    }
}

/// A value with its unit: `6 ton`, `12,5 %`.
pub fn nilai(i18n: I18n, v: f64, satuan: &str) -> String {
    format!("{} {satuan}", fmt_num(i18n, v))
}

#[cfg(test)]
mod tests {
    #[test]
    fn shares_as_percentages() {
        assert_eq!(super::persen(0.4333), "43 %");
        assert_eq!(super::persen(1.7), "100 %");
        assert_eq!(super::persen(-0.1), "0 %");
    }
}

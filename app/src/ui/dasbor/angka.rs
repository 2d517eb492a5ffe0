//! How the dashboard writes its numbers, and the CSV link under each chart and table.

use leptos::prelude::*;

use crate::i18n::*;
use crate::ui::common::url::with_query;
use crate::ui::skp::labels::{fmt_num, I18n};

/// A share (0–1) as a percentage with one decimal, in the user's notation: `45,2 %`.
pub fn persen(i18n: I18n, v: f64) -> String {
    format!("{} %", fmt_num(i18n, (v * 1000.0).round() / 10.0))
}

/// [`persen`], or a dash when there is nothing to measure.
pub fn persen_opt(i18n: I18n, v: Option<f64>) -> String {
    v.map(|v| persen(i18n, v)).unwrap_or_else(|| "—".into())
}

/// The address of one of the dashboard's tables as CSV.
pub fn csv_href(table: &str, unit: &str, period: &str) -> String {
    with_query(
        "/api/v1/dashboard.csv",
        &[
            ("unit", Some(unit)),
            ("period", Some(period)),
            ("table", Some(table)),
        ],
    )
}

/// "Unduh CSV" for one table (a plain download, never a client-side navigation).
#[component]
pub fn CsvLink(href: String, #[prop(into)] label: String) -> impl IntoView {
    let i18n = use_i18n();
    view! {
        <a class="csv-link" href=href download="" rel="external" aria-label=label>
            {t!(i18n, dasbor.unduh_csv)}
        </a>
    }
}

#[cfg(test)]
mod tests {
    #[test]
    fn csv_address() {
        assert_eq!(
            super::csv_href("berisiko", "u 1", "p1"),
            "/api/v1/dashboard.csv?unit=u%201&period=p1&table=berisiko"
        );
    }
}

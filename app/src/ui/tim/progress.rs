use leptos::prelude::*;

use crate::i18n::*;

/// Progress (0–1) as a real progress bar for assistive technology (`role="progressbar"`,
/// named by `labelled_by`) with the percentage as visible text; "no progress yet" when
/// unknown.
#[component]
pub fn ProgressMeter(value: Option<f64>, #[prop(into)] labelled_by: String) -> impl IntoView {
    let i18n = use_i18n();
    let pct = value.map(|v| (v.clamp(0.0, 1.0) * 100.0).round() as i64);
    let style = format!("width: {}%", pct.unwrap_or(0));
    let text = move || match pct {
        Some(p) => format!("{p}%"),
        None => t_string!(i18n, skp.progress_none).to_string(),
    };
    view! {
        <div class="meter">
            <span class="muted">{t!(i18n, skp.progress)} ": "</span>
            <span
                class="meter-bar"
                role="progressbar"
                aria-labelledby=labelled_by
                aria-valuemin="0"
                aria-valuemax="100"
                aria-valuenow=pct.map(|p| p.to_string())
                aria-valuetext=text
            >
                <span class="meter-fill" style=style></span>
            </span>
            <span class="meter-text" aria-hidden="true">{text}</span>
        </div>
    }
}

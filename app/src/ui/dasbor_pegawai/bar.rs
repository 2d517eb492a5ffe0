use leptos::prelude::*;

use super::labels::persen;
use crate::i18n::*;

/// Progress (0–1) as a `progressbar` named by `labelled_by`, with the time elapsed marked on
/// the track and both said in text ("43 % · waktu berjalan 92 %"), so nothing depends on the
/// colour or the mark alone.
#[component]
pub fn KemajuanBar(
    value: Option<f64>,
    waktu: f64,
    #[prop(into)] labelled_by: String,
    #[prop(optional)] tertinggal: bool,
) -> impl IntoView {
    let i18n = use_i18n();
    let pct = value.map(|v| (v.clamp(0.0, 1.0) * 100.0).round() as i64);
    let text = move || {
        let p = match value {
            Some(v) => persen(v),
            None => t_string!(i18n, skp.progress_none).to_string(),
        };
        format!(
            "{p} · {} {}",
            t_string!(i18n, dasbor_saya.waktu),
            persen(waktu)
        )
    };
    let fill = format!("width: {}%", pct.unwrap_or(0));
    let mark = format!("left: {:.1}%", waktu.clamp(0.0, 1.0) * 100.0);
    let class = if tertinggal {
        "dp-bar dp-bar-behind"
    } else {
        "dp-bar"
    };
    view! {
        <div class=class>
            <span
                class="dp-bar-track"
                role="progressbar"
                aria-labelledby=labelled_by
                aria-valuemin="0"
                aria-valuemax="100"
                aria-valuenow=pct.map(|p| p.to_string())
                aria-valuetext=text
            >
                <span class="dp-bar-fill" style=fill></span>
                <span class="dp-bar-mark" style=mark aria-hidden="true"></span>
            </span>
            <span class="dp-bar-text" aria-hidden="true">{text}</span>
        </div>
    }
}

//! Inline SVG icons (decorative: hidden from assistive technology).

use leptos::prelude::*;

fn icon(d: &'static str) -> impl IntoView {
    view! {
        <svg class="icon" viewBox="0 0 24 24" width="24" height="24" aria-hidden="true" focusable="false">
            <path d=d fill="none" stroke="currentColor" stroke-width="2" stroke-linecap="round" stroke-linejoin="round"/>
        </svg>
    }
}

#[component]
pub fn HomeIcon() -> impl IntoView {
    icon("M3 11l9-8 9 8M5 10v10h5v-6h4v6h5V10")
}

#[component]
pub fn OrgIcon() -> impl IntoView {
    icon("M9 3h6v5H9zM3 16h6v5H3zM15 16h6v5h-6zM12 8v4M6 16v-4h12v4")
}

#[component]
pub fn ProfileIcon() -> impl IntoView {
    icon("M12 12a4 4 0 1 0 0-8 4 4 0 0 0 0 8zM4 21c0-4 4-6 8-6s8 2 8 6")
}

#[component]
pub fn ChevronIcon() -> impl IntoView {
    icon("M9 6l6 6-6 6")
}

#[component]
pub fn SkpIcon() -> impl IntoView {
    icon("M9 3h6v3H9zM7 4.5H5V21h14V4.5h-2M9 13.5l2 2 4-4")
}

#[component]
pub fn CascadeIcon() -> impl IntoView {
    icon("M6 3v12M18 9a3 3 0 1 0 0-6 3 3 0 0 0 0 6zM6 21a3 3 0 1 0 0-6 3 3 0 0 0 0 6zM18 9c0 5-12 4-12 6")
}

/// A star: a rating.
#[component]
pub fn PenilaianIcon() -> impl IntoView {
    icon("M12 3l2.7 5.6 6.1.9-4.4 4.3 1 6.1L12 17l-5.4 2.9 1-6.1-4.4-4.3 6.1-.9z")
}

/// Bars: the distribution.
#[component]
pub fn KalibrasiIcon() -> impl IntoView {
    icon("M4 20h16M7 16V9M12 16V5M17 16v-4")
}

/// A speech bubble: an appeal.
#[component]
pub fn KeberatanIcon() -> impl IntoView {
    icon("M4 5h16v11H9l-5 4zM12 8v3M12 13.5v.5")
}

/// A 3 × 3 grid: the 9-box of talent.
#[component]
pub fn TalentaIcon() -> impl IntoView {
    icon("M4 4h16v16H4zM4 9.3h16M4 14.7h16M9.3 4v16M14.7 4v16")
}

/// Sliders: settings.
#[component]
pub fn PengaturanIcon() -> impl IntoView {
    icon("M4 6h10M18 6h2M4 12h4M12 12h8M4 18h12M20 18h0M16 4v4M10 10v4M18 16v4")
}

#[component]
pub fn BellIcon() -> impl IntoView {
    icon("M6 10a6 6 0 0 1 12 0c0 5 2 7 2 7H4s2-2 2-7M10 21h4")
}

#[component]
pub fn UmpanBalikIcon() -> impl IntoView {
    icon("M4 5h16v11H9l-5 4zM8 9h8M8 12h5")
}

/// A light bulb (innovation records).
#[component]
pub fn InovasiIcon() -> impl IntoView {
    icon(
        "M9 18h6M10 21h4M12 3a6 6 0 0 0-4 10.5c.7.7 1 1.5 1 2.5h6c0-1 .3-1.8 1-2.5A6 6 0 0 0 12 3z",
    )
}

/// A gauge: the leader dashboard.
#[component]
pub fn DasborIcon() -> impl IntoView {
    icon("M3 17a9 9 0 0 1 18 0M12 17l4-5M3 17h18")
}

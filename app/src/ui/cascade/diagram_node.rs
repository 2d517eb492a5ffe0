use leptos::prelude::*;

use super::badges::flag_label;
use super::diagram_layout::{has_children, wrap, Placed, BOX_H, BOX_W};
use crate::domain::dto::NodeKind;
use crate::i18n::*;

/// Characters of a title line (13 px text in a 200 px wide box).
const TITLE_CHARS: usize = 27;
const OWNER_CHARS: usize = 32;
const BAR_W: f64 = 120.0;

/// One box of the diagram: the title in two lines (the whole of it in `<title>`, shown on
/// hover), the owner, a progress bar with the percentage and a warning sign for flags, and
/// below it a plus or minus when it has children. The SVG is an image: its boxes are not
/// announced, the tree is the accessible way to the same content.
#[component]
pub fn DiagramBox(
    b: Placed,
    selected: Signal<bool>,
    loading: bool,
    on_choose: Callback<()>,
) -> impl IntoView {
    let i18n = use_i18n();
    let n = b.node;
    let kind = match n.kind {
        NodeKind::Sasaran => "dbox sasaran",
        NodeKind::Unlinked => "dbox unlinked",
        _ => "dbox rhk",
    };
    let lines = wrap(&n.title, TITLE_CHARS, 2);
    let second = lines.len() > 1;
    // labels in closures: they follow a change of language
    let owner_name = n.owner.as_ref().map(|o| o.name.clone());
    let full = match &owner_name {
        Some(o) => format!("{} — {o}", n.title),
        None => n.title.clone(),
    };
    let goal = n.kind == NodeKind::Sasaran;
    let owner_line = move || {
        let o = match (&owner_name, goal) {
            (Some(o), _) => o.clone(),
            (None, true) => t_string!(i18n, cascade.kind_sasaran).to_string(),
            (None, false) => String::new(),
        };
        wrap(&o, OWNER_CHARS, 1).into_iter().next()
    };
    let progress = n.progress.map(|p| {
        let p = p.clamp(0.0, 1.0);
        (p * BAR_W, format!("{}%", (p * 100.0).round() as i64))
    });
    let flags = (!n.flags.is_empty()).then(|| {
        let flags = n.flags.clone();
        move || {
            let names: Vec<&str> = flags.iter().map(|f| flag_label(i18n, *f)).collect();
            names.join(", ")
        }
    });
    let expandable = has_children(&n);
    let sign = if loading {
        "…"
    } else if b.open {
        "−"
    } else {
        "+"
    };
    let transform = format!("translate({} {})", b.x, b.y);
    view! {
        <g
            class=kind
            class:selected=move || selected.get()
            class:open=b.open
            transform=transform
            on:click=move |_| on_choose.run(())
        >
            <title>{full}</title>
            <rect class="dbox-bg" width=BOX_W height=BOX_H rx="8"></rect>
            <text class="dbox-title" x="10" y=if second { "22" } else { "30" }>
                {lines.into_iter().enumerate().map(|(i, l)| view! {
                    <tspan x="10" dy=if i == 0 { "0" } else { "17" }>{l}</tspan>
                }).collect_view()}
            </text>
            <text class="dbox-owner" x="10" y="60">{owner_line}</text>
            {match progress {
                Some((w, pct)) => leptos::either::Either::Left(view! {
                    <rect class="dbar-bg" x="10" y="72" width=BAR_W height="8" rx="4"></rect>
                    <rect class="dbar-fill" x="10" y="72" width=w height="8" rx="4"></rect>
                    <text class="dbox-pct" x="138" y="80">{pct}</text>
                }),
                None => leptos::either::Either::Right(view! {
                    <text class="dbox-pct none" x="10" y="80">{move || t_string!(i18n, skp.progress_none)}</text>
                }),
            }}
            {flags.map(|f| view! {
                <g class="dflag" transform=format!("translate({} 66)", BOX_W - 30.0)>
                    <title>{f}</title>
                    <path d="M10 0 L20 17 L0 17 Z"></path>
                    <text x="10" y="15">"!"</text>
                </g>
            })}
            {expandable.then(|| view! {
                <g class="dtoggle" transform=format!("translate({} {BOX_H})", BOX_W / 2.0)>
                    <circle r="10"></circle>
                    <text y="5">{sign}</text>
                </g>
            })}
        </g>
    }
}

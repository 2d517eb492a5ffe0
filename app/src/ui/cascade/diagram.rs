use std::collections::HashSet;

use leptos::prelude::*;
use leptos::task::spawn_local;

use super::diagram_layout::{graft, has_children, layout, Kids, Layout, BOX_H, BOX_W, TOP};
use super::diagram_node::DiagramBox;
use super::diagram_pan::{Zoom, STEP};
use super::state::CascadeState;
use crate::api::cascade::cascade_levels;
use crate::api::ApiError;
use crate::domain::dto::NodeKind;
use crate::i18n::*;
use crate::ui::common::error_message::ErrorMessage;
use crate::ui::common::loading::Loading;

/// What the diagram has loaded and shows open (its own: the tree opens nodes on its own).
#[derive(Clone, Copy)]
struct Data {
    kids: RwSignal<Kids>,
    open: RwSignal<HashSet<String>>,
    loading: RwSignal<HashSet<String>>,
    error: RwSignal<Option<ApiError>>,
}

/// Loads two levels below `node` (the unit when none) in the browser; the first answer also
/// opens every goal, so the diagram starts with the goals and the level below them. What is
/// loaded is also given to the tree.
fn load(state: CascadeState, d: Data, node: Option<String>) {
    let key = node.clone().unwrap_or_default();
    d.loading.update(|l| _ = l.insert(key.clone()));
    d.error.set(None);
    spawn_local(async move {
        let res = cascade_levels(state.unit_id.get_value(), node, 2).await;
        d.loading.try_update(|l| _ = l.remove(&key));
        match res {
            Ok(c) => {
                let mut got = Kids::new();
                graft(&mut got, &key, c.root.children);
                if key == TOP {
                    let goals = got.get(TOP).into_iter().flatten();
                    let ids: Vec<String> = goals.map(|g| g.id.clone()).collect();
                    d.open.try_update(|o| o.extend(ids));
                }
                state.loaded.update_value(|l| {
                    for (k, v) in got.iter().filter(|(k, _)| !k.is_empty()) {
                        l.entry(k.clone()).or_insert_with(|| v.clone());
                    }
                });
                d.kids.try_update(|k| k.extend(got));
            }
            Err(e) => _ = d.error.try_set(Some(e)),
        }
    });
}

/// The cascade as a top-down node-link diagram (desktop): a click on a box chooses it (an
/// RHK shows its chain) and opens or closes it; zoom with the buttons, Ctrl+wheel or a
/// pinch, pan by dragging or with the scrollbars.
#[component]
pub fn CascadeDiagram(state: CascadeState) -> impl IntoView {
    let i18n = use_i18n();
    let d = Data {
        kids: RwSignal::new(Kids::new()),
        open: RwSignal::new(HashSet::new()),
        loading: RwSignal::new(HashSet::new()),
        error: RwSignal::new(None),
    };
    load(state, d, None);
    let zoom = Zoom::new();
    let laid = Memo::new(move |_| d.kids.with(|k| d.open.with(|o| layout(k, o))));
    // the box last clicked stays where it is on screen when the layout changes under it
    let anchor = StoredValue::new(None::<(String, f64, f64)>);
    let at =
        move |l: &Layout, id: &str| l.boxes.iter().find(|b| b.node.id == id).map(|b| (b.x, b.y));
    Effect::new(move |_| {
        laid.track();
        let Some((id, x0, y0)) = anchor.get_value() else {
            return;
        };
        let Some((x1, y1)) = laid.with(|l| at(l, &id)) else {
            return;
        };
        anchor.set_value(Some((id, x1, y1)));
        let z = zoom.level.get_untracked();
        let (dx, dy) = (
            ((x1 - x0) * z).round() as i32,
            ((y1 - y0) * z).round() as i32,
        );
        if let (true, Some(el)) = (dx != 0 || dy != 0, zoom.scroller.get_untracked()) {
            request_animation_frame(move || {
                el.set_scroll_left(el.scroll_left() + dx);
                el.set_scroll_top(el.scroll_top() + dy);
            });
        }
    });
    let choose = move |id: String, kind: NodeKind, expandable: bool| {
        if zoom.dragged() {
            return;
        }
        state.selected.set(Some((id.clone(), kind)));
        if !expandable {
            return;
        }
        let pos = laid.with_untracked(|l| at(l, &id));
        anchor.set_value(pos.map(|(x, y)| (id.clone(), x, y)));
        let was_open = d.open.with_untracked(|o| o.contains(&id));
        let known = d.kids.with_untracked(|k| k.contains_key(&id));
        let busy = d.loading.with_untracked(|l| l.contains(&id));
        d.open.update(|o| {
            if was_open {
                o.remove(&id);
            } else {
                o.insert(id.clone());
            }
        });
        if !was_open && !known && !busy {
            load(state, d, Some(id));
        }
    };
    let label = move || {
        let (goals, shown) = laid.with(|l| {
            let goals = l.boxes.iter().filter(|b| b.parent.is_none()).count();
            (goals, l.boxes.len())
        });
        format!(
            "{}: {goals} {}, {shown} {}.",
            t_string!(i18n, cascade.diagram_label),
            t_string!(i18n, cascade.diagram_goals),
            t_string!(i18n, cascade.diagram_shown),
        )
    };
    let fit = move || laid.with_untracked(|l| zoom.fit(l.width, l.height));
    let on_key = move |ev: leptos::ev::KeyboardEvent| {
        match ev.key().as_str() {
            "+" | "=" => zoom.by(STEP),
            "-" => zoom.by(1.0 / STEP),
            "0" => fit(),
            _ => return,
        }
        ev.prevent_default();
    };
    let content = move || {
        let Layout { boxes, .. } = laid.get();
        let busy = d.loading.get();
        let links = boxes
            .iter()
            .filter_map(|b| b.parent.map(|p| (&boxes[p], b)))
            .map(|(p, c)| {
                let (x1, y1) = (p.x + BOX_W / 2.0, p.y + BOX_H + 10.0);
                let (x2, y2) = (c.x + BOX_W / 2.0, c.y);
                let ym = (y1 + y2) / 2.0;
                let path = format!("M{x1} {y1} C{x1} {ym} {x2} {ym} {x2} {y2}");
                view! { <path d=path></path> }
            })
            .collect_view();
        let nodes = boxes
            .into_iter()
            .map(|b| {
                let (id, kind) = (b.node.id.clone(), b.node.kind);
                let expandable = has_children(&b.node);
                let loading = busy.contains(&id);
                let sel = id.clone();
                let selected = Signal::derive(move || {
                    state
                        .selected
                        .with(|s| s.as_ref().is_some_and(|(s, _)| *s == sel))
                });
                let on_choose = Callback::new(move |_| choose(id.clone(), kind, expandable));
                view! { <DiagramBox b selected loading on_choose/> }
            })
            .collect_view();
        view! {
            <g class="dlinks">{links}</g>
            {nodes}
        }
    };
    let starting = move || d.loading.with(|l| l.contains(TOP));
    let empty =
        move || !starting() && laid.with(|l| l.boxes.is_empty()) && d.error.with(Option::is_none);
    let pct = move || format!("{}%", (zoom.level.get() * 100.0).round() as i64);
    view! {
        <p class="muted hint">{t!(i18n, cascade.diagram_hint)}</p>
        <p class="visually-hidden" id="cascade-diagram-note">{t!(i18n, cascade.diagram_note)}</p>
        <div class="diagram-tools" role="group" aria-label=move || t_string!(i18n, cascade.zoom_label).to_string()>
            <button type="button" class="button secondary" on:click=move |_| zoom.by(STEP)>{t!(i18n, cascade.zoom_in)}</button>
            <button type="button" class="button secondary" on:click=move |_| zoom.by(1.0 / STEP)>{t!(i18n, cascade.zoom_out)}</button>
            <button type="button" class="button secondary" on:click=move |_| fit()>{t!(i18n, cascade.zoom_fit)}</button>
            <span class="zoom-level" aria-live="polite">{pct}</span>
        </div>
        {move || d.error.get().map(|error| view! { <ErrorMessage error/> })}
        {move || starting().then(|| view! { <Loading/> })}
        {move || empty().then(|| view! { <p class="empty">{t!(i18n, cascade.empty)}</p> })}
        <div
            node_ref=zoom.scroller
            class="diagram-scroll"
            tabindex="0"
            role="group"
            aria-label=move || t_string!(i18n, cascade.diagram_area).to_string()
            on:keydown=on_key
            on:wheel=move |ev| zoom.on_wheel(ev)
            on:pointerdown=move |ev| zoom.on_down(ev)
            on:pointermove=move |ev| zoom.on_move(ev)
            on:pointerup=move |ev| zoom.on_up(ev)
            on:pointercancel=move |ev| zoom.on_up(ev)
        >
            <svg
                class="diagram"
                role="img"
                aria-label=label
                aria-describedby="cascade-diagram-note"
                width=move || laid.with(|l| l.width) * zoom.level.get()
                height=move || laid.with(|l| l.height) * zoom.level.get()
                viewBox=move || laid.with(|l| format!("0 0 {} {}", l.width, l.height))
            >
                {content}
            </svg>
        </div>
    }
}

//! Zoom and pan of the diagram: the SVG is drawn `zoom` times its size inside a scrolling
//! box, so scrollbars, the arrow keys and dragging pan it; the buttons, Ctrl+wheel (also a
//! touchpad pinch) and a two-finger pinch zoom it, keeping the point under the pointer (or
//! the centre) in place.

use leptos::html::Div;
use leptos::prelude::*;
use leptos::wasm_bindgen::JsCast;
use leptos::web_sys::{HtmlElement, PointerEvent, WheelEvent};

pub const MIN_ZOOM: f64 = 0.2;
pub const MAX_ZOOM: f64 = 2.5;
pub const STEP: f64 = 1.25;
/// Pixels a press must move before it pans instead of choosing a box.
const DRAG_SLOP: f64 = 5.0;

#[derive(Clone, Copy)]
pub struct Zoom {
    pub level: RwSignal<f64>,
    pub scroller: NodeRef<Div>,
    /// Pointers down: id and position.
    pointers: StoredValue<Vec<(i32, f64, f64)>>,
    /// Where the drag began (pointer x, y, scroll left, top), or the pinch (distance, zoom).
    drag: StoredValue<Option<(f64, f64, f64, f64)>>,
    pinch: StoredValue<Option<(f64, f64)>>,
    /// The press became a drag: the click that ends it chooses nothing.
    dragged: StoredValue<bool>,
}

impl Default for Zoom {
    fn default() -> Self {
        Self::new()
    }
}

impl Zoom {
    pub fn new() -> Self {
        Zoom {
            level: RwSignal::new(1.0),
            scroller: NodeRef::new(),
            pointers: StoredValue::new(Vec::new()),
            drag: StoredValue::new(None),
            pinch: StoredValue::new(None),
            dragged: StoredValue::new(false),
        }
    }

    pub fn dragged(self) -> bool {
        self.dragged.get_value()
    }

    /// Zooms to `new`, keeping the point `at` (in the box's visible area; default its
    /// centre) where it is.
    pub fn set(self, new: f64, at: Option<(f64, f64)>) {
        let Some(el) = self.scroller.get_untracked() else {
            return;
        };
        let old = self.level.get_untracked();
        let new = new.clamp(MIN_ZOOM, MAX_ZOOM);
        if (new - old).abs() < f64::EPSILON {
            return;
        }
        let (ax, ay) = at.unwrap_or((
            f64::from(el.client_width()) / 2.0,
            f64::from(el.client_height()) / 2.0,
        ));
        let cx = (f64::from(el.scroll_left()) + ax) / old;
        let cy = (f64::from(el.scroll_top()) + ay) / old;
        self.level.set(new);
        // after the new size is applied
        request_animation_frame(move || {
            el.set_scroll_left((cx * new - ax).round() as i32);
            el.set_scroll_top((cy * new - ay).round() as i32);
        });
    }

    pub fn by(self, factor: f64) {
        self.set(self.level.get_untracked() * factor, None);
    }

    /// The whole diagram in the visible area (not larger than its own size).
    pub fn fit(self, width: f64, height: f64) {
        let Some(el) = self.scroller.get_untracked() else {
            return;
        };
        if width <= 0.0 || height <= 0.0 {
            return;
        }
        let fx = f64::from(el.client_width()) / width;
        let fy = f64::from(el.client_height()) / height;
        self.level.set(fx.min(fy).clamp(MIN_ZOOM, 1.0));
        request_animation_frame(move || {
            el.set_scroll_left(0);
            el.set_scroll_top(0);
        });
    }

    pub fn on_wheel(self, ev: WheelEvent) {
        if !ev.ctrl_key() && !ev.meta_key() {
            return;
        }
        ev.prevent_default();
        let Some(el) = self.scroller.get_untracked() else {
            return;
        };
        let (left, top) = origin(&el);
        let at = (
            f64::from(ev.client_x()) - left,
            f64::from(ev.client_y()) - top,
        );
        let factor = (-ev.delta_y() * 0.002).exp();
        self.set(self.level.get_untracked() * factor, Some(at));
    }

    pub fn on_down(self, ev: PointerEvent) {
        if ev.pointer_type() == "mouse" && ev.button() != 0 {
            return;
        }
        let Some(el) = self.scroller.get_untracked() else {
            return;
        };
        let (x, y) = (f64::from(ev.client_x()), f64::from(ev.client_y()));
        self.pointers.update_value(|p| {
            p.retain(|(id, _, _)| *id != ev.pointer_id());
            p.push((ev.pointer_id(), x, y));
        });
        self.dragged.set_value(false);
        let pts = self.pointers.get_value();
        if let [a, b] = pts.as_slice() {
            self.drag.set_value(None);
            self.pinch
                .set_value(Some((dist(a, b), self.level.get_untracked())));
        } else {
            let (l, t) = (f64::from(el.scroll_left()), f64::from(el.scroll_top()));
            self.drag.set_value(Some((x, y, l, t)));
        }
    }

    pub fn on_move(self, ev: PointerEvent) {
        let (x, y) = (f64::from(ev.client_x()), f64::from(ev.client_y()));
        self.pointers.update_value(|p| {
            if let Some(q) = p.iter_mut().find(|q| q.0 == ev.pointer_id()) {
                (q.1, q.2) = (x, y);
            }
        });
        let Some(el) = self.scroller.get_untracked() else {
            return;
        };
        if let (Some((d0, z0)), [a, b]) =
            (self.pinch.get_value(), self.pointers.get_value().as_slice())
        {
            let (left, top) = origin(&el);
            let at = ((a.1 + b.1) / 2.0 - left, (a.2 + b.2) / 2.0 - top);
            self.dragged.set_value(true);
            if d0 > 0.0 {
                self.set(z0 * dist(a, b) / d0, Some(at));
            }
        } else if let Some((x0, y0, l, t)) = self.drag.get_value() {
            let (dx, dy) = (x - x0, y - y0);
            if !self.dragged.get_value() && dx.hypot(dy) < DRAG_SLOP {
                return;
            }
            if !self.dragged.get_value() {
                self.dragged.set_value(true);
                let _ = el.set_pointer_capture(ev.pointer_id());
            }
            el.set_scroll_left((l - dx).round() as i32);
            el.set_scroll_top((t - dy).round() as i32);
        }
    }

    pub fn on_up(self, ev: PointerEvent) {
        self.pointers
            .update_value(|p| p.retain(|(id, _, _)| *id != ev.pointer_id()));
        self.pinch.set_value(None);
        self.drag.set_value(None);
    }
}

/// Where `el` is in the window (the page scrolls, not the boxes around the diagram).
fn origin(el: &HtmlElement) -> (f64, f64) {
    let (mut x, mut y) = (0.0, 0.0);
    let mut cur = Some(el.clone());
    while let Some(e) = cur {
        x += f64::from(e.offset_left());
        y += f64::from(e.offset_top());
        cur = e
            .offset_parent()
            .and_then(|p| p.dyn_into::<HtmlElement>().ok());
    }
    let w = window();
    (
        x - w.scroll_x().unwrap_or(0.0),
        y - w.scroll_y().unwrap_or(0.0),
    )
}

fn dist(a: &(i32, f64, f64), b: &(i32, f64, f64)) -> f64 {
    (a.1 - b.1).hypot(a.2 - b.2)
}

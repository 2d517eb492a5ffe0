//! Live figures: the browser listens to `/api/v1/dashboard/stream` (Server-Sent Events) and
//! each `dashboard` event replaces the figures shown. The server renders the first figures;
//! the browser's EventSource reconnects by itself after a drop.

use leptos::prelude::*;

use crate::domain::dto::Dasbor;
use crate::i18n::*;
use crate::ui::common::url::with_query;

/// The state of the stream, shown beside the figures.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Langsung {
    /// Not connected yet (and always on the server, or without JavaScript).
    Menunggu,
    Aktif,
    /// The connection dropped; the browser is reconnecting.
    Putus,
}

/// The stream's address for the figures shown.
pub fn stream_href(d: &Dasbor) -> String {
    with_query(
        "/api/v1/dashboard/stream",
        &[
            ("unit", Some(&d.total.unit_id)),
            ("period", Some(&d.periode_id)),
        ],
    )
}

/// Follows the stream for `data` (in the browser only) until the calling component is
/// dropped; returns the connection state and the number of events received.
pub fn ikuti(data: RwSignal<Dasbor>) -> (RwSignal<Langsung>, RwSignal<u32>) {
    let state = RwSignal::new(Langsung::Menunggu);
    let events = RwSignal::new(0u32);
    #[cfg(feature = "hydrate")]
    buka(data, state, events);
    #[cfg(not(feature = "hydrate"))]
    let _ = data;
    (state, events)
}

#[cfg(feature = "hydrate")]
fn buka(data: RwSignal<Dasbor>, state: RwSignal<Langsung>, events: RwSignal<u32>) {
    use leptos::__reexports::send_wrapper::SendWrapper;
    use leptos::wasm_bindgen::closure::Closure;
    use leptos::wasm_bindgen::JsCast;
    use leptos::web_sys::{Event, EventSource, MessageEvent};

    let url = data.with_untracked(stream_href);
    let Ok(es) = EventSource::new(&url) else {
        state.set(Langsung::Putus);
        return;
    };
    let on_figures = Closure::<dyn FnMut(MessageEvent)>::new(move |e: MessageEvent| {
        let parsed = e
            .data()
            .as_string()
            .and_then(|text| serde_json::from_str::<Dasbor>(&text).ok());
        if let Some(d) = parsed {
            let _ = data.try_set(d);
            let _ = events.try_update(|n| *n += 1);
            let _ = state.try_set(Langsung::Aktif);
        }
    });
    let on_open = Closure::<dyn FnMut(Event)>::new(move |_: Event| {
        let _ = state.try_set(Langsung::Aktif);
    });
    let on_error = Closure::<dyn FnMut(Event)>::new(move |_: Event| {
        let _ = state.try_set(Langsung::Putus);
    });
    let _ = es.add_event_listener_with_callback("dashboard", on_figures.as_ref().unchecked_ref());
    es.set_onopen(Some(on_open.as_ref().unchecked_ref()));
    es.set_onerror(Some(on_error.as_ref().unchecked_ref()));
    // the closures live as long as the EventSource; both go when the page does
    let keep = SendWrapper::new((es, on_figures, on_open, on_error));
    on_cleanup(move || {
        let (es, ..) = &*keep;
        es.set_onopen(None);
        es.set_onerror(None);
        es.close();
        drop(keep);
    });
}

/// "Diperbarui langsung", or "Koneksi terputus, menyambung ulang…", announced politely;
/// `data-updated` counts the events received.
#[component]
pub fn LiveIndicator(state: RwSignal<Langsung>, events: RwSignal<u32>) -> impl IntoView {
    let i18n = use_i18n();
    let class = move || match state.get() {
        Langsung::Aktif => "live-status live-on",
        Langsung::Putus => "live-status live-off",
        Langsung::Menunggu => "live-status",
    };
    let text = move || match state.get() {
        Langsung::Aktif => t_string!(i18n, dasbor.langsung).to_string(),
        Langsung::Putus => t_string!(i18n, dasbor.terputus).to_string(),
        Langsung::Menunggu => String::new(),
    };
    view! {
        <p class=class role="status" aria-live="polite" data-updated=move || events.get().to_string()>
            <span class="live-dot" aria-hidden="true"></span>
            {text}
        </p>
    }
}

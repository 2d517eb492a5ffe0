//! The browser entry point: hydrates the server-rendered HTML.
// The release (LTO) build computes the layout of the whole view type at once: Leptos view
// types nest deeper than rustc's default limit of 128.
#![recursion_limit = "512"]
#[cfg(target_arch = "wasm32")]
#[wasm_bindgen::prelude::wasm_bindgen]
pub fn hydrate() {
    console_error_panic_hook::set_once();
    leptos::mount::hydrate_body(app::App);
}

//! In-app notifications: the bell in the top bar and the list page.

pub mod bell;
pub mod notifikasi_page;

use leptos::prelude::*;

/// Bumped whenever notifications were marked read, so the bell counts again.
#[derive(Clone, Copy)]
pub struct NotifikasiBerubah(pub RwSignal<u32>);

pub fn changed() {
    if let Some(NotifikasiBerubah(s)) = use_context::<NotifikasiBerubah>() {
        s.update(|n| *n = n.wrapping_add(1));
    }
}

use leptos::prelude::*;
use leptos_router::hooks::use_location;

use super::NotifikasiBerubah;
use crate::api::notifikasi::notifikasi_belum_dibaca;
use crate::i18n::*;
use crate::ui::common::icons::BellIcon;

/// The bell: a link to /notifikasi with the unread count, counted in the browser (the server
/// renders the plain bell) on every page change and whenever notifications were marked read.
/// The count is part of the link's name for screen readers ("Notifikasi, 2 belum dibaca").
#[component]
pub fn NotificationBell() -> impl IntoView {
    let i18n = use_i18n();
    let changed = use_context::<NotifikasiBerubah>().map(|c| c.0);
    let path = use_location().pathname;
    let unread = LocalResource::new(move || {
        path.track();
        if let Some(c) = changed {
            c.track();
        }
        async move { notifikasi_belum_dibaca().await.unwrap_or(0) }
    });
    let count = move || unread.get().unwrap_or(0);
    let name = move || {
        let n = count();
        let bell = t_string!(i18n, notifikasi.bell);
        if n > 0 {
            format!("{bell}, {n} {}", t_string!(i18n, notifikasi.belum_dibaca))
        } else {
            bell.to_string()
        }
    };
    view! {
        <a class="bell" href="/notifikasi" aria-label=name title=name>
            <BellIcon/>
            {move || (count() > 0).then(|| view! {
                <span class="bell-count" aria-hidden="true">{move || if count() > 99 { "99+".to_string() } else { count().to_string() }}</span>
            })}
        </a>
    }
}

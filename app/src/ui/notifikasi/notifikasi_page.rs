use leptos::either::Either;
use leptos::prelude::*;
use leptos::task::spawn_local;
use leptos_meta::Title;
use leptos_router::hooks::use_navigate;

use crate::api::notifikasi::{notifikasi_saya, tandai_notifikasi};
use crate::domain::dto::{DaftarNotifikasi, Notifikasi};
use crate::i18n::*;
use crate::ui::common::error_message::ErrorMessage;
use crate::ui::common::loading::Loading;
use crate::ui::evaluasi::labels::tanggal;

/// `/notifikasi`: the newest notifications, unread ones marked; opening one marks it read.
#[component]
pub fn NotifikasiPage() -> impl IntoView {
    let i18n = use_i18n();
    let data = Resource::new(|| (), |_| notifikasi_saya());
    view! {
        <Title text=move || t_string!(i18n, notifikasi.title).to_string()/>
        <div class="page">
            <h1>{t!(i18n, notifikasi.title)}</h1>
            <Transition fallback=|| view! { <Loading/> }>
                {move || Suspend::new(async move {
                    match data.await {
                        Ok(d) => Either::Left(view! { <List d data/> }),
                        Err(error) => Either::Right(view! { <ErrorMessage error/> }),
                    }
                })}
            </Transition>
        </div>
    }
}

#[component]
fn List(
    d: DaftarNotifikasi,
    data: Resource<Result<DaftarNotifikasi, crate::api::ApiError>>,
) -> impl IntoView {
    let i18n = use_i18n();
    if d.items.is_empty() {
        return Either::Left(view! { <p class="empty panel">{t!(i18n, notifikasi.kosong)}</p> });
    }
    let all_read = move |_| {
        spawn_local(async move {
            if tandai_notifikasi(None).await.is_ok() {
                super::changed();
                data.refetch();
            }
        });
    };
    let items = d
        .items
        .into_iter()
        .map(|n| view! { <Item n/> })
        .collect_view();
    Either::Right(view! {
        {(d.unread > 0).then(|| view! {
            <p><button type="button" class="button secondary small" on:click=all_read>{t!(i18n, notifikasi.tandai_semua)}</button></p>
        })}
        <ul class="notif-list panel">{items}</ul>
    })
}

#[component]
fn Item(n: Notifikasi) -> impl IntoView {
    let i18n = use_i18n();
    let navigate = use_navigate();
    let text = {
        let (id, en) = (n.text_id.clone(), n.text_en.clone());
        move || match i18n.get_locale() {
            Locale::en => en.clone(),
            Locale::id => id.clone(),
        }
    };
    // mark it read first, then open the page (the bell counts again on the way)
    let open = {
        let (id, link, read) = (n.id.clone(), n.link.clone(), n.read);
        move |ev: leptos::ev::MouseEvent| {
            if read || ev.ctrl_key() || ev.meta_key() || ev.shift_key() {
                return;
            }
            ev.prevent_default();
            let (id, link, navigate) = (id.clone(), link.clone(), navigate.clone());
            spawn_local(async move {
                let _ = tandai_notifikasi(Some(id)).await;
                super::changed();
                navigate(&link, Default::default());
            });
        }
    };
    view! {
        <li class=if n.read { "notif" } else { "notif unread" }>
            <a href=n.link.clone() on:click=open>
                {(!n.read).then(|| view! { <span class="badge warn">{t!(i18n, notifikasi.baru)}</span> " " })}
                <span class="notif-text">{text}</span>
            </a>
            <span class="muted notif-at">{tanggal(&n.created_at)}</span>
        </li>
    }
}

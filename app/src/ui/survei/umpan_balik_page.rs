use leptos::either::Either;
use leptos::prelude::*;
use leptos_meta::Title;

use super::kelola_panel::KelolaPanel;
use super::labels::{day, group_label};
use crate::api::evaluasi::list_periode;
use crate::api::survei::{daftar_subjek_360, undangan_saya_360};
use crate::i18n::*;
use crate::ui::common::error_message::ErrorMessage;
use crate::ui::common::loading::Loading;
use crate::ui::evaluasi::labels::{current_if, query_param};

/// `/umpan-balik-360`: the invitations waiting for the user's answer, and the rounds they may
/// run (their own, those they assess: `?pegawai=`), with the anonymised results.
#[component]
pub fn UmpanBalikPage() -> impl IntoView {
    let i18n = use_i18n();
    let terkirim = query_param("terkirim");
    let chosen = query_param("pegawai");
    let periode = query_param("periode");
    let periods = Resource::new(|| (), |_| list_periode());
    let mine = Resource::new(|| (), |_| undangan_saya_360());
    let subjects = Resource::new(|| (), |_| daftar_subjek_360());
    view! {
        <Title text=move || t_string!(i18n, survei.title).to_string()/>
        <div class="page">
            <h1>{t!(i18n, survei.title)}</h1>
            <p class="muted">{t!(i18n, survei.intro)}</p>
            {move || terkirim.get().map(|_| view! { <p class="notice" role="status">{t!(i18n, survei.terkirim)}</p> })}
            <section class="panel" aria-labelledby="saya-h">
                <h2 id="saya-h">{t!(i18n, survei.undangan_heading)}</h2>
                <Suspense fallback=|| view! { <Loading/> }>
                    {move || Suspend::new(async move {
                        match mine.await {
                            Ok(list) if list.is_empty() => Either::Left(view! { <p class="empty">{t!(i18n, survei.undangan_kosong)}</p> }.into_any()),
                            Ok(list) => Either::Left(view! {
                                <ul class="undangan-360">
                                    {list.into_iter().map(|u| view! {
                                        <li>
                                            <span>{u.subject_name} " · " {u.subject_jabatan} " (" {group_label(i18n, &u.group)} ", " {u.year} ")"</span>
                                            <span class="muted">{t!(i18n, survei.berlaku_sampai)} " " {day(&u.expires_at)}</span>
                                            <a class="button" href=format!("/umpan-balik-360/isi/{}", u.id)>{t!(i18n, survei.isi)}</a>
                                        </li>
                                    }).collect_view()}
                                </ul>
                            }.into_any()),
                            Err(error) => Either::Right(view! { <ErrorMessage error/> }),
                        }
                    })}
                </Suspense>
            </section>
            <section class="panel" aria-labelledby="kelola-h">
                <h2 id="kelola-h">{t!(i18n, survei.kelola_heading)}</h2>
                <Suspense fallback=|| view! { <Loading/> }>
                    {move || Suspend::new(async move {
                        let list = subjects.await.unwrap_or_default();
                        view! {
                            <nav aria-label=move || t_string!(i18n, survei.pilih_pegawai).to_string()>
                                <ul class="subjek-360">
                                    {list.into_iter().map(|p| view! {
                                        <li><a href=format!("/umpan-balik-360?pegawai={}", p.id)
                                            aria-current=current_if(chosen, p.id.clone())>{p.name}</a>
                                            " " <span class="muted">{p.jabatan}</span></li>
                                    }).collect_view()}
                                </ul>
                            </nav>
                        }
                    })}
                </Suspense>
                {move || chosen.get().map(|subject| {
                    let s = subject.clone();
                    view! {
                        <Suspense fallback=|| ()>
                            {move || {
                                let s = s.clone();
                                Suspend::new(async move {
                                    let list = periods.await.unwrap_or_default();
                                    view! {
                                        <nav aria-label=move || t_string!(i18n, survei.pilih_tahun).to_string()>
                                            <ul class="subjek-360">
                                                {list.into_iter().filter(|p| p.jenis == "TAHUNAN").map(|p| view! {
                                                    <li><a href=format!("/umpan-balik-360?pegawai={}&periode={}", s, p.id)
                                                        aria-current=current_if(periode, p.id.clone())>{p.tahun}</a></li>
                                                }).collect_view()}
                                            </ul>
                                        </nav>
                                    }
                                })
                            }}
                        </Suspense>
                        <KelolaPanel subject periode=periode.get()/>
                    }
                })}
            </section>
        </div>
    }
}

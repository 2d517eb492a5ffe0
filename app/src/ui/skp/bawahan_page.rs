use leptos::either::{Either, EitherOf3};
use leptos::prelude::*;
use leptos_meta::Title;
use leptos_router::hooks::use_query_map;

use super::editor::{Editor, Notice};
use super::labels::StatusBadge;
use super::lampiran::LampiranPanel;
use super::perilaku::{PerilakuForm, PerilakuTable};
use super::print_view::{PrintBar, SkpPrint};
use super::review_actions::ReviewActions;
use super::rhk_list::RhkList;
use super::skp_checks::SkpChecks;
use super::skp_header::SkpHeader;
use crate::api::skp::{bawahan_list, skp_by_id};
use crate::domain::dto::{Skp, SkpBawahan};
use crate::domain::skp::StatusSkp;
use crate::i18n::*;
use crate::ui::common::error_message::ErrorMessage;
use crate::ui::common::loading::Loading;
use crate::ui::profile::employment_details::nip_display;

/// `/skp/bawahan?skp=…`: a PPK's subordinates with the state of their SKP; the chosen one
/// read-only, with "Setujui" and "Kembalikan" while it is submitted. Links, so the list
/// works before hydration and Back returns to the previous choice.
#[component]
pub fn BawahanPage() -> impl IntoView {
    let i18n = use_i18n();
    let query = use_query_map();
    let chosen = Memo::new(move |_| {
        query
            .with(|q| q.get("skp"))
            .filter(|s| !s.trim().is_empty())
    });
    let list = Resource::new(|| (), |_| bawahan_list());
    // on a phone the chosen SKP is below the list: bring it into view (not on the first render)
    Effect::new(move |prev: Option<()>| {
        chosen.track();
        if prev.is_some() {
            if let Some(el) = document().get_element_by_id("bawahan-detail") {
                el.scroll_into_view_with_bool(true);
            }
        }
    });
    let detail = Resource::new(
        move || chosen.get(),
        |id| async move {
            match id {
                Some(id) => skp_by_id(id).await.map(Some),
                None => Ok(None),
            }
        },
    );
    view! {
        <Title text=move || t_string!(i18n, bawahan.title).to_string()/>
        <div class="page page-wide">
            <h1 class="no-print">{t!(i18n, bawahan.heading)}</h1>
            <div class="split">
                <section class="panel no-print" aria-labelledby="bawahan-list-h">
                    <h2 id="bawahan-list-h">{t!(i18n, bawahan.list_heading)}</h2>
                    <Transition fallback=|| view! { <Loading/> }>
                        {move || Suspend::new(async move {
                            match list.await {
                                Ok(items) if items.is_empty() => EitherOf3::A(view! { <p class="empty">{t!(i18n, bawahan.empty)}</p> }),
                                Ok(items) => EitherOf3::B(view! {
                                    <ul class="bawahan-list">
                                        {items.into_iter().map(|b| view! { <BawahanRow b chosen/> }).collect_view()}
                                    </ul>
                                }),
                                Err(error) => EitherOf3::C(view! { <ErrorMessage error/> }),
                            }
                        })}
                    </Transition>
                </section>
                <div class="split-main" id="bawahan-detail">
                    <Transition fallback=|| view! { <Loading/> }>
                        {move || Suspend::new(async move {
                            match detail.await {
                                Ok(Some(skp)) => EitherOf3::A(view! { <Review skp on_change=move |_| list.refetch()/> }),
                                Ok(None) => EitherOf3::B(view! { <p class="empty panel">{t!(i18n, bawahan.select_hint)}</p> }),
                                Err(error) => EitherOf3::C(view! { <ErrorMessage error/> }),
                            }
                        })}
                    </Transition>
                </div>
            </div>
        </div>
    }
}

#[component]
fn BawahanRow(b: SkpBawahan, chosen: Memo<Option<String>>) -> impl IntoView {
    let i18n = use_i18n();
    let p = b.pegawai;
    let count = b.rhk_count;
    let state = match b.status {
        Some(status) => Either::Left(view! {
            <StatusBadge status/>
            <span class="muted">" " {t!(i18n, bawahan.rhk_count, count)}</span>
        }),
        None => Either::Right(
            view! { <span class="badge status-none">{t!(i18n, bawahan.no_skp)}</span> },
        ),
    };
    let name = match b.skp_id {
        Some(id) => {
            let href = format!(
                "/skp/bawahan?skp={}",
                crate::ui::common::url::encode(&id, false)
            );
            let current = move || (chosen.get().as_deref() == Some(id.as_str())).then_some("page");
            Either::Left(
                view! { <a href=href aria-current=current class="emp-name">{p.name.clone()}</a> },
            )
        }
        None => Either::Right(view! { <span class="emp-name">{p.name.clone()}</span> }),
    };
    view! {
        <li class="emp">
            <p>{name}</p>
            <p class="emp-nip">
                <span class="visually-hidden">{t!(i18n, profile.nip)} " "</span>
                {nip_display(&p.nip)}
            </p>
            <p class="emp-meta">{p.jabatan}</p>
            <p>{state}</p>
        </li>
    }
}

/// The chosen SKP, read-only, the PPK's ekspektasi khusus pimpinan (until it is approved),
/// and the PPK's decision while it is submitted; "Cetak SKP" prints it.
#[component]
fn Review(skp: Skp, #[prop(into)] on_change: Callback<()>) -> impl IntoView {
    let i18n = use_i18n();
    let editor = Editor::new(skp, vec![]);
    let status = move || editor.skp.with(|s| s.status);
    let approved = Memo::new(move |_| status() == StatusSkp::Disetujui);
    view! {
        <div class="skp-screen">
            <Notice editor/>
            {move || view! { <SkpHeader skp=editor.skp.get()/> }}
            <PrintBar skp_id=Signal::derive(move || editor.skp.with(|s| s.id.clone()))/>
            {move || view! { <SkpChecks skp=editor.skp.get()/> }}
            <RhkList editor owner=false/>
            {move || if approved.get() {
                Either::Left(view! { {move || view! { <PerilakuTable skp=editor.skp.get()/> }} })
            } else {
                Either::Right(view! { <PerilakuForm editor/> })
            }}
            <LampiranPanel editor owner=false/>
            {move || match status() {
                StatusSkp::Diajukan => EitherOf3::A(view! { <ReviewActions editor on_change/> }),
                StatusSkp::Disetujui => EitherOf3::B(view! { <p class="hint panel">{t!(i18n, bawahan.is_approved)}</p> }),
                _ => EitherOf3::C(view! { <p class="hint panel">{t!(i18n, bawahan.not_submitted)}</p> }),
            }}
        </div>
        {move || view! { <SkpPrint skp=editor.skp.get()/> }}
    }
}

use leptos::either::EitherOf3;
use leptos::prelude::*;
use leptos_meta::Title;

use super::labels::{current_if, query_param, status_label, PredikatBadge};
use super::periode_select::PeriodeSelect;
use super::rating_form::RatingPanel;
use super::sub_nav::EvaluasiSubNav;
use crate::api::evaluasi::{penilaian_detail, staf_evaluasi};
use crate::domain::dto::StafDinilai;
use crate::i18n::*;
use crate::ui::common::error_message::ErrorMessage;
use crate::ui::common::loading::Loading;
use crate::ui::common::url::with_query;
use crate::ui::profile::employment_details::nip_display;

/// `/penilaian?period=&pegawai=`: the PPK's staff for a period with their status and
/// predikat; the chosen one opens the rating form beside their RHK and the squad leads'
/// recommendations. Links, so the list works before hydration and Back returns.
#[component]
pub fn PenilaianPage() -> impl IntoView {
    let i18n = use_i18n();
    let period = query_param("period");
    let chosen = query_param("pegawai");
    let list = Resource::new(move || period.get(), staf_evaluasi);
    let detail = Resource::new(
        move || (chosen.get(), period.get()),
        |(id, period)| async move {
            match id {
                Some(id) => penilaian_detail(id, period).await.map(Some),
                None => Ok(None),
            }
        },
    );
    let notice = RwSignal::new(None::<String>);
    let on_saved = Callback::new(move |msg: String| {
        notice.set(Some(msg));
        list.refetch();
        detail.refetch();
    });
    // a notice is about the person it was for
    Effect::new(move |_| {
        chosen.track();
        notice.set(None);
    });
    let keep = Signal::derive(move || vec![("pegawai", chosen.get())]);
    view! {
        <Title text=move || t_string!(i18n, evaluasi.penilaian_title).to_string()/>
        <div class="page page-wide eval-page">
            <h1>{t!(i18n, evaluasi.penilaian_title)}</h1>
            <EvaluasiSubNav/>
            <p class="hint">{t!(i18n, evaluasi.penilaian_intro)}</p>
            <PeriodeSelect path="/penilaian" current=period keep/>
            <div class="split">
                <section class="panel" aria-labelledby="staf-h">
                    <h2 id="staf-h">{t!(i18n, evaluasi.staf_heading)}</h2>
                    <Transition fallback=|| view! { <Loading/> }>
                        {move || Suspend::new(async move {
                            match list.await {
                                Ok(items) if items.is_empty() => EitherOf3::A(view! { <p class="empty">{t!(i18n, evaluasi.staf_empty)}</p> }),
                                Ok(items) => EitherOf3::B(view! {
                                    <ul class="plain-list staf-list">
                                        {items.into_iter().map(|s| view! { <StafRow s period chosen/> }).collect_view()}
                                    </ul>
                                }),
                                Err(error) => EitherOf3::C(view! { <ErrorMessage error/> }),
                            }
                        })}
                    </Transition>
                </section>
                <div class="split-main" id="penilaian-detail">
                    <p class="notice" role="status" aria-live="polite">{move || notice.get()}</p>
                    <Transition fallback=|| view! { <Loading/> }>
                        {move || Suspend::new(async move {
                            match detail.await {
                                Ok(Some(detail)) => EitherOf3::A(view! { <RatingPanel detail on_saved/> }),
                                Ok(None) => EitherOf3::B(view! { <p class="empty panel">{t!(i18n, evaluasi.pilih_staf)}</p> }),
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
fn StafRow(
    s: StafDinilai,
    period: Memo<Option<String>>,
    chosen: Memo<Option<String>>,
) -> impl IntoView {
    let i18n = use_i18n();
    let p = s.pegawai;
    let status = s.evaluasi.as_ref().map(|e| e.status.clone());
    let predikat = s.evaluasi.as_ref().map(|e| e.predikat);
    let href = with_query(
        "/penilaian",
        &[
            ("period", period.get_untracked().as_deref()),
            ("pegawai", Some(&p.id)),
        ],
    );
    let current = current_if(chosen, p.id.clone());
    let class = if status.is_none() {
        "badge status-none"
    } else {
        "badge status-ok"
    };
    view! {
        <li class="emp">
            <p><a href=href aria-current=current class="emp-name">{p.name.clone()}</a></p>
            <p class="muted">{t!(i18n, evaluasi.nip)} " " {nip_display(&p.nip)} " · " {p.jabatan.clone()}</p>
            <p>
                <span class=class>{move || status_label(i18n, status.as_deref())}</span>
                " "
                {predikat.map(|predikat| view! { <PredikatBadge predikat/> })}
            </p>
        </li>
    }
}

use leptos::either::EitherOf3;
use leptos::prelude::*;
use leptos_meta::Title;

use super::hasil_view::HasilView;
use super::keberatan_form::KeberatanStatus;
use super::labels::{current_if, query_param, tanggal};
use super::putusan_form::PutusanForm;
use super::sub_nav::EvaluasiSubNav;
use crate::api::evaluasi::{get_keberatan, keberatan_terlambat, list_keberatan};
use crate::api::ApiError;
use crate::domain::dto::Keberatan;
use crate::i18n::*;
use crate::ui::common::error_message::ErrorMessage;
use crate::ui::common::loading::Loading;
use crate::ui::common::url::with_query;

/// `/keberatan?id=`: the appeals to decide (undecided ones past their deadline flagged
/// *terlambat*); the chosen one shows both sides (the PPK's ratings and reasons, the
/// employee's reasons and evidence), and for its atasan PPK the hearing and the decision.
#[component]
pub fn KeberatanPage() -> impl IntoView {
    let i18n = use_i18n();
    let chosen = query_param("id");
    let list = Resource::new(
        || (),
        |_| async move {
            Ok::<_, ApiError>((list_keberatan(None).await?, keberatan_terlambat().await?))
        },
    );
    let detail = Resource::new(
        move || chosen.get(),
        |id| async move {
            match id {
                Some(id) => get_keberatan(id).await.map(Some),
                None => Ok(None),
            }
        },
    );
    let notice = RwSignal::new(None::<String>);
    let on_decided = Callback::new(move |msg: String| {
        notice.set(Some(msg));
        list.refetch();
        detail.refetch();
    });
    view! {
        <Title text=move || t_string!(i18n, evaluasi.keberatan_title).to_string()/>
        <div class="page page-wide eval-page">
            <h1>{t!(i18n, evaluasi.keberatan_title)}</h1>
            <EvaluasiSubNav/>
            <div class="split">
                <section class="panel" aria-labelledby="kb-list-h">
                    <h2 id="kb-list-h">{t!(i18n, evaluasi.keberatan_list)}</h2>
                    <Transition fallback=|| view! { <Loading/> }>
                        {move || Suspend::new(async move {
                            match list.await {
                                Ok((items, _)) if items.is_empty() => EitherOf3::A(view! { <p class="empty">{t!(i18n, evaluasi.keberatan_empty)}</p> }),
                                Ok((items, count)) => EitherOf3::B(view! {
                                    <Terlambat count/>
                                    <ul class="plain-list kb-list">{items.into_iter().map(|k| view! { <KeberatanRow k chosen/> }).collect_view()}</ul>
                                }),
                                Err(error) => EitherOf3::C(view! { <ErrorMessage error/> }),
                            }
                        })}
                    </Transition>
                </section>
                <div class="split-main">
                    <p class="notice" role="status" aria-live="polite">{move || notice.get()}</p>
                    <Transition fallback=|| view! { <Loading/> }>
                        {move || Suspend::new(async move {
                            match detail.await {
                                Ok(Some((k, e, mine))) => {
                                    let open = mine && k.status != "DIPUTUS";
                                    EitherOf3::A(view! {
                                        <section class="panel" aria-labelledby="kb-ppk-h">
                                            <h2 id="kb-ppk-h">{t!(i18n, evaluasi.sisi_ppk)} " — " {k.pegawai_name.clone()}</h2>
                                            <HasilView e/>
                                        </section>
                                        <KeberatanStatus k=k.clone()/>
                                        {open.then(|| view! { <PutusanForm k on_decided/> })}
                                    })
                                }
                                Ok(None) => EitherOf3::B(view! { <p class="empty panel">{t!(i18n, evaluasi.pilih_keberatan)}</p> }),
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
fn KeberatanRow(k: Keberatan, chosen: Memo<Option<String>>) -> impl IntoView {
    let i18n = use_i18n();
    let href = with_query("/keberatan", &[("id", Some(&k.id))]);
    let current = current_if(chosen, k.id.clone());
    let decided = k.status == "DIPUTUS";
    view! {
        <li class="emp">
            <p><a href=href aria-current=current class="emp-name">{k.pegawai_name.clone()}</a></p>
            <p>
                <span class="badge">{if decided { t!(i18n, evaluasi.diputus).into_any() } else { t!(i18n, evaluasi.diajukan).into_any() }}</span>
                {k.terlambat.then(|| view! { " " <span class="badge warn">{t!(i18n, evaluasi.terlambat)}</span> })}
                " " <span class="muted">{k.predikat_semula.label()} " · " {t!(i18n, evaluasi.batas_putusan)} " " {tanggal(&k.batas_putusan)}</span>
            </p>
        </li>
    }
}

/// Undecided appeals past their deadline, counted above the list (for the admin and leaders).
#[component]
fn Terlambat(count: i64) -> impl IntoView {
    let i18n = use_i18n();
    (count > 0).then(|| {
        view! { <p class="callout warning kb-terlambat">{t!(i18n, evaluasi.terlambat_count, count)}</p> }
    })
}

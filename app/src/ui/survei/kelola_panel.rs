use leptos::either::Either;
use leptos::prelude::*;

use super::hasil_table::HasilTable;
use super::labels::{day, group_label, state_label};
use crate::api::survei::{
    baca_hasil_360, daftar_kandidat_360, survei_pegawai_360, BuatTautan360, MulaiSurvei360,
    TutupSurvei360, Undang360,
};
use crate::domain::dto::Survei360;
use crate::i18n::*;
use crate::ui::common::error_message::{error_text, ErrorMessage};
use crate::ui::common::loading::Loading;

/// One employee's round for this year: start it, invite colleagues, create masyarakat links,
/// close it, and read its anonymised results.
#[component]
pub fn KelolaPanel(subject: String, periode: Option<String>) -> impl IntoView {
    let i18n = use_i18n();
    let mulai = ServerAction::<MulaiSurvei360>::new();
    let undang = ServerAction::<Undang360>::new();
    let tutup = ServerAction::<TutupSurvei360>::new();
    let tautan = ServerAction::<BuatTautan360>::new();
    let s2 = subject.clone();
    let p2 = periode.clone();
    let round = Resource::new(
        move || {
            (
                s2.clone(),
                p2.clone(),
                mulai.version().get(),
                undang.version().get(),
                tutup.version().get(),
                tautan.version().get(),
            )
        },
        |(s, p, ..)| survei_pegawai_360(s, p),
    );
    let failed = move || {
        [mulai.value().get().and_then(Result::err)]
            .into_iter()
            .chain([undang.value().get().and_then(Result::err)])
            .chain([tutup.value().get().and_then(Result::err)])
            .chain([tautan.value().get().and_then(Result::err)])
            .flatten()
            .next()
            .map(|e| error_text(i18n, &e))
    };
    view! {
        {move || failed().map(|m| view! { <p class="error" role="alert">{m}</p> })}
        <Transition fallback=|| view! { <Loading/> }>
            {move || {
                let (subject, periode) = (subject.clone(), periode.clone());
                Suspend::new(async move {
                    match round.await {
                        Ok(Some(s)) => Either::Left(view! { <RoundView s undang tutup tautan/> }.into_any()),
                        Ok(None) => Either::Left(view! {
                            <p class="empty">{t!(i18n, survei.belum_ada)}</p>
                            <ActionForm action=mulai>
                                <input type="hidden" name="pegawai" value=subject/>
                                {periode.map(|p| view! { <input type="hidden" name="periode" value=p/> })}
                                <button type="submit" class="button primary">{t!(i18n, survei.mulai)}</button>
                            </ActionForm>
                        }.into_any()),
                        Err(error) => Either::Right(view! { <ErrorMessage error/> }),
                    }
                })
            }}
        </Transition>
    }
}

#[component]
fn RoundView(
    s: Survei360,
    undang: ServerAction<Undang360>,
    tutup: ServerAction<TutupSurvei360>,
    tautan: ServerAction<BuatTautan360>,
) -> impl IntoView {
    let i18n = use_i18n();
    let open = s.closed_at.is_none();
    let id = s.id.clone();
    let (id2, id3, id4) = (id.clone(), id.clone(), id.clone());
    let candidates = Resource::new(move || id2.clone(), daftar_kandidat_360);
    let key = (s.subject_id.clone(), s.period_id.clone());
    let hasil = Resource::new(move || key.clone(), |(s, p)| baca_hasil_360(s, Some(p)));
    let invitations = s
        .invitations
        .iter()
        .map(|u| {
            let who = u.invitee_name.clone().unwrap_or_else(|| t_string!(i18n, survei.tautan_label).to_string());
            view! {
                <tr>
                    <td data-label=move || t_string!(i18n, survei.kelompok).to_string()>{group_label(i18n, &u.group)}</td>
                    <td data-label=move || t_string!(i18n, survei.penerima).to_string()>{who}</td>
                    <td data-label=move || t_string!(i18n, survei.status).to_string()>{state_label(i18n, &u.state)}</td>
                    <td data-label=move || t_string!(i18n, survei.berlaku_sampai).to_string()>{day(&u.expires_at)}</td>
                </tr>
            }
        })
        .collect_view();
    let new_link = move || {
        tautan.value().get().and_then(Result::ok).map(|t| {
            let url = full_url(&t.path);
            let copy_url = url.clone();
            view! {
                <div class="field tautan-baru">
                    <label for="tautan-baru">{t!(i18n, survei.tautan_baru)}</label>
                    <input id="tautan-baru" type="text" readonly value=url/>
                    <button type="button" class="button" on:click=move |_| copy(&copy_url)>{t!(i18n, survei.salin)}</button>
                </div>
            }
        })
    };
    view! {
        <section class="panel" aria-labelledby="undangan-h">
            <h3 id="undangan-h">{t!(i18n, survei.undangan_daftar)} " " {s.year}</h3>
            <p>{t!(i18n, survei.jumlah_jawaban)} ": " {s.responses}</p>
            <table class="iki-table">
                <thead><tr>
                    <th scope="col">{t!(i18n, survei.kelompok)}</th>
                    <th scope="col">{t!(i18n, survei.penerima)}</th>
                    <th scope="col">{t!(i18n, survei.status)}</th>
                    <th scope="col">{t!(i18n, survei.berlaku_sampai)}</th>
                </tr></thead>
                <tbody>{invitations}</tbody>
            </table>
        </section>
        {open.then(|| view! {
            <section class="panel" aria-labelledby="tautan-h">
                <h3 id="tautan-h">{t!(i18n, survei.tautan_heading)}</h3>
                <p class="muted">{t!(i18n, survei.tautan_hint)}</p>
                <ActionForm action=tautan>
                    <input type="hidden" name="survei" value=id3.clone()/>
                    <button type="submit" class="button primary">{t!(i18n, survei.buat_tautan)}</button>
                </ActionForm>
                <div role="status" aria-live="polite">{new_link}</div>
            </section>
            <section class="panel" aria-labelledby="kandidat-h">
                <h3 id="kandidat-h">{t!(i18n, survei.kandidat_heading)}</h3>
                <Transition fallback=|| view! { <Loading/> }>
                    {move || {
                        let id = id.clone();
                        Suspend::new(async move {
                            let list = candidates.await.unwrap_or_default();
                            view! {
                                <ul class="kandidat-360">
                                    {list.into_iter().map(|c| {
                                        let id = id.clone();
                                        view! {
                                            <li>
                                                <span>{c.name} " · " {group_label(i18n, &c.group)}</span>
                                                {if c.invited {
                                                    Either::Left(view! { <span class="muted">{t!(i18n, survei.diundang)}</span> })
                                                } else {
                                                    Either::Right(view! {
                                                        <ActionForm action=undang>
                                                            <input type="hidden" name="survei" value=id/>
                                                            <input type="hidden" name="pegawai" value=c.id/>
                                                            <button type="submit" class="button">{t!(i18n, survei.undang)}</button>
                                                        </ActionForm>
                                                    })
                                                }}
                                            </li>
                                        }
                                    }).collect_view()}
                                </ul>
                            }
                        })
                    }}
                </Transition>
                <ActionForm action=tutup>
                    <input type="hidden" name="survei" value=id4.clone()/>
                    <button type="submit" class="button">{t!(i18n, survei.tutup)}</button>
                </ActionForm>
            </section>
        })}
        <section class="panel" aria-labelledby="hasil-h">
            <h3 id="hasil-h">{t!(i18n, survei.hasil_heading)}</h3>
            <Transition fallback=|| view! { <Loading/> }>
                {move || Suspend::new(async move {
                    match hasil.await {
                        Ok(h) => Either::Left(view! { <HasilTable h/> }),
                        Err(error) => Either::Right(view! { <ErrorMessage error/> }),
                    }
                })}
            </Transition>
        </section>
    }
}

/// The link's full address (the origin is known in the browser only).
fn full_url(path: &str) -> String {
    #[cfg(feature = "hydrate")]
    {
        if let Ok(origin) = window().location().origin() {
            return format!("{origin}{path}");
        }
    }
    path.to_string()
}

fn copy(text: &str) {
    #[cfg(feature = "hydrate")]
    {
        let _ = window().navigator().clipboard().write_text(text);
    }
    #[cfg(not(feature = "hydrate"))]
    let _ = text;
}

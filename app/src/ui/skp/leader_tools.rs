//! A leader's tools on each of their RHK: publish it early to the staff ("Terbitkan untuk
//! bawahan" / "Tarik terbitan"), and give it to many staff at once ("Tugaskan ke bawahan":
//! a checklist of the staff they assess, then per person what was made or why not).

use leptos::either::Either;
use leptos::prelude::*;
use leptos::task::spawn_local;

use super::editor::Editor;
use super::labels::{dom_id, focus_later, StatusBadge};
use crate::api::skp::{assign_rhk, publish_rhk, HasilPenugasan};
use crate::api::ApiError;
use crate::domain::dto::Rhk;
use crate::domain::skp::StatusSkp;
use crate::i18n::*;
use crate::ui::common::error_message::ErrorMessage;

#[component]
pub fn LeaderTools(editor: Editor, rhk: Rhk) -> impl IntoView {
    let i18n = use_i18n();
    let approved = editor
        .skp
        .with_untracked(|s| s.status == StatusSkp::Disetujui);
    let terbit = rhk.terbit;
    let pub_id = dom_id("pub", &rhk.id);
    let busy = RwSignal::new(false);
    let error = RwSignal::new(None::<ApiError>);
    // an approved RHK is open to the staff anyway; publishing is for drafts
    let toggle = (!approved || terbit).then(|| {
        let (rhk_id, target) = (rhk.id.clone(), pub_id.clone());
        let judul = rhk.judul.clone();
        let click = move |_| {
            busy.set(true);
            error.set(None);
            let (rhk_id, pub_id) = (rhk_id.clone(), target.clone());
            spawn_local(async move {
                let res = publish_rhk(rhk_id, !terbit).await;
                busy.set(false);
                let done = if terbit {
                    t_string!(i18n, skp_extra.unpublished)
                } else {
                    t_string!(i18n, skp_extra.published)
                };
                match editor.settle_unversioned(res, done.to_string()) {
                    Ok(()) => focus_later(pub_id),
                    Err(e) => error.set(Some(e)),
                }
            });
        };
        view! {
            <button type="button" id=pub_id.clone() class="button secondary"
                disabled=move || busy.get() aria-busy=move || busy.get().then_some("true") on:click=click>
                {move || if terbit { t_string!(i18n, skp_extra.unpublish) } else { t_string!(i18n, skp_extra.publish) }}
                <span class="visually-hidden">": " {judul.clone()}</span>
            </button>
        }
    });
    view! {
        {toggle}
        <Assign editor rhk_id=rhk.id.clone() judul=rhk.judul.clone()/>
        {move || error.get().map(|error| view! { <ErrorMessage error/> })}
    }
}

#[component]
fn Assign(editor: Editor, rhk_id: String, judul: String) -> impl IntoView {
    let i18n = use_i18n();
    let open = RwSignal::new(false);
    let chosen = RwSignal::new(Vec::<String>::new());
    let missing = RwSignal::new(false);
    let busy = RwSignal::new(false);
    let error = RwSignal::new(None::<ApiError>);
    let results = RwSignal::new(None::<Vec<HasilPenugasan>>);
    let base = StoredValue::new(dom_id("assign", &rhk_id));
    let id = move |f: &str| format!("{}-{f}", base.get_value());
    let staff = editor.bawahan;
    let all_ids =
        move || staff.with(|b| b.iter().map(|x| x.pegawai.id.clone()).collect::<Vec<_>>());
    let all = move || {
        let ids = all_ids();
        !ids.is_empty() && chosen.with(|c| ids.iter().all(|i| c.contains(i)))
    };
    let name_of = move |pid: &str| {
        staff.with_untracked(|b| {
            b.iter()
                .find(|x| x.pegawai.id == pid)
                .map(|x| x.pegawai.name.clone())
                .unwrap_or_else(|| pid.to_string())
        })
    };
    let on_submit = {
        let rhk_id = rhk_id.clone();
        move |ev: leptos::ev::SubmitEvent| {
            ev.prevent_default();
            if busy.get_untracked() {
                return;
            }
            let ids = chosen.get_untracked();
            error.set(None);
            if ids.is_empty() {
                missing.set(true);
                focus_later(id("all"));
                return;
            }
            missing.set(false);
            busy.set(true);
            let rhk_id = rhk_id.clone();
            spawn_local(async move {
                let res = assign_rhk(rhk_id, ids).await;
                busy.set(false);
                match res {
                    Ok(r) => {
                        results.set(Some(r));
                        chosen.set(vec![]);
                    }
                    Err(e) => error.set(Some(e)),
                }
                focus_later(id("result"));
            });
        }
    };
    let result_view = move || {
        results.get().map(|r| {
            let made = r.iter().filter(|p| p.rhk_id.is_some()).count();
            let skipped = r.len() - made;
            let rows = r
                .into_iter()
                .map(|p| {
                    let name = name_of(&p.pegawai_id);
                    match p.rhk_id {
                        Some(_) => Either::Left(view! {
                            <li class="assign-ok">
                                <span aria-hidden="true">"✓ "</span>
                                <strong>{name}</strong> ": " {t!(i18n, skp_extra.assign_created)}
                            </li>
                        }),
                        None => Either::Right(view! {
                            <li class="assign-skip">
                                <span aria-hidden="true">"– "</span>
                                <strong>{name}</strong> ": " {t!(i18n, skp_extra.assign_skipped)}
                                {p.alasan.map(|a| view! { " — " {a} })}
                            </li>
                        }),
                    }
                })
                .collect_view();
            view! {
                <h5>{t!(i18n, skp_extra.assign_result_heading)}</h5>
                <p>{t!(i18n, skp_extra.assign_summary, made, skipped)}</p>
                <ul class="assign-result">{rows}</ul>
            }
        })
    };
    let choices = move || {
        staff
            .get()
            .into_iter()
            .map(|b| {
                let pid = b.pegawai.id.clone();
                let cid = dom_id(&id("p"), &pid);
                let (p1, p2) = (pid.clone(), pid.clone());
                view! {
                    <li>
                        <input type="checkbox" id=cid.clone()
                            prop:checked=move || chosen.with(|c| c.contains(&p1))
                            on:change=move |ev| {
                                let on = event_target_checked(&ev);
                                chosen.update(|c| {
                                    c.retain(|x| x != &p2);
                                    if on {
                                        c.push(p2.clone());
                                    }
                                });
                                missing.set(false);
                            }/>
                        <label for=cid>
                            {b.pegawai.name.clone()}
                            <span class="muted">" — " {b.pegawai.jabatan.clone()}</span>
                            " "
                            {match b.status {
                                Some(status) => Either::Left(view! { <StatusBadge status/> }),
                                None => Either::Right(view! { <span class="badge status-none">{t!(i18n, bawahan.no_skp)}</span> }),
                            }}
                        </label>
                    </li>
                }
            })
            .collect_view()
    };
    let judul_sr = judul.clone();
    view! {
        <button type="button" id=id("toggle") class="button secondary"
            aria-expanded=move || open.get().to_string() aria-controls=id("panel")
            on:click=move |_| {
                let now = !open.get_untracked();
                open.set(now);
                if now {
                    focus_later(id("h"));
                }
            }>
            {t!(i18n, skp_extra.assign)}
            <span class="visually-hidden">": " {judul_sr.clone()}</span>
        </button>
        <div id=id("panel") class="assign-panel no-print" hidden=move || !open.get()>
            <form aria-labelledby=id("h") novalidate on:submit=on_submit>
                <h5 id=id("h") tabindex="-1">{t!(i18n, skp_extra.assign_heading)}</h5>
                <p class="hint" id=id("hint")>{t!(i18n, skp_extra.assign_hint)}</p>
                {move || if staff.with(|s| s.is_empty()) {
                    Either::Left(view! { <p class="empty">{t!(i18n, skp_extra.assign_no_staff)}</p> })
                } else {
                    Either::Right(view! {
                        <fieldset aria-describedby=move || if missing.get() { format!("{} {}", id("hint"), id("err")) } else { id("hint") }>
                            <legend>{judul.clone()}</legend>
                            <p class="assign-all">
                                <input type="checkbox" id=id("all") prop:checked=all on:change=move |ev| {
                                    if event_target_checked(&ev) { chosen.set(all_ids()) } else { chosen.set(vec![]) }
                                    missing.set(false);
                                }/>
                                <label for=id("all")>{t!(i18n, skp_extra.assign_all)}</label>
                            </p>
                            <ul class="assign-list">{choices}</ul>
                            {move || missing.get().then(|| view! { <p id=id("err") class="field-error">{t!(i18n, skp_extra.assign_none_chosen)}</p> })}
                        </fieldset>
                        <div class="actions">
                            <button type="submit" class="button primary" aria-busy=move || busy.get().then_some("true")>
                                {move || if busy.get() { t_string!(i18n, skp_extra.assigning) } else { t_string!(i18n, skp_extra.assign_submit) }}
                            </button>
                            <button type="button" class="button secondary" on:click=move |_| {
                                open.set(false);
                                focus_later(id("toggle"));
                            }>{t!(i18n, skp_extra.close)}</button>
                        </div>
                    })
                }}
                <div id=id("result") tabindex="-1" role="status">
                    {move || error.get().map(|error| view! { <ErrorMessage error/> })}
                    {result_view}
                </div>
            </form>
        </div>
    }
}

//! The risks of an RHK (*manajemen kinerja berbasis risiko*): the list with the level of each
//! (Tinggi and Sangat Tinggi marked as high risk), and for the owner "Tambah risiko" and
//! "Hapus risiko" (asks first). Risks stay changeable at any status of the SKP.

use leptos::either::Either;
use leptos::prelude::*;
use leptos::task::spawn_local;

use super::confirm::ConfirmButton;
use super::editor::Editor;
use super::labels::{dom_id, focus_later, I18n};
use crate::api::skp::{add_risiko, delete_risiko};
use crate::api::ApiError;
use crate::domain::dto::{Risiko, RisikoInput};
use crate::domain::risiko::{level, LevelRisiko};
use crate::i18n::*;
use crate::ui::common::error_message::ErrorMessage;

pub fn level_label(i18n: I18n, l: LevelRisiko) -> &'static str {
    match l {
        LevelRisiko::Rendah => t_string!(i18n, skp_extra.level_rendah),
        LevelRisiko::Sedang => t_string!(i18n, skp_extra.level_sedang),
        LevelRisiko::Tinggi => t_string!(i18n, skp_extra.level_tinggi),
        LevelRisiko::SangatTinggi => t_string!(i18n, skp_extra.level_sangat_tinggi),
    }
}

fn kemungkinan_label(i18n: I18n, v: i64) -> &'static str {
    match v {
        1 => t_string!(i18n, skp_extra.kemungkinan_1),
        2 => t_string!(i18n, skp_extra.kemungkinan_2),
        3 => t_string!(i18n, skp_extra.kemungkinan_3),
        4 => t_string!(i18n, skp_extra.kemungkinan_4),
        _ => t_string!(i18n, skp_extra.kemungkinan_5),
    }
}

fn dampak_label(i18n: I18n, v: i64) -> &'static str {
    match v {
        1 => t_string!(i18n, skp_extra.dampak_1),
        2 => t_string!(i18n, skp_extra.dampak_2),
        3 => t_string!(i18n, skp_extra.dampak_3),
        4 => t_string!(i18n, skp_extra.dampak_4),
        _ => t_string!(i18n, skp_extra.dampak_5),
    }
}

/// A level as a badge; a high one also says "Risiko tinggi" (not by colour alone).
#[component]
pub fn LevelBadge(level: LevelRisiko) -> impl IntoView {
    let i18n = use_i18n();
    let class = format!(
        "badge risk-level risk-{}",
        level.code().to_ascii_lowercase().replace('_', "-")
    );
    view! {
        <span class=class>
            {level.is_high().then(|| view! { <span aria-hidden="true">"⚠ "</span> })}
            {move || level_label(i18n, level)}
            {level.is_high().then(|| view! { " · " {t!(i18n, skp_extra.risiko_high)} })}
        </span>
    }
}

/// The risks of one RHK; with `editor` (its owner's view) they can be added and deleted.
#[component]
pub fn RisikoSection(
    rhk_id: String,
    risiko: Vec<Risiko>,
    #[prop(optional)] editor: Option<Editor>,
) -> impl IntoView {
    let i18n = use_i18n();
    let heading = dom_id("risk-h", &rhk_id);
    let list = if risiko.is_empty() {
        Either::Left(view! { <p class="empty">{t!(i18n, skp_extra.risiko_empty)}</p> })
    } else {
        let items = risiko
            .into_iter()
            .map(|r| view! { <RisikoItem rhk_id=rhk_id.clone() r editor/> })
            .collect_view();
        Either::Right(view! { <ul class="risiko-list">{items}</ul> })
    };
    let form = editor.map(|editor| view! { <RisikoAdd editor rhk_id=rhk_id.clone()/> });
    view! {
        <section class="risiko" aria-labelledby=heading.clone()>
            <h4 id=heading.clone() tabindex="-1">{t!(i18n, skp_extra.risiko_heading)}</h4>
            {list}
            {form}
        </section>
    }
}

#[component]
fn RisikoItem(rhk_id: String, r: Risiko, editor: Option<Editor>) -> impl IntoView {
    let i18n = use_i18n();
    let high = r.level.is_high();
    let skor = format!(
        "{} × {} = {}",
        r.kemungkinan,
        r.dampak,
        r.kemungkinan * r.dampak
    );
    let mitigasi = (!r.mitigasi.trim().is_empty()).then(|| {
        view! {
            <div>
                <dt>{t!(i18n, skp_extra.risiko_mitigasi)}</dt>
                <dd>{r.mitigasi.clone()}</dd>
            </div>
        }
    });
    let pemilik = (!r.pemilik.trim().is_empty()).then(|| {
        view! {
            <div>
                <dt>{t!(i18n, skp_extra.risiko_pemilik)}</dt>
                <dd>{r.pemilik.clone()}</dd>
            </div>
        }
    });
    let delete = editor.map(|editor| {
        let busy = RwSignal::new(false);
        let error = RwSignal::new(None::<ApiError>);
        let (rhk_id, risiko_id) = (rhk_id.clone(), r.id.clone());
        let heading = dom_id("risk-h", &rhk_id);
        let remove = move |_| {
            busy.set(true);
            error.set(None);
            let (rhk_id, risiko_id, heading) = (rhk_id.clone(), risiko_id.clone(), heading.clone());
            spawn_local(async move {
                let res = delete_risiko(rhk_id, risiko_id).await;
                busy.set(false);
                match editor.settle_unversioned(res, t_string!(i18n, skp_extra.risiko_deleted).to_string()) {
                    Ok(()) => focus_later(heading),
                    Err(e) => error.set(Some(e)),
                }
            });
        };
        view! {
            <div class="actions no-print">
                <ConfirmButton
                    danger=true
                    label=Signal::derive(move || t_string!(i18n, skp_extra.delete_risiko).to_string())
                    subject=r.deskripsi.clone()
                    question=Signal::derive(move || t_string!(i18n, skp_extra.confirm_delete_risiko).to_string())
                    confirm=Signal::derive(move || t_string!(i18n, skp.confirm_delete_yes).to_string())
                    busy=busy
                    on_confirm=remove
                />
            </div>
            {move || error.get().map(|error| view! { <ErrorMessage error/> })}
        }
    });
    view! {
        <li class="risiko-item" class:high=high>
            <p class="risiko-desc">{r.deskripsi.clone()}</p>
            <p class="risiko-meta">
                <LevelBadge level=r.level/>
                " "
                <span>
                    <span class="muted">{t!(i18n, skp_extra.risiko_skor)} ": "</span>
                    {skor}
                </span>
            </p>
            {(mitigasi.is_some() || pemilik.is_some()).then(|| view! { <dl class="risiko-facts">{mitigasi}{pemilik}</dl> })}
            {delete}
        </li>
    }
}

/// "Tambah risiko", opening the form: uraian, kemungkinan and dampak (1–5), mitigasi, pemilik.
#[component]
fn RisikoAdd(editor: Editor, rhk_id: String) -> impl IntoView {
    let i18n = use_i18n();
    let open = RwSignal::new(false);
    let base = StoredValue::new(dom_id("riskf", &rhk_id));
    let id = move |f: &str| format!("{}-{f}", base.get_value());
    let deskripsi = RwSignal::new(String::new());
    let kemungkinan = RwSignal::new(String::new());
    let dampak = RwSignal::new(String::new());
    let mitigasi = RwSignal::new(String::new());
    let pemilik = RwSignal::new(String::new());
    let checked = RwSignal::new(false);
    let busy = RwSignal::new(false);
    let error = RwSignal::new(None::<ApiError>);
    let num =
        |s: RwSignal<String>| move || s.get().parse::<i64>().ok().filter(|v| (1..=5).contains(v));
    let (k_num, d_num) = (num(kemungkinan), num(dampak));
    let desc_bad = move || checked.get() && deskripsi.get().trim().is_empty();
    let k_bad = move || checked.get() && k_num().is_none();
    let d_bad = move || checked.get() && d_num().is_none();
    let preview = move || match (k_num(), d_num()) {
        (Some(k), Some(d)) => level(k, d).ok().map(|l| {
            view! {
                <span class="muted">{t!(i18n, skp_extra.risiko_level)} ": "</span>
                <LevelBadge level=l/>
            }
        }),
        _ => None,
    };
    let on_submit = {
        let rhk_id = rhk_id.clone();
        move |ev: leptos::ev::SubmitEvent| {
            ev.prevent_default();
            if busy.get_untracked() {
                return;
            }
            checked.set(true);
            error.set(None);
            let (k, d) = (k_num(), d_num());
            let text = deskripsi.get_untracked().trim().to_string();
            let (Some(k), Some(d), false) = (k, d, text.is_empty()) else {
                let first = if text.is_empty() {
                    "deskripsi"
                } else if k.is_none() {
                    "kemungkinan"
                } else {
                    "dampak"
                };
                focus_later(id(first));
                return;
            };
            let input = RisikoInput {
                deskripsi: text,
                kemungkinan: k,
                dampak: d,
                mitigasi: mitigasi.get_untracked().trim().to_string(),
                pemilik: pemilik.get_untracked().trim().to_string(),
            };
            busy.set(true);
            let rhk_id = rhk_id.clone();
            spawn_local(async move {
                let res = add_risiko(rhk_id.clone(), input).await;
                busy.set(false);
                match editor
                    .settle_unversioned(res, t_string!(i18n, skp_extra.risiko_saved).to_string())
                {
                    Ok(()) => focus_later(dom_id("risk-h", &rhk_id)),
                    Err(e) => {
                        error.set(Some(e));
                        focus_later(id("summary"));
                    }
                }
            });
        }
    };
    let scale = move |sig: RwSignal<String>, label: fn(I18n, i64) -> &'static str| {
        view! {
            <option value="" selected=move || sig.get().is_empty()>{t!(i18n, skp.form_choose)}</option>
            {(1..=5i64).map(|v| {
                let code = v.to_string();
                let c = code.clone();
                view! { <option value=code selected=move || sig.get() == c>{move || label(i18n, v)}</option> }
            }).collect_view()}
        }
    };
    let err_p = move |name: &'static str, bad: Signal<bool>, text: Signal<&'static str>| {
        move || {
            bad.get().then(
                || view! { <p id=id(&format!("{name}-err")) class="field-error">{text.get()}</p> },
            )
        }
    };
    let required = Signal::derive(move || t_string!(i18n, skp_extra.risiko_scale_required));
    let desc_required =
        Signal::derive(move || t_string!(i18n, skp_extra.risiko_deskripsi_required));
    let aria_desc = move |name: &'static str, bad: Signal<bool>| {
        move || bad.get().then(|| id(&format!("{name}-err")))
    };
    let (desc_s, k_s, d_s) = (
        Signal::derive(desc_bad),
        Signal::derive(k_bad),
        Signal::derive(d_bad),
    );
    move || {
        if !open.get() {
            return Either::Left(view! {
                <button type="button" id=id("open") class="button secondary small no-print" on:click=move |_| {
                    open.set(true);
                    focus_later(id("deskripsi"));
                }>
                    {t!(i18n, skp_extra.add_risiko)}
                </button>
            });
        }
        Either::Right(view! {
            <form class="risiko-form no-print" aria-labelledby=id("h") novalidate on:submit=on_submit.clone()>
                <h5 id=id("h")>{t!(i18n, skp_extra.add_risiko)}</h5>
                <div id=id("summary") tabindex="-1">
                    {move || error.get().map(|error| view! { <ErrorMessage error/> })}
                </div>
                <div class="field">
                    <label for=id("deskripsi")>{t!(i18n, skp_extra.risiko_deskripsi)}</label>
                    <textarea id=id("deskripsi") rows="2" maxlength="2000" required
                        aria-invalid=move || desc_bad().then_some("true") aria-describedby=aria_desc("deskripsi", desc_s)
                        prop:value=move || deskripsi.get() on:input=move |ev| deskripsi.set(event_target_value(&ev))></textarea>
                    {err_p("deskripsi", desc_s, desc_required)}
                </div>
                <div class="risiko-pair">
                    <div class="field">
                        <label for=id("kemungkinan")>{t!(i18n, skp_extra.risiko_kemungkinan)}</label>
                        <select id=id("kemungkinan") required aria-invalid=move || k_bad().then_some("true")
                            aria-describedby=aria_desc("kemungkinan", k_s) on:change=move |ev| kemungkinan.set(event_target_value(&ev))>
                            {scale(kemungkinan, kemungkinan_label)}
                        </select>
                        {err_p("kemungkinan", k_s, required)}
                    </div>
                    <div class="field">
                        <label for=id("dampak")>{t!(i18n, skp_extra.risiko_dampak)}</label>
                        <select id=id("dampak") required aria-invalid=move || d_bad().then_some("true")
                            aria-describedby=aria_desc("dampak", d_s) on:change=move |ev| dampak.set(event_target_value(&ev))>
                            {scale(dampak, dampak_label)}
                        </select>
                        {err_p("dampak", d_s, required)}
                    </div>
                </div>
                <p class="risiko-preview" aria-live="polite">{preview}</p>
                <div class="field">
                    <label for=id("mitigasi")>{t!(i18n, skp_extra.risiko_mitigasi)}</label>
                    <textarea id=id("mitigasi") rows="2" maxlength="2000"
                        prop:value=move || mitigasi.get() on:input=move |ev| mitigasi.set(event_target_value(&ev))></textarea>
                </div>
                <div class="field">
                    <label for=id("pemilik")>{t!(i18n, skp_extra.risiko_pemilik)}</label>
                    <input type="text" id=id("pemilik") maxlength="200"
                        prop:value=move || pemilik.get() on:input=move |ev| pemilik.set(event_target_value(&ev))/>
                </div>
                <div class="actions">
                    <button type="submit" class="button primary" aria-busy=move || busy.get().then_some("true")>
                        {move || if busy.get() { t_string!(i18n, skp.saving) } else { t_string!(i18n, skp_extra.add_risiko) }}
                    </button>
                    <button type="button" class="button secondary" on:click=move |_| {
                        open.set(false);
                        checked.set(false);
                        error.set(None);
                        focus_later(id("open"));
                    }>{t!(i18n, skp.cancel)}</button>
                </div>
            </form>
        })
    }
}

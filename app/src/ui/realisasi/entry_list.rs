use leptos::prelude::*;
use leptos::task::spawn_local;

use crate::api::realisasi::verifikasi_realisasi;
use crate::api::ApiError;
use crate::domain::dto::{Realisasi, VerifikasiInput};
use crate::domain::realisasi::StatusRealisasi;
use crate::i18n::*;
use crate::ui::common::error_message::ErrorMessage;
use crate::ui::evaluasi::labels::tanggal;
use crate::ui::skp::labels::{dom_id, fmt_num, I18n};

pub fn status_label(i18n: I18n, s: StatusRealisasi) -> &'static str {
    match s {
        StatusRealisasi::Diajukan => t_string!(i18n, realisasi.status_diajukan),
        StatusRealisasi::Valid => t_string!(i18n, realisasi.status_valid),
        StatusRealisasi::PerluPerbaikan => t_string!(i18n, realisasi.status_perbaikan),
    }
}

fn size(bytes: i64) -> String {
    if bytes >= 1_048_576 {
        format!("{:.1} MB", bytes as f64 / 1_048_576.0)
    } else {
        format!("{} KB", (bytes + 1023) / 1024)
    }
}

/// The entries, newest first: sub-period, value, status, narrative, evidence (files open
/// through the access-checked evidence route), the verifier's comment; for the verifier a
/// form per entry.
#[component]
pub fn EntryList(
    items: RwSignal<Vec<Realisasi>>,
    satuan: String,
    can_verify: bool,
    on_verified: Callback<Realisasi>,
) -> impl IntoView {
    let i18n = use_i18n();
    move || {
        let list = items.get();
        if list.is_empty() {
            return view! { <p class="empty">{t!(i18n, realisasi.kosong)}</p> }.into_any();
        }
        let satuan = satuan.clone();
        view! {
            <ul class="plain-list peserta-list realisasi-list">
                {list.into_iter().map(|r| view! { <Entry r satuan=satuan.clone() can_verify on_verified/> }).collect_view()}
            </ul>
        }
        .into_any()
    }
}

#[component]
fn Entry(
    r: Realisasi,
    satuan: String,
    can_verify: bool,
    on_verified: Callback<Realisasi>,
) -> impl IntoView {
    let i18n = use_i18n();
    let status = r.status;
    let class = format!("badge realisasi-{}", status.code().to_lowercase());
    let value = fmt_num(i18n, r.value);
    let evidence = r
        .evidence
        .iter()
        .map(|b| {
            let label = match (b.kind.as_str(), &b.name, b.size) {
                ("FILE", Some(n), Some(s)) => format!("{n} ({})", size(s)),
                ("FILE", Some(n), None) => n.clone(),
                _ => b.url.clone(),
            };
            view! { <li><a href=b.url.clone() rel="external">{label}</a></li> }
        })
        .collect_view();
    let comment = r.comment.clone().filter(|c| !c.trim().is_empty()).map(|c| {
        let by = r.verified_by_name.clone().map(|n| format!(" — {n}")).unwrap_or_default();
        view! { <p class="pre"><span class="muted">{t!(i18n, realisasi.komentar)} ": "</span>{c}{by}</p> }
    });
    let form_r = r.clone();
    view! {
        <li class="peserta">
            <p>
                <strong>{r.sub_period_name.clone()}</strong> " · " <strong>{value} " " {satuan}</strong>
                " " <span class=class>{move || status_label(i18n, status)}</span>
            </p>
            {(!r.narrative.trim().is_empty()).then(|| view! { <p class="pre">{r.narrative.clone()}</p> })}
            {(!r.evidence.is_empty()).then(|| view! {
                <div><span class="muted">{t!(i18n, realisasi.bukti)} ":"</span><ul class="bukti-list">{evidence}</ul></div>
            })}
            {comment}
            <p class="muted">{tanggal(&r.created_at)}</p>
            {can_verify.then(|| view! { <VerifyForm r=form_r on_verified/> })}
        </li>
    }
}

#[component]
fn VerifyForm(r: Realisasi, on_verified: Callback<Realisasi>) -> impl IntoView {
    let i18n = use_i18n();
    let base = dom_id("verif", &r.id);
    let comment = RwSignal::new(String::new());
    let busy = RwSignal::new(false);
    let error = RwSignal::new(None::<ApiError>);
    let send = {
        let (id, version) = (r.id.clone(), r.version);
        move |status: StatusRealisasi| {
            busy.set(true);
            error.set(None);
            let input = VerifikasiInput {
                status,
                comment: comment.get_untracked(),
                version: Some(version),
            };
            let id = id.clone();
            spawn_local(async move {
                match verifikasi_realisasi(id, input).await {
                    Ok(saved) => on_verified.run(saved),
                    Err(e) => error.set(Some(e)),
                }
                busy.set(false);
            });
        }
    };
    let send2 = send.clone();
    let c_id = format!("{base}-c");
    view! {
        <div class="verify-form" role="group" aria-label=move || t_string!(i18n, realisasi.verifikasi).to_string()>
            <div class="field">
                <label for=c_id.clone()>{t!(i18n, realisasi.komentar_verifikasi)}</label>
                <textarea id=c_id rows="2" maxlength="2000" bind:value=comment></textarea>
            </div>
            {move || error.get().map(|error| view! { <ErrorMessage error/> })}
            <div class="actions">
                <button type="button" class="button" disabled=move || busy.get()
                    on:click=move |_| send(StatusRealisasi::Valid)>{t!(i18n, realisasi.tandai_valid)}</button>
                <button type="button" class="button danger" disabled=move || busy.get()
                    on:click=move |_| send2(StatusRealisasi::PerluPerbaikan)>{t!(i18n, realisasi.tandai_perbaikan)}</button>
            </div>
        </div>
    }
}

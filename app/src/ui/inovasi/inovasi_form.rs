use leptos::prelude::*;
use leptos::task::spawn_local;

use crate::api::inovasi::simpan_inovasi;
use crate::api::ApiError;
use crate::domain::dto::{Inovasi, InovasiInput, RhkPilihan};
use crate::domain::inovasi::{StatusInovasi, MAX_JUDUL, MAX_TEKS};
use crate::i18n::*;
use crate::ui::common::error_message::ErrorMessage;
use crate::ui::skp::labels::dom_id;

/// Records an innovation, or changes `existing` (naming its version): title, problem,
/// solution, status, the RHK it serves, links (one per line) and the measured impact.
#[component]
pub fn InovasiForm(
    period: String,
    rhk: Vec<RhkPilihan>,
    #[prop(optional)] existing: Option<Inovasi>,
    on_saved: Callback<()>,
) -> impl IntoView {
    let i18n = use_i18n();
    let base = existing
        .as_ref()
        .map(|e| dom_id("inof", &e.id))
        .unwrap_or_else(|| "inof-new".into());
    let e = existing.clone();
    let title = RwSignal::new(e.as_ref().map(|e| e.title.clone()).unwrap_or_default());
    let problem = RwSignal::new(e.as_ref().map(|e| e.problem.clone()).unwrap_or_default());
    let solution = RwSignal::new(e.as_ref().map(|e| e.solution.clone()).unwrap_or_default());
    let status = RwSignal::new(
        e.as_ref()
            .map(|e| e.status.clone())
            .unwrap_or_else(|| StatusInovasi::Ide.code().into()),
    );
    let rhk_id = RwSignal::new(
        e.as_ref()
            .and_then(|e| e.rhk_id.clone())
            .unwrap_or_default(),
    );
    let links = RwSignal::new(e.as_ref().map(|e| e.links.join("\n")).unwrap_or_default());
    let impact = RwSignal::new(e.as_ref().map(|e| e.impact.clone()).unwrap_or_default());
    let busy = RwSignal::new(false);
    let error = RwSignal::new(None::<ApiError>);
    let (id, version) = e
        .as_ref()
        .map(|e| (e.id.clone(), Some(e.version)))
        .unwrap_or_default();
    let is_new = existing.is_none();
    let submit = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        let missing = [title, problem, solution]
            .iter()
            .any(|s| s.get_untracked().trim().is_empty());
        if missing {
            error.set(Some(ApiError::validation(t_string!(i18n, inovasi.wajib))));
            return;
        }
        if status.get_untracked() == StatusInovasi::Diterapkan.code()
            && impact.get_untracked().trim().is_empty()
        {
            error.set(Some(ApiError::validation(t_string!(
                i18n,
                inovasi.dampak_wajib
            ))));
            return;
        }
        let input = InovasiInput {
            period: period.clone(),
            rhk_id: Some(rhk_id.get_untracked()).filter(|s| !s.is_empty()),
            title: title.get_untracked(),
            problem: problem.get_untracked(),
            solution: solution.get_untracked(),
            status: status.get_untracked(),
            links: links.get_untracked().lines().map(str::to_string).collect(),
            impact: impact.get_untracked(),
            version,
        };
        let id = id.clone();
        busy.set(true);
        error.set(None);
        spawn_local(async move {
            match simpan_inovasi(id, input).await {
                Ok(_) => {
                    if is_new {
                        for s in [title, problem, solution, links, impact] {
                            s.set(String::new());
                        }
                    }
                    on_saved.run(());
                }
                Err(e) => error.set(Some(e)),
            }
            busy.set(false);
        });
    };
    let f = |name: &str| format!("{base}-{name}");
    let (f_title, f_problem, f_solution, f_status, f_rhk, f_links, f_impact) = (
        f("title"),
        f("problem"),
        f("solution"),
        f("status"),
        f("rhk"),
        f("links"),
        f("impact"),
    );
    let rhk_options = rhk
        .into_iter()
        .map(|r| view! { <option value=r.id>{r.title}</option> })
        .collect_view();
    view! {
        <form class="ub-form inovasi-form" on:submit=submit novalidate=true>
            <div class="field">
                <label for=f_title.clone()>{t!(i18n, inovasi.judul)}</label>
                <input id=f_title type="text" maxlength=MAX_JUDUL.to_string() bind:value=title/>
            </div>
            <div class="field">
                <label for=f_problem.clone()>{t!(i18n, inovasi.masalah)}</label>
                <textarea id=f_problem rows="3" maxlength=MAX_TEKS.to_string() bind:value=problem></textarea>
            </div>
            <div class="field">
                <label for=f_solution.clone()>{t!(i18n, inovasi.solusi)}</label>
                <textarea id=f_solution rows="3" maxlength=MAX_TEKS.to_string() bind:value=solution></textarea>
            </div>
            <div class="field">
                <label for=f_status.clone()>{t!(i18n, inovasi.status)}</label>
                <select id=f_status prop:value=move || status.get() on:change=move |ev| status.set(event_target_value(&ev))>
                    {StatusInovasi::ALL.iter().map(|s| view! { <option value=s.code()>{s.label()}</option> }).collect_view()}
                </select>
            </div>
            <div class="field">
                <label for=f_rhk.clone()>{t!(i18n, inovasi.rhk_pilih)}</label>
                <select id=f_rhk prop:value=move || rhk_id.get() on:change=move |ev| rhk_id.set(event_target_value(&ev))>
                    <option value="">{t!(i18n, inovasi.tanpa_rhk)}</option>
                    {rhk_options}
                </select>
            </div>
            <div class="field">
                <label for=f_links.clone()>{t!(i18n, inovasi.tautan_satu_per_baris)}</label>
                <textarea id=f_links rows="2" inputmode="url" bind:value=links></textarea>
            </div>
            <div class="field">
                <label for=f_impact.clone()>{t!(i18n, inovasi.dampak_terukur)}</label>
                <textarea id=f_impact rows="2" maxlength=MAX_TEKS.to_string() bind:value=impact></textarea>
            </div>
            {move || error.get().map(|error| view! { <ErrorMessage error/> })}
            <button type="submit" class="button" disabled=move || busy.get() aria-busy=move || busy.get().then_some("true")>
                {if is_new { t!(i18n, inovasi.catat).into_any() } else { t!(i18n, inovasi.simpan).into_any() }}
            </button>
        </form>
    }
}

use leptos::prelude::*;
use leptos::task::spawn_local;

use super::editor::{Editor, WriteError};
use super::iki_rows::IkiRows;
use super::labels::{
    cascading_label, dom_id, focus_later, jenis_label, perspektif_label, problem_text,
};
use super::rhk_fields::RhkFields;
use crate::api::skp::save_rhk;
use crate::api::ApiError;
use crate::domain::dto::Rhk;
use crate::domain::problem::Problem;
use crate::domain::skp::{Cascading, JenisRhk, Pendekatan, Perspektif};
use crate::i18n::*;

/// Adds an RHK or changes one (with all its IKI). Checked in the browser with the same rules
/// as the server first, each problem shown at its field; the server's answer above the buttons.
#[component]
pub fn RhkForm(editor: Editor, rhk: Option<Rhk>) -> impl IntoView {
    let i18n = use_i18n();
    let (jpt, kualitatif) = editor
        .skp
        .with_untracked(|s| (s.jpt, s.pendekatan == Pendekatan::Kualitatif));
    let rhk_id = rhk.as_ref().map(|r| r.id.clone());
    let form = dom_id("rhkf", rhk_id.as_deref().unwrap_or("new"));
    let f = RhkFields::new(rhk.as_ref(), jpt);
    let (jenis, judul, intervensi, cascading, perspektif, ekspektasi, rows) = (
        f.jenis,
        f.judul,
        f.intervensi,
        f.cascading,
        f.perspektif,
        f.ekspektasi,
        f.rows,
    );
    let problems = RwSignal::new(Vec::<Problem>::new());
    let error = RwSignal::new(None::<ApiError>);
    let busy = RwSignal::new(false);
    // the current link stays choosable even if the superior RHK is no longer offered
    let mut options = editor.options.get_untracked();
    if let Some(cur) = rhk.as_ref().and_then(|r| r.intervensi.clone()) {
        if !options.iter().any(|o| o.id == cur.id) {
            options.insert(0, cur);
        }
    }
    let no_options = options.is_empty();
    let summary_id = format!("{form}-summary");
    let on_submit = {
        let (rhk_id, summary_id) = (rhk_id.clone(), summary_id.clone());
        move |ev: leptos::ev::SubmitEvent| {
            ev.prevent_default();
            if busy.get_untracked() {
                return;
            }
            let (input, p) = f.checked(jpt);
            let invalid = !p.is_empty();
            problems.set(p);
            error.set(None);
            if invalid {
                focus_later(summary_id.clone());
                return;
            }
            busy.set(true);
            let rhk_id = rhk_id.clone();
            let before: Vec<String> = editor
                .skp
                .with_untracked(|s| s.rhk.iter().map(|r| r.id.clone()).collect());
            let summary_id = summary_id.clone();
            spawn_local(async move {
                let res = save_rhk(editor.id(), editor.version(), rhk_id.clone(), input).await;
                let saved = res.as_ref().ok().and_then(|s| match rhk_id {
                    Some(id) => Some(id),
                    None => s
                        .rhk
                        .iter()
                        .find(|r| !before.contains(&r.id))
                        .map(|r| r.id.clone()),
                });
                busy.set(false);
                match editor.settle(res, t_string!(i18n, skp.saved).to_string()) {
                    Ok(()) => {
                        editor.editing.set(None);
                        focus_later(
                            saved
                                .map(|id| dom_id("rhk-t", &id))
                                .unwrap_or_else(|| "skp-rhk-h".into()),
                        );
                    }
                    Err(e) => {
                        error.set(Some(e));
                        focus_later(summary_id.clone());
                    }
                }
            });
        }
    };
    let cancel = {
        let back = rhk_id
            .as_deref()
            .map(|id| dom_id("rhk-t", id))
            .unwrap_or_else(|| "skp-add-rhk".into());
        move |_| {
            editor.editing.set(None);
            focus_later(back.clone());
        }
    };
    let err = move |field: &'static str| {
        move || {
            problems.with(|p| {
                p.iter()
                    .find(|p| p.field == field)
                    .map(|p| problem_text(i18n, p))
            })
        }
    };
    let fid = StoredValue::new(form.clone());
    let id = move |f: &str| format!("{}-{f}", fid.get_value());
    let aria = move |field: &'static str, name: &'static str| {
        let e = err(field);
        (
            move || e().is_some().then_some("true"),
            move || e().is_some().then(|| format!("{}-err", id(name))),
        )
    };
    let show_err = move |field: &'static str, name: &'static str| {
        let e = err(field);
        move || e().map(|m| view! { <p id=format!("{}-err", id(name)) class="field-error">{m}</p> })
    };
    let count = move || problems.with(|p| p.len());
    let heading = if rhk.is_some() {
        t_string!(i18n, skp.form_edit)
    } else {
        t_string!(i18n, skp.form_add)
    };
    let (judul_inv, judul_desc) = aria("judul", "judul");
    let (int_inv, int_desc) = aria("intervensi_id", "intervensi");
    let (per_inv, per_desc) = aria("perspektif", "perspektif");
    let (sas_inv, sas_desc) = aria("sasaran_id", "sasaran");
    let (bob_inv, bob_desc) = aria("bobot", "bobot");
    let (sasaran, bobot) = (f.sasaran, f.bobot);
    // the current goal stays choosable even if it is no longer offered
    let mut goals: Vec<(String, String)> = editor.sasaran.with_untracked(|g| {
        g.iter()
            .map(|g| (g.id.clone(), format!("{} — {}", g.kode, g.nama)))
            .collect()
    });
    if let Some(r) = rhk.as_ref() {
        if let Some(cur) = r.sasaran_id.clone() {
            if !goals.iter().any(|g| g.0 == cur) {
                goals.insert(0, (cur, r.sasaran_nama.clone().unwrap_or_default()));
            }
        }
    }
    let no_goals = goals.is_empty();
    view! {
        <form class="rhk-form panel" aria-labelledby=id("h") novalidate on:submit=on_submit>
            <h3 id=id("h")>{heading}</h3>
            <div id=summary_id tabindex="-1">
                {move || (count() > 0).then(|| view! { <p class="error" role="alert">{t!(i18n, skp.form_invalid)}</p> })}
                {move || error.get().map(|error| view! { <WriteError error/> })}
            </div>
            <div class="field">
                <label for=id("jenis")>{t!(i18n, skp.form_jenis)}</label>
                <select id=id("jenis") on:change=move |ev| jenis.set(event_target_value(&ev))>
                    {JenisRhk::ALL.iter().map(|j| {
                        let code = j.code();
                        view! { <option value=code selected=move || jenis.get() == code>{jenis_label(i18n, *j)}</option> }
                    }).collect_view()}
                </select>
            </div>
            <div class="field">
                <label for=id("judul")>{t!(i18n, skp.form_judul)}</label>
                <textarea id=id("judul") rows="3" maxlength="1000" prop:value=move || judul.get()
                    aria-invalid=judul_inv aria-describedby=judul_desc on:input=move |ev| judul.set(event_target_value(&ev))></textarea>
                {show_err("judul", "judul")}
            </div>
            {jpt.then(|| view! {
                <div class="field">
                    <label for=id("perspektif")>{t!(i18n, skp.perspektif)}</label>
                    <select id=id("perspektif") aria-invalid=per_inv aria-describedby=per_desc on:change=move |ev| perspektif.set(event_target_value(&ev))>
                        <option value="" selected=move || perspektif.get().is_empty()>{t!(i18n, skp.form_choose)}</option>
                        {Perspektif::ALL.iter().map(|p| {
                            let code = p.code();
                            view! { <option value=code selected=move || perspektif.get() == code>{perspektif_label(i18n, *p)}</option> }
                        }).collect_view()}
                    </select>
                    {show_err("perspektif", "perspektif")}
                </div>
            })}
            {jpt.then(|| view! {
                <div class="field">
                    <label for=id("sasaran")>{t!(i18n, skp_extra.form_sasaran)}</label>
                    <select id=id("sasaran") aria-invalid=sas_inv aria-describedby=sas_desc on:change=move |ev| sasaran.set(event_target_value(&ev))>
                        <option value="" selected=move || sasaran.get().is_empty()>{t!(i18n, skp_extra.form_sasaran_none)}</option>
                        {goals.into_iter().map(|(gid, label)| {
                            let v = gid.clone();
                            view! { <option value=gid selected=move || sasaran.get() == v>{label}</option> }
                        }).collect_view()}
                    </select>
                    {no_goals.then(|| view! { <p class="hint">{t!(i18n, skp_extra.form_sasaran_empty)}</p> })}
                    {show_err("sasaran_id", "sasaran")}
                </div>
            })}
            <div class="field">
                <label for=id("intervensi")>{t!(i18n, skp.form_intervensi)}</label>
                <select id=id("intervensi") aria-invalid=int_inv aria-describedby=int_desc on:change=move |ev| intervensi.set(event_target_value(&ev))>
                    <option value="" selected=move || intervensi.get().is_empty()>{t!(i18n, skp.form_intervensi_choose)}</option>
                    {options.into_iter().map(|o| {
                        let v = o.id.clone();
                        let label = format!("{} — {}", o.judul, o.owner_name);
                        view! { <option value=o.id selected=move || intervensi.get() == v>{label}</option> }
                    }).collect_view()}
                </select>
                {no_options.then(|| view! { <p class="hint">{t!(i18n, skp.form_intervensi_empty)}</p> })}
                {show_err("intervensi_id", "intervensi")}
            </div>
            <div class="field">
                <label for=id("cascading")>{t!(i18n, skp.form_cascading)}</label>
                <select id=id("cascading") on:change=move |ev| cascading.set(event_target_value(&ev))>
                    <option value="" selected=move || cascading.get().is_empty()>{t!(i18n, skp.form_choose)}</option>
                    {Cascading::ALL.iter().map(|c| {
                        let code = c.code();
                        view! { <option value=code selected=move || cascading.get() == code>{cascading_label(i18n, *c)}</option> }
                    }).collect_view()}
                </select>
            </div>
            <div class="field field-short">
                <label for=id("bobot")>{t!(i18n, skp_extra.form_bobot)}</label>
                <input type="text" inputmode="decimal" id=id("bobot") prop:value=move || bobot.get()
                    aria-invalid=bob_inv
                    aria-describedby=move || match bob_desc() { Some(e) => format!("{} {e}", id("bobot-hint")), None => id("bobot-hint") }
                    on:input=move |ev| bobot.set(event_target_value(&ev))/>
                <p class="hint" id=id("bobot-hint")>{t!(i18n, skp_extra.form_bobot_hint)}</p>
                {show_err("bobot", "bobot")}
            </div>
            {(jpt && kualitatif).then(|| view! {
                <div class="field">
                    <label for=id("ekspektasi")>{t!(i18n, skp.ekspektasi)}</label>
                    <textarea id=id("ekspektasi") rows="3" prop:value=move || ekspektasi.get()
                        on:input=move |ev| ekspektasi.set(event_target_value(&ev))></textarea>
                    {show_err("ekspektasi", "ekspektasi")}
                </div>
            })}
            <IkiRows form=form.clone() rows problems jpt/>
            <div class="actions">
                <button type="submit" class="button primary" aria-busy=move || busy.get().then_some("true")>
                    {move || if busy.get() { t_string!(i18n, skp.saving) } else { t_string!(i18n, skp.save) }}
                </button>
                <button type="button" class="button secondary" on:click=cancel>{t!(i18n, skp.cancel)}</button>
            </div>
        </form>
    }
}

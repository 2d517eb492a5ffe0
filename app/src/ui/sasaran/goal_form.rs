//! The form of a goal: kode, nama and its indicator rows (nama, target, satuan; "Tambah
//! indikator", "Hapus indikator"). Checked before sending with the rules the server applies;
//! the server's refusal is shown above the fields.

use leptos::prelude::*;
use leptos::task::spawn_local;

use super::board::{heading_id, Board, ADD_BUTTON};
use crate::api::sasaran::save_sasaran;
use crate::api::ApiError;
use crate::domain::dto::{IndikatorInput, SasaranInput, SasaranStrategis};
use crate::domain::problem::{required_text, Problem};
use crate::domain::skp::{check_target, MAX_JUDUL, MAX_SATUAN};
use crate::i18n::*;
use crate::ui::common::error_message::ErrorMessage;
use crate::ui::skp::labels::{dom_id, fmt_num, focus_later, parse_num, I18n};

/// The longest goal code the server takes.
const MAX_KODE: usize = 64;

/// One indicator row as typed (`key` is stable while rows are added and removed).
#[derive(Clone, Debug, PartialEq)]
pub struct IndRow {
    pub key: u64,
    pub nama: String,
    pub target: String,
    pub satuan: String,
}

/// The problems of a goal, at `kode`, `nama` and `indikator[i].<field>` (as the server).
pub fn check(input: &SasaranInput) -> Vec<Problem> {
    let mut p = vec![];
    p.extend(required_text("kode", "Kode sasaran", &input.kode, MAX_KODE));
    p.extend(required_text(
        "nama",
        "Sasaran strategis",
        &input.nama,
        MAX_JUDUL,
    ));
    for (i, k) in input.indikator.iter().enumerate() {
        let at = format!("indikator[{i}]");
        let mut q = vec![];
        q.extend(required_text("nama", "Indikator", &k.nama, MAX_JUDUL));
        q.extend(check_target(k.target, &k.satuan));
        p.extend(q.into_iter().map(|x| x.under(&at)));
    }
    p
}

/// A problem in the user's language.
fn text(i18n: I18n, p: &Problem) -> String {
    match i18n.get_locale_untracked() {
        Locale::id => p.id.clone(),
        Locale::en => p.en.clone(),
    }
}

#[component]
pub fn GoalForm(board: Board, goal: Option<SasaranStrategis>) -> impl IntoView {
    let i18n = use_i18n();
    let (goal_id, version) = goal
        .as_ref()
        .map(|g| (g.id.clone(), g.version))
        .unwrap_or_default();
    let is_new = goal_id.is_empty();
    let base = StoredValue::new(if is_new {
        "sas-new".to_string()
    } else {
        dom_id("sas-form", &goal_id)
    });
    let id = move |f: &str| format!("{}-{f}", base.get_value());
    let kode = RwSignal::new(goal.as_ref().map(|g| g.kode.clone()).unwrap_or_default());
    let nama = RwSignal::new(goal.as_ref().map(|g| g.nama.clone()).unwrap_or_default());
    let first_rows: Vec<IndRow> = match &goal {
        Some(g) => g
            .indikator
            .iter()
            .enumerate()
            .map(|(i, k)| IndRow {
                key: i as u64,
                nama: k.nama.clone(),
                target: fmt_num(i18n, k.target),
                satuan: k.satuan.clone(),
            })
            .collect(),
        None => vec![IndRow {
            key: 0,
            nama: String::new(),
            target: String::new(),
            satuan: String::new(),
        }],
    };
    let next_key = StoredValue::new(first_rows.len() as u64);
    let rows = RwSignal::new(first_rows);
    let problems = RwSignal::new(Vec::<Problem>::new());
    let error = RwSignal::new(None::<ApiError>);
    let busy = RwSignal::new(false);
    let goal_id = StoredValue::new(goal_id);

    let err_of = move |field: String| {
        problems.with(|p| p.iter().find(|p| p.field == field).map(|p| text(i18n, p)))
    };
    // the id of the input a problem is about
    let target_of = move |field: &str| -> String {
        if let Some(rest) = field.strip_prefix("indikator[") {
            let (n, f) = rest.split_once("].").unwrap_or((rest, "nama"));
            let i = n.trim_end_matches(']').parse::<usize>().ok();
            let key = i.and_then(|i| rows.with_untracked(|r| r.get(i).map(|x| x.key)));
            if let Some(key) = key {
                return id(&format!("ind{key}-{f}"));
            }
        }
        id(field)
    };
    let input_now = move || SasaranInput {
        kode: kode.get_untracked().trim().to_string(),
        nama: nama.get_untracked().trim().to_string(),
        indikator: rows.with_untracked(|r| {
            r.iter()
                .map(|x| IndikatorInput {
                    nama: x.nama.trim().to_string(),
                    target: parse_num(&x.target),
                    satuan: x.satuan.trim().to_string(),
                })
                .collect()
        }),
    };
    let close = move || {
        board.editing.set(None);
        let gid = goal_id.get_value();
        if gid.is_empty() {
            focus_later(ADD_BUTTON.to_string());
        } else {
            focus_later(dom_id("sas-edit", &gid));
        }
    };
    let on_submit = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        if busy.get_untracked() {
            return;
        }
        error.set(None);
        let input = input_now();
        let found = check(&input);
        if let Some(first) = found.first() {
            focus_later(target_of(&first.field));
            problems.set(found);
            return;
        }
        problems.set(vec![]);
        busy.set(true);
        let gid = goal_id.get_value();
        spawn_local(async move {
            let res = save_sasaran((!gid.is_empty()).then(|| gid.clone()), version, input).await;
            busy.set(false);
            match res {
                Ok(g) => {
                    let msg = if gid.is_empty() {
                        t_string!(i18n, sasaran.created)
                    } else {
                        t_string!(i18n, sasaran.saved)
                    };
                    let heading = heading_id(&g.id);
                    board.editing.set(None);
                    board.put(g);
                    board.notice.set(Some(msg.to_string()));
                    focus_later(heading);
                }
                Err(e) if e.code == "conflict" && !gid.is_empty() => {
                    // someone else changed it: show what is saved now, with the message
                    board.editing.set(None);
                    board.refusal.set(Some((gid.clone(), e)));
                    board.refresh().await;
                    focus_later(dom_id("sas-err", &gid));
                }
                Err(e) => {
                    error.set(Some(e));
                    focus_later(id("summary"));
                }
            }
        });
    };
    let add_row = move |_| {
        let key = next_key.get_value() + 1;
        next_key.set_value(key);
        rows.update(|r| {
            r.push(IndRow {
                key,
                nama: String::new(),
                target: String::new(),
                satuan: String::new(),
            })
        });
        focus_later(id(&format!("ind{key}-nama")));
    };
    let described = move |field: &'static str| {
        let eid = id(&format!("{field}-err"));
        move || err_of(field.to_string()).is_some().then(|| eid.clone())
    };
    let invalid =
        move |field: &'static str| move || err_of(field.to_string()).is_some().then_some("true");
    let field_err = move |field: &'static str| {
        let eid = id(&format!("{field}-err"));
        move || {
            err_of(field.to_string())
                .map(|m| view! { <p id=eid.clone() class="field-error">{m}</p> })
        }
    };
    let heading = id("h");
    view! {
        <form class="sasaran-form" aria-labelledby=heading.clone() novalidate on:submit=on_submit>
            <h3 id=heading.clone()>
                {if is_new { t_string!(i18n, sasaran.add_heading) } else { t_string!(i18n, sasaran.edit_heading) }}
            </h3>
            <div id=id("summary") tabindex="-1">
                {move || error.get().map(|error| view! { <ErrorMessage error/> })}
            </div>
            <div class="field sasaran-kode-field">
                <label for=id("kode")>{t!(i18n, sasaran.kode)}</label>
                <input type="text" id=id("kode") maxlength=MAX_KODE.to_string() required autocomplete="off"
                    aria-invalid=invalid("kode") aria-describedby=described("kode")
                    prop:value=move || kode.get() on:input=move |ev| kode.set(event_target_value(&ev))/>
                {field_err("kode")}
            </div>
            <div class="field">
                <label for=id("nama")>{t!(i18n, sasaran.nama)}</label>
                <textarea id=id("nama") rows="2" maxlength=MAX_JUDUL.to_string() required
                    aria-invalid=invalid("nama") aria-describedby=described("nama")
                    prop:value=move || nama.get() on:input=move |ev| nama.set(event_target_value(&ev))></textarea>
                {field_err("nama")}
            </div>
            <fieldset class="sasaran-ind-rows">
                <legend>{t!(i18n, sasaran.indikator_heading)}</legend>
                {move || rows.with(|r| r.is_empty()).then(|| view! { <p class="muted">{t!(i18n, sasaran.indikator_none)}</p> })}
                <For each=move || rows.get() key=|r| r.key let:row>
                    <IndRowFields form=base.get_value() row=row.key rows problems/>
                </For>
                <button type="button" id=id("ind-add") class="button secondary small" on:click=add_row>
                    {t!(i18n, sasaran.add_indikator)}
                </button>
            </fieldset>
            <div class="actions">
                <button type="submit" class="button primary" aria-busy=move || busy.get().then_some("true")>
                    {move || if busy.get() { t_string!(i18n, sasaran.saving) } else { t_string!(i18n, sasaran.save) }}
                </button>
                <button type="button" class="button secondary" on:click=move |_| close()>
                    {t!(i18n, sasaran.cancel)}
                </button>
            </div>
        </form>
    }
}

#[component]
fn IndRowFields(
    form: String,
    row: u64,
    rows: RwSignal<Vec<IndRow>>,
    problems: RwSignal<Vec<Problem>>,
) -> impl IntoView {
    let i18n = use_i18n();
    let key = row;
    let base = StoredValue::new(format!("{form}-ind{key}"));
    let add_id = StoredValue::new(format!("{form}-ind-add"));
    let id = move |f: &str| format!("{}-{f}", base.get_value());
    let idx = move || rows.with(|r| r.iter().position(|x| x.key == key).unwrap_or(0));
    let value = move |f: fn(&IndRow) -> String| {
        move || rows.with(|r| r.iter().find(|x| x.key == key).map(f).unwrap_or_default())
    };
    let set = move |f: fn(&mut IndRow, String)| {
        move |ev: leptos::ev::Event| {
            let v = event_target_value(&ev);
            rows.update(|r| {
                if let Some(x) = r.iter_mut().find(|x| x.key == key) {
                    f(x, v)
                }
            })
        }
    };
    let err = move |field: &'static str| {
        move || {
            let at = format!("indikator[{}].{field}", idx());
            problems.with(|p| p.iter().find(|p| p.field == at).map(|p| text(i18n, p)))
        }
    };
    let invalid = move |field: &'static str| {
        let e = err(field);
        move || e().is_some().then_some("true")
    };
    let described = move |field: &'static str| {
        let (e, eid) = (err(field), id(&format!("{field}-err")));
        move || e().is_some().then(|| eid.clone())
    };
    let error = move |field: &'static str| {
        let (e, eid) = (err(field), id(&format!("{field}-err")));
        move || e().map(|m| view! { <p id=eid.clone() class="field-error">{m}</p> })
    };
    let remove = move |_| {
        rows.update(|r| r.retain(|x| x.key != key));
        problems.set(vec![]);
        focus_later(add_id.get_value());
    };
    let n = move || idx() + 1;
    view! {
        <fieldset class="sasaran-ind-row">
            <legend>{t!(i18n, sasaran.indikator)} " " {n}</legend>
            <div class="field">
                <label for=id("nama")>{t!(i18n, sasaran.indikator_nama)}</label>
                <input type="text" id=id("nama") maxlength=MAX_JUDUL.to_string() required
                    aria-invalid=invalid("nama") aria-describedby=described("nama")
                    prop:value=value(|r| r.nama.clone()) on:input=set(|r, v| r.nama = v)/>
                {error("nama")}
            </div>
            <div class="sasaran-ind-pair">
                <div class="field">
                    <label for=id("target")>{t!(i18n, sasaran.target)}</label>
                    <input type="text" inputmode="decimal" id=id("target") required
                        aria-invalid=invalid("target") aria-describedby=described("target")
                        prop:value=value(|r| r.target.clone()) on:input=set(|r, v| r.target = v)/>
                    {error("target")}
                </div>
                <div class="field">
                    <label for=id("satuan")>{t!(i18n, sasaran.satuan)}</label>
                    <input type="text" id=id("satuan") maxlength=MAX_SATUAN.to_string() required
                        aria-invalid=invalid("satuan") aria-describedby=described("satuan")
                        prop:value=value(|r| r.satuan.clone()) on:input=set(|r, v| r.satuan = v)/>
                    {error("satuan")}
                </div>
            </div>
            <button type="button" class="button danger small" on:click=remove>
                {t!(i18n, sasaran.remove_indikator)}
                <span class="visually-hidden">" " {n}</span>
            </button>
        </fieldset>
    }
}

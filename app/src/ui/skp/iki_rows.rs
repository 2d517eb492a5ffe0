use leptos::prelude::*;

use super::labels::{aspek_label, focus_later, problem_text};
use crate::domain::problem::Problem;
use crate::domain::skp::Aspek;
use crate::i18n::*;

/// One IKI row of the form, as typed (`key` is stable while rows are added and removed).
#[derive(Clone, Debug, PartialEq)]
pub struct IkiRow {
    pub key: u64,
    pub id: Option<String>,
    pub aspek: String,
    pub nama: String,
    pub target: String,
    pub satuan: String,
}

/// The IKI of the RHK being edited: a fieldset per row (aspek, indikator, target, satuan),
/// "Tambah IKI", and "Hapus" per row. Errors come as problems at `iki[i].<field>`.
#[component]
pub fn IkiRows(
    form: String,
    rows: RwSignal<Vec<IkiRow>>,
    problems: RwSignal<Vec<Problem>>,
    jpt: bool,
) -> impl IntoView {
    let i18n = use_i18n();
    let next_key = StoredValue::new(rows.with_untracked(|r| r.len() as u64));
    let add_id = format!("{form}-iki-add");
    let add = {
        let form = form.clone();
        move |_| {
            let key = next_key.get_value() + 1;
            next_key.set_value(key);
            rows.update(|r| {
                r.push(IkiRow {
                    key,
                    id: None,
                    aspek: String::new(),
                    nama: String::new(),
                    target: String::new(),
                    satuan: String::new(),
                })
            });
            focus_later(format!("{form}-iki{key}-nama"));
        }
    };
    let general = move || {
        problems.with(|p| {
            p.iter()
                .find(|p| p.field == "iki")
                .map(|p| problem_text(i18n, p))
        })
    };
    let general_id = format!("{form}-iki-err");
    let add_target = add_id.clone();
    view! {
        <fieldset class="iki-rows">
            <legend>{t!(i18n, skp.iki_heading)}</legend>
            {move || general().map(|m| view! { <p id=general_id.clone() class="field-error">{m}</p> })}
            <For each=move || rows.get() key=|r| r.key let:row>
                <IkiRowFields form=form.clone() row rows problems jpt add_id=add_target.clone()/>
            </For>
            <button type="button" id=add_id.clone() class="button secondary" on:click=add>
                {t!(i18n, skp.add_iki)}
            </button>
        </fieldset>
    }
}

#[component]
fn IkiRowFields(
    form: String,
    row: IkiRow,
    rows: RwSignal<Vec<IkiRow>>,
    problems: RwSignal<Vec<Problem>>,
    jpt: bool,
    add_id: String,
) -> impl IntoView {
    let i18n = use_i18n();
    let key = row.key;
    let idx = move || rows.with(|r| r.iter().position(|x| x.key == key).unwrap_or(0));
    let value = move |f: fn(&IkiRow) -> String| {
        move || rows.with(|r| r.iter().find(|x| x.key == key).map(f).unwrap_or_default())
    };
    let set = move |f: fn(&mut IkiRow, String)| {
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
            let at = format!("iki[{}].{field}", idx());
            problems.with(|p| {
                p.iter()
                    .find(|p| p.field == at)
                    .map(|p| problem_text(i18n, p))
            })
        }
    };
    let base = StoredValue::new(format!("{form}-iki{key}"));
    let id = move |field: &str| format!("{}-{field}", base.get_value());
    let remove = move |_| {
        rows.update(|r| r.retain(|x| x.key != key));
        problems.set(vec![]);
        focus_later(add_id.clone());
    };
    let field = move |name: &'static str, label: AnyView, input: AnyView| {
        let eid = format!("{}-err", id(name));
        let e = err(name);
        view! {
            <div class=format!("field iki-{name}")>
                <label for=id(name)>{label}</label>
                {input}
                {move || e().map(|m| view! { <p id=eid.clone() class="field-error">{m}</p> })}
            </div>
        }
    };
    let invalid = move |name: &'static str| {
        let e = err(name);
        move || e().is_some().then_some("true")
    };
    let described = move |name: &'static str| {
        let (e, eid) = (err(name), format!("{}-err", id(name)));
        move || e().is_some().then(|| eid.clone())
    };
    let aspek_value = value(|r| r.aspek.clone());
    let aspek = view! {
        <select id=id("aspek") aria-invalid=invalid("aspek") aria-describedby=described("aspek") on:change=set(|r, v| r.aspek = v)>
            <option value="" selected=move || aspek_value().is_empty()>
                {if jpt { t_string!(i18n, skp.form_aspek_none) } else { t_string!(i18n, skp.form_choose) }}
            </option>
            {Aspek::ALL.iter().map(|a| {
                let code = a.code();
                let v = value(|r| r.aspek.clone());
                view! { <option value=code selected=move || v() == code>{aspek_label(i18n, *a)}</option> }
            }).collect_view()}
        </select>
    }
    .into_any();
    let nama = view! {
        <input type="text" id=id("nama") maxlength="1000" prop:value=value(|r| r.nama.clone())
            aria-invalid=invalid("nama") aria-describedby=described("nama") on:input=set(|r, v| r.nama = v)/>
    }
    .into_any();
    let target = view! {
        <input type="text" inputmode="decimal" id=id("target") prop:value=value(|r| r.target.clone())
            aria-invalid=invalid("target") aria-describedby=described("target") on:input=set(|r, v| r.target = v)/>
    }
    .into_any();
    let satuan = view! {
        <input type="text" id=id("satuan") maxlength="50" prop:value=value(|r| r.satuan.clone())
            aria-invalid=invalid("satuan") aria-describedby=described("satuan") on:input=set(|r, v| r.satuan = v)/>
    }
    .into_any();
    let n = move || idx() + 1;
    view! {
        <fieldset class="iki-row">
            <legend>"IKI " {n}</legend>
            {field("aspek", t!(i18n, skp.iki_aspek).into_any(), aspek)}
            {field("nama", t!(i18n, skp.iki_nama).into_any(), nama)}
            <div class="iki-pair">
                {field("target", t!(i18n, skp.iki_target).into_any(), target)}
                {field("satuan", t!(i18n, skp.iki_satuan).into_any(), satuan)}
            </div>
            <button type="button" class="button danger small" on:click=remove>
                {t!(i18n, skp.remove_iki)}
                <span class="visually-hidden">" " {n}</span>
            </button>
        </fieldset>
    }
}

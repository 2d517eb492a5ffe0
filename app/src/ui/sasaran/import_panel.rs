//! "Impor dari berkas": a CSV or XLSX file of goals (columns `tahun, kode, nama, indikator,
//! target, satuan`), all rows or none; the result, or every refused cell as "Baris N,
//! kolom X: pesan".

use leptos::html::Input;
use leptos::prelude::*;
use leptos::task::spawn_local;

use super::board::Board;
use super::upload::{upload, ImportError};
use crate::i18n::*;
use crate::ui::skp::labels::focus_later;

const FILE_ID: &str = "sas-import-file";
const RESULT_ID: &str = "sas-import-result";

#[component]
pub fn ImportPanel(board: Board) -> impl IntoView {
    let i18n = use_i18n();
    let file = NodeRef::<Input>::new();
    let chosen = RwSignal::new(false);
    let missing = RwSignal::new(false);
    let busy = RwSignal::new(false);
    let done = RwSignal::new(None::<u64>);
    let failed = RwSignal::new(None::<ImportError>);
    let on_submit = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        if busy.get_untracked() {
            return;
        }
        done.set(None);
        failed.set(None);
        let Some(input) = file.get_untracked() else {
            return;
        };
        if !chosen.get_untracked() {
            missing.set(true);
            focus_later(FILE_ID.to_string());
            return;
        }
        missing.set(false);
        busy.set(true);
        let lang = match i18n.get_locale_untracked() {
            Locale::id => "id",
            Locale::en => "en",
        };
        spawn_local(async move {
            let res = upload(input.clone(), lang).await;
            busy.set(false);
            match res {
                Ok(n) => {
                    done.set(Some(n));
                    input.set_value("");
                    chosen.set(false);
                    board.refresh().await;
                }
                Err(e) if e.code == "no_file" => {
                    missing.set(true);
                    focus_later(FILE_ID.to_string());
                    return;
                }
                Err(e) => failed.set(Some(e)),
            }
            focus_later(RESULT_ID.to_string());
        });
    };
    let failure = move || {
        failed.get().map(|e| {
            let message = if e.code == "network" {
                t_string!(i18n, errors.network).to_string()
            } else {
                e.message.clone()
            };
            let relogin = e.code == "unauthorized";
            let rows = (!e.rows.is_empty()).then(|| {
                let items = e
                    .rows
                    .iter()
                    .map(|r| {
                        let place = match r.row {
                            Some(n) => format!(
                                "{} {n}, {} {}: ",
                                t_string!(i18n, sasaran.import_row),
                                t_string!(i18n, sasaran.import_column),
                                r.field
                            ),
                            None if !r.field.is_empty() => format!(
                                "{} {}: ",
                                t_string!(i18n, sasaran.import_column_cap),
                                r.field
                            ),
                            None => String::new(),
                        };
                        view! { <li><strong>{place}</strong>{r.message.clone()}</li> }
                    })
                    .collect_view();
                view! {
                    <p>{t!(i18n, sasaran.import_nothing_saved)}</p>
                    <ul class="sasaran-import-errors">{items}</ul>
                }
            });
            view! {
                <div class="error" role="alert">
                    <p>{message}</p>
                    {rows}
                    {relogin.then(|| view! { <a href="/login">{t!(i18n, errors.sign_in_again)}</a> })}
                </div>
            }
        })
    };
    let success = move || {
        done.get().map(|rows| {
            view! { <p class="sasaran-import-ok" role="status">{t!(i18n, sasaran.import_done, rows)}</p> }
        })
    };
    view! {
        <details class="panel sasaran-import">
            <summary>{t!(i18n, sasaran.import_heading)}</summary>
            <p id="sas-import-help" class="muted">{t!(i18n, sasaran.import_help)}</p>
            <form novalidate on:submit=on_submit>
                <div class="field">
                    <label for=FILE_ID>{t!(i18n, sasaran.import_file)}</label>
                    <input type="file" id=FILE_ID node_ref=file required
                        accept=".csv,.xlsx,text/csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
                        aria-invalid=move || missing.get().then_some("true")
                        aria-describedby=move || if missing.get() { "sas-import-help sas-import-missing" } else { "sas-import-help" }
                        on:change=move |ev| {
                            chosen.set(!event_target_value(&ev).is_empty());
                            missing.set(false);
                        }/>
                    {move || missing.get().then(|| view! {
                        <p id="sas-import-missing" class="field-error">{t!(i18n, sasaran.import_choose)}</p>
                    })}
                </div>
                <div class="actions">
                    <button type="submit" class="button secondary" aria-busy=move || busy.get().then_some("true")>
                        {move || if busy.get() { t_string!(i18n, sasaran.importing) } else { t_string!(i18n, sasaran.import_submit) }}
                    </button>
                </div>
            </form>
            <div id=RESULT_ID tabindex="-1">
                {success}
                {failure}
            </div>
        </details>
    }
}

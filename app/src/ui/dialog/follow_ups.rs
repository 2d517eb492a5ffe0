use leptos::prelude::*;
use leptos::task::spawn_local;

use crate::api::dialog::{tambah_tindak_lanjut, tandai_tindak_lanjut};
use crate::api::ApiError;
use crate::domain::dialog::{StatusTindakLanjut, MAX_URAIAN};
use crate::domain::dto::{DialogKinerja, TindakLanjutInput, TindakLanjutStatus};
use crate::i18n::*;
use crate::ui::common::error_message::ErrorMessage;
use crate::ui::evaluasi::labels::tanggal;
use crate::ui::skp::labels::dom_id;

/// A dialogue's follow-ups (overdue ones flagged) and, for the participants, marking one done
/// or open again and adding one: what, who (either participant), by when.
#[component]
pub fn FollowUps(
    current: RwSignal<DialogKinerja>,
    editable: Signal<bool>,
    on_changed: Callback<()>,
) -> impl IntoView {
    let i18n = use_i18n();
    let busy = RwSignal::new(false);
    let error = RwSignal::new(None::<ApiError>);
    let base = current.with_untracked(|d| dom_id("tl", &d.id));
    let uraian = RwSignal::new(String::new());
    let pic = RwSignal::new(current.with_untracked(|d| d.employee_id.clone()));
    let due = RwSignal::new(String::new());
    let toggle = move |id: String, to: StatusTindakLanjut, version: i64| {
        busy.set(true);
        error.set(None);
        spawn_local(async move {
            let input = TindakLanjutStatus {
                status: to.code().into(),
                version,
            };
            match tandai_tindak_lanjut(id, input).await {
                Ok(fresh) => {
                    current.set(fresh);
                    on_changed.run(());
                }
                Err(e) => error.set(Some(e)),
            }
            busy.set(false);
        });
    };
    let add = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        if uraian.get_untracked().trim().is_empty() {
            error.set(Some(ApiError::validation(t_string!(
                i18n,
                dialog.uraian_wajib
            ))));
            return;
        }
        if due.get_untracked().trim().is_empty() {
            error.set(Some(ApiError::validation(t_string!(
                i18n,
                dialog.tenggat_wajib
            ))));
            return;
        }
        let id = current.with_untracked(|d| d.id.clone());
        let input = TindakLanjutInput {
            description: uraian.get_untracked(),
            pic_id: pic.get_untracked(),
            due: due.get_untracked(),
        };
        busy.set(true);
        error.set(None);
        spawn_local(async move {
            match tambah_tindak_lanjut(id, input).await {
                Ok(fresh) => {
                    uraian.set(String::new());
                    due.set(String::new());
                    current.set(fresh);
                    on_changed.run(());
                }
                Err(e) => error.set(Some(e)),
            }
            busy.set(false);
        });
    };
    let rows = move || {
        current.with(|d| {
            d.follow_ups
                .iter()
                .map(|t| {
                    let done = t.status == StatusTindakLanjut::Selesai.code();
                    let (id, version) = (t.id.clone(), t.version);
                    let to = if done { StatusTindakLanjut::Terbuka } else { StatusTindakLanjut::Selesai };
                    view! {
                        <li class=if done { "tl-item tl-done" } else { "tl-item" }>
                            <p>{t.description.clone()}</p>
                            <p class="muted">
                                {t!(i18n, dialog.tl_pic)} ": " {t.pic_name.clone()} " · " {t!(i18n, dialog.tl_tenggat)} " " {tanggal(&t.due)}
                                {t.overdue.then(|| view! { " " <span class="badge warn">{t!(i18n, dialog.tl_terlambat)}</span> })}
                                {done.then(|| view! { " " <span class="badge status-ok">{StatusTindakLanjut::Selesai.label()}</span> })}
                            </p>
                            {move || editable.get().then(|| {
                                let id = id.clone();
                                view! {
                                    <button type="button" class="button secondary small" disabled=move || busy.get()
                                        on:click=move |_| toggle(id.clone(), to, version)>
                                        {if done { t!(i18n, dialog.tl_buka).into_any() } else { t!(i18n, dialog.tl_selesai).into_any() }}
                                    </button>
                                }
                            })}
                        </li>
                    }
                })
                .collect_view()
        })
    };
    let (u_id, p_id, d_id) = (
        format!("{base}-uraian"),
        format!("{base}-pic"),
        format!("{base}-due"),
    );
    view! {
        <h4>{t!(i18n, dialog.tindak_lanjut)}</h4>
        {move || current.with(|d| d.follow_ups.is_empty()).then(|| view! { <p class="muted">{t!(i18n, dialog.tl_kosong)}</p> })}
        <ul class="plain-list">{rows}</ul>
        {move || error.get().map(|error| view! { <ErrorMessage error/> })}
        {move || editable.get().then(|| {
            let (u_id, p_id, d_id) = (u_id.clone(), p_id.clone(), d_id.clone());
            let (emp, emp_name, lead, lead_name) = current.with(|d| (d.employee_id.clone(), d.employee_name.clone(), d.leader_id.clone(), d.leader_name.clone()));
            view! {
                <form class="ub-form tl-form" on:submit=add novalidate=true>
                    <div class="field">
                        <label for=u_id.clone()>{t!(i18n, dialog.tl_uraian)}</label>
                        <input id=u_id type="text" maxlength=MAX_URAIAN.to_string() bind:value=uraian/>
                    </div>
                    <div class="field">
                        <label for=p_id.clone()>{t!(i18n, dialog.tl_pic)}</label>
                        <select id=p_id prop:value=move || pic.get() on:change=move |ev| pic.set(event_target_value(&ev))>
                            <option value=emp>{emp_name}</option>
                            <option value=lead>{lead_name}</option>
                        </select>
                    </div>
                    <div class="field">
                        <label for=d_id.clone()>{t!(i18n, dialog.tl_tenggat)}</label>
                        <input id=d_id type="date" bind:value=due/>
                    </div>
                    <button type="submit" class="button secondary" disabled=move || busy.get()>{t!(i18n, dialog.tl_tambah)}</button>
                </form>
            }
        })}
    }
}

use leptos::either::Either;
use leptos::prelude::*;
use leptos_meta::Title;

use super::dialog_card::DialogCard;
use super::schedule_form::ScheduleForm;
use crate::api::dialog::dialog_pegawai;
use crate::api::ApiError;
use crate::domain::dto::DaftarDialog;
use crate::i18n::*;
use crate::ui::common::error_message::ErrorMessage;
use crate::ui::common::loading::Loading;
use crate::ui::evaluasi::labels::query_param;
use crate::ui::evaluasi::periode_select::PeriodeSelect;
use crate::ui::evaluasi::staf_select::StafSelect;

/// `/dialog?pegawai=&period=`: one employee's performance dialogues of a year (the caller's
/// own without `pegawai=`), the form to schedule one, and each dialogue's notes and follow-ups.
#[component]
pub fn DialogPage() -> impl IntoView {
    let i18n = use_i18n();
    let pegawai = query_param("pegawai");
    let period = query_param("period");
    let data = Resource::new(
        move || (pegawai.get(), period.get()),
        |(p, y)| dialog_pegawai(p, y),
    );
    let notice = RwSignal::new(None::<String>);
    let keep = Signal::derive(move || vec![("pegawai", pegawai.get())]);
    view! {
        <Title text=move || t_string!(i18n, dialog.title).to_string()/>
        <div class="page eval-page">
            <h1>{t!(i18n, dialog.title)}</h1>
            <p class="muted">{t!(i18n, dialog.intro)}</p>
            <PeriodeSelect path="/dialog" current=period keep tahunan=true/>
            <StafSelect path="/dialog" current=pegawai period/>
            <p class="notice" role="status" aria-live="polite">{move || notice.get()}</p>
            <Transition fallback=|| view! { <Loading/> }>
                {move || Suspend::new(async move {
                    match data.await {
                        Ok(d) => Either::Left(view! { <Dialogs d data notice/> }),
                        Err(error) => Either::Right(view! { <ErrorMessage error/> }),
                    }
                })}
            </Transition>
        </div>
    }
}

#[component]
fn Dialogs(
    d: DaftarDialog,
    data: Resource<Result<DaftarDialog, ApiError>>,
    notice: RwSignal<Option<String>>,
) -> impl IntoView {
    let i18n = use_i18n();
    let on_scheduled = Callback::new(move |()| {
        notice.set(Some(t_string!(i18n, dialog.terjadwal).to_string()));
        data.refetch();
    });
    let on_changed = Callback::new(move |()| {
        notice.set(Some(t_string!(i18n, dialog.tersimpan).to_string()));
    });
    let empty = d.items.is_empty();
    let overdue = d.overdue;
    let cards = d
        .items
        .into_iter()
        .map(|x| view! { <DialogCard d=x on_changed/> })
        .collect_view();
    view! {
        <section class="panel" aria-labelledby="dlg-for">
            <h2 id="dlg-for">{d.employee_name.clone()} " · " {d.year}</h2>
            {(overdue > 0).then(|| view! {
                <p><span class="badge warn">{overdue} " " {t!(i18n, dialog.terlambat_n)}</span></p>
            })}
        </section>
        {d.can_create.then(|| view! { <ScheduleForm pegawai=d.employee_id.clone() period=d.period_id.clone() on_scheduled/> })}
        {empty.then(|| view! { <p class="empty panel">{t!(i18n, dialog.kosong)}</p> })}
        <ul class="plain-list dialog-list">{cards}</ul>
    }
}

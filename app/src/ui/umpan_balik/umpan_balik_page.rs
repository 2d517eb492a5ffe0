use leptos::either::Either;
use leptos::prelude::*;
use leptos_meta::Title;

use super::feedback_list::{FeedbackList, RequestList};
use super::give_form::GiveForm;
use super::request_form::RequestForm;
use crate::api::umpan_balik::umpan_balik_pegawai;
use crate::domain::dto::{PermintaanUmpanBalik, UmpanBalikSkp};
use crate::i18n::*;
use crate::ui::common::error_message::ErrorMessage;
use crate::ui::common::loading::Loading;
use crate::ui::evaluasi::labels::query_param;
use crate::ui::evaluasi::periode_select::PeriodeSelect;
use crate::ui::evaluasi::staf_select::StafSelect;

/// `/umpan-balik?pegawai=&period=`: one employee's feedback in a year (the caller's own
/// without `pegawai=`): the PPK or squad lead gives it, the employee asks for it, and both
/// read it per RHK and per BerAKHLAK value.
#[component]
pub fn UmpanBalikPage() -> impl IntoView {
    let i18n = use_i18n();
    let pegawai = query_param("pegawai");
    let period = query_param("period");
    let data = Resource::new(
        move || (pegawai.get(), period.get()),
        |(p, y)| umpan_balik_pegawai(p, y),
    );
    let notice = RwSignal::new(None::<String>);
    let keep = Signal::derive(move || vec![("pegawai", pegawai.get())]);
    view! {
        <Title text=move || t_string!(i18n, umpan_balik.title).to_string()/>
        <div class="page eval-page">
            <h1>{t!(i18n, umpan_balik.title)}</h1>
            <p class="muted">{t!(i18n, umpan_balik.intro)}</p>
            <PeriodeSelect path="/umpan-balik" current=period keep tahunan=true/>
            <StafSelect path="/umpan-balik" current=pegawai period/>
            <p class="notice" role="status" aria-live="polite">{move || notice.get()}</p>
            <Transition fallback=|| view! { <Loading/> }>
                {move || Suspend::new(async move {
                    match data.await {
                        Ok(d) => Either::Left(view! { <Feedback d data notice/> }),
                        Err(error) => Either::Right(view! { <ErrorMessage error/> }),
                    }
                })}
            </Transition>
        </div>
    }
}

#[component]
fn Feedback(
    d: UmpanBalikSkp,
    data: Resource<Result<UmpanBalikSkp, crate::api::ApiError>>,
    notice: RwSignal<Option<String>>,
) -> impl IntoView {
    let i18n = use_i18n();
    // the request being answered (set from the request list, read by the form)
    let answering = RwSignal::new(None::<PermintaanUmpanBalik>);
    let may_give = d.open && (d.can_give_perilaku || d.rhk.iter().any(|r| r.can_give));
    let may_ask = d.open && d.can_request;
    let on_given = Callback::new(move |()| {
        notice.set(Some(t_string!(i18n, umpan_balik.terkirim).to_string()));
        answering.set(None);
        data.refetch();
    });
    let on_asked = Callback::new(move |()| {
        notice.set(Some(t_string!(i18n, umpan_balik.diminta).to_string()));
        data.refetch();
    });
    let closed = !d.open;
    let d = StoredValue::new(d);
    view! {
        <section class="panel" aria-labelledby="ub-for">
            <h2 id="ub-for">{t!(i18n, umpan_balik.untuk)} " " {d.with_value(|d| d.employee_name.clone())} " · " {d.with_value(|d| d.year)}</h2>
            <p><a href=d.with_value(|d| format!("/dialog?pegawai={}&period={}", d.employee_id, d.period_id))>{t!(i18n, dialog.link)}</a></p>
            {closed.then(|| view! { <p class="muted">{t!(i18n, umpan_balik.ditutup)}</p> })}
        </section>
        {may_give.then(|| view! { <GiveForm d answering on_given/> })}
        {may_ask.then(|| view! { <RequestForm d on_asked/> })}
        <RequestList d answering may_answer=may_give/>
        <FeedbackList d/>
    }
}

use leptos::either::{Either, EitherOf3};
use leptos::prelude::*;
use leptos::task::spawn_local;
use leptos_meta::Title;

use super::editor::{Editor, Notice, WriteError};
use super::lampiran::LampiranPanel;
use super::owner_actions::OwnerActions;
use super::perilaku::PerilakuTable;
use super::print_view::{PrintBar, SkpPrint};
use super::rhk_list::RhkList;
use super::skp_checks::SkpChecks;
use super::skp_header::SkpHeader;
use crate::api::skp::{bawahan_list, intervensi_options, my_skp, open_skp, sasaran_options};
use crate::api::ApiError;
use crate::domain::dto::{RhkRef, SasaranStrategis, Skp, SkpBawahan};
use crate::domain::role::Role;
use crate::i18n::*;
use crate::ui::common::error_message::ErrorMessage;
use crate::ui::common::loading::Loading;
use crate::ui::layout::app_layout::CurrentUser;

/// `/skp`: the signed-in employee's SKP of this year, to plan and submit. The resources are
/// created here, outside the `Suspense` (see `UnitTree`).
#[component]
pub fn MySkpPage() -> impl IntoView {
    let i18n = use_i18n();
    let skp = Resource::new(|| (), |_| my_skp(None));
    let options = Resource::new(|| (), |_| intervensi_options());
    let staff = Resource::new(|| (), |_| bawahan_list());
    let goals = Resource::new(|| (), |_| sasaran_options());
    let me = expect_context::<CurrentUser>().0;
    view! {
        <Title text=move || t_string!(i18n, skp.title).to_string()/>
        <div class="page">
            <h1 class="no-print">{t!(i18n, skp.heading)}</h1>
            <Suspense fallback=|| ()>
                {move || Suspend::new(async move {
                    let ppk = me.await.ok().flatten().is_some_and(|m| m.roles.contains(&Role::Ppk));
                    ppk.then(|| view! { <p class="no-print"><a href="/skp/bawahan">{t!(i18n, skp.bawahan_link)}</a></p> })
                })}
            </Suspense>
            <Suspense fallback=|| view! { <Loading/> }>
                {move || Suspend::new(async move {
                    let opts = options.await.unwrap_or_default();
                    let staff = staff.await.unwrap_or_default();
                    let goals = goals.await.unwrap_or_default();
                    let more = Extra { staff, goals };
                    match skp.await {
                        Ok(Some(s)) => EitherOf3::A(view! { <SkpEditor skp=s options=opts more/> }),
                        Ok(None) => EitherOf3::B(view! { <CreateSkp options=opts more/> }),
                        Err(error) => EitherOf3::C(view! { <ErrorMessage error/> }),
                    }
                })}
            </Suspense>
        </div>
    }
}

/// What the editor needs besides the SKP: the staff the user assesses, this year's goals.
#[derive(Clone, Default)]
struct Extra {
    staff: Vec<SkpBawahan>,
    goals: Vec<SasaranStrategis>,
}

/// The open SKP: header, checks, the RHK (with risks), perilaku, lampiran and the owner's
/// steps; "Cetak SKP" prints the official layout below (hidden on screen).
#[component]
fn SkpEditor(skp: Skp, options: Vec<RhkRef>, more: Extra) -> impl IntoView {
    let editor = Editor::new(skp, options);
    editor.bawahan.set(more.staff);
    editor.sasaran.set(more.goals);
    view! {
        <div class="skp-screen">
            <Notice editor/>
            {move || view! { <SkpHeader skp=editor.skp.get()/> }}
            <PrintBar skp_id=Signal::derive(move || editor.skp.with(|s| s.id.clone()))/>
            {move || view! { <SkpChecks skp=editor.skp.get()/> }}
            <RhkList editor owner=true/>
            {move || view! { <PerilakuTable skp=editor.skp.get()/> }}
            <LampiranPanel editor owner=true/>
            <OwnerActions editor/>
        </div>
        {move || view! { <SkpPrint skp=editor.skp.get()/> }}
    }
}

/// No SKP yet this year: "Buat SKP", empty or copied from last year.
#[component]
fn CreateSkp(options: Vec<RhkRef>, more: Extra) -> impl IntoView {
    let i18n = use_i18n();
    let created = RwSignal::new(None::<Skp>);
    let busy = RwSignal::new(false);
    let error = RwSignal::new(None::<ApiError>);
    let create = move |copy: bool| {
        busy.set(true);
        error.set(None);
        spawn_local(async move {
            match open_skp(copy).await {
                Ok(s) => created.set(Some(s)),
                Err(e) => error.set(Some(e)),
            }
            busy.set(false);
        });
    };
    move || match created.get() {
        Some(s) => {
            Either::Left(view! { <SkpEditor skp=s options=options.clone() more=more.clone()/> })
        }
        None => Either::Right(view! {
            <section class="panel" aria-labelledby="skp-none-h">
                <h2 id="skp-none-h">{t!(i18n, skp.none_heading)}</h2>
                <p>{t!(i18n, skp.none_text)}</p>
                {move || error.get().map(|error| view! { <WriteError error/> })}
                <div class="actions">
                    <button type="button" class="button primary" disabled=move || busy.get()
                        aria-busy=move || busy.get().then_some("true") on:click=move |_| create(false)>
                        {t!(i18n, skp.create)}
                    </button>
                    <button type="button" class="button secondary" disabled=move || busy.get()
                        on:click=move |_| create(true)>
                        {t!(i18n, skp.copy_previous)}
                    </button>
                </div>
                <p class="status" role="status">{move || busy.get().then(|| t_string!(i18n, skp.creating))}</p>
            </section>
        }),
    }
}

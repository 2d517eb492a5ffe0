use leptos::either::{Either, EitherOf3};
use leptos::prelude::*;
use leptos::task::spawn_local;
use leptos_meta::Title;

use super::editor::{Editor, Notice, WriteError};
use super::owner_actions::OwnerActions;
use super::rhk_list::RhkList;
use super::skp_checks::SkpChecks;
use super::skp_header::SkpHeader;
use crate::api::skp::{intervensi_options, my_skp, open_skp};
use crate::api::ApiError;
use crate::domain::dto::{RhkRef, Skp};
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
    let me = expect_context::<CurrentUser>().0;
    view! {
        <Title text=move || t_string!(i18n, skp.title).to_string()/>
        <div class="page">
            <h1>{t!(i18n, skp.heading)}</h1>
            <Suspense fallback=|| ()>
                {move || Suspend::new(async move {
                    let ppk = me.await.ok().flatten().is_some_and(|m| m.roles.contains(&Role::Ppk));
                    ppk.then(|| view! { <p><a href="/skp/bawahan">{t!(i18n, skp.bawahan_link)}</a></p> })
                })}
            </Suspense>
            <Suspense fallback=|| view! { <Loading/> }>
                {move || Suspend::new(async move {
                    let opts = options.await.unwrap_or_default();
                    match skp.await {
                        Ok(Some(s)) => EitherOf3::A(view! { <SkpEditor skp=s options=opts/> }),
                        Ok(None) => EitherOf3::B(view! { <CreateSkp options=opts/> }),
                        Err(error) => EitherOf3::C(view! { <ErrorMessage error/> }),
                    }
                })}
            </Suspense>
        </div>
    }
}

/// The open SKP: header, checks, the RHK and the owner's steps.
#[component]
fn SkpEditor(skp: Skp, options: Vec<RhkRef>) -> impl IntoView {
    let editor = Editor::new(skp, options);
    view! {
        <Notice editor/>
        {move || view! { <SkpHeader skp=editor.skp.get()/> }}
        {move || view! { <SkpChecks skp=editor.skp.get()/> }}
        <RhkList editor owner=true/>
        <OwnerActions editor/>
    }
}

/// No SKP yet this year: "Buat SKP", empty or copied from last year.
#[component]
fn CreateSkp(options: Vec<RhkRef>) -> impl IntoView {
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
        Some(s) => Either::Left(view! { <SkpEditor skp=s options=options.clone()/> }),
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

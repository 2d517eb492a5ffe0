use leptos::either::EitherOf3;
use leptos::prelude::*;
use leptos_meta::Title;

use super::beban_panel::BebanPanel;
use super::tim_form::TimForm;
use crate::api::tim::list_tim;
use crate::domain::dto::TimRingkas;
use crate::domain::role::Role;
use crate::i18n::*;
use crate::ui::common::error_message::ErrorMessage;
use crate::ui::common::loading::Loading;
use crate::ui::common::url::encode;
use crate::ui::layout::app_layout::CurrentUser;

/// `/tim`: the squads of this year the user may see; leaders and admins form new ones and
/// see their unit's workload.
#[component]
pub fn TimListPage() -> impl IntoView {
    let i18n = use_i18n();
    let list = Resource::new(|| (), |_| list_tim(None));
    let me = expect_context::<CurrentUser>().0;
    view! {
        <Title text=move || t_string!(i18n, tim.list_title).to_string()/>
        <div class="page">
            <h1>{t!(i18n, tim.list_heading)}</h1>
            <p>{t!(i18n, tim.list_intro)}</p>
            <Suspense fallback=|| view! { <Loading/> }>
                {move || Suspend::new(async move {
                    match list.await {
                        Ok(p) if p.items.is_empty() => EitherOf3::A(view! {
                            <p class="empty">{t!(i18n, tim.list_empty)}</p>
                        }),
                        Ok(p) => EitherOf3::B(view! {
                            <ul class="cards tim-cards">
                                {p.items.into_iter().map(|t| view! { <TimCard t/> }).collect_view()}
                            </ul>
                        }),
                        Err(error) => EitherOf3::C(view! { <ErrorMessage error/> }),
                    }
                })}
            </Suspense>
            <Suspense fallback=|| ()>
                {move || Suspend::new(async move {
                    let roles = me.await.ok().flatten().map(|m| m.roles).unwrap_or_default();
                    let leader = roles.iter().any(|r| matches!(r, Role::Admin | Role::Ppk | Role::Pimpinan));
                    let beban = roles.iter().any(|r| matches!(r, Role::Admin | Role::Pimpinan | Role::Auditor));
                    view! {
                        {leader.then(|| view! { <TimForm/> })}
                        {beban.then(|| view! { <BebanPanel/> })}
                    }
                })}
            </Suspense>
        </div>
    }
}

#[component]
fn TimCard(t: TimRingkas) -> impl IntoView {
    let i18n = use_i18n();
    let href = format!("/tim/{}", encode(&t.id, false));
    let peran = (!t.peran_saya.is_empty()).then(|| {
        let p = t.peran_saya.join(", ");
        view! { <p><span class="muted">{t!(i18n, tim.peran_saya)} ": "</span>{p}</p> }
    });
    view! {
        <li class="card tim-card">
            <a href=href class="card-link">{t.nama}</a>
            {(!t.tujuan.is_empty()).then(|| view! { <p class="muted">{t.tujuan}</p> })}
            <p><span class="muted">{t!(i18n, tim.ketua)} ": "</span>{t.ketua_name}</p>
            <p><span class="muted">{t!(i18n, tim.jumlah_anggota)} ": "</span>{t.anggota_count}</p>
            {peran}
        </li>
    }
}

use leptos::prelude::*;
use leptos::task::spawn_local;
use leptos_router::hooks::use_navigate;

use super::peran_fields::problem_text;
use crate::api::skp::my_skp;
use crate::api::tim::create_tim;
use crate::api::ApiError;
use crate::domain::dto::TimInput;
use crate::domain::problem::Problem;
use crate::domain::tim::{check_alokasi, check_tim};
use crate::i18n::*;
use crate::ui::common::error_message::ErrorMessage;
use crate::ui::common::url::encode;
use crate::ui::skp::labels::focus_later;

/// "Bentuk tim": name, purpose, the leader RHK it serves (one of the user's own) and the
/// lead's allocation; checked with the server's rules before sending. Opens the new squad.
#[component]
pub fn TimForm() -> impl IntoView {
    let i18n = use_i18n();
    let own = Resource::new(|| (), |_| my_skp(None));
    let nama = RwSignal::new(String::new());
    let tujuan = RwSignal::new(String::new());
    let rhk = RwSignal::new(String::new());
    let alokasi = RwSignal::new("10".to_string());
    let problems = RwSignal::new(Vec::<Problem>::new());
    let error = RwSignal::new(None::<ApiError>);
    let busy = RwSignal::new(false);
    let navigate = use_navigate();
    let err = move |f: &'static str| {
        problems.with(|p| {
            p.iter()
                .find(|p| p.field == f)
                .map(|p| problem_text(i18n, p))
        })
    };
    let invalid = move |f: &'static str| err(f).is_some().then_some("true");
    let submit = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        if busy.get_untracked() {
            return;
        }
        error.set(None);
        let (n, tj) = (nama.get_untracked(), tujuan.get_untracked());
        let a = alokasi.get_untracked().trim().parse::<i64>().unwrap_or(-1);
        let mut found = check_tim(&n, &tj);
        found.extend(check_alokasi(a));
        if let Some(first) = found.first() {
            focus_later(format!("tim-new-{}", first.field));
            problems.set(found);
            return;
        }
        problems.set(vec![]);
        busy.set(true);
        let input = TimInput {
            nama: n.trim().to_string(),
            tujuan: tj.trim().to_string(),
            periode_id: None,
            ketua_id: None,
            rhk_id: Some(rhk.get_untracked()).filter(|r| !r.is_empty()),
            alokasi_ketua: Some(a),
        };
        let navigate = navigate.clone();
        spawn_local(async move {
            match create_tim(input).await {
                Ok(t) => navigate(
                    &format!("/tim/{}", encode(&t.id, false)),
                    Default::default(),
                ),
                Err(e) => {
                    error.set(Some(e));
                    busy.set(false);
                }
            }
        });
    };
    let select = move || {
        Suspend::new(async move {
            let rhk_list = own.await.ok().flatten().map(|s| s.rhk).unwrap_or_default();
            let options = rhk_list
                .into_iter()
                .map(|r| view! { <option value=r.id.clone()>{r.judul}</option> })
                .collect_view();
            view! {
                <select id="tim-new-rhk" aria-describedby="tim-new-rhk-hint"
                    on:change=move |ev| rhk.set(event_target_value(&ev))>
                    <option value="">{t!(i18n, tim.rhk_none)}</option>
                    {options}
                </select>
            }
        })
    };
    view! {
        <section class="panel" aria-labelledby="tim-new-h">
            <h2 id="tim-new-h">{t!(i18n, tim.bentuk_heading)}</h2>
            <form on:submit=submit novalidate>
                <div class="field">
                    <label for="tim-new-nama">{t!(i18n, tim.nama_tim)}</label>
                    <input type="text" id="tim-new-nama" maxlength="200" bind:value=nama
                        aria-invalid=move || invalid("nama") aria-describedby="tim-new-nama-err"/>
                    <p class="field-error" id="tim-new-nama-err" hidden=move || err("nama").is_none()>{move || err("nama")}</p>
                </div>
                <div class="field">
                    <label for="tim-new-tujuan">{t!(i18n, tim.tujuan)}</label>
                    <textarea id="tim-new-tujuan" rows="3" maxlength="2000" bind:value=tujuan
                        aria-invalid=move || invalid("tujuan") aria-describedby="tim-new-tujuan-err"></textarea>
                    <p class="field-error" id="tim-new-tujuan-err" hidden=move || err("tujuan").is_none()>{move || err("tujuan")}</p>
                </div>
                <div class="field">
                    <label for="tim-new-rhk">{t!(i18n, tim.rhk_dilayani)}</label>
                    <Suspense fallback=|| ()>{select}</Suspense>
                    <p class="hint" id="tim-new-rhk-hint">{t!(i18n, tim.rhk_hint)}</p>
                </div>
                <div class="field field-narrow">
                    <label for="tim-new-alokasi">{t!(i18n, tim.alokasi_ketua)}</label>
                    <input type="number" id="tim-new-alokasi" min="0" max="100" inputmode="numeric" bind:value=alokasi
                        aria-invalid=move || invalid("alokasi") aria-describedby="tim-new-alokasi-err"/>
                    <p class="field-error" id="tim-new-alokasi-err" hidden=move || err("alokasi").is_none()>{move || err("alokasi")}</p>
                </div>
                {move || error.get().map(|error| view! { <ErrorMessage error/> })}
                <button type="submit" class="button primary" disabled=move || busy.get()
                    aria-busy=move || busy.get().then_some("true")>
                    {t!(i18n, tim.bentuk)}
                </button>
            </form>
        </section>
    }
}

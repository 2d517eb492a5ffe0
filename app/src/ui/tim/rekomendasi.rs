use leptos::prelude::*;
use leptos::task::spawn_local;

use super::labels::rating_label;
use super::state::{TimError, TimState};
use crate::api::tim::save_rekomendasi;
use crate::api::ApiError;
use crate::domain::dto::{PegawaiRingkas, Rekomendasi, RekomendasiInput};
use crate::domain::rating::Rating;
use crate::i18n::*;
use crate::ui::skp::labels::dom_id;

/// For the lead: feedback and a rating recommendation per member (the member's PPK sees it
/// when rating).
#[component]
pub fn RekomendasiSection(state: TimState) -> impl IntoView {
    let i18n = use_i18n();
    // once per person (a member may hold several roles), the lead excluded
    let people = state.tim.with_untracked(|t| {
        let mut seen = std::collections::HashSet::new();
        t.anggota
            .iter()
            .filter(|a| a.keluar_at.is_none() && a.pegawai.id != t.ketua.id)
            .filter(|a| seen.insert(a.pegawai.id.clone()))
            .map(|a| {
                let r = t
                    .rekomendasi
                    .iter()
                    .find(|r| r.pegawai_id == a.pegawai.id)
                    .cloned();
                (a.pegawai.clone(), r)
            })
            .collect::<Vec<_>>()
    });
    view! {
        <section class="panel" aria-labelledby="tim-rek-h">
            <h2 id="tim-rek-h">{t!(i18n, tim.rekomendasi_heading)}</h2>
            <p class="hint">{t!(i18n, tim.rekomendasi_intro)}</p>
            <ul class="plain-list rek-list">
                {people.into_iter().map(|(p, r)| view! { <li><RekomendasiForm state p r/></li> }).collect_view()}
            </ul>
        </section>
    }
}

#[component]
fn RekomendasiForm(state: TimState, p: PegawaiRingkas, r: Option<Rekomendasi>) -> impl IntoView {
    let i18n = use_i18n();
    let base = dom_id("rek", &p.id);
    let umpan = RwSignal::new(
        r.as_ref()
            .map(|r| r.umpan_balik.clone())
            .unwrap_or_default(),
    );
    let rating = RwSignal::new(r.as_ref().and_then(|r| r.rating));
    let busy = RwSignal::new(false);
    let error = RwSignal::new(None::<ApiError>);
    let done = RwSignal::new(None::<String>);
    let pid = p.id.clone();
    let name = p.name.clone();
    let save = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        if busy.get_untracked() {
            return;
        }
        busy.set(true);
        error.set(None);
        done.set(None);
        let input = RekomendasiInput {
            umpan_balik: umpan.get_untracked().trim().to_string(),
            rating: rating.get_untracked(),
        };
        let (tim_id, pid) = (state.id(), pid.clone());
        spawn_local(async move {
            match save_rekomendasi(tim_id, pid, input).await {
                Ok(_) => done.set(Some(t_string!(i18n, tim.rekomendasi_saved).to_string())),
                Err(e) => error.set(Some(e)),
            }
            busy.set(false);
        });
    };
    let (fb_id, rt_id) = (format!("{base}-fb"), format!("{base}-rt"));
    view! {
        <form class="rek-form" on:submit=save>
            <h3>{name.clone()}</h3>
            <div class="field">
                <label for=rt_id.clone()>{t!(i18n, tim.rekomendasi_rating)}</label>
                <select id=rt_id on:change=move |ev| rating.set(Rating::from_code(&event_target_value(&ev)))>
                    <option value="" selected=move || rating.get().is_none()>{t!(i18n, tim.rekomendasi_none)}</option>
                    {Rating::ALL.into_iter().map(|x| view! {
                        <option value=x.code() selected=move || rating.get() == Some(x)>{move || rating_label(i18n, x)}</option>
                    }).collect_view()}
                </select>
            </div>
            <div class="field">
                <label for=fb_id.clone()>{t!(i18n, tim.umpan_balik)}</label>
                <textarea id=fb_id rows="3" maxlength="2000" bind:value=umpan></textarea>
            </div>
            {move || error.get().map(|error| view! { <TimError error/> })}
            <div class="actions">
                <button type="submit" class="button secondary" disabled=move || busy.get()
                    aria-busy=move || busy.get().then_some("true")>
                    {t!(i18n, tim.rekomendasi_simpan)}
                    <span class="visually-hidden">" " {name}</span>
                </button>
                <span class="notice" role="status">{move || done.get()}</span>
            </div>
        </form>
    }
}

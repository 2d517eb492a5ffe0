use leptos::prelude::*;

use super::bar::KemajuanBar;
use super::iki_table::IkiTable;
use crate::domain::dto::RhkKemajuan;
use crate::i18n::*;
use crate::ui::common::url::encode;
use crate::ui::skp::labels::{dom_id, jenis_label};

/// One RHK: utama/tambahan, its squad, the *tertinggal* and high-risk flags (as text, not
/// colour alone), progress against the time elapsed, and its IKI.
#[component]
pub fn RhkCard(r: RhkKemajuan, waktu: f64) -> impl IntoView {
    let i18n = use_i18n();
    let title_id = dom_id("dp-rhk", &r.rhk_id);
    let jenis = r.jenis;
    let tim = r.tim_id.clone().map(|id| {
        let href = format!("/tim/{}", encode(&id, false));
        let nama = r.tim_nama.clone().unwrap_or_default();
        view! {
            <a class="badge tim-badge" href=href>{t!(i18n, dasbor_saya.tim_badge)} ": " {nama}</a>
        }
    });
    let behind = r.tertinggal.then(|| {
        view! {
            <span class="badge dp-tertinggal" title=move || t_string!(i18n, dasbor_saya.tertinggal_desc)>
                <span aria-hidden="true">"⏱ "</span>{t!(i18n, dasbor_saya.tertinggal)}
            </span>
        }
    });
    let risky = r.risiko_tinggi.then(|| {
        view! {
            <span class="badge dp-risiko">
                <span aria-hidden="true">"⚠ "</span>{t!(i18n, dasbor_saya.risiko_tinggi)}
            </span>
        }
    });
    let iki = (!r.iki.is_empty()).then(|| view! { <IkiTable iki=r.iki.clone()/> });
    view! {
        <article class="panel dp-rhk" aria-labelledby=title_id.clone()>
            <p class="dp-badges">
                <span class="badge">{move || jenis_label(i18n, jenis)}</span>
                {tim} {behind} {risky}
            </p>
            <h3 id=title_id.clone()>{r.judul.clone()}</h3>
            <KemajuanBar value=r.progres waktu labelled_by=title_id.clone() tertinggal=r.tertinggal/>
            {iki}
        </article>
    }
}

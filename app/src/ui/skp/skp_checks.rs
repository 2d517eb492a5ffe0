use leptos::prelude::*;

use super::labels::problem_text;
use crate::domain::dto::Skp;
use crate::domain::skp::StatusSkp;
use crate::i18n::*;

/// The PPK's comment when the SKP was returned, what still blocks submitting it, and the
/// warnings that do not.
#[component]
pub fn SkpChecks(skp: Skp) -> impl IntoView {
    let i18n = use_i18n();
    let catatan = skp
        .catatan
        .filter(|c| skp.status == StatusSkp::Dikembalikan && !c.trim().is_empty())
        .map(|c| {
            view! {
                <section class="panel callout returned" aria-labelledby="skp-catatan-h">
                    <h2 id="skp-catatan-h">{t!(i18n, skp.catatan_heading)}</h2>
                    <p class="pre">{c}</p>
                </section>
            }
        });
    let kurang = (skp.status.editable() && !skp.kekurangan.is_empty()).then(|| {
        let items = skp
            .kekurangan
            .iter()
            .map(|p| view! { <li>{problem_text(i18n, p)}</li> })
            .collect_view();
        view! {
            <section class="panel callout missing" id="skp-kekurangan" aria-labelledby="skp-kekurangan-h">
                <h2 id="skp-kekurangan-h">{t!(i18n, skp.kekurangan_heading)}</h2>
                <ul>{items}</ul>
            </section>
        }
    });
    let warn = (!skp.peringatan.is_empty()).then(|| {
        let items = skp
            .peringatan
            .iter()
            .map(|p| view! { <li>{problem_text(i18n, p)}</li> })
            .collect_view();
        view! {
            <section class="panel callout warning" aria-labelledby="skp-peringatan-h">
                <h2 id="skp-peringatan-h">{t!(i18n, skp.peringatan_heading)}</h2>
                <ul>{items}</ul>
            </section>
        }
    });
    view! { {catatan} {kurang} {warn} }
}

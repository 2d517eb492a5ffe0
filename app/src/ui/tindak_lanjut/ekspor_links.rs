use leptos::prelude::*;

use crate::i18n::*;
use crate::ui::common::url::with_query;

/// Downloads of the subtree's predikat per employee for the performance allowance (the JSON
/// API's export, read with the session cookie).
#[component]
pub fn EksporLinks(unit_id: String, periode_id: String) -> impl IntoView {
    let i18n = use_i18n();
    let href = |format: &str| {
        with_query(
            "/api/v1/evaluations/export",
            &[
                ("unit", Some(unit_id.as_str())),
                ("period", Some(periode_id.as_str())),
                ("format", Some(format)),
            ],
        )
    };
    view! {
        <section class="panel" aria-labelledby="ekspor-h">
            <h2 id="ekspor-h">{t!(i18n, tindak_lanjut.ekspor_heading)}</h2>
            <p class="muted">{t!(i18n, tindak_lanjut.ekspor_intro)}</p>
            <div class="actions">
                <a class="button secondary" href=href("csv") download="" rel="external">{t!(i18n, tindak_lanjut.ekspor_csv)}</a>
                <a class="button secondary" href=href("xlsx") download="" rel="external">{t!(i18n, tindak_lanjut.ekspor_xlsx)}</a>
            </div>
        </section>
    }
}

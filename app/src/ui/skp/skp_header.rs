use leptos::prelude::*;

use super::labels::StatusBadge;
use crate::domain::dto::Skp;
use crate::i18n::*;
use crate::ui::profile::employment_details::nip_display;

/// Whose SKP, for which year, where it is in the workflow, and who assesses it.
#[component]
pub fn SkpHeader(skp: Skp) -> impl IntoView {
    let i18n = use_i18n();
    let p = skp.pegawai;
    let feedback = format!("/umpan-balik?pegawai={}&period={}", p.id, skp.periode_id);
    let dialog = format!("/dialog?pegawai={}&period={}", p.id, skp.periode_id);
    let ppk = skp.ppk.map(|k| format!("{} ({})", k.name, k.jabatan));
    let kept = (!skp.versi_lama.is_empty()).then(|| {
        let list = skp
            .versi_lama
            .iter()
            .map(|v| v.to_string())
            .collect::<Vec<_>>()
            .join(", ");
        view! {
            <div>
                <dt>{t!(i18n, skp.versi_lama)}</dt>
                <dd>{list}</dd>
            </div>
        }
    });
    view! {
        <section class="panel skp-header" aria-labelledby="skp-header-name">
            <h2 id="skp-header-name">{p.name}</h2>
            <p class="muted">
                <span class="nip">
                    <span class="visually-hidden">{t!(i18n, profile.nip)} " "</span>
                    {nip_display(&p.nip)}
                </span>
                " · " {p.jabatan} " · " {p.unit_name}
            </p>
            <dl class="facts facts-row">
                <div>
                    <dt>{t!(i18n, skp.year)}</dt>
                    <dd>{skp.tahun}</dd>
                </div>
                <div>
                    <dt>{t!(i18n, skp.status)}</dt>
                    <dd><StatusBadge status=skp.status/></dd>
                </div>
                <div>
                    <dt>{t!(i18n, skp.versi)}</dt>
                    <dd>{skp.versi}</dd>
                </div>
                <div>
                    <dt>{t!(i18n, skp.ppk)}</dt>
                    <dd>{match ppk {
                        Some(name) => leptos::either::Either::Left(name),
                        None => leptos::either::Either::Right(t!(i18n, profile.none)),
                    }}</dd>
                </div>
                {kept}
            </dl>
            <p class="no-print links-row">
                <a href=feedback>{t!(i18n, umpan_balik.link)}</a>
                <a href=dialog>{t!(i18n, dialog.link)}</a>
            </p>
        </section>
    }
}

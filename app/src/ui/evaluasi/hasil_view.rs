use leptos::prelude::*;

use super::labels::{status_label, tanggal, PredikatBadge};
use crate::domain::dto::Evaluasi;
use crate::i18n::*;
use crate::ui::tim::labels::rating_label;

/// An evaluation as read: the predikat (and the proposal, when calibration or an appeal moved
/// it), both ratings with their reasons, who rated and the status.
#[component]
pub fn HasilView(e: Evaluasi) -> impl IntoView {
    let i18n = use_i18n();
    let moved = (e.predikat != e.predikat_usulan).then(|| {
        view! { <p class="muted">{t!(i18n, evaluasi.usulan_semula)} " " {e.predikat_usulan.label()}</p> }
    });
    let (hk, pk) = (e.rating_hasil_kerja, e.rating_perilaku_kerja);
    let status = e.status.clone();
    let diterima = e.diterima_at.as_deref().map(tanggal);
    view! {
        <div class="hasil" aria-label=move || t_string!(i18n, evaluasi.hasil_heading).to_string()>
            <p class="hasil-predikat">
                <span class="muted">{t!(i18n, evaluasi.predikat)} ": "</span>
                <PredikatBadge predikat=e.predikat/>
                " " <span class="badge">{move || status_label(i18n, Some(status.as_str()))}</span>
            </p>
            {moved}
            <dl class="facts">
                <div>
                    <dt>{t!(i18n, evaluasi.rating_hasil)}</dt>
                    <dd><strong>{move || rating_label(i18n, hk)}</strong><span class="pre">{e.alasan_hasil_kerja.clone()}</span></dd>
                </div>
                <div>
                    <dt>{t!(i18n, evaluasi.rating_perilaku)}</dt>
                    <dd><strong>{move || rating_label(i18n, pk)}</strong><span class="pre">{e.alasan_perilaku_kerja.clone()}</span></dd>
                </div>
                {e.penilai_name.clone().map(|n| view! { <div><dt>{t!(i18n, evaluasi.penilai)}</dt><dd>{n}</dd></div> })}
                <div><dt>{t!(i18n, evaluasi.dinilai_at)}</dt><dd>{tanggal(&e.dinilai_at)}</dd></div>
                {diterima.map(|d| view! { <div><dt>{t!(i18n, evaluasi.diterima_at)}</dt><dd>{d}</dd></div> })}
            </dl>
        </div>
    }
}

use leptos::prelude::*;

use super::labels::tingkat_label;
use super::potensi_form::PotensiForm;
use crate::domain::dto::{OrangTalenta, Potensi};
use crate::i18n::*;
use crate::ui::common::url::with_query;
use crate::ui::evaluasi::labels::PredikatBadge;
use crate::ui::skp::labels::dom_id;

/// The subtree's people, one card each: predikat, potensi and box, the Dokumen Evaluasi and
/// the angka kredit ledger when they exist, and "Isi potensi" for those the leader judges.
#[component]
pub fn TalentaList(
    people: RwSignal<Vec<OrangTalenta>>,
    periode_id: String,
    on_saved: Callback<(String, Potensi)>,
) -> impl IntoView {
    let i18n = use_i18n();
    move || {
        let list = people.get();
        if list.is_empty() {
            return view! { <p class="empty">{t!(i18n, tindak_lanjut.orang_empty)}</p> }.into_any();
        }
        let periode_id = periode_id.clone();
        view! {
            <ul class="plain-list peserta-list">
                {list.into_iter().map(|p| view! { <OrangRow p periode_id=periode_id.clone() on_saved/> }).collect_view()}
            </ul>
        }
        .into_any()
    }
}

#[component]
fn OrangRow(
    p: OrangTalenta,
    periode_id: String,
    on_saved: Callback<(String, Potensi)>,
) -> impl IntoView {
    let i18n = use_i18n();
    let open = RwSignal::new(false);
    let form_id = dom_id("potensi", &p.pegawai_id);
    let potensi = p.potensi;
    let kotak = p.kotak;
    let pdf = p.evaluasi_id.as_ref().map(|id| {
        format!(
            "/api/v1/evaluations/{}/pdf",
            crate::ui::common::url::encode(id, false)
        )
    });
    let ledger = p
        .jenjang
        .map(|_| with_query("/angka-kredit", &[("pegawai", Some(&p.pegawai_id))]));
    let pegawai_id = p.pegawai_id.clone();
    let saved = Callback::new(move |s: Potensi| {
        open.set(false);
        on_saved.run((pegawai_id.clone(), s));
    });
    let name = p.name.clone();
    let form_p = p.clone();
    view! {
        <li class="peserta">
            <p>
                <strong>{p.name.clone()}</strong> " "
                {p.predikat.map(|predikat| view! { <PredikatBadge predikat/> })}
                {kotak.map(|n| view! { " " <span class="badge kotak-badge">{t!(i18n, tindak_lanjut.kotak, n = n)}</span> })}
            </p>
            <p class="muted">{p.nip.clone()} " · " {p.jabatan.clone()} " · " {p.unit_name.clone()}</p>
            <p>
                <span class="muted">{t!(i18n, tindak_lanjut.potensi)} ": "</span>
                {move || match potensi {
                    Some(t) => tingkat_label(i18n, t).to_string(),
                    None => t_string!(i18n, tindak_lanjut.belum_diisi).to_string(),
                }}
                {p.predikat.is_none().then(|| view! { " · " <span class="muted">{t!(i18n, tindak_lanjut.belum_final)}</span> })}
            </p>
            <div class="actions">
                {p.boleh_potensi.then(|| view! {
                    <button type="button" class="button secondary small" aria-expanded=move || open.get().to_string()
                        aria-controls=form_id.clone() on:click=move |_| open.update(|o| *o = !*o)>
                        {t!(i18n, tindak_lanjut.isi_potensi)} <span class="visually-hidden">" " {name.clone()}</span>
                    </button>
                })}
                {pdf.map(|href| view! {
                    <a class="button secondary small" href=href rel="external">{t!(i18n, tindak_lanjut.dokumen_pdf)}<span class="visually-hidden">" " {p.name.clone()}</span></a>
                })}
                {ledger.map(|href| view! {
                    <a class="button secondary small" href=href>{t!(i18n, tindak_lanjut.angka_kredit)}<span class="visually-hidden">" " {p.name.clone()}</span></a>
                })}
            </div>
            {move || open.get().then(|| view! { <PotensiForm p=form_p.clone() periode_id=periode_id.clone() on_saved=saved/> })}
        </li>
    }
}

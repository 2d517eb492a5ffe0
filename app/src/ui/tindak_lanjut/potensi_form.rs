use leptos::prelude::*;
use leptos::task::spawn_local;

use super::labels::tingkat_label;
use crate::api::tindak_lanjut::simpan_potensi;
use crate::api::ApiError;
use crate::domain::dto::{OrangTalenta, Potensi, PotensiInput};
use crate::domain::talenta::Tingkat;
use crate::i18n::*;
use crate::ui::common::error_message::ErrorMessage;
use crate::ui::skp::labels::dom_id;

/// The leader's potensi of one person for the period: a radio group and an optional reason;
/// the server checks who may, and the version (a stale one comes back as a conflict).
#[component]
pub fn PotensiForm(
    p: OrangTalenta,
    periode_id: String,
    on_saved: Callback<Potensi>,
) -> impl IntoView {
    let i18n = use_i18n();
    let base = dom_id("potensi", &p.pegawai_id);
    let pilih = RwSignal::new(p.potensi);
    let alasan = RwSignal::new(String::new());
    let busy = RwSignal::new(false);
    let error = RwSignal::new(None::<ApiError>);
    let submit = {
        let (pegawai_id, version) = (p.pegawai_id.clone(), p.potensi_version);
        move |ev: leptos::ev::SubmitEvent| {
            ev.prevent_default();
            let Some(potensi) = pilih.get_untracked() else {
                error.set(Some(ApiError {
                    code: "validation".into(),
                    message: t_string!(i18n, tindak_lanjut.pilih_potensi).into(),
                }));
                return;
            };
            busy.set(true);
            error.set(None);
            let input = PotensiInput {
                potensi,
                alasan: alasan.get_untracked(),
                period: Some(periode_id.clone()),
                version: Some(version),
            };
            let id = pegawai_id.clone();
            spawn_local(async move {
                match simpan_potensi(id, input).await {
                    Ok(saved) => on_saved.run(saved),
                    Err(e) => error.set(Some(e)),
                }
                busy.set(false);
            });
        }
    };
    let al_id = format!("{base}-alasan");
    view! {
        <form id=base.clone() class="potensi-form" on:submit=submit novalidate=true>
            <fieldset>
                <legend>{t!(i18n, tindak_lanjut.potensi_of)} " " {p.name.clone()}</legend>
                {[Tingkat::Rendah, Tingkat::Menengah, Tingkat::Tinggi].into_iter().map(|t| {
                    let id = format!("{base}-{}", t.code().to_lowercase());
                    let for_id = id.clone();
                    view! {
                        <label class="radio" for=for_id>
                            <input type="radio" id=id name=format!("{base}-t") value=t.code()
                                checked=move || pilih.get() == Some(t) on:change=move |_| pilih.set(Some(t))/>
                            {move || tingkat_label(i18n, t)}
                        </label>
                    }
                }).collect_view()}
            </fieldset>
            <div class="field">
                <label for=al_id.clone()>{t!(i18n, tindak_lanjut.alasan_potensi)}</label>
                <textarea id=al_id rows="2" maxlength="2000" bind:value=alasan></textarea>
            </div>
            {move || error.get().map(|error| view! { <ErrorMessage error/> })}
            <button type="submit" class="button" disabled=move || busy.get() aria-busy=move || busy.get().then_some("true")>
                {t!(i18n, tindak_lanjut.simpan_potensi)}
            </button>
        </form>
    }
}

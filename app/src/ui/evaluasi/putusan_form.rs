use leptos::prelude::*;
use leptos::task::spawn_local;

use crate::api::evaluasi::putus_keberatan;
use crate::api::ApiError;
use crate::domain::dto::{Keberatan, PutusanInput};
use crate::domain::rating::Predikat;
use crate::i18n::*;
use crate::ui::common::error_message::ErrorMessage;
use crate::ui::skp::confirm::ConfirmButton;

/// The atasan PPK's hearing and decision: what the PPK and the employee said, the predikat
/// (the same to uphold the result) and the reason. Asks first: the decision is final.
#[component]
pub fn PutusanForm(k: Keberatan, on_decided: Callback<String>) -> impl IntoView {
    let i18n = use_i18n();
    let ppk = RwSignal::new(String::new());
    let pegawai = RwSignal::new(String::new());
    let predikat = RwSignal::new(k.predikat_semula);
    let alasan = RwSignal::new(String::new());
    let busy = RwSignal::new(false);
    let error = RwSignal::new(None::<ApiError>);
    let (id, version) = (k.id.clone(), k.version);
    let go = move |_| {
        busy.set(true);
        error.set(None);
        let input = PutusanInput {
            keterangan_ppk: ppk.get_untracked(),
            keterangan_pegawai: pegawai.get_untracked(),
            predikat: predikat.get_untracked(),
            alasan: alasan.get_untracked(),
            version,
        };
        let id = id.clone();
        spawn_local(async move {
            match putus_keberatan(id, input).await {
                Ok(k) => on_decided.run(format!(
                    "{} {}",
                    t_string!(i18n, evaluasi.putusan_tersimpan),
                    k.predikat_putusan.map(Predikat::label).unwrap_or_default()
                )),
                Err(e) => error.set(Some(e)),
            }
            busy.set(false);
        });
    };
    view! {
        <section class="panel" aria-labelledby="putusan-h">
            <h2 id="putusan-h">{t!(i18n, evaluasi.putusan_heading)}</h2>
            <p class="hint">{t!(i18n, evaluasi.putusan_intro)}</p>
            <div class="field">
                <label for="ket-ppk">{t!(i18n, evaluasi.keterangan_ppk)}</label>
                <textarea id="ket-ppk" rows="3" maxlength="2000" bind:value=ppk></textarea>
            </div>
            <div class="field">
                <label for="ket-pegawai">{t!(i18n, evaluasi.keterangan_pegawai)}</label>
                <textarea id="ket-pegawai" rows="3" maxlength="2000" bind:value=pegawai></textarea>
            </div>
            <div class="field">
                <label for="putusan-predikat">{t!(i18n, evaluasi.putusan_predikat)}</label>
                <select id="putusan-predikat" on:change=move |ev| {
                    if let Some(p) = Predikat::from_code(&event_target_value(&ev)) { predikat.set(p) }
                }>
                    {Predikat::ALL.into_iter().map(|x| view! { <option value=x.code() selected=move || predikat.get() == x>{x.label()}</option> }).collect_view()}
                </select>
            </div>
            <div class="field">
                <label for="putusan-alasan">{t!(i18n, evaluasi.putusan_alasan)}</label>
                <textarea id="putusan-alasan" rows="3" maxlength="2000" bind:value=alasan></textarea>
            </div>
            {move || error.get().map(|error| view! { <ErrorMessage error/> })}
            <ConfirmButton
                label=Signal::derive(move || t_string!(i18n, evaluasi.putuskan).to_string())
                question=Signal::derive(move || t_string!(i18n, evaluasi.putus_tanya).to_string())
                confirm=Signal::derive(move || t_string!(i18n, evaluasi.putus_ya).to_string())
                busy=busy
                on_confirm=Callback::new(go)/>
        </section>
    }
}

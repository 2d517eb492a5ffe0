use leptos::prelude::*;

use super::draft::{self, Draft};
use crate::api::evaluasi::list_periode;
use crate::api::ApiError;
use crate::domain::dto::{Period, Realisasi};
use crate::i18n::*;
use crate::ui::common::error_message::ErrorMessage;

/// Evidence types the server accepts (it checks the content; this only filters the picker).
const ACCEPT: &str = ".pdf,.png,.jpg,.jpeg,.webp,.docx,.xlsx,.pptx,.odt,.ods,.odp,.doc,.xls,.ppt";

/// The sub-periods of the open years that have begun, latest first: (id, name).
fn begun(years: Vec<Period>, today: &str) -> Vec<(String, String)> {
    let mut out: Vec<(String, String)> = years
        .into_iter()
        .filter(|y| y.status != "DITUTUP")
        .flat_map(|y| y.sub_periods)
        .filter(|s| s.mulai.as_str() <= today)
        .map(|s| (s.id, s.nama))
        .collect();
    out.reverse();
    out
}

/// Today as `YYYY-MM-DD` (the browser's clock in the browser).
fn today() -> String {
    #[cfg(feature = "hydrate")]
    {
        let iso: String = leptos::web_sys::js_sys::Date::new_0()
            .to_iso_string()
            .into();
        iso.chars().take(10).collect()
    }
    #[cfg(not(feature = "hydrate"))]
    {
        chrono::Utc::now().date_naive().to_string()
    }
}

/// Records a realisasi: sub-period, value, narrative, an evidence link and files. What is
/// typed stays in a local draft until the server has it; the upload shows its progress.
#[component]
pub fn RecordForm(iki_id: String, satuan: String, on_saved: Callback<Realisasi>) -> impl IntoView {
    let i18n = use_i18n();
    let periods = Resource::new(|| (), |_| list_periode());
    let d = RwSignal::new(Draft::default());
    let restored = RwSignal::new(false);
    // the draft lives in the browser only: read it once hydrated, then follow every change
    {
        let iki = iki_id.clone();
        Effect::new(move |_| {
            if let Some(saved) = draft::load(&iki) {
                restored.set(!saved.is_blank());
                d.set(saved);
            }
        });
    }
    let busy = RwSignal::new(false);
    let sent = RwSignal::new(None::<f64>);
    let error = RwSignal::new(None::<ApiError>);
    let file_ref = NodeRef::<leptos::html::Input>::new();
    let form_ref = NodeRef::<leptos::html::Form>::new();
    let keep = {
        let iki = iki_id.clone();
        move |f: &dyn Fn(&mut Draft)| {
            d.update(|x| {
                f(x);
                if x.key.is_empty() {
                    x.key = draft::new_key();
                }
            });
            d.with_untracked(|x| draft::save(&iki, x));
        }
    };
    let submit = {
        let iki = iki_id.clone();
        move |ev: leptos::ev::SubmitEvent| {
            ev.prevent_default();
            if d.with_untracked(|x| x.value.trim().is_empty()) {
                error.set(Some(ApiError {
                    code: "validation".into(),
                    message: t_string!(i18n, realisasi.nilai_wajib).into(),
                }));
                return;
            }
            error.set(None);
            busy.set(true);
            sent.set(Some(0.0));
            let iki = iki.clone();
            let form = form_ref.get_untracked();
            let lang = match i18n.get_locale_untracked() {
                Locale::id => "id",
                Locale::en => "en",
            };
            // read only by the browser build
            let _ = (&form, &file_ref, lang, &iki, &on_saved);
            #[cfg(feature = "hydrate")]
            leptos::task::spawn_local(async move {
                let Some(form) = form else { return };
                let data = match web_sys::FormData::new_with_form(&form) {
                    Ok(f) => f,
                    Err(_) => return,
                };
                // an empty link field is no link
                if d.with_untracked(|x| x.link.trim().is_empty()) {
                    data.delete("links");
                }
                // no file chosen: the browser would send an empty part
                if file_ref
                    .get_untracked()
                    .and_then(|i| i.files())
                    .is_none_or(|f| f.length() == 0)
                {
                    data.delete("file");
                }
                let key = d.with_untracked(|x| x.key.clone());
                let key = if key.is_empty() {
                    draft::new_key()
                } else {
                    key
                };
                let res =
                    super::upload::send(&iki, data, &key, lang, move |p| sent.set(Some(p))).await;
                match res {
                    Ok(saved) => {
                        draft::clear(&iki);
                        d.set(Draft::default());
                        restored.set(false);
                        if let Some(input) = file_ref.get_untracked() {
                            input.set_value("");
                        }
                        on_saved.run(saved);
                    }
                    Err(e) => error.set(Some(e)),
                }
                busy.set(false);
                sent.set(None);
            });
        }
    };
    let ids = |s: &str| format!("rf-{s}");
    let (keep1, keep2, keep3, keep4) = (keep.clone(), keep.clone(), keep.clone(), keep);
    view! {
        <form node_ref=form_ref class="panel realisasi-form" on:submit=submit novalidate=true aria-labelledby="rf-h">
            <h2 id="rf-h">{t!(i18n, realisasi.catat_heading)}</h2>
            {move || restored.get().then(|| view! { <p class="notice" role="status">{t!(i18n, realisasi.draf_dipulihkan)}</p> })}
            <div class="field">
                <label for=ids("sp")>{t!(i18n, realisasi.sub_periode)}</label>
                <Transition fallback=|| view! { <select id="rf-sp" disabled=true></select> }>
                    {move || Suspend::new({
                        let keep1 = keep1.clone();
                        async move {
                            let today = today();
                            let list = begun(periods.await.unwrap_or_default(), &today);
                            if d.with_untracked(|x| x.sub_period.is_empty()) {
                                if let Some((id, _)) = list.first() {
                                    d.update(|x| x.sub_period = id.clone());
                                }
                            }
                            view! {
                                <select id="rf-sp" name="sub_period" on:change=move |ev| {
                                    let v = event_target_value(&ev);
                                    keep1(&|x: &mut Draft| x.sub_period = v.clone());
                                }>
                                    {list.into_iter().map(|(id, nama)| {
                                        let sel = id.clone();
                                        view! { <option value=id selected=move || d.with(|x| x.sub_period == sel)>{nama}</option> }
                                    }).collect_view()}
                                </select>
                            }
                        }
                    })}
                </Transition>
            </div>
            <div class="field">
                <label for=ids("val")>{t!(i18n, realisasi.nilai)} " (" {satuan} ")"</label>
                <input id="rf-val" name="value" type="text" inputmode="decimal" autocomplete="off" required=true
                    prop:value=move || d.with(|x| x.value.clone())
                    on:input=move |ev| { let v = event_target_value(&ev); keep2(&|x: &mut Draft| x.value = v.clone()); }/>
            </div>
            <div class="field">
                <label for=ids("nar")>{t!(i18n, realisasi.narasi)}</label>
                <textarea id="rf-nar" name="narrative" rows="3" maxlength="4000"
                    prop:value=move || d.with(|x| x.narrative.clone())
                    on:input=move |ev| { let v = event_target_value(&ev); keep3(&|x: &mut Draft| x.narrative = v.clone()); }></textarea>
            </div>
            <div class="field">
                <label for=ids("link")>{t!(i18n, realisasi.tautan)}</label>
                <input id="rf-link" name="links" type="url" inputmode="url" placeholder="https://"
                    prop:value=move || d.with(|x| x.link.clone())
                    on:input=move |ev| { let v = event_target_value(&ev); keep4(&|x: &mut Draft| x.link = v.clone()); }/>
            </div>
            <div class="field">
                <label for=ids("file")>{t!(i18n, realisasi.berkas)}</label>
                <input id="rf-file" name="file" type="file" multiple=true accept=ACCEPT node_ref=file_ref aria-describedby="rf-file-hint"/>
                <p id="rf-file-hint" class="muted">{t!(i18n, realisasi.berkas_hint)}</p>
            </div>
            {move || sent.get().map(|p| view! {
                <div class="upload-progress">
                    <label for="rf-progress">{t!(i18n, realisasi.mengunggah)}</label>
                    <progress id="rf-progress" max="100" value=(p * 100.0).round()>{format!("{:.0} %", p * 100.0)}</progress>
                </div>
            })}
            {move || error.get().map(|error| view! { <ErrorMessage error/> })}
            <button type="submit" class="button" disabled=move || busy.get() aria-busy=move || busy.get().then_some("true")>
                {t!(i18n, realisasi.simpan)}
            </button>
        </form>
    }
}

#[cfg(test)]
mod tests {
    use super::begun;
    use crate::domain::dto::Period;

    fn p(id: &str, mulai: &str, status: &str, subs: Vec<Period>) -> Period {
        Period {
            id: id.into(),
            tahun: 2026,
            jenis: "TRIWULANAN".into(),
            nomor: 1,
            nama: id.into(),
            mulai: mulai.into(),
            selesai: mulai.into(),
            status: status.into(),
            sub_periods: subs,
        }
    }

    #[test]
    fn only_begun_sub_periods_of_open_years_latest_first() {
        let year = p(
            "y",
            "2026-01-01",
            "PELAKSANAAN",
            vec![
                p("q1", "2026-01-01", "", vec![]),
                p("q2", "2026-04-01", "", vec![]),
                p("q3", "2026-07-01", "", vec![]),
            ],
        );
        let closed = p(
            "old",
            "2025-01-01",
            "DITUTUP",
            vec![p("o1", "2025-01-01", "", vec![])],
        );
        let ids: Vec<String> = begun(vec![year, closed], "2026-05-02")
            .into_iter()
            .map(|(id, _)| id)
            .collect();
        assert_eq!(ids, ["q2", "q1"]);
    }
}

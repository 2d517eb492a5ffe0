use leptos::prelude::*;

use crate::api::evaluasi::staf_evaluasi;
use crate::i18n::*;

/// For a PPK: whose page to open (oneself or one of the staff they assess). A plain GET form
/// (`?pegawai=`, the period kept), so it works before hydration; nothing for anyone who
/// assesses nobody.
#[component]
pub fn StafSelect(
    path: &'static str,
    current: Memo<Option<String>>,
    period: Memo<Option<String>>,
) -> impl IntoView {
    let i18n = use_i18n();
    let staff = Resource::new(move || period.get(), staf_evaluasi);
    view! {
        <Transition fallback=|| ()>
            {move || Suspend::new(async move {
                let list = staff.await.unwrap_or_default();
                (!list.is_empty()).then(|| {
                    let cur = current.get_untracked();
                    let options = list
                        .into_iter()
                        .map(|s| {
                            let selected = cur.as_deref() == Some(s.pegawai.id.as_str());
                            view! { <option value=s.pegawai.id selected=selected>{s.pegawai.name}</option> }
                        })
                        .collect_view();
                    let hidden = period.get_untracked().map(|p| view! { <input type="hidden" name="period" value=p/> });
                    view! {
                        <form class="periode-select" method="get" action=path>
                            {hidden}
                            <label for="staf-pilih">{t!(i18n, evaluasi.staf_pilih)}</label>
                            <select id="staf-pilih" name="pegawai">
                                <option value="" selected=cur.is_none()>{t!(i18n, evaluasi.staf_saya)}</option>
                                {options}
                            </select>
                            <button type="submit" class="button secondary small">{t!(i18n, evaluasi.tampilkan)}</button>
                        </form>
                    }
                })
            })}
        </Transition>
    }
}

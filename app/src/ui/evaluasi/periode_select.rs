use leptos::either::Either;
use leptos::prelude::*;

use crate::api::evaluasi::list_periode;
use crate::i18n::*;

/// The period to work on: each year and its sub-periods (or only the years). A plain GET form (the page reloads
/// with `?period=`; the other parameters in `keep` stay), so it works before hydration and a
/// change of the select alone never navigates.
#[component]
pub fn PeriodeSelect(
    path: &'static str,
    current: Memo<Option<String>>,
    #[prop(into)] keep: Signal<Vec<(&'static str, Option<String>)>>,
    /// Only the years (the 9-box and the angka kredit are annual).
    #[prop(optional)]
    tahunan: bool,
) -> impl IntoView {
    let i18n = use_i18n();
    let periods = Resource::new(|| (), |_| list_periode());
    let hidden = move || {
        keep.get()
            .into_iter()
            .filter_map(|(k, v)| v.map(|v| view! { <input type="hidden" name=k value=v/> }))
            .collect_view()
    };
    view! {
        <form class="periode-select" method="get" action=path>
            {hidden}
            <label for="eval-periode">{t!(i18n, evaluasi.periode)}</label>
            <Transition fallback=|| ()>
                {move || Suspend::new(async move {
                    match periods.await {
                        Ok(list) => {
                            // no choice yet: this year's annual period (the first)
                            let cur = current
                                .get_untracked()
                                .or_else(|| list.first().map(|p| p.id.clone()));
                            let options = list
                                .into_iter()
                                .flat_map(|y| {
                                    let subs = if tahunan { vec![] } else { y.sub_periods };
                                    std::iter::once((y.id.clone(), y.nama.clone()))
                                        .chain(subs.into_iter().map(|s| (s.id, s.nama)))
                                })
                                .map(|(id, nama)| {
                                    let selected = cur.as_deref() == Some(id.as_str());
                                    view! { <option value=id selected=selected>{nama}</option> }
                                })
                                .collect_view();
                            Either::Left(view! { <select id="eval-periode" name="period">{options}</select> })
                        }
                        Err(_) => Either::Right(view! { <select id="eval-periode" name="period" disabled=true></select> }),
                    }
                })}
            </Transition>
            <button type="submit" class="button secondary small">{t!(i18n, evaluasi.tampilkan)}</button>
        </form>
    }
}

use leptos::prelude::*;

use crate::domain::berakhlak::NilaiBerakhlak;
use crate::i18n::*;

/// The seven BerAKHLAK values, each a fieldset with its three behaviour statements and a
/// 1–5 radio group (native radios: arrow keys move within a group, the legend names it), and
/// the optional comment. Field names match the answer server functions.
#[component]
pub fn SkorFields() -> impl IntoView {
    let i18n = use_i18n();
    let values = NilaiBerakhlak::ALL.iter().map(|v| {
        let name = v.code().to_ascii_lowercase();
        let desc = format!("skor-{name}-desc");
        let statements = v
            .statements()
            .map(|s| view! { <li>{s}</li> })
            .collect_view();
        let options = (1..=5)
            .map(|n| {
                let (name, desc) = (name.clone(), desc.clone());
                view! {
                    <label class="skor-option">
                        <input type="radio" name=name value=n.to_string() required
                            aria-describedby=format!("{desc} skor-scale")/>
                        <span>{n}</span>
                    </label>
                }
            })
            .collect_view();
        view! {
            <fieldset class="skor">
                <legend>{v.label()}</legend>
                <ul class="skor-statements" id=desc.clone()>{statements}</ul>
                <div class="skor-options">{options}</div>
            </fieldset>
        }
    });
    view! {
        <p id="skor-scale" class="muted">{t!(i18n, survei.skala)}</p>
        {values.collect_view()}
        <div class="field">
            <label for="skor-komentar">{t!(i18n, survei.komentar)}</label>
            <textarea id="skor-komentar" name="komentar" rows="3" maxlength="2000"></textarea>
        </div>
    }
}

use leptos::prelude::*;

use crate::i18n::*;

/// How the cascade is shown: the tree (phones always, the default) or the diagram (desktop).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ViewMode {
    Tree,
    Diagram,
}

/// "Tampilan: Pohon | Diagram", two toggle buttons of which one is pressed; CSS shows it
/// from 1024 px only.
#[component]
pub fn ViewSwitch(mode: RwSignal<ViewMode>) -> impl IntoView {
    let i18n = use_i18n();
    let button = move |m: ViewMode| {
        let pressed = move || (mode.get() == m).to_string();
        let text = move || match m {
            ViewMode::Tree => t_string!(i18n, cascade.view_tree),
            ViewMode::Diagram => t_string!(i18n, cascade.view_diagram),
        };
        view! {
            <button type="button" class="button secondary" aria-pressed=pressed on:click=move |_| mode.set(m)>
                {text}
            </button>
        }
    };
    view! {
        <div class="view-switch" role="group" aria-labelledby="cascade-view-l">
            <span id="cascade-view-l">{t!(i18n, cascade.view_label)}</span>
            {button(ViewMode::Tree)}
            {button(ViewMode::Diagram)}
        </div>
    }
}

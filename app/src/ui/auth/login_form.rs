use leptos::prelude::*;

use crate::api::auth::Login;
use crate::i18n::*;
use crate::ui::common::error_message::error_text;

/// Username and password. A plain form post without JavaScript (errors come back in the
/// URL and are shown the same way), a server action after hydration.
#[component]
pub fn LoginForm(next: Memo<String>) -> impl IntoView {
    let i18n = use_i18n();
    let login = ServerAction::<Login>::new();
    let error = move || {
        login
            .value()
            .get()
            .and_then(Result::err)
            .map(|e| error_text(i18n, &e))
    };
    let invalid = move || error().is_some().then_some("true");
    let described = move || error().is_some().then_some("login-error");
    view! {
        <ActionForm action=login attr:class="form">
            <input type="hidden" name="next" value=move || next.get()/>
            <div class="field">
                <label for="login-username">{t!(i18n, login.username)}</label>
                <input
                    id="login-username"
                    name="username"
                    type="text"
                    autocomplete="username"
                    autocapitalize="none"
                    spellcheck="false"
                    required
                    aria-invalid=invalid
                    aria-describedby=described
                />
            </div>
            <div class="field">
                <label for="login-password">{t!(i18n, login.password)}</label>
                <input
                    id="login-password"
                    name="password"
                    type="password"
                    autocomplete="current-password"
                    required
                    aria-invalid=invalid
                    aria-describedby=described
                />
            </div>
            {move || error().map(|msg| view! {
                <p id="login-error" class="error" role="alert">{msg}</p>
            })}
            <button type="submit" class="button primary block" aria-busy=move || login.pending().get().then_some("true")>
                {t!(i18n, login.submit)}
            </button>
            <p class="status" role="status">
                {move || login.pending().get().then(|| t_string!(i18n, login.pending).to_string())}
            </p>
        </ActionForm>
    }
}

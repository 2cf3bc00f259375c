//! `/forgot-password`: sends a reset link, saying the same whether or not the address exists.

use espace_api::validation;
use leptos::ev::SubmitEvent;
use leptos::prelude::*;

use crate::api;
use crate::components::action;
use crate::components::error_details::ErrorPanel;
use crate::components::form::field::TextField;
use crate::components::page_title::use_page_title;
use crate::i18n;

#[component]
pub fn ForgotPasswordPage() -> impl IntoView {
    use_page_title("forgot-title");
    let email = RwSignal::new(String::new());
    let error = RwSignal::new(None::<String>);
    let send = Action::new_local(|email: &String| {
        let email = email.clone();
        async move { api::links::forgot(&email).await }
    });
    let pending = send.pending();
    let on_submit = move |ev: SubmitEvent| {
        ev.prevent_default();
        if pending.get_untracked() {
            return;
        }
        if let Err(v) = validation::email(&email.get_untracked()) {
            error.set(Some(i18n::field_error_text(v.code, v.max)));
            return;
        }
        error.set(None);
        send.dispatch(email.get_untracked());
    };
    view! {
        <section class="page narrow">
            <h1>{i18n::msg("forgot-title")}</h1>
            <Show
                when=move || action::succeeded(send)
                fallback=move || {
                    view! {
                        <p>{i18n::msg("forgot-intro")}</p>
                        {move || action::failure(send).map(|error| view! { <ErrorPanel error=error /> })}
                        <form on:submit=on_submit novalidate=true>
                            <TextField
                                id="forgot-email"
                                label=i18n::msg("sign-in-email")
                                value=email
                                error=error
                                input_type="email"
                                autocomplete="username"
                                required=true
                            />
                            <button type="submit" class="button primary">
                                {i18n::msg("forgot-submit")}
                            </button>
                        </form>
                    }
                }
            >
                <p class="notice" role="status" data-testid="forgot-sent">
                    {i18n::msg("forgot-sent")}
                </p>
            </Show>
            <p>
                <a href="/sign-in">{i18n::msg("link-sign-in")}</a>
            </p>
        </section>
    }
}

//! `/forgot-password`: sends a reset link, saying the same whether or not the address exists.

use espace_api::links::{ForgotPasswordField, ForgotPasswordRequest};
use leptos::ev::SubmitEvent;
use leptos::prelude::*;

use crate::api;
use crate::components::error_details::ErrorPanel;
use crate::components::form::field::TextField;
use crate::components::form::use_submit;
use crate::components::page_title::use_page_title;
use crate::i18n;

#[component]
pub fn ForgotPasswordPage() -> impl IntoView {
    use_page_title("forgot-title");
    let email = RwSignal::new(String::new());
    // The same answer whether or not the address exists: nothing follows but the notice.
    let send = use_submit(
        |field: ForgotPasswordField| match field {
            ForgotPasswordField::Email => "forgot-email",
        },
        |request: ForgotPasswordRequest| async move { api::links::forgot(&request).await },
        |()| {},
    );
    let on_submit = move |ev: SubmitEvent| {
        ev.prevent_default();
        let request = ForgotPasswordRequest { email: email.get_untracked() };
        let problems = request.validate();
        send.send(request, problems);
    };
    view! {
        <section class="page narrow">
            <h1>{i18n::msg("forgot-title")}</h1>
            <Show
                when=move || send.succeeded()
                fallback=move || {
                    view! {
                        <p>{i18n::msg("forgot-intro")}</p>
                        {move || send.failure_beside_fields().map(|error| view! { <ErrorPanel error=error /> })}
                        <form on:submit=on_submit novalidate=true>
                            <TextField
                                id="forgot-email"
                                label=i18n::msg("sign-in-email")
                                value=email
                                error=send.error(ForgotPasswordField::Email)
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
                <a href="/sign-in">{i18n::msg("sign-in-go")}</a>
            </p>
        </section>
    }
}

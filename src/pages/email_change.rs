//! Changing one's sign-in e-mail: the profile's form (the new address and the current
//! password; a link goes to the new address), and `/confirm-email#t=…`, where that link lands,
//! signed in, to apply the change. The old address's undo link is a link page (`link.rs`).

use espace_api::session::{ChangeEmailRequest, ConfirmEmailRequest, EmailChangeField};
use leptos::ev::SubmitEvent;
use leptos::prelude::*;
use leptos_fluent::tr;

use crate::api;
use crate::components::action;
use crate::components::error_details::ErrorPanel;
use crate::components::form::field::TextField;
use crate::components::form::use_submit;
use crate::components::page_title::use_page_title;
use crate::i18n;
use crate::pages::link::token_from_fragment;
use crate::session::use_session;

#[component]
pub fn ChangeEmailForm() -> impl IntoView {
    let email = RwSignal::new(String::new());
    let password = RwSignal::new(String::new());
    // The address a link went to, once sent.
    let sent = RwSignal::new(None::<String>);
    let change = use_submit(
        |field: EmailChangeField| match field {
            EmailChangeField::Email => "email-change-new-email",
            EmailChangeField::Password => "email-change-password",
        },
        |request: ChangeEmailRequest| async move {
            api::session::change_email(&request).await.map(|()| request.email.trim().to_owned())
        },
        move |address: String| {
            password.set(String::new());
            sent.set(Some(address));
        },
    );
    let on_submit = move |ev: SubmitEvent| {
        ev.prevent_default();
        sent.set(None);
        let request = ChangeEmailRequest { email: email.get_untracked(), password: password.get_untracked() };
        let problems = request.validate();
        change.send(request, problems);
    };
    view! {
        <h2>{i18n::msg("email-change-title")}</h2>
        <p class="hint">{i18n::msg("email-change-intro")}</p>
        {move || change.failure_beside_fields().map(|error| view! { <ErrorPanel error=error /> })}
        {move || {
            sent.get()
                .map(|address| {
                    view! {
                        <p class="notice" role="status" data-testid="email-change-sent">
                            {move || tr!("email-change-sent", { "address" => address.clone() })}
                        </p>
                    }
                })
        }}
        <form on:submit=on_submit novalidate=true>
            <TextField
                id="email-change-new-email"
                label=i18n::msg("email-change-new-email")
                value=email
                error=change.error(EmailChangeField::Email)
                input_type="email"
                autocomplete="email"
                required=true
            />
            <TextField
                id="email-change-password"
                label=i18n::msg("profile-current-password")
                value=password
                error=change.error(EmailChangeField::Password)
                input_type="password"
                autocomplete="current-password"
                required=true
            />
            <button type="submit" class="button primary" disabled=move || change.pending().get()>
                {i18n::msg("email-change-submit")}
            </button>
        </form>
    }
}

/// `/confirm-email#t=…`: opened from the new address's e-mail, by the person signed in.
#[component]
pub fn ConfirmEmailPage() -> impl IntoView {
    use_page_title("email-change-confirm-title");
    let session = use_session();
    let token = StoredValue::new(token_from_fragment());
    let confirm = Action::new_local(move |()| async move {
        let result = api::session::confirm_email(ConfirmEmailRequest { token: token.get_value() }).await;
        if let Ok(me) = &result {
            session.signed_in(me.clone());
        }
        result
    });
    let address = move || confirm.value().get().and_then(Result::ok).map(|me| me.user.email);
    view! {
        <section class="page narrow">
            <h1>{i18n::msg("email-change-confirm-title")}</h1>
            {move || action::failure(confirm).map(|error| view! { <ErrorPanel error=error /> })}
            {move || match address() {
                Some(address) => {
                    view! {
                        <p class="notice" role="status" data-testid="email-confirmed">
                            {move || tr!("email-change-confirmed", { "address" => address.clone() })}
                        </p>
                        <p>
                            <a href="/profile">{i18n::msg("profile-title")}</a>
                        </p>
                    }
                        .into_any()
                }
                None => {
                    view! {
                        <p>{i18n::msg("email-change-confirm-text")}</p>
                        <button
                            type="button"
                            class="button primary"
                            data-testid="confirm-email"
                            disabled=move || confirm.pending().get()
                            on:click=move |_| {
                                confirm.dispatch(());
                            }
                        >
                            {i18n::msg("email-change-confirm")}
                        </button>
                    }
                        .into_any()
                }
            }}
        </section>
    }
}

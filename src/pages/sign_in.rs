//! `/sign-in`: e-mail and password, then back to the page that sent the visitor here.

use espace_api::session::SignInRequest;
use espace_api::{ApiError, FieldError};
use leptos::ev::SubmitEvent;
use leptos::prelude::*;
use leptos::task::spawn_local;
use leptos_fluent::move_tr;
use leptos_router::components::A;
use leptos_router::hooks::{use_navigate, use_query_map};
use leptos_router::NavigateOptions;

use crate::api;
use crate::components::error_details::ErrorDetails;
use crate::components::focus::focus_by_id;
use crate::components::page_title::use_page_title;
use crate::components::password_field::RevealToggle;
use crate::i18n;
use crate::session::use_session;

/// Only same-site paths: `next` must not be able to send people to another site.
pub fn safe_next(next: Option<String>) -> String {
    match next {
        Some(path) if path.starts_with('/') && !path.starts_with("//") && !path.starts_with("/\\") => path,
        _ => "/".to_owned(),
    }
}

#[component]
pub fn SignInPage() -> impl IntoView {
    use_page_title("sign-in-title");
    let session = use_session();
    let navigate = use_navigate();
    let query = use_query_map();
    let next = move || safe_next(query.with_untracked(|q| q.get("next")));
    // "Sign in to open this page" only for a page other than the home page.
    let redirected = query.with_untracked(|q| q.get("next").is_some_and(|n| n != "/"));

    let email = RwSignal::new(String::new());
    let password = RwSignal::new(String::new());
    let show_password = RwSignal::new(false);
    let field_errors = RwSignal::new(Vec::<FieldError>::new());
    let failure = RwSignal::new(None::<ApiError>);
    let pending = RwSignal::new(false);

    // Someone already signed in has nothing to do here.
    let go = navigate.clone();
    Effect::new(move |_| {
        if session.me.with(Option::is_some) {
            go(&next(), NavigateOptions { replace: true, ..Default::default() });
        }
    });

    let on_submit = move |ev: SubmitEvent| {
        ev.prevent_default();
        if pending.get_untracked() {
            return;
        }
        let request = SignInRequest { email: email.get_untracked(), password: password.get_untracked() };
        let errors = request.validate();
        failure.set(None);
        field_errors.set(errors.clone());
        if let Some(first) = errors.first() {
            focus_by_id(&format!("sign-in-{}", first.field));
            return;
        }
        pending.set(true);
        spawn_local(async move {
            match api::session::sign_in(&request).await {
                Ok(me) => session.me.set(Some(me)),
                Err(error) => {
                    field_errors.set(error.fields.clone());
                    failure.set(Some(error));
                    // What was typed stays; only the password field is focused for a retry.
                    focus_by_id("sign-in-password");
                }
            }
            pending.set(false);
        });
    };

    let error_for = move |field: &'static str| {
        move || {
            field_errors
                .with(|errors| errors.iter().find(|e| e.field == field).map(|e| i18n::field_error_text(e.code, e.max)))
        }
    };
    let invalid =
        move |field: &'static str| move || field_errors.with(|e| e.iter().any(|e| e.field == field)).to_string();

    view! {
        <section class="page narrow sign-in">
            <h1>{move_tr!("sign-in-title")}</h1>
            <Show when=move || redirected>
                <p class="notice">{move_tr!("sign-in-redirected")}</p>
            </Show>
            <p>{move_tr!("sign-in-intro")}</p>
            {move || failure.get().map(|error| {
                let code = error.code;
                view! {
                    <div class="error-panel" role="alert" data-testid="sign-in-error">
                        <p class="error-message">{move || i18n::error_text(code)}</p>
                        <ErrorDetails code=code reference=error.reference />
                    </div>
                }
            })}
            <form on:submit=on_submit novalidate=true>
                <div class="field">
                    <label for="sign-in-email">{move_tr!("sign-in-email")}</label>
                    <input
                        id="sign-in-email"
                        name="email"
                        type="email"
                        autocomplete="username"
                        required=true
                        aria-invalid=invalid("email")
                        aria-describedby="sign-in-email-error"
                        bind:value=email
                    />
                    <p id="sign-in-email-error" class="field-error">{error_for("email")}</p>
                </div>
                <div class="field">
                    <label for="sign-in-password">{move_tr!("sign-in-password")}</label>
                    <div class="password-row">
                        <input
                            id="sign-in-password"
                            name="password"
                            type=move || if show_password.get() { "text" } else { "password" }
                            autocomplete="current-password"
                            required=true
                            aria-invalid=invalid("password")
                            aria-describedby="sign-in-password-error"
                            bind:value=password
                        />
                        <RevealToggle visible=show_password />
                    </div>
                    <p id="sign-in-password-error" class="field-error">{error_for("password")}</p>
                    <p class="forgot"><A href="/forgot-password">{move_tr!("sign-in-forgot")}</A></p>
                </div>
                <button type="submit" class="button primary" disabled=move || pending.get() aria-busy=move || pending.get().to_string()>
                    {move || if pending.get() { i18n::t("sign-in-submitting") } else { i18n::t("sign-in-submit") }}
                </button>
            </form>
        </section>
    }
}

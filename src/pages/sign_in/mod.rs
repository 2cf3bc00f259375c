//! `/sign-in`: identifier first. The e-mail decides the way in: a company on single sign-on
//! sends its people to their identity provider; everyone else continues with a password.
//! `?method=password` goes straight to the password (a company's break-glass administrators).
//! Someone with two-step sign-in then gives a code (`code`). A passkey signs in alone
//! (`passkey`): offered among the e-mail field's suggestions, or on its button.

mod code;
mod passkey;

use espace_api::fields::Fields as _;
use espace_api::second_step::CodeRequest;
use espace_api::session::{SignInField, SignInRequest};
use espace_api::sso::SignInMethod;
use leptos::ev::SubmitEvent;
use leptos::prelude::*;
use serde::Deserialize;

use crate::api;
use crate::api::client::ApiResult;
use crate::components::error_details::ErrorDetails;
use crate::components::focus::focus_by_id;
use crate::components::form::use_submit_or;
use crate::components::page_title::use_page_title;
use crate::components::password_field::RevealToggle;
use crate::i18n;
use crate::nav;
use crate::session::use_session;

/// Only this origin's pages: `next` is resolved against the page's own origin, as the browser
/// will resolve it, and anything landing elsewhere goes to `/`. Checking the text instead
/// misses what browsers drop or turn around (`/\t/evil.example` is `//evil.example`).
pub fn safe_next(next: Option<String>) -> String {
    let here = window().location().origin().unwrap_or_default();
    next.filter(|path| path.starts_with('/'))
        .and_then(|path| web_sys::Url::new_with_base(&path, &here).ok())
        .filter(|url| url.origin() == here)
        .map_or_else(|| "/".to_owned(), |url| format!("{}{}{}", url.pathname(), url.search(), url.hash()))
}

/// The page's address: `?next=/users&email=…&method=password`.
#[derive(Default, Deserialize)]
struct SignInQuery {
    /// Where to go once signed in.
    next: Option<String>,
    /// The address to start from (after "use another address", or from a link).
    #[serde(default)]
    email: String,
    /// `password`: the password form even for a domain on single sign-on (break-glass).
    method: Option<String>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Step {
    Email,
    Password,
    /// On the way to the company's identity provider.
    Provider,
    /// The password was right; a code from the app is asked.
    Code,
}

/// What the form sends: the e-mail alone first (which way in), then the e-mail and password.
#[derive(Clone)]
enum Attempt {
    Method(String),
    Password(SignInRequest),
    Code(CodeRequest),
    /// The second step with one of the person's passkeys.
    Passkey,
    /// A passkey alone, picked among the e-mail field's suggestions.
    PasskeyPicked,
    /// A passkey alone, the browser asked on the button's press.
    PasskeyAsked,
}

/// What came back.
enum Outcome {
    Method(SignInMethod),
    SignedIn(api::session::SignedIn),
}

fn input_id(field: SignInField) -> &'static str {
    match field {
        SignInField::Email => "sign-in-email",
        SignInField::Password => "sign-in-password",
        SignInField::Code => code::INPUT,
    }
}

async fn attempt(attempt: Attempt, suggested: passkey::Suggested) -> ApiResult<Outcome> {
    match attempt {
        Attempt::Method(email) => api::sso::method(email).await.map(Outcome::Method),
        Attempt::Password(request) => api::session::sign_in(&request).await.map(Outcome::SignedIn),
        Attempt::Code(request) => api::session::second_step(&request).await.map(Outcome::SignedIn),
        Attempt::Passkey => {
            api::session::second_step_passkey().await.map(|()| Outcome::SignedIn(api::session::SignedIn::Done))
        }
        Attempt::PasskeyPicked => suggested.send().await.map(|()| Outcome::SignedIn(api::session::SignedIn::Done)),
        Attempt::PasskeyAsked => {
            suggested.withdraw();
            api::session::passkey_sign_in().await.map(|()| Outcome::SignedIn(api::session::SignedIn::Done))
        }
    }
}

/// Focus once the step's fields are on the page.
fn focus_soon(id: &'static str) {
    request_animation_frame(move || focus_by_id(id));
}

#[component]
pub fn SignInPage() -> impl IntoView {
    use_page_title("sign-in-title");
    let session = use_session();
    let navigate = nav::use_navigate_to();
    let query: SignInQuery = nav::query();
    // "Sign in to open this page" only for a page other than the home page.
    let redirected = query.next.as_deref().is_some_and(|n| n != "/");
    let next = StoredValue::new(safe_next(query.next));
    let password_first = query.method.as_deref() == Some("password");

    let email = RwSignal::new(query.email);
    let password = RwSignal::new(String::new());
    let show_password = RwSignal::new(false);
    let step = RwSignal::new(if password_first { Step::Password } else { Step::Email });
    // The person has a passkey to offer at the second step.
    let offer_passkey = RwSignal::new(false);
    let suggested = passkey::Suggested::new();
    let passkeys = api::webauthn::usable_here();

    let submit = use_submit_or(
        input_id,
        move |a| attempt(a, suggested),
        move |outcome| match outcome {
            // Past the e-mail, the browser is free for the next request (a second step's passkey).
            Outcome::Method(SignInMethod::Password) => {
                suggested.withdraw();
                step.set(Step::Password);
                focus_soon("sign-in-password");
            }
            Outcome::Method(SignInMethod::Sso { start }) => {
                suggested.withdraw();
                step.set(Step::Provider);
                let _ = window().location().assign(&start);
            }
            Outcome::SignedIn(api::session::SignedIn::Done) => navigate.load(&next.get_value()),
            // An operator goes back to the console page they came from, else to the console.
            Outcome::SignedIn(api::session::SignedIn::Operator) => {
                let next = next.get_value();
                navigate.load(if next.starts_with("/operator/") { &next } else { "/operator" });
            }
            Outcome::SignedIn(api::session::SignedIn::SecondStep { passkey }) => {
                offer_passkey.set(passkey);
                password.set(String::new());
                step.set(Step::Code);
                focus_soon("sign-in-code");
            }
        },
        // What was typed stays; the field to fix is focused.
        move |_| {
            focus_soon(match step.get_untracked() {
                Step::Password => "sign-in-password",
                Step::Code => code::INPUT,
                Step::Email | Step::Provider => "sign-in-email",
            });
        },
    );
    let pending = submit.pending();
    if !password_first {
        suggested.offer(move || {
            submit.send(Attempt::PasskeyPicked, Vec::new());
        });
    }
    on_cleanup(move || suggested.withdraw());

    // Someone already signed in (the whole app, after moving here) has nothing to do here.
    Effect::new(move |_| {
        if session.is_signed_in() {
            navigate.replace(&next.get_value());
        }
    });

    let on_submit = move |ev: SubmitEvent| {
        ev.prevent_default();
        let request = SignInRequest { email: email.get_untracked(), password: password.get_untracked() };
        let problems = request.validate();
        match step.get_untracked() {
            Step::Email => {
                let problems = problems.into_iter().filter(|e| e.field == SignInField::Email.name()).collect();
                submit.send(Attempt::Method(request.email), problems);
            }
            Step::Password => {
                submit.send(Attempt::Password(request), problems);
            }
            Step::Provider | Step::Code => {}
        }
    };
    let restart = move |()| {
        step.set(Step::Password);
        submit.clear();
        focus_soon("sign-in-password");
    };
    let change_email = move |_| {
        step.set(Step::Email);
        password.set(String::new());
        submit.clear();
        focus_soon("sign-in-email");
    };

    let invalid = move |field: SignInField| move || submit.invalid(field).get().to_string();
    let at_password = move || step.get() == Step::Password;

    view! {
        <section class="page narrow sign-in">
            <h1>{i18n::msg("sign-in-title")}</h1>
            {move || {
                session
                    .provider_sign_out
                    .get()
                    .map(|url| {
                        view! {
                            <div class="notice" role="status" data-testid="provider-sign-out">
                                <p>{i18n::msg("sign-in-provider-signed-out")}</p>
                                <p>
                                    <a href=url>{i18n::msg("sign-in-provider-sign-out")}</a>
                                </p>
                            </div>
                        }
                    })
            }}
            <Show when=move || redirected>
                <p class="notice">{i18n::msg("sign-in-redirected")}</p>
            </Show>
            <Show when=move || step.get() == Step::Code>
                <code::CodeStep submit=submit passkey=offer_passkey on_restart=restart />
            </Show>
            <Show when=move || step.get() != Step::Code>
                <p>{i18n::msg("sign-in-intro")}</p>
                {move || {
                    submit
                        .failure()
                        .map(|error| {
                            let code = error.code;
                            view! {
                                <div class="error-panel" role="alert" data-testid="sign-in-error">
                                    <p class="error-message">{move || i18n::error_text(code)}</p>
                                    {error
                                        .contact
                                        .map(|contact| {
                                            view! {
                                                <p data-testid="sign-in-contact">
                                                    {move || {
                                                        leptos_fluent::tr!(
                                                            "error-contact", { "contact" => contact.clone() }
                                                        )
                                                    }}
                                                </p>
                                            }
                                        })}
                                    <ErrorDetails code=code reference=error.reference />
                                </div>
                            }
                        })
                }}
                <Show when=move || step.get() == Step::Provider>
                    <p role="status" class="notice" data-testid="sign-in-redirecting">
                        {i18n::msg("sign-in-redirecting")}
                    </p>
                </Show>
                <form on:submit=on_submit novalidate=true>
                    <div class="field">
                        <label for="sign-in-email">{i18n::msg("sign-in-email")}</label>
                        <input
                            id="sign-in-email"
                            name="email"
                            type="email"
                            autocomplete="username webauthn"
                            required=true
                            readonly=at_password
                            aria-invalid=invalid(SignInField::Email)
                            aria-describedby="sign-in-email-error"
                            bind:value=email
                        />
                        <p id="sign-in-email-error" class="field-error">
                            {submit.error(SignInField::Email)}
                        </p>
                        <Show when=at_password>
                            <p class="forgot">
                                <button
                                    type="button"
                                    id="sign-in-change-email"
                                    class="link-button"
                                    on:click=change_email
                                >
                                    {i18n::msg("sign-in-change-email")}
                                </button>
                            </p>
                        </Show>
                    </div>
                    <Show when=at_password>
                        <div class="field">
                            <label for="sign-in-password">{i18n::msg("sign-in-password")}</label>
                            <div class="password-row">
                                <input
                                    id="sign-in-password"
                                    name="password"
                                    type=move || if show_password.get() { "text" } else { "password" }
                                    autocomplete="current-password"
                                    required=true
                                    aria-invalid=invalid(SignInField::Password)
                                    aria-describedby="sign-in-password-error"
                                    bind:value=password
                                />
                                <RevealToggle visible=show_password />
                            </div>
                            <p id="sign-in-password-error" class="field-error">
                                {submit.error(SignInField::Password)}
                            </p>
                            <p class="forgot">
                                <a href="/forgot-password">{i18n::msg("sign-in-forgot")}</a>
                            </p>
                        </div>
                    </Show>
                    <button
                        type="submit"
                        class="button primary"
                        disabled=move || pending.get() || step.get() == Step::Provider
                        aria-busy=move || pending.get().to_string()
                    >
                        {move || match (step.get(), pending.get()) {
                            (Step::Email, false) => i18n::t("sign-in-continue"),
                            (Step::Email, true) | (Step::Provider, _) => i18n::t("sign-in-continuing"),
                            (Step::Password, false) => i18n::t("sign-in-submit"),
                            (Step::Password, true) | (Step::Code, _) => i18n::t("sign-in-submitting"),
                        }}
                    </button>
                </form>
                <Show when=move || passkeys && step.get() == Step::Email>
                    <div class="sign-in-passkey">
                        <p class="hint">{i18n::msg("sign-in-passkey-or")}</p>
                        <button
                            type="button"
                            class="button secondary"
                            data-testid="sign-in-with-passkey"
                            disabled=move || pending.get()
                            on:click=move |_| {
                                submit.send(Attempt::PasskeyAsked, Vec::new());
                            }
                        >
                            {i18n::msg("sign-in-with-passkey")}
                        </button>
                    </div>
                </Show>
            </Show>
        </section>
    }
}

//! Setting up an authenticator app: scan the QR code (or type the secret), then type the first
//! code the app shows, which proves it works. A first second step ends with the recovery codes.

use espace_api::second_step::{AuthenticatorSetup, CodeField, CodeRequest, RecoveryCodes};
use leptos::ev::SubmitEvent;
use leptos::prelude::*;

use super::codes::RecoveryCodesPanel;
use super::qr::QrCode;
use crate::api;
use crate::components::error_details::ErrorPanel;
use crate::components::form::use_submit;
use crate::components::load_error::Loaded;
use crate::i18n;

const INPUT: &str = "second-step-setup-code";

/// The first two steps of adding an account to an authenticator app, as list items: scan the
/// QR code, or type the key (the profile's setup, an operator's activation).
#[component]
pub fn AppKeySteps(
    /// The key to add.
    setup: AuthenticatorSetup,
) -> impl IntoView {
    view! {
        <li>
            <p>{i18n::msg("second-step-setup-scan")}</p>
            <QrCode qr=setup.qr label=Signal::derive(move || i18n::t("second-step-setup-qr")) />
        </li>
        <li>
            <p>{i18n::msg("second-step-setup-manual")}</p>
            <p>
                <code class="totp-secret" data-testid="totp-secret">
                    {readable(&setup.secret)}
                </code>
            </p>
        </li>
    }
}

/// The secret in groups of four, easier to type into an app by hand.
fn readable(secret: &str) -> String {
    secret.as_bytes().chunks(4).filter_map(|c| std::str::from_utf8(c).ok()).collect::<Vec<_>>().join(" ")
}

#[component]
pub fn AuthenticatorSetupForm(
    /// Set up (and, for a first second step, its recovery codes saved).
    #[prop(into)]
    on_done: Callback<()>,
    /// Shown as a Cancel button when given (the profile; a required setup has none).
    #[prop(optional, into)]
    on_cancel: Option<Callback<()>>,
) -> impl IntoView {
    let setup = LocalResource::new(api::second_step::start);
    let codes = RwSignal::new(None::<Vec<String>>);
    view! {
        {move || match codes.get() {
            Some(codes) => view! { <RecoveryCodesPanel codes=codes on_done=on_done /> }.into_any(),
            None => {
                view! {
                    <Loaded resource=setup let:s>
                        <SetupSteps setup=s codes=codes on_done=on_done on_cancel=on_cancel />
                    </Loaded>
                }
                    .into_any()
            }
        }}
    }
}

#[component]
fn SetupSteps(
    /// The secret to add.
    setup: AuthenticatorSetup,
    /// Where the recovery codes go when the server gives some.
    codes: RwSignal<Option<Vec<String>>>,
    /// Set up, without recovery codes to show (another app in place of the first).
    on_done: Callback<()>,
    /// Cancel, where there is one.
    on_cancel: Option<Callback<()>>,
) -> impl IntoView {
    let code = RwSignal::new(String::new());
    let confirm = use_submit(
        |field: CodeField| match field {
            CodeField::Code => INPUT,
        },
        api::second_step::confirm,
        move |answer: Option<RecoveryCodes>| match answer {
            Some(answer) => codes.set(Some(answer.codes)),
            None => on_done.run(()),
        },
    );
    let on_submit = move |ev: SubmitEvent| {
        ev.prevent_default();
        let request = CodeRequest { code: code.get_untracked() };
        let problems = request.validate();
        confirm.send(request, problems);
    };
    let pending = confirm.pending();
    view! {
        <ol class="setup-steps">
            <AppKeySteps setup=setup />
            <li>
                {move || confirm.failure_beside_fields().map(|error| view! { <ErrorPanel error=error /> })}
                <form on:submit=on_submit novalidate=true>
                    <div class="field">
                        <label for=INPUT>{i18n::msg("second-step-setup-code")}</label>
                        <input
                            id=INPUT
                            name="code"
                            type="text"
                            inputmode="numeric"
                            autocomplete="one-time-code"
                            required=true
                            aria-invalid=move || confirm.invalid(CodeField::Code).get().to_string()
                            aria-describedby="second-step-setup-code-error"
                            bind:value=code
                        />
                        <p id="second-step-setup-code-error" class="field-error">
                            {confirm.error(CodeField::Code)}
                        </p>
                    </div>
                    <div class="dialog-buttons">
                        {on_cancel
                            .map(|cancel| {
                                view! {
                                    <button type="button" class="button secondary" on:click=move |_| cancel.run(())>
                                        {i18n::msg("dialog-cancel")}
                                    </button>
                                }
                            })}
                        <button
                            type="submit"
                            class="button primary"
                            disabled=move || pending.get()
                            aria-busy=move || pending.get().to_string()
                        >
                            {i18n::msg("second-step-setup-confirm")}
                        </button>
                    </div>
                </form>
            </li>
        </ol>
    }
}

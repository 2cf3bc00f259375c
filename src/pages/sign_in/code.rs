//! The second step of a sign-in, after a right password: the code the person's authenticator
//! app shows, or one of their recovery codes (the server tells them apart by their shape). It
//! goes through the page's one submission, whose follow-ups are the page's.

use espace_api::second_step::CodeRequest;
use espace_api::session::SignInField;
use espace_api::ErrorCode;
use leptos::ev::SubmitEvent;
use leptos::prelude::*;

use super::Attempt;
use crate::components::error_details::ErrorPanel;
use crate::components::focus::focus_by_id;
use crate::components::form::Submit;
use crate::i18n;

pub const INPUT: &str = "sign-in-code";

#[component]
pub fn CodeStep(
    /// The sign-in page's submission.
    submit: Submit<SignInField, Attempt>,
    /// Whether the person has a passkey to use instead of a code.
    #[prop(into)]
    passkey: Signal<bool>,
    /// Back to the password: the sign-in under way ended.
    #[prop(into)]
    on_restart: Callback<()>,
) -> impl IntoView {
    let code = RwSignal::new(String::new());
    let recovery = RwSignal::new(false);
    let expired = move || submit.failure().is_some_and(|e| e.code == ErrorCode::SecondStepExpired);
    let on_submit = move |ev: SubmitEvent| {
        ev.prevent_default();
        let request = CodeRequest { code: code.get_untracked() };
        let problems = request.validate();
        submit.send(Attempt::Code(request), problems);
    };
    let switch = move |_| {
        recovery.update(|r| *r = !*r);
        code.set(String::new());
        submit.clear();
        focus_by_id(INPUT);
    };
    let pending = submit.pending();
    let text = move |app: &'static str, recovery_code: &'static str| {
        move || i18n::t(if recovery.get() { recovery_code } else { app })
    };
    view! {
        // A browser without WebAuthn answers the button with the passkey error, which says to
        // use a code.
        <Show when=move || passkey.get()>
            <p>
                <button
                    type="button"
                    class="button primary"
                    data-testid="sign-in-passkey"
                    disabled=move || pending.get()
                    on:click=move |_| {
                        submit.send(Attempt::Passkey, Vec::new());
                    }
                >
                    {i18n::msg("sign-in-use-passkey")}
                </button>
            </p>
        </Show>
        <p>{i18n::msg("sign-in-code-intro")}</p>
        {move || submit.failure_beside_fields().map(|error| view! { <ErrorPanel error=error /> })}
        <Show when=expired>
            <p>
                <button type="button" class="button secondary" on:click=move |_| on_restart.run(())>
                    {i18n::msg("sign-in-start-again")}
                </button>
            </p>
        </Show>
        <form on:submit=on_submit novalidate=true>
            <div class="field">
                <label for=INPUT>{text("sign-in-code", "sign-in-recovery-code")}</label>
                <p id="sign-in-code-hint" class="hint">
                    {text("sign-in-code-hint", "sign-in-recovery-code-hint")}
                </p>
                <input
                    id=INPUT
                    name="code"
                    type="text"
                    autocomplete="one-time-code"
                    inputmode=move || if recovery.get() { "text" } else { "numeric" }
                    spellcheck="false"
                    required=true
                    aria-invalid=move || submit.invalid(SignInField::Code).get().to_string()
                    aria-describedby="sign-in-code-hint sign-in-code-error"
                    bind:value=code
                />
                <p id="sign-in-code-error" class="field-error">
                    {submit.error(SignInField::Code)}
                </p>
                <p class="forgot">
                    <button type="button" id="sign-in-code-switch" class="link-button" on:click=switch>
                        {text("sign-in-use-recovery-code", "sign-in-use-app")}
                    </button>
                </p>
            </div>
            <button
                type="submit"
                class="button primary"
                disabled=move || pending.get()
                aria-busy=move || pending.get().to_string()
            >
                {i18n::msg("sign-in-verify")}
            </button>
        </form>
    }
}

//! The second step of a sign-in, after a right password: the code the person's authenticator
//! app shows, or one of their recovery codes (the server tells them apart by their shape).

use espace_api::second_step::{CodeField, CodeRequest};
use espace_api::ErrorCode;
use leptos::ev::SubmitEvent;
use leptos::prelude::*;

use crate::api;
use crate::components::error_details::ErrorPanel;
use crate::components::focus::focus_by_id;
use crate::components::form::use_submit_or;
use crate::i18n;
use crate::nav;

const INPUT: &str = "sign-in-code";

#[component]
pub fn CodeStep(
    /// Where to go once signed in.
    next: StoredValue<String>,
    /// Back to the password: the sign-in under way ended.
    #[prop(into)]
    on_restart: Callback<()>,
) -> impl IntoView {
    let navigate = nav::use_navigate_to();
    let code = RwSignal::new(String::new());
    let recovery = RwSignal::new(false);
    let submit = use_submit_or(
        |field: CodeField| match field {
            CodeField::Code => INPUT,
        },
        |request: CodeRequest| async move { api::session::second_step(&request).await },
        move |()| navigate.load(&next.get_value()),
        move |_| request_animation_frame(|| focus_by_id(INPUT)),
    );
    let expired = move || submit.failure().is_some_and(|e| e.code == ErrorCode::SecondStepExpired);
    let on_submit = move |ev: SubmitEvent| {
        ev.prevent_default();
        let request = CodeRequest { code: code.get_untracked() };
        let problems = request.validate();
        submit.send(request, problems);
    };
    let switch = move |_| {
        recovery.update(|r| *r = !*r);
        code.set(String::new());
        submit.clear();
        focus_by_id(INPUT);
    };
    let pending = submit.pending();
    view! {
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
                <label for=INPUT>
                    {move || i18n::t(if recovery.get() { "sign-in-recovery-code" } else { "sign-in-code" })}
                </label>
                <p id="sign-in-code-hint" class="hint">
                    {move || i18n::t(if recovery.get() { "sign-in-recovery-code-hint" } else { "sign-in-code-hint" })}
                </p>
                <input
                    id=INPUT
                    name="code"
                    type="text"
                    autocomplete="one-time-code"
                    inputmode=move || if recovery.get() { "text" } else { "numeric" }
                    spellcheck="false"
                    required=true
                    aria-invalid=move || submit.invalid(CodeField::Code).get().to_string()
                    aria-describedby="sign-in-code-hint sign-in-code-error"
                    bind:value=code
                />
                <p id="sign-in-code-error" class="field-error">
                    {submit.error(CodeField::Code)}
                </p>
                <p class="forgot">
                    <button type="button" id="sign-in-code-switch" class="link-button" on:click=switch>
                        {move || i18n::t(if recovery.get() { "sign-in-use-app" } else { "sign-in-use-recovery-code" })}
                    </button>
                </p>
            </div>
            <button
                type="submit"
                class="button primary"
                disabled=move || pending.get()
                aria-busy=move || pending.get().to_string()
            >
                {move || i18n::t(if pending.get() { "sign-in-verifying" } else { "sign-in-verify" })}
            </button>
        </form>
    }
}

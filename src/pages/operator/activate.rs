//! `/operator/activate#<token>`: the link `espace-server operator add` prints. The new
//! operator chooses a password and adds the account to an authenticator app, confirmed by a
//! first code; the console then opens. The token stays in the address's fragment, which no
//! request carries.

use espace_api::operator::{ActivationField, ActivationRequest};
use espace_api::second_step::AuthenticatorSetup;
use leptos::ev::SubmitEvent;
use leptos::prelude::*;

use crate::api;
use crate::components::error_details::ErrorPanel;
use crate::components::form::field::TextField;
use crate::components::form::use_submit;
use crate::components::load_error::Loaded;
use crate::components::page_title::use_page_title;
use crate::components::second_step::AppKeySteps;
use crate::i18n;
use crate::nav;

fn token() -> String {
    window().location().hash().unwrap_or_default().trim_start_matches('#').to_owned()
}

#[component]
pub fn OperatorActivatePage() -> impl IntoView {
    use_page_title("operator-activate-title");
    let setup = LocalResource::new(|| api::operator::start_activation(token()));
    view! {
        <section class="page narrow second-step" data-testid="operator-activate">
            <h1>{i18n::msg("operator-activate-title")}</h1>
            <p>{i18n::msg("operator-activate-intro")}</p>
            <Loaded resource=setup let:setup>
                <ActivationForm setup=setup />
            </Loaded>
        </section>
    }
}

#[component]
fn ActivationForm(
    /// The app to set up.
    setup: AuthenticatorSetup,
) -> impl IntoView {
    let navigate = nav::use_navigate_to();
    let password = RwSignal::new(String::new());
    let code = RwSignal::new(String::new());
    let activate = use_submit(
        |field: ActivationField| match field {
            ActivationField::Password => "operator-password",
            ActivationField::Code => "operator-code",
        },
        api::operator::activate,
        move |()| navigate.load("/operator"),
    );
    let on_submit = move |ev: SubmitEvent| {
        ev.prevent_default();
        let request =
            ActivationRequest { token: token(), password: password.get_untracked(), code: code.get_untracked() };
        let problems = request.validate();
        activate.send(request, problems);
    };
    let pending = activate.pending();
    view! {
        {move || activate.failure_beside_fields().map(|error| view! { <ErrorPanel error=error /> })}
        <form class="card" novalidate=true on:submit=on_submit>
            <TextField
                id="operator-password"
                label=i18n::msg("operator-activate-password")
                hint=Signal::derive(move || i18n::t("operator-activate-password-hint"))
                value=password
                input_type="password"
                autocomplete="new-password"
                error=activate.error(ActivationField::Password)
                required=true
            />
            <ol class="setup-steps">
                <AppKeySteps setup=setup />
            </ol>
            <TextField
                id="operator-code"
                label=i18n::msg("operator-activate-code")
                hint=Signal::derive(move || i18n::t("operator-activate-code-hint"))
                value=code
                autocomplete="one-time-code"
                error=activate.error(ActivationField::Code)
                required=true
            />
            <button
                type="submit"
                class="button primary"
                disabled=move || pending.get()
                aria-busy=move || pending.get().to_string()
            >
                {i18n::msg("operator-activate-submit")}
            </button>
        </form>
    }
}

//! Two-step sign-in the company requires of the reader, who has none yet: set up before
//! anything else (the server refuses the rest until then), a page rather than an error. An
//! authenticator app first; a passkey instead where the browser can make one.

use leptos::prelude::*;

use crate::api;
use crate::components::page_title::use_page_title;
use crate::components::second_step::{AddPasskey, AuthenticatorSetupForm, RecoveryCodesPanel};
use crate::i18n;
use crate::session::use_session;

/// What the page offers.
#[derive(Debug, Clone, PartialEq)]
enum Way {
    App,
    Passkey,
    /// A first passkey was added: its recovery codes, once.
    Codes(Vec<String>),
}

#[component]
pub fn SecondStepSetupPage() -> impl IntoView {
    use_page_title("second-step-required-title");
    let session = use_session();
    let way = RwSignal::new(Way::App);
    // Once set up (and the recovery codes saved), the session says so and the page asked for
    // opens.
    let done = Callback::new(move |()| session.refresh());
    let passkey_added = Callback::new(move |codes: Option<Vec<String>>| match codes {
        Some(codes) => way.set(Way::Codes(codes)),
        None => session.refresh(),
    });
    let passkeys = api::webauthn::supported();
    let switch = move |to: Way, label: &'static str, id: &'static str| {
        view! {
            <p>
                <button type="button" class="link-button" id=id on:click=move |_| way.set(to.clone())>
                    {i18n::msg(label)}
                </button>
            </p>
        }
    };
    view! {
        <section class="page narrow second-step" data-testid="second-step-required">
            <h1>{i18n::msg("second-step-required-title")}</h1>
            <p>{i18n::msg("second-step-required-intro")}</p>
            {move || match way.get() {
                Way::App => {
                    view! {
                        <AuthenticatorSetupForm on_done=done />
                        {passkeys.then(|| switch(Way::Passkey, "second-step-use-passkey-instead", "use-passkey"))}
                    }
                        .into_any()
                }
                Way::Passkey => {
                    view! {
                        <h2>{i18n::msg("second-step-passkey-add-title")}</h2>
                        <AddPasskey on_added=passkey_added />
                        {switch(Way::App, "second-step-use-app-instead", "use-app")}
                    }
                        .into_any()
                }
                Way::Codes(codes) => view! { <RecoveryCodesPanel codes=codes on_done=done /> }.into_any(),
            }}
        </section>
    }
}

//! Guards the pages of a level, once for all of them: the view of a `ParentRoute` whose
//! children are the pages (`app::WholeApp`). A signed-out visitor goes to sign-in and comes
//! back after; someone whose level does not reach the page sees "forbidden" (the server
//! refuses the data anyway); nothing past the privacy policy until it is accepted, nor past
//! the second sign-in step the company requires until it is set up.

use espace_api::ErrorCode;
use leptos::prelude::*;
use leptos_router::components::Outlet;
use leptos_router::hooks::use_location;

use crate::api;
use crate::components::error_details::ErrorDetails;
use crate::components::load_error::LoadingLine;
use crate::i18n;
use crate::nav;
use crate::pages::consent::ConsentPage;
use crate::pages::second_step_setup::SecondStepSetupPage;
use crate::session::{use_session, Level, SessionState};

#[component]
pub fn RequireLevel(
    /// The level the pages below ask for.
    level: Level,
) -> impl IntoView {
    let session = use_session();
    let navigate = nav::use_navigate_to();
    let location = use_location();
    // Signed out (never signed in, or the session ended): to sign-in, then back here. Signing
    // out moves to sign-in itself, with no page to come back to.
    Effect::new(move |_| {
        let path = location.pathname.get_untracked();
        if session.with(|state| *state == SessionState::SignedOut) && path != "/sign-in" {
            let here = format!("{path}{}", location.search.get_untracked());
            navigate.replace(&format!("/sign-in?{}", api::query::to_string(&[("next", here)])));
        }
    });
    // What the pages below may show, as a memo: a change of the person's details (a profile
    // saved) does not rebuild the page.
    let gate = Memo::new(move |_| session.with(|state| Gate::of(state, level)));
    move || match gate.get() {
        Gate::Failed(code) => view! {
            <div class="error-panel" role="alert">
                <p>{move || i18n::error_text(code)}</p>
                <ErrorDetails code=code />
            </div>
        }
        .into_any(),
        Gate::Checking => view! { <LoadingLine /> }.into_any(),
        Gate::SignedOut => ().into_any(),
        Gate::Forbidden => view! {
            <div class="error-panel" role="alert">
                <h1>{move || i18n::error_text(ErrorCode::Forbidden)}</h1>
                <ErrorDetails code=ErrorCode::Forbidden />
            </div>
        }
        .into_any(),
        Gate::Consent => view! { <ConsentPage /> }.into_any(),
        Gate::SecondStep => view! { <SecondStepSetupPage /> }.into_any(),
        Gate::Open => view! { <Outlet /> }.into_any(),
    }
}

/// What a guard shows for a session state.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Gate {
    Failed(ErrorCode),
    Checking,
    SignedOut,
    Forbidden,
    Consent,
    /// The company requires a second sign-in step the reader has not set up.
    SecondStep,
    Open,
}

impl Gate {
    fn of(state: &SessionState, level: Level) -> Gate {
        match state {
            SessionState::Failed(error) => Gate::Failed(error.code),
            SessionState::Checking => Gate::Checking,
            SessionState::SignedOut => Gate::SignedOut,
            SessionState::SignedIn(me) if Level::of(me.user.role) < level => Gate::Forbidden,
            SessionState::SignedIn(me) if me.consent_required => Gate::Consent,
            SessionState::SignedIn(me) if me.second_step_required => Gate::SecondStep,
            SessionState::SignedIn(_) => Gate::Open,
        }
    }
}

//! Two-step sign-in the company requires of the reader, who has none yet: set up before
//! anything else (the server refuses the rest until then), a page rather than an error.

use leptos::prelude::*;

use crate::components::page_title::use_page_title;
use crate::components::second_step::AuthenticatorSetupForm;
use crate::i18n;
use crate::session::use_session;

#[component]
pub fn SecondStepSetupPage() -> impl IntoView {
    use_page_title("second-step-required-title");
    let session = use_session();
    view! {
        <section class="page narrow second-step" data-testid="second-step-required">
            <h1>{i18n::msg("second-step-required-title")}</h1>
            <p>{i18n::msg("second-step-required-intro")}</p>
            // Once set up (and the recovery codes saved), the session says so and the page asked
            // for opens.
            <AuthenticatorSetupForm on_done=move |()| session.refresh() />
        </section>
    }
}

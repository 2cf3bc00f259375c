//! Guards a page: a signed-out visitor goes to sign-in and comes back after; someone whose
//! level does not reach the page sees "forbidden" (the server refuses the data anyway).

use espace_api::ErrorCode;
use leptos::prelude::*;

use crate::api;
use crate::components::error_details::ErrorDetails;
use crate::components::load_error::LoadingLine;
use crate::i18n;
use crate::nav;
use crate::pages::consent::ConsentPage;
use crate::session::use_session;

#[component]
pub fn RequireAuth(
    /// Administrators only (the entities page).
    #[prop(optional)]
    admin: bool,
    /// Whoever manages users: team administrators and Administrators (users pages, audit log).
    #[prop(optional)]
    manager: bool,
    /// The page, shown once the session allows it.
    children: ChildrenFn,
) -> impl IntoView {
    let session = use_session();
    let navigate = nav::use_navigate_to();
    Effect::new(move |_| {
        let signed_out = session.checked.get() && session.failure.get().is_none() && session.me.with(Option::is_none);
        let location = window().location();
        let path = location.pathname().unwrap_or_default();
        // Signing out navigates to sign-in itself: no "come back here" for that.
        if signed_out && path != "/sign-in" {
            let here = format!("{path}{}", location.search().unwrap_or_default());
            navigate.replace(&format!("/sign-in?{}", api::query::to_string(&[("next", here)])));
        }
    });
    move || {
        if let Some(code) = session.failure.get() {
            return view! {
                <div class="error-panel" role="alert">
                    <p>{move || i18n::error_text(code)}</p>
                    <ErrorDetails code=code />
                </div>
            }
            .into_any();
        }
        if !session.checked.get() {
            return view! { <LoadingLine /> }.into_any();
        }
        match session.me.with(std::option::Option::is_some) {
            false => ().into_any(),
            true if (admin && !session.is_admin()) || (manager && !session.manages_users()) => view! {
                <div class="error-panel" role="alert">
                    <h1>{move || i18n::error_text(ErrorCode::Forbidden)}</h1>
                    <ErrorDetails code=ErrorCode::Forbidden />
                </div>
            }
            .into_any(),
            // Nothing past the privacy policy until it is accepted.
            true if session.me.with(|me| me.as_ref().is_some_and(|m| m.consent_required)) => {
                view! { <ConsentPage /> }.into_any()
            }
            true => children().into_any(),
        }
    }
}

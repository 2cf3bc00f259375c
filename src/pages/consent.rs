//! The privacy policy to accept before anything else, at activation and whenever its version
//! changes.

use espace_api::links::{ConsentField, ConsentRequest, PRIVACY_POLICY_VERSION};
use leptos::ev::SubmitEvent;
use leptos::prelude::*;
use leptos_fluent::tr;

use crate::api;
use crate::components::error_details::ErrorPanel;
use crate::components::form::use_submit;
use crate::components::page_title::use_page_title;
use crate::i18n;
use crate::session::use_session;

#[component]
pub fn ConsentPage() -> impl IntoView {
    use_page_title("privacy-title");
    let session = use_session();
    let accepted = RwSignal::new(false);
    let accept = use_submit(
        // The version is the page's own, never typed: an error on it shows by the box too.
        |field: ConsentField| match field {
            ConsentField::Version | ConsentField::Accepted => "privacy-accept",
        },
        |request: ConsentRequest| async move { api::links::consent(&request).await },
        move |me| session.signed_in(me),
    );
    let pending = accept.pending();
    let error = accept.error(ConsentField::Accepted);
    let on_submit = move |ev: SubmitEvent| {
        ev.prevent_default();
        let request = ConsentRequest { version: PRIVACY_POLICY_VERSION.to_owned(), accepted: accepted.get_untracked() };
        let problems = request.validate();
        accept.send(request, problems);
    };
    view! {
        <section class="page narrow consent">
            <h1>{i18n::msg("privacy-title")}</h1>
            <p class="hint">{move || tr!("privacy-version", { "version" => PRIVACY_POLICY_VERSION })}</p>
            <div class="policy" tabindex="0" role="region" aria-label=i18n::msg("privacy-title")>
                <h2>{i18n::msg("privacy-data-title")}</h2>
                <p>{i18n::msg("privacy-data-text")}</p>
                <h2>{i18n::msg("privacy-purpose-title")}</h2>
                <p>{i18n::msg("privacy-purpose-text")}</p>
                <h2>{i18n::msg("privacy-rights-title")}</h2>
                <p>{i18n::msg("privacy-rights-text")}</p>
            </div>
            {move || accept.failure_beside_fields().map(|error| view! { <ErrorPanel error=error /> })}
            <form on:submit=on_submit novalidate=true>
                <div class="checkbox">
                    <input
                        type="checkbox"
                        id="privacy-accept"
                        aria-invalid=move || error.with(Option::is_some).to_string()
                        aria-describedby="privacy-accept-error"
                        prop:checked=accepted
                        on:change=move |ev| accepted.set(event_target_checked(&ev))
                    />
                    <label for="privacy-accept">{i18n::msg("privacy-accept")}</label>
                </div>
                <p id="privacy-accept-error" class="field-error" role="alert">
                    {move || error.get()}
                </p>
                <button type="submit" class="button primary" data-testid="accept" disabled=move || pending.get()>
                    {i18n::msg("link-continue")}
                </button>
            </form>
        </section>
    }
}

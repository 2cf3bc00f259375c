//! The privacy policy to accept before anything else, at activation and whenever a new version
//! takes effect: the version the provider published (its text, and what changed since the one
//! the person accepted), or the built-in text before any was published.

use espace_api::links::{ConsentField, ConsentRequest};
use espace_api::privacy::PolicyDocument;
use leptos::ev::SubmitEvent;
use leptos::prelude::*;
use leptos_fluent::tr;

use crate::api;
use crate::components::error_details::ErrorPanel;
use crate::components::form::use_submit;
use crate::components::load_error::Loaded;
use crate::components::page_title::use_page_title;
use crate::components::time::Moment;
use crate::i18n;
use crate::session::use_session;

#[component]
pub fn ConsentPage() -> impl IntoView {
    use_page_title("privacy-title");
    let document = LocalResource::new(api::links::privacy_policy);
    view! {
        <section class="page narrow consent">
            <h1>{i18n::msg("privacy-title")}</h1>
            <Loaded resource=document let:policy>
                <PolicyForm policy=policy />
            </Loaded>
        </section>
    }
}

/// The text: published HTML (made safe by the server) or the built-in messages.
#[component]
fn PolicyText(
    /// The version to accept.
    policy: PolicyDocument,
) -> impl IntoView {
    let policy = StoredValue::new(policy);
    let published = move || policy.with_value(|p| p.in_language(i18n::language()).0.map(str::to_owned));
    view! {
        <div class="policy" tabindex="0" role="region" aria-label=i18n::msg("privacy-title") data-testid="policy-text">
            {move || match published() {
                Some(html) => view! { <div class="policy-published" inner_html=html></div> }.into_any(),
                None => {
                    view! {
                        <h2>{i18n::msg("privacy-data-title")}</h2>
                        <p>{i18n::msg("privacy-data-text")}</p>
                        <h2>{i18n::msg("privacy-purpose-title")}</h2>
                        <p>{i18n::msg("privacy-purpose-text")}</p>
                        <h2>{i18n::msg("privacy-rights-title")}</h2>
                        <p>{i18n::msg("privacy-rights-text")}</p>
                    }
                        .into_any()
                }
            }}
        </div>
    }
}

#[component]
fn PolicyForm(
    /// The version to accept, as the server has it now.
    policy: PolicyDocument,
) -> impl IntoView {
    let session = use_session();
    let accepted = RwSignal::new(false);
    let version = policy.version.clone();
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
    let on_submit = {
        let version = version.clone();
        move |ev: SubmitEvent| {
            ev.prevent_default();
            let request = ConsentRequest { version: version.clone(), accepted: accepted.get_untracked() };
            let problems = request.validate();
            accept.send(request, problems);
        }
    };
    let since = policy.effective_at.map(|at| {
        view! {
            " · "
            {i18n::msg("privacy-effective")}
            " "
            <Moment at=at day=true />
        }
    });
    let changes = policy.accepted.clone().map(|before| {
        let texts = StoredValue::new(policy.clone());
        let html =
            move || texts.with_value(|p| p.in_language(i18n::language()).1.map(str::to_owned)).unwrap_or_default();
        view! {
            <section class="notice policy-changes" aria-labelledby="policy-changes-title" data-testid="policy-changes">
                <h2 id="policy-changes-title">
                    {move || tr!("privacy-changes-title", { "version" => before.clone() })}
                </h2>
                <div inner_html=html></div>
            </section>
        }
    });
    let shown = version.clone();
    view! {
        <p class="hint" data-testid="policy-version">
            {move || tr!("privacy-version", { "version" => shown.clone() })}
            {since}
        </p>
        {changes}
        <PolicyText policy=policy />
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
    }
}

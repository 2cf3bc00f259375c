//! `/sign-in/sso-error`: a sign-in through the company's identity provider failed. The page
//! says what probably happened and who can fix it, and shows (and copies) what support asks
//! for: the exact message, the date, the e-mail address, and the reference.

use espace_api::sso::{ErrorDetails, SsoError};
use leptos::prelude::*;
use leptos_fluent::{tr, I18n};

use crate::api;
use crate::components::page_title::use_page_title;
use crate::components::time;
use crate::i18n;
use crate::nav;

#[component]
pub fn SsoErrorPage() -> impl IntoView {
    use_page_title("sso-error-page-title");
    let i18n = expect_context::<I18n>();
    let details: ErrorDetails = nav::query();
    // An unknown code reads as a configuration problem: an administrator can look.
    let error = SsoError::parse(&details.code).unwrap_or(SsoError::Misconfigured);
    let code = error.as_str();
    let title = move || i18n::t(&format!("sso-error-{code}-title"));
    let body = move || i18n::t(&format!("sso-error-{code}-body"));
    let fixer = move || i18n::t(&format!("sso-fixer-{}", error.fixer().as_str()));
    let when = move || time::date_time(i18n::language(), details.at);
    let provider_said = (!details.error.is_empty()).then(|| {
        let (error, description) = (details.error.clone(), details.error_description.clone());
        move || tr!(i18n, "sso-error-provider-said", { "error" => error.clone(), "description" => description.clone() })
    });
    // What "copy for support" puts on the clipboard: the same lines as shown.
    let report = {
        let details = details.clone();
        let provider_said = provider_said.clone();
        move || {
            let mut lines = vec![
                title(),
                body(),
                tr!(i18n, "sso-error-copy-code", { "code" => details.code.clone() }),
                tr!(i18n, "sso-error-copy-date", { "date" => when() }),
                tr!(i18n, "sso-error-copy-email", { "email" => details.email.clone() }),
                tr!(i18n, "sso-error-copy-reference", { "reference" => details.reference.clone() }),
            ];
            if let Some(said) = &provider_said {
                lines.push(said());
            }
            lines.join("\n")
        }
    };
    let copied = RwSignal::new(None::<bool>);
    let copy = move |_| {
        copied.set(None);
        let text = report();
        leptos::task::spawn_local(async move {
            copied.set(Some(crate::components::clipboard::copy_text(&text).await));
        });
    };
    let copy_status =
        move || copied.get().map(|done| i18n.tr(if done { "sso-error-copied" } else { "sso-error-copy-failed" }));
    let retry = format!("/sign-in?{}", api::query::to_string(&[("email", &details.email)]));
    view! {
        <section class="page narrow sso-error" data-testid="sso-error" data-code=code>
            <h1>{title}</h1>
            <p class="error-message" role="alert">
                {body}
            </p>
            <p class="sso-fixer" data-fixer=error.fixer().as_str()>
                {fixer}
            </p>
            <h2>{i18n::msg("sso-error-details")}</h2>
            <dl class="sso-error-details facts">
                <dt>{i18n::msg("sso-error-code-label")}</dt>
                <dd>
                    <code>{details.code.clone()}</code>
                </dd>
                {provider_said
                    .map(|said| {
                        view! {
                            <dt>{i18n::msg("sso-error-provider-label")}</dt>
                            <dd data-testid="provider-said">
                                <bdi>{said}</bdi>
                            </dd>
                        }
                    })}
                <dt>{i18n::msg("sso-error-date-label")}</dt>
                <dd>
                    <time>{when}</time>
                </dd>
                <dt>{i18n::msg("sso-error-email-label")}</dt>
                <dd>
                    <bdi>{details.email.clone()}</bdi>
                </dd>
                <dt>{i18n::msg("sso-error-reference-label")}</dt>
                <dd>
                    <code>{details.reference.clone()}</code>
                </dd>
            </dl>
            <div class="actions">
                <button type="button" class="button" on:click=copy>
                    {i18n::msg("sso-error-copy")}
                </button>
                <a href=retry class="button primary">
                    {i18n::msg("sso-error-retry")}
                </a>
            </div>
            <p role="status" class="copy-status">
                {copy_status}
            </p>
        </section>
    }
}

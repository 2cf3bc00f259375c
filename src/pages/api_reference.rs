//! `/api` (team administrators and administrators): the reference of the public API, for the
//! people who write the software that uses an API token. How to get a token, authentication,
//! every endpoint of version 1 with an example in curl, errors, paging, retries, versions and
//! limits. Everything is in the app: no request, font or script from anywhere else.
//!
//! Sentences come from `locales/*/api.ftl`; code (paths, fields, codes, curl lines, JSON) is
//! built here from the contract and the page's own origin, and is never translated.

mod blocks;
mod endpoints;
mod errors;
mod parameters;
mod samples;
mod webhooks;

use espace_api::tokens::MAX_DAYS;
use espace_api::ErrorCode;
use leptos::prelude::*;
use leptos_fluent::I18n;
use leptos_router::components::A;

use self::blocks::{code, in_page_link, number, origin, CodeBlock, Part, Sentence};
use self::endpoints::EndpointsPart;
use self::errors::ErrorsPart;
use self::samples::PREFIX;
use self::webhooks::WebhooksPart;
use crate::components::page_title::use_page_title;
use crate::i18n;

/// The parts, in the page's order: (anchor, Fluent id of the heading).
const PARTS: [(&str, &str); 10] = [
    ("token", "api-token-title"),
    ("authentication", "api-auth-title"),
    ("endpoints", "api-endpoints-title"),
    ("webhooks", "api-webhooks-title"),
    ("paging", "api-paging-title"),
    ("retries", "api-retries-title"),
    ("versions", "api-versions-title"),
    ("errors", "api-errors-title"),
    ("limits", "api-limits-title"),
    ("scim", "api-scim-title"),
];

#[component]
pub fn ApiReferencePage() -> impl IntoView {
    use_page_title("api-title");
    let i18n = expect_context::<I18n>();
    let contents = PARTS
        .into_iter()
        .map(|(anchor, title)| view! { <li>{in_page_link(anchor, move || i18n.tr(title))}</li> })
        .collect_view();
    view! {
        <section class="page api-reference" data-testid="api-reference">
            <h1>{i18n::msg("api-title")}</h1>
            <p>{i18n::msg("api-intro")}</p>
            <p>
                <Sentence id="api-intro-version" args=vec![code("prefix", PREFIX)] />
            </p>
            <p>{i18n::msg("api-intro-openapi")}" "<OpenApiLink /></p>
            <nav class="api-contents" aria-labelledby="api-contents-title">
                <h2 id="api-contents-title">{i18n::msg("api-contents")}</h2>
                <ul>{contents}</ul>
            </nav>
            <TokenPart />
            <AuthenticationPart />
            <EndpointsPart />
            <WebhooksPart />
            <Part anchor="paging" title="api-paging-title">
                <p>
                    <Sentence id="api-paging-body" args=vec![code("users", "users"), code("total", "total")] />
                </p>
                <p>
                    <Sentence id="api-paging-next" args=vec![code("page", "page"), code("size", "size")] />
                </p>
            </Part>
            <Part anchor="retries" title="api-retries-title">
                <p>
                    <Sentence id="api-retries-key" args=vec![code("field", "idempotency_key")] />
                </p>
                <p>{i18n::msg("api-retries-again")}</p>
                <p>
                    <Sentence
                        id="api-retries-reused"
                        args=vec![code("code", ErrorCode::IdempotencyKeyReused.as_str())]
                    />
                </p>
            </Part>
            <Part anchor="versions" title="api-versions-title">
                <p>
                    <Sentence id="api-versions-body" args=vec![code("field", "version")] />
                </p>
                <p>
                    <Sentence id="api-versions-send" args=vec![code("code", ErrorCode::Conflict.as_str())] />
                </p>
            </Part>
            <ErrorsPart />
            <Part anchor="limits" title="api-limits-title">
                <p>
                    <Sentence id="api-limits-body" args=vec![number("calls", samples::CALLS_PER_MINUTE)] />
                </p>
                <p>
                    <Sentence
                        id="api-limits-over"
                        args=vec![code("code", ErrorCode::RateLimited.as_str()), code("header", "Retry-After")]
                    />
                </p>
            </Part>
            <Part anchor="scim" title="api-scim-title">
                <p>{i18n::msg("api-scim-body")}</p>
                <p>{i18n::msg("api-scim-url")}</p>
                <CodeBlock text=format!("{}{}", origin(), samples::SCIM_PREFIX) kind="api-scim-url" />
                <p>{i18n::msg("api-scim-token")}</p>
            </Part>
        </section>
    }
}

/// The OpenAPI document, downloaded rather than opened by the app's router.
#[component]
pub fn OpenApiLink() -> impl IntoView {
    view! {
        <a href=format!("{PREFIX}/openapi.json") download="espace-openapi.json" data-testid="api-openapi-download">
            {i18n::msg("api-openapi-download")}
        </a>
    }
}

#[component]
fn TokenPart() -> impl IntoView {
    view! {
        <Part anchor="token" title="api-token-title">
            <p>{i18n::msg("api-token-who")}</p>
            <p>
                <Sentence id="api-token-choices" args=vec![number("days", MAX_DAYS)] />
            </p>
            <p>{i18n::msg("api-token-scope")}</p>
            <p>{i18n::msg("api-token-once")}</p>
            <p>
                <A href="/tokens" attr:data-testid="api-tokens-link">
                    {i18n::msg("api-token-link")}
                </A>
            </p>
            <p>
                <Sentence id="api-token-shell" args=vec![code("variable", samples::TOKEN_VARIABLE)] />
                " "
                {i18n::msg("api-token-shell-set")}
            </p>
            <CodeBlock text=samples::token_setup() kind="api-token-setup" />
        </Part>
    }
}

#[component]
fn AuthenticationPart() -> impl IntoView {
    view! {
        <Part anchor="authentication" title="api-auth-title">
            <p>{i18n::msg("api-auth-base")}</p>
            <CodeBlock text=format!("{}{PREFIX}", origin()) kind="api-base-url" />
            <p>
                <Sentence id="api-auth-header" args=vec![code("header", "Authorization")] />
            </p>
            <CodeBlock text=format!("Authorization: Bearer ${}", samples::TOKEN_VARIABLE) kind="api-auth-header" />
            <p>
                <Sentence id="api-auth-json" args=vec![code("header", "Content-Type: application/json")] />
            </p>
            <p>
                <Sentence id="api-auth-language" args=vec![code("header", "Accept-Language")] />
            </p>
            <p>{i18n::msg("api-auth-dates")}</p>
        </Part>
    }
}

//! The errors part: the shape every error shares, and the codes callers meet most.

use espace_api::ErrorCode;
use leptos::prelude::*;
use leptos_fluent::I18n;

use super::blocks::{code, Arg, CodeBlock, Part, Sentence, Table};
use super::samples;
use crate::i18n;

/// The error codes the API's callers meet most, with what they mean.
pub const STATUSES: [(ErrorCode, &str); 13] = [
    (ErrorCode::BadRequest, "api-status-bad-request"),
    (ErrorCode::InvalidToken, "api-status-invalid-token"),
    (ErrorCode::ReadOnlyToken, "api-status-read-only-token"),
    (ErrorCode::OutOfScope, "api-status-out-of-scope"),
    (ErrorCode::NotFound, "api-status-not-found"),
    (ErrorCode::Conflict, "api-status-conflict"),
    (ErrorCode::InvalidTransition, "api-status-invalid-transition"),
    (ErrorCode::NoSeatsLeft, "api-status-no-seats-left"),
    (ErrorCode::UnsupportedMediaType, "api-status-unsupported-media-type"),
    (ErrorCode::Validation, "api-status-validation"),
    (ErrorCode::IdempotencyKeyReused, "api-status-idempotency-key-reused"),
    (ErrorCode::RateLimited, "api-status-rate-limited"),
    (ErrorCode::Internal, "api-status-internal"),
];

#[component]
pub fn ErrorsPart() -> impl IntoView {
    let i18n = expect_context::<I18n>();
    let example = Signal::derive(move || {
        let mut error = samples::sample_error();
        error.message = samples::message_of(&error, &i18n::error_text(error.code), |field| {
            i18n::field_error_text(field.code, field.max)
        });
        samples::pretty(&error)
    });
    let rows = STATUSES
        .into_iter()
        .map(|(code, meaning)| {
            view! {
                <tr data-code=code.as_str()>
                    <td class="num">{code.http_status()}</td>
                    <th scope="row">
                        <code translate="no">{code.as_str()}</code>
                    </th>
                    <td>{move || i18n.tr(meaning)}</td>
                </tr>
            }
        })
        .collect_view();
    let field = |name: &'static str, about: &'static str, args: Vec<(&'static str, Arg)>| {
        view! {
            <dt>
                <code translate="no">{name}</code>
            </dt>
            <dd>
                <Sentence id=about args=args />
            </dd>
        }
    };
    view! {
        <Part anchor="errors" title="api-errors-title">
            <p>{i18n::msg("api-errors-intro")}</p>
            <dl class="api-fields">
                {field("code", "api-error-code", vec![code("example", ErrorCode::NotFound.as_str())])}
                {field("message", "api-error-message", vec![code("header", "Accept-Language")])}
                {field(
                    "fields",
                    "api-error-fields",
                    vec![code("field", "field"), code("code", "code"), code("max", "max")],
                )} {field("reference", "api-error-reference", Vec::new())}
            </dl>
            <CodeBlock text=example caption="api-errors-example" kind="api-error-example" />
            <Table
                id="api-statuses-caption"
                caption="api-statuses-caption"
                columns=&["api-col-status", "api-col-code", "api-col-meaning"]
                class="api-statuses"
            >
                {rows}
            </Table>
            <p>{i18n::msg("api-errors-more")}</p>
        </Part>
    }
}

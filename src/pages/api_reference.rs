//! `/api` (team administrators and administrators): the reference of the public API, for the
//! people who write the software that uses an API token. How to get a token, authentication,
//! every endpoint of version 1 with an example in curl, errors, paging, retries, versions and
//! limits. Everything is in the app: no request, font or script from anywhere else.
//!
//! Sentences come from `locales/*/api.ftl`; code (paths, fields, codes, curl lines, JSON) is
//! built here from the contract and the page's own origin, and is never translated.

mod samples;

use std::collections::HashMap;

use espace_api::tokens::MAX_DAYS;
use espace_api::users::{Role, SortKey, UserAction, UserStatus, PAGE_SIZES};
use espace_api::ErrorCode;
use leptos::prelude::*;
use leptos_fluent::I18n;
use leptos_router::components::A;

use espace_api::v1::{self, Operation};

use self::samples::{Access, Curl, Method, Piece, PREFIX};
use crate::components::page_title::use_page_title;
use crate::i18n;

/// The page's origin (`https://espace.example.com`): the API lives on the same one.
fn origin() -> String {
    window().location().origin().unwrap_or_default()
}

/// A value inside a translated sentence.
#[derive(Debug, Clone)]
enum Arg {
    /// Code (a field, a header, an error code): shown as `<code>`, never translated; several
    /// values are listed with commas.
    Code(Vec<String>),
    /// A number, which Fluent writes the way the language does.
    Number(u32),
}

fn code(name: &'static str, value: impl Into<String>) -> (&'static str, Arg) {
    (name, Arg::Code(vec![value.into()]))
}

fn codes(name: &'static str, values: impl IntoIterator<Item = impl Into<String>>) -> (&'static str, Arg) {
    (name, Arg::Code(values.into_iter().map(Into::into).collect()))
}

fn number(name: &'static str, value: u32) -> (&'static str, Arg) {
    (name, Arg::Number(value))
}

/// Code values, each in its own `<code>`, separated by commas.
fn code_list(values: &[String]) -> impl IntoView {
    values
        .iter()
        .enumerate()
        .map(|(i, value)| {
            view! {
                {(i != 0).then_some(", ")}
                <code translate="no">{value.clone()}</code>
            }
        })
        .collect_view()
}

/// A translated sentence whose code variables show as `<code>`: each gets a marker as its
/// value, and the rendered text is cut at the markers.
#[component]
fn Sentence(
    /// The Fluent id.
    id: &'static str,
    /// Its variables.
    #[prop(optional)]
    args: Vec<(&'static str, Arg)>,
) -> impl IntoView {
    let i18n = expect_context::<I18n>();
    let mut values = HashMap::new();
    let mut code_values: Vec<Vec<String>> = Vec::new();
    for (name, arg) in args {
        match arg {
            Arg::Code(list) => {
                values.insert(name.into(), samples::marker(code_values.len()).into());
                code_values.push(list);
            }
            Arg::Number(n) => {
                values.insert(name.into(), n.into());
            }
        }
    }
    move || {
        samples::pieces(&i18n.tr_with_args(id, &values))
            .into_iter()
            .map(|piece| match piece {
                Piece::Text(text) => text.into_any(),
                Piece::Code(n) => code_list(code_values.get(n).map(Vec::as_slice).unwrap_or_default()).into_any(),
            })
            .collect_view()
    }
}

/// A block of code that scrolls inside itself (with the keyboard too), under an optional
/// caption.
#[component]
fn CodeBlock(
    /// The code.
    #[prop(into)]
    text: Signal<String>,
    /// The Fluent id of its caption.
    #[prop(optional)]
    caption: Option<&'static str>,
    /// What it is, for tests: `api-curl`, `api-body`, `api-answer`…
    kind: &'static str,
    /// The endpoint it belongs to (its section's id).
    #[prop(optional)]
    endpoint: Option<&'static str>,
) -> impl IntoView {
    let i18n = expect_context::<I18n>();
    let block = view! {
        <pre class="api-code" tabindex="0" translate="no" data-testid=kind data-endpoint=endpoint>
            <code>{move || text.get()}</code>
        </pre>
    };
    match caption {
        Some(caption) => view! {
            <figure class="api-figure">
                <figcaption>{move || i18n.tr(caption)}</figcaption>
                {block}
            </figure>
        }
        .into_any(),
        None => block.into_any(),
    }
}

/// A table that scrolls inside its frame on narrow screens, named by its caption.
#[component]
fn Table(
    /// The caption's element id.
    id: &'static str,
    /// The Fluent id of the caption.
    caption: &'static str,
    /// The Fluent ids of the column headers.
    columns: &'static [&'static str],
    /// A class of its own, for its layout.
    #[prop(optional)]
    class: &'static str,
    /// The `<tr>` rows.
    children: Children,
) -> impl IntoView {
    let i18n = expect_context::<I18n>();
    view! {
        <div class="table-wrap api-table-wrap" role="region" tabindex="0" aria-labelledby=id>
            <table class=format!("users-table api-table {class}")>
                <caption id=id>{move || i18n.tr(caption)}</caption>
                <thead>
                    <tr>
                        {columns.iter().map(|column| view! { <th scope="col">{move || i18n.tr(column)}</th> }).collect_view()}
                    </tr>
                </thead>
                <tbody>{children()}</tbody>
            </table>
        </div>
    }
}

/// A part of the page, with an `<h2>` that the contents link to.
#[component]
fn Part(
    /// The heading's id: `/api#errors`.
    anchor: &'static str,
    /// The Fluent id of the heading.
    title: &'static str,
    /// The section's content.
    children: Children,
) -> impl IntoView {
    let i18n = expect_context::<I18n>();
    view! {
        <section class="api-part">
            <h2 id=anchor>{move || i18n.tr(title)}</h2>
            {children()}
        </section>
    }
}

/// The parts, in the page's order: (anchor, Fluent id of the heading).
const PARTS: [(&str, &str); 9] = [
    ("token", "api-token-title"),
    ("authentication", "api-auth-title"),
    ("endpoints", "api-endpoints-title"),
    ("paging", "api-paging-title"),
    ("retries", "api-retries-title"),
    ("versions", "api-versions-title"),
    ("errors", "api-errors-title"),
    ("limits", "api-limits-title"),
    ("scim", "api-scim-title"),
];

/// An in-page link. `target="_self"` leaves it to the browser (the router would otherwise take
/// it), which scrolls and moves the keyboard's starting point to the heading.
fn in_page_link(anchor: &'static str, text: impl IntoView + 'static) -> impl IntoView {
    view! { <a href=format!("#{anchor}") target="_self">{text}</a> }
}

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
            <p><Sentence id="api-intro-version" args=vec![code("prefix", PREFIX)] /></p>
            <p>{i18n::msg("api-intro-openapi")}" "<OpenApiLink /></p>
            <nav class="api-contents" aria-labelledby="api-contents-title">
                <h2 id="api-contents-title">{i18n::msg("api-contents")}</h2>
                <ul>{contents}</ul>
            </nav>
            <TokenPart />
            <AuthenticationPart />
            <EndpointsPart />
            <Part anchor="paging" title="api-paging-title">
                <p><Sentence id="api-paging-body" args=vec![code("users", "users"), code("total", "total")] /></p>
                <p><Sentence id="api-paging-next" args=vec![code("page", "page"), code("size", "size")] /></p>
            </Part>
            <Part anchor="retries" title="api-retries-title">
                <p><Sentence id="api-retries-key" args=vec![code("field", "idempotency_key")] /></p>
                <p>{i18n::msg("api-retries-again")}</p>
                <p><Sentence id="api-retries-reused" args=vec![code("code", ErrorCode::IdempotencyKeyReused.as_str())] /></p>
            </Part>
            <Part anchor="versions" title="api-versions-title">
                <p><Sentence id="api-versions-body" args=vec![code("field", "version")] /></p>
                <p><Sentence id="api-versions-send" args=vec![code("code", ErrorCode::Conflict.as_str())] /></p>
            </Part>
            <ErrorsPart />
            <Part anchor="limits" title="api-limits-title">
                <p><Sentence id="api-limits-body" args=vec![number("calls", samples::CALLS_PER_MINUTE)] /></p>
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
fn OpenApiLink() -> impl IntoView {
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
            <p><Sentence id="api-token-choices" args=vec![number("days", MAX_DAYS)] /></p>
            <p>{i18n::msg("api-token-scope")}</p>
            <p>{i18n::msg("api-token-once")}</p>
            <p><A href="/tokens" attr:data-testid="api-tokens-link">{i18n::msg("api-token-link")}</A></p>
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
            <p><Sentence id="api-auth-header" args=vec![code("header", "Authorization")] /></p>
            <CodeBlock text=format!("Authorization: Bearer ${}", samples::TOKEN_VARIABLE) kind="api-auth-header" />
            <p><Sentence id="api-auth-json" args=vec![code("header", "Content-Type: application/json")] /></p>
            <p><Sentence id="api-auth-language" args=vec![code("header", "Accept-Language")] /></p>
            <p>{i18n::msg("api-auth-dates")}</p>
        </Part>
    }
}

/// An operation of version 1 (`espace_api::v1`, which the OpenAPI document is checked
/// against), as the summary table and its own section show it.
struct Endpoint {
    /// Its section's id: `/api#list-users`.
    anchor: &'static str,
    /// Its method, path and the token it needs, from the contract.
    operation: Operation,
    /// After the prefix: what the example calls.
    call: &'static str,
    /// The Fluent id of what it does.
    title: &'static str,
    /// The example's JSON body, for calls that send one.
    body: Option<fn() -> String>,
}

impl Endpoint {
    fn path(&self) -> String {
        format!("{PREFIX}{}", self.operation.path)
    }

    fn curl(&self, origin: &str) -> String {
        let body = self.body.map(|body| body());
        Curl {
            method: self.operation.method,
            path: &format!("{PREFIX}{}", self.call),
            token: self.operation.access != Access::None,
            body: body.as_deref(),
            output: (self.operation.access == Access::None).then_some("espace-openapi.json"),
        }
        .render(origin)
    }
}

static LIST_USERS: Endpoint = Endpoint {
    anchor: "list-users",
    operation: v1::LIST_USERS,
    call: "/users?q=lovelace&status=active&sort=last-sign-in&size=50",
    title: "api-list-users-title",
    body: None,
};
static CREATE_USER: Endpoint = Endpoint {
    anchor: "create-user",
    operation: v1::CREATE_USER,
    call: "/users",
    title: "api-create-user-title",
    body: Some(samples::create_body),
};
static GET_USER: Endpoint = Endpoint {
    anchor: "get-user",
    operation: v1::GET_USER,
    call: "/users/42",
    title: "api-get-user-title",
    body: None,
};
static EDIT_USER: Endpoint = Endpoint {
    anchor: "edit-user",
    operation: v1::UPDATE_USER,
    call: "/users/42",
    title: "api-edit-user-title",
    body: Some(samples::update_body),
};
static SET_PERMISSIONS: Endpoint = Endpoint {
    anchor: "set-permissions",
    operation: v1::SET_PERMISSIONS,
    call: "/users/42/permissions",
    title: "api-permissions-title",
    body: Some(samples::permissions_body),
};
static USER_ACTIONS: Endpoint = Endpoint {
    anchor: "user-actions",
    operation: v1::USER_ACTION,
    call: "/users/42/actions",
    title: "api-actions-title",
    body: Some(samples::action_body),
};
static LIST_SERVICES: Endpoint = Endpoint {
    anchor: "list-services",
    operation: v1::SERVICES,
    call: "/services",
    title: "api-services-title",
    body: None,
};
static LIST_ENTITIES: Endpoint = Endpoint {
    anchor: "list-entities",
    operation: v1::ENTITIES,
    call: "/entities",
    title: "api-entities-title",
    body: None,
};
static OPENAPI: Endpoint = Endpoint {
    anchor: "openapi",
    operation: v1::OPENAPI,
    call: "/openapi.json",
    title: "api-openapi-title",
    body: None,
};

static ENDPOINTS: [&Endpoint; 9] = [
    &LIST_USERS,
    &CREATE_USER,
    &GET_USER,
    &EDIT_USER,
    &SET_PERMISSIONS,
    &USER_ACTIONS,
    &LIST_SERVICES,
    &LIST_ENTITIES,
    &OPENAPI,
];

fn access_label(access: Access) -> &'static str {
    match access {
        Access::None => "api-access-none",
        Access::Any => "api-access-any",
        Access::Manage => "api-access-manage",
    }
}

fn access_sentence(access: Access) -> &'static str {
    match access {
        Access::None => "api-needs-none",
        Access::Any => "api-needs-any",
        Access::Manage => "api-needs-manage",
    }
}

fn method_view(method: Method) -> impl IntoView {
    view! {
        <code class="api-method" data-method=method.as_str() translate="no">{method.as_str()}</code>
    }
}

/// A path that may break before each `/` on a narrow screen, never inside a word.
fn path_view(path: String) -> impl IntoView {
    let mut parts = Vec::new();
    let mut start = 0;
    for (at, _) in path.match_indices('/').filter(|(at, _)| *at != 0) {
        parts.push(path[start..at].to_owned());
        start = at;
    }
    parts.push(path[start..].to_owned());
    let parts = parts
        .into_iter()
        .enumerate()
        .map(|(i, part)| view! { {(i != 0).then(|| view! { <wbr /> })}{part} })
        .collect_view();
    view! { <code class="api-path" translate="no">{parts}</code> }
}

#[component]
fn EndpointsPart() -> impl IntoView {
    let i18n = expect_context::<I18n>();
    let rows = ENDPOINTS
        .iter()
        .map(|endpoint| {
            view! {
                <tr data-endpoint=endpoint.anchor>
                    <td>{method_view(endpoint.operation.method)}</td>
                    <th scope="row">
                        {in_page_link(endpoint.anchor, path_view(endpoint.path()))}
                    </th>
                    <td>{move || i18n.tr(endpoint.title)}</td>
                    <td>{move || i18n.tr(access_label(endpoint.operation.access))}</td>
                </tr>
            }
        })
        .collect_view();
    view! {
        <Part anchor="endpoints" title="api-endpoints-title">
            <p>{i18n::msg("api-endpoints-intro")}</p>
            <Table
                id="api-endpoints-caption"
                caption="api-endpoints-caption"
                columns=&["api-col-method", "api-col-path", "api-col-what", "api-col-access"]
            >
                {rows}
            </Table>
            <EndpointSection endpoint=&LIST_USERS answer=samples::list_answer()>
                <p>{i18n::msg("api-list-users-about")}</p>
                <ListParameters />
            </EndpointSection>
            <EndpointSection endpoint=&CREATE_USER>
                <p>{i18n::msg("api-create-user-about")}</p>
                <p><Sentence id="api-create-user-activation" args=vec![code("field", "send_activation")] /></p>
                <p>
                    <Sentence id="api-create-user-key" args=vec![code("field", "idempotency_key")] />
                    " "
                    {in_page_link("retries", i18n::msg("api-see-retries"))}
                </p>
            </EndpointSection>
            <EndpointSection endpoint=&GET_USER>
                <p><Sentence id="api-get-user-about" args=vec![code("field", "version")] /></p>
            </EndpointSection>
            <EndpointSection endpoint=&EDIT_USER>
                <p>{i18n::msg("api-edit-user-about")}</p>
                <p>{i18n::msg("api-edit-user-whole")}</p>
                <p>
                    <Sentence id="api-edit-user-version" args=vec![code("field", "version")] />
                    " "
                    {in_page_link("versions", i18n::msg("api-see-versions"))}
                </p>
            </EndpointSection>
            <EndpointSection endpoint=&SET_PERMISSIONS>
                <p>{i18n::msg("api-permissions-about")}</p>
                <p>
                    <Sentence
                        id="api-permissions-levels"
                        args=vec![codes("levels", Role::ALL.map(Role::as_str)), code("scope", "scope")]
                    />
                </p>
            </EndpointSection>
            <EndpointSection endpoint=&USER_ACTIONS>
                <p>{i18n::msg("api-actions-about")}</p>
                <UserActions />
                <p><Sentence id="api-actions-refused" args=vec![code("code", ErrorCode::InvalidTransition.as_str())] /></p>
                <p><Sentence id="api-actions-answer" args=vec![code("null", "null")] /></p>
            </EndpointSection>
            <EndpointSection endpoint=&LIST_SERVICES>
                <p>{i18n::msg("api-services-about")}</p>
                <p><Sentence id="api-services-ids" args=vec![code("field", "service_ids")] /></p>
            </EndpointSection>
            <EndpointSection endpoint=&LIST_ENTITIES>
                <p>{i18n::msg("api-entities-about")}</p>
                <p><Sentence id="api-entities-ids" args=vec![codes("fields", ["entity", "entity_id", "scope"])] /></p>
            </EndpointSection>
            <EndpointSection endpoint=&OPENAPI>
                <p>{i18n::msg("api-openapi-about")}</p>
                <p><OpenApiLink /></p>
            </EndpointSection>
        </Part>
    }
}

/// One endpoint: what it does, what its token needs, its body and a curl example.
#[component]
fn EndpointSection(
    /// The endpoint described.
    endpoint: &'static Endpoint,
    /// An example of its answer.
    #[prop(optional)]
    answer: Option<String>,
    /// What to know about it.
    children: Children,
) -> impl IntoView {
    let i18n = expect_context::<I18n>();
    let body = endpoint.body.map(|body| {
        view! { <CodeBlock text=body() caption="api-example-body" kind="api-body" endpoint=endpoint.anchor /> }
    });
    let answer = answer.map(|answer| {
        view! { <CodeBlock text=answer caption="api-example-answer" kind="api-answer" endpoint=endpoint.anchor /> }
    });
    view! {
        <section
            class="api-endpoint"
            data-endpoint=endpoint.anchor
            data-operation=endpoint.operation.id
            data-method=endpoint.operation.method.as_str()
            data-path=endpoint.path()
        >
            <h3 id=endpoint.anchor>{move || i18n.tr(endpoint.title)}</h3>
            <p class="api-endpoint-line">
                {method_view(endpoint.operation.method)}" "{path_view(endpoint.path())}
            </p>
            {children()}
            <p class="api-access">{move || i18n.tr(access_sentence(endpoint.operation.access))}</p>
            {body}
            <CodeBlock
                text=endpoint.curl(&origin())
                caption="api-example-curl"
                kind="api-curl"
                endpoint=endpoint.anchor
            />
            {answer}
        </section>
    }
}

/// What a parameter takes: code values, or a description.
enum Values {
    Codes(Vec<String>),
    Text(&'static str),
}

/// The query parameters of `GET /api/v1/users`, from the contract's `UserListQuery`.
#[component]
fn ListParameters() -> impl IntoView {
    let i18n = expect_context::<I18n>();
    let owned = |values: &[&str]| values.iter().map(|v| (*v).to_owned()).collect::<Vec<_>>();
    let rows = [
        ("q", Values::Text("api-param-q-values"), "api-param-q"),
        ("status", Values::Codes(owned(&UserStatus::ALL.map(UserStatus::as_str))), "api-param-status"),
        ("role", Values::Codes(owned(&Role::ALL.map(Role::as_str))), "api-param-role"),
        ("entity", Values::Text("api-param-entity-values"), "api-param-entity"),
        ("sort", Values::Codes(owned(&SortKey::ALL.map(SortKey::as_str))), "api-param-sort"),
        ("desc", Values::Codes(owned(&["true", "false"])), "api-param-desc"),
        ("page", Values::Text("api-param-page-values"), "api-param-page"),
        ("size", Values::Codes(PAGE_SIZES.iter().map(u32::to_string).collect()), "api-param-size"),
    ];
    let rows = rows
        .into_iter()
        .map(|(name, values, about)| {
            let values = match values {
                Values::Codes(list) => code_list(&list).into_any(),
                Values::Text(id) => (move || i18n.tr(id)).into_any(),
            };
            view! {
                <tr>
                    <th scope="row"><code translate="no">{name}</code></th>
                    <td class="api-values">{values}</td>
                    <td>{move || i18n.tr(about)}</td>
                </tr>
            }
        })
        .collect_view();
    view! {
        <Table
            id="api-params-caption"
            caption="api-params-caption"
            columns=&["api-col-parameter", "api-col-values", "api-col-what"]
        >
            {rows}
        </Table>
    }
}

fn action_message_id(action: UserAction) -> &'static str {
    match action {
        UserAction::Activate => "api-action-activate",
        UserAction::ResendActivation => "api-action-resend-activation",
        UserAction::Deactivate => "api-action-deactivate",
        UserAction::Reactivate => "api-action-reactivate",
        UserAction::Unlock => "api-action-unlock",
        UserAction::UnlockAndReset => "api-action-unlock-and-reset",
        UserAction::SendPasswordReset => "api-action-send-password-reset",
        UserAction::Delete => "api-action-delete",
    }
}

/// The lifecycle's actions and the statuses that allow each, from the contract.
#[component]
fn UserActions() -> impl IntoView {
    let i18n = expect_context::<I18n>();
    let rows = UserAction::ALL
        .into_iter()
        .map(|action| {
            let statuses: Vec<String> = samples::statuses_allowing(action).into_iter().map(str::to_owned).collect();
            view! {
                <tr>
                    <th scope="row"><code translate="no">{action.as_str()}</code></th>
                    <td>{move || i18n.tr(action_message_id(action))}</td>
                    <td class="api-values">{code_list(&statuses)}</td>
                </tr>
            }
        })
        .collect_view();
    view! {
        <Table
            id="api-actions-caption"
            caption="api-actions-caption"
            columns=&["api-col-action", "api-col-what", "api-col-when"]
        >
            {rows}
        </Table>
    }
}

/// The error codes the API's callers meet most, with what they mean.
const STATUSES: [(ErrorCode, &str); 13] = [
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
fn ErrorsPart() -> impl IntoView {
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
                    <th scope="row"><code translate="no">{code.as_str()}</code></th>
                    <td>{move || i18n.tr(meaning)}</td>
                </tr>
            }
        })
        .collect_view();
    let field = |name: &'static str, about: &'static str, args: Vec<(&'static str, Arg)>| {
        view! {
            <dt><code translate="no">{name}</code></dt>
            <dd><Sentence id=about args=args /></dd>
        }
    };
    view! {
        <Part anchor="errors" title="api-errors-title">
            <p>{i18n::msg("api-errors-intro")}</p>
            <dl class="api-fields">
                {field("code", "api-error-code", vec![code("example", ErrorCode::NotFound.as_str())])}
                {field("message", "api-error-message", vec![code("header", "Accept-Language")])}
                {field("fields", "api-error-fields", vec![code("field", "field"), code("code", "code"), code("max", "max")])}
                {field("reference", "api-error-reference", Vec::new())}
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

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_operation_of_the_contract_has_its_section() {
        for operation in v1::OPERATIONS.iter().chain([&v1::OPENAPI]) {
            let shown = ENDPOINTS.iter().filter(|e| e.operation == *operation).count();
            assert_eq!(shown, 1, "{} is shown {shown} times", operation.id);
        }
        assert_eq!(ENDPOINTS.len(), v1::OPERATIONS.len() + 1, "an endpoint the contract does not have");
    }
}

//! The endpoints: the summary table and a section per operation of version 1, with its
//! parameters, body and curl example.

use espace_api::bulk::BulkAction;
use espace_api::users::Role;
use espace_api::v1::{self, Operation};
use espace_api::ErrorCode;
use leptos::prelude::*;
use leptos_fluent::I18n;

use super::blocks::{code, codes, in_page_link, origin, CodeBlock, Part, Sentence, Table};
use super::parameters::{ListParameters, UserActions};
use super::samples::{self, Access, Curl, Method, PREFIX};
use super::webhooks;
use super::OpenApiLink;
use crate::i18n;

/// An operation of version 1 (`espace_api::v1`, which the OpenAPI document is checked
/// against), as the summary table and its own section show it.
pub struct Endpoint {
    /// Its section's id: `/api#list-users`.
    pub(super) anchor: &'static str,
    /// Its method, path and the token it needs, from the contract.
    pub(super) operation: Operation,
    /// After the prefix: what the example calls.
    pub(super) call: &'static str,
    /// The Fluent id of what it does.
    pub(super) title: &'static str,
    /// The example's JSON body, for calls that send one.
    pub(super) body: Option<fn() -> String>,
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

pub static LIST_USERS: Endpoint = Endpoint {
    anchor: "list-users",
    operation: v1::LIST_USERS,
    call: "/users?q=lovelace&status=active&sort=last-sign-in&size=50",
    title: "api-list-users-title",
    body: None,
};
pub static CREATE_USER: Endpoint = Endpoint {
    anchor: "create-user",
    operation: v1::CREATE_USER,
    call: "/users",
    title: "api-create-user-title",
    body: Some(samples::create_body),
};
pub static GET_USER: Endpoint = Endpoint {
    anchor: "get-user",
    operation: v1::GET_USER,
    call: "/users/42",
    title: "api-get-user-title",
    body: None,
};
pub static EDIT_USER: Endpoint = Endpoint {
    anchor: "edit-user",
    operation: v1::UPDATE_USER,
    call: "/users/42",
    title: "api-edit-user-title",
    body: Some(samples::update_body),
};
pub static SET_PERMISSIONS: Endpoint = Endpoint {
    anchor: "set-permissions",
    operation: v1::SET_PERMISSIONS,
    call: "/users/42/permissions",
    title: "api-permissions-title",
    body: Some(samples::permissions_body),
};
pub static USER_ACTIONS: Endpoint = Endpoint {
    anchor: "user-actions",
    operation: v1::USER_ACTION,
    call: "/users/42/actions",
    title: "api-actions-title",
    body: Some(samples::action_body),
};
pub static BULK_ACTION: Endpoint = Endpoint {
    anchor: "bulk-action",
    operation: v1::BULK_ACTION,
    call: "/users/bulk",
    title: "api-bulk-title",
    body: Some(samples::bulk_body),
};
pub static RENEW_INVITATIONS: Endpoint = Endpoint {
    anchor: "renew-invitations",
    operation: v1::RENEW_INVITATIONS,
    call: "/users/invitations/renew",
    title: "api-renew-title",
    body: None,
};
pub static LIST_SERVICES: Endpoint = Endpoint {
    anchor: "list-services",
    operation: v1::SERVICES,
    call: "/services",
    title: "api-services-title",
    body: None,
};
pub static LIST_ENTITIES: Endpoint = Endpoint {
    anchor: "list-entities",
    operation: v1::ENTITIES,
    call: "/entities",
    title: "api-entities-title",
    body: None,
};
pub static OPENAPI: Endpoint = Endpoint {
    anchor: "openapi",
    operation: v1::OPENAPI,
    call: "/openapi.json",
    title: "api-openapi-title",
    body: None,
};

pub static ENDPOINTS: [&Endpoint; 20] = [
    &LIST_USERS,
    &CREATE_USER,
    &GET_USER,
    &EDIT_USER,
    &SET_PERMISSIONS,
    &USER_ACTIONS,
    &BULK_ACTION,
    &RENEW_INVITATIONS,
    &LIST_SERVICES,
    &LIST_ENTITIES,
    &webhooks::LIST_WEBHOOKS,
    &webhooks::CREATE_WEBHOOK,
    &webhooks::GET_WEBHOOK,
    &webhooks::UPDATE_WEBHOOK,
    &webhooks::DELETE_WEBHOOK,
    &webhooks::ROTATE_WEBHOOK_SECRET,
    &webhooks::SEND_TEST_EVENT,
    &webhooks::GET_DELIVERY,
    &webhooks::RESEND_DELIVERY,
    &OPENAPI,
];

pub fn access_label(access: Access) -> &'static str {
    match access {
        Access::None => "api-access-none",
        Access::Any => "api-access-any",
        Access::Manage => "api-access-manage",
    }
}

pub fn access_sentence(access: Access) -> &'static str {
    match access {
        Access::None => "api-needs-none",
        Access::Any => "api-needs-any",
        Access::Manage => "api-needs-manage",
    }
}

pub fn method_view(method: Method) -> impl IntoView {
    view! {
        <code class="api-method" data-method=method.as_str() translate="no">
            {method.as_str()}
        </code>
    }
}

/// A path that may break before each `/` on a narrow screen, never inside a word.
pub fn path_view(path: String) -> impl IntoView {
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
        .map(|(i, part)| {
            view! {
                {(i != 0).then(|| view! { <wbr /> })}
                {part}
            }
        })
        .collect_view();
    view! {
        <code class="api-path" translate="no">
            {parts}
        </code>
    }
}

#[component]
pub fn EndpointsPart() -> impl IntoView {
    let i18n = expect_context::<I18n>();
    let rows = ENDPOINTS
        .iter()
        .map(|endpoint| {
            view! {
                <tr data-endpoint=endpoint.anchor>
                    <td>{method_view(endpoint.operation.method)}</td>
                    <th scope="row">{in_page_link(endpoint.anchor, path_view(endpoint.path()))}</th>
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
                <p>
                    <Sentence id="api-create-user-activation" args=vec![code("field", "send_activation")] />
                </p>
                <p>
                    <Sentence id="api-create-user-key" args=vec![code("field", "idempotency_key")] />
                    " "
                    {in_page_link("retries", i18n::msg("api-see-retries"))}
                </p>
            </EndpointSection>
            <EndpointSection endpoint=&GET_USER>
                <p>
                    <Sentence id="api-get-user-about" args=vec![code("field", "version")] />
                </p>
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
                <p>
                    <Sentence id="api-actions-refused" args=vec![code("code", ErrorCode::InvalidTransition.as_str())] />
                </p>
                <p>
                    <Sentence id="api-actions-answer" args=vec![code("null", "null")] />
                </p>
            </EndpointSection>
            <EndpointSection endpoint=&BULK_ACTION answer=samples::bulk_answer()>
                <p>{i18n::msg("api-bulk-about")}</p>
                <p>
                    <Sentence
                        id="api-bulk-actions"
                        args=vec![codes("actions", BulkAction::ALL.map(BulkAction::as_str)), code("max", "500")]
                    />
                </p>
                <p>
                    <Sentence id="api-bulk-seats" args=vec![code("code", ErrorCode::NoSeatsLeft.as_str())] />
                </p>
                <p>
                    <Sentence id="api-bulk-answer" args=vec![code("batch", "batch"), code("reason", "reason")] />
                </p>
            </EndpointSection>
            <EndpointSection endpoint=&RENEW_INVITATIONS>
                <p>{i18n::msg("api-renew-about")}</p>
            </EndpointSection>
            <EndpointSection endpoint=&LIST_SERVICES>
                <p>{i18n::msg("api-services-about")}</p>
                <p>
                    <Sentence id="api-services-ids" args=vec![code("field", "service_ids")] />
                </p>
            </EndpointSection>
            <EndpointSection endpoint=&LIST_ENTITIES>
                <p>{i18n::msg("api-entities-about")}</p>
                <p>
                    <Sentence id="api-entities-ids" args=vec![codes("fields", ["entity", "entity_id", "scope"])] />
                </p>
            </EndpointSection>
            <EndpointSection endpoint=&OPENAPI>
                <p>{i18n::msg("api-openapi-about")}</p>
                <p>
                    <OpenApiLink />
                </p>
            </EndpointSection>
        </Part>
    }
}

/// One endpoint: what it does, what its token needs, its body and a curl example.
#[component]
pub fn EndpointSection(
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
            <p class="api-endpoint-line">{method_view(endpoint.operation.method)}" "{path_view(endpoint.path())}</p>
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

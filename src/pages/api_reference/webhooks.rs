//! Webhooks in the reference: what is sent and when, how to verify a message, the event types,
//! an example body, and the operations that manage endpoints.

use espace_api::audit::AuditChanges;
use espace_api::entities::EntityRef;
use espace_api::v1;
use espace_api::webhooks::{
    ActorKind, EndpointRequest, EventActor, EventData, EventPayload, EventType, EventUser, RETRY_WINDOW_SECS,
    ROTATION_OVERLAP_SECS, SECRET_PREFIX, TIMEOUT_SECS,
};
use espace_api::{EntityId, UserId};
use leptos::prelude::*;
use leptos_fluent::I18n;

use super::blocks::{code, codes, number, CodeBlock, Part, Sentence, Table};
use super::endpoints::{Endpoint, EndpointSection};
use super::samples::pretty;
use crate::i18n;

pub static LIST_WEBHOOKS: Endpoint = Endpoint {
    anchor: "list-webhooks",
    operation: v1::LIST_WEBHOOKS,
    call: "/webhooks",
    title: "api-webhooks-list-title",
    body: None,
};
pub static CREATE_WEBHOOK: Endpoint = Endpoint {
    anchor: "create-webhook",
    operation: v1::CREATE_WEBHOOK,
    call: "/webhooks",
    title: "api-webhooks-create-title",
    body: Some(endpoint_body),
};
pub static GET_WEBHOOK: Endpoint = Endpoint {
    anchor: "get-webhook",
    operation: v1::GET_WEBHOOK,
    call: "/webhooks/7",
    title: "api-webhooks-get-title",
    body: None,
};
pub static UPDATE_WEBHOOK: Endpoint = Endpoint {
    anchor: "update-webhook",
    operation: v1::UPDATE_WEBHOOK,
    call: "/webhooks/7",
    title: "api-webhooks-update-title",
    body: Some(endpoint_body),
};
pub static DELETE_WEBHOOK: Endpoint = Endpoint {
    anchor: "delete-webhook",
    operation: v1::DELETE_WEBHOOK,
    call: "/webhooks/7",
    title: "api-webhooks-delete-title",
    body: None,
};
pub static ROTATE_WEBHOOK_SECRET: Endpoint = Endpoint {
    anchor: "rotate-webhook-secret",
    operation: v1::ROTATE_WEBHOOK_SECRET,
    call: "/webhooks/7/rotate",
    title: "api-webhooks-rotate-title",
    body: None,
};
pub static SEND_TEST_EVENT: Endpoint = Endpoint {
    anchor: "send-test-event",
    operation: v1::SEND_TEST_EVENT,
    call: "/webhooks/7/test",
    title: "api-webhooks-test-title",
    body: None,
};
pub static GET_DELIVERY: Endpoint = Endpoint {
    anchor: "get-delivery",
    operation: v1::GET_DELIVERY,
    call: "/webhooks/7/deliveries/1234",
    title: "api-webhooks-delivery-title",
    body: None,
};
pub static RESEND_DELIVERY: Endpoint = Endpoint {
    anchor: "resend-delivery",
    operation: v1::RESEND_DELIVERY,
    call: "/webhooks/7/deliveries/1234/resend",
    title: "api-webhooks-resend-title",
    body: None,
};

/// `POST /api/v1/webhooks` and `PUT /api/v1/webhooks/{id}`.
fn endpoint_body() -> String {
    pretty(&EndpointRequest {
        url: "https://hr.example.com/espace/webhooks".into(),
        description: "HR system".into(),
        events: vec![EventType::UserCreated, EventType::UserDeactivated, EventType::UserServicesChanged],
        scope: None,
        enabled: None,
    })
}

/// A message's body: Ada deactivated by Camille.
fn payload_sample() -> String {
    pretty(&EventPayload {
        kind: EventType::UserDeactivated,
        timestamp: "2026-12-07T09:30:00Z".into(),
        data: EventData {
            audit_id: Some(5012),
            actor: EventActor { kind: ActorKind::Person, name: Some("Camille Martin".into()) },
            user: Some(EventUser {
                id: UserId(42),
                name: "Ada Lovelace".into(),
                email: "ada.lovelace@example.com".into(),
            }),
            entity: Some(EntityRef { id: EntityId(2), name: "Lyon".into() }),
            token: None,
            changes: AuditChanges::default(),
        },
    })
}

/// Checking a message with the Standard Webhooks library for Python (other languages have theirs).
const VERIFY_SAMPLE: &str = "from standardwebhooks import Webhook

webhook = Webhook(os.environ[\"ESPACE_WEBHOOK_SECRET\"])  # whsec_…
# Raises if the signature or the timestamp is wrong; returns the event.
event = webhook.verify(request.body, request.headers)";

#[component]
pub fn WebhooksPart() -> impl IntoView {
    let i18n = expect_context::<I18n>();
    let rows = EventType::ALL
        .into_iter()
        .map(|event| {
            let id = event.message_id();
            view! {
                <tr>
                    <th scope="row">
                        <code translate="no">{event.as_str()}</code>
                    </th>
                    <td>{move || i18n.tr(&id)}</td>
                </tr>
            }
        })
        .collect_view();
    let hours = u32::try_from(ROTATION_OVERLAP_SECS / 3600).unwrap_or(24);
    let days = u32::try_from(RETRY_WINDOW_SECS / 86_400).unwrap_or(3);
    let timeout = u32::try_from(TIMEOUT_SECS).unwrap_or(10);
    view! {
        <Part anchor="webhooks" title="api-webhooks-title">
            <p>{i18n::msg("api-webhooks-about")}</p>
            <p>
                <Sentence
                    id="api-webhooks-headers"
                    args=vec![codes("headers", ["webhook-id", "webhook-timestamp", "webhook-signature"])]
                />
            </p>
            <p>
                <Sentence id="api-webhooks-secret" args=vec![code("prefix", SECRET_PREFIX), number("hours", hours)] />
            </p>
            <CodeBlock text=VERIFY_SAMPLE.to_owned() kind="api-webhook-verify" />
            <p>
                <Sentence id="api-webhooks-delivery" args=vec![number("seconds", timeout), number("days", days)] />
            </p>
            <p>
                <Sentence id="api-webhooks-repeat" args=vec![code("header", "webhook-id")] />
            </p>
            <p>{i18n::msg("api-webhooks-scope")}</p>
            <Table
                id="api-webhooks-events-caption"
                caption="api-webhooks-events-caption"
                columns=&["api-col-event", "api-col-happened"]
            >
                {rows}
            </Table>
            <p>{i18n::msg("api-webhooks-body")}</p>
            <CodeBlock text=payload_sample() kind="api-webhook-payload" />
            <EndpointSection endpoint=&LIST_WEBHOOKS>
                <p>{i18n::msg("api-webhooks-list-about")}</p>
            </EndpointSection>
            <EndpointSection endpoint=&CREATE_WEBHOOK>
                <p>
                    <Sentence id="api-webhooks-create-about" args=vec![code("field", "secret")] />
                </p>
            </EndpointSection>
            <EndpointSection endpoint=&GET_WEBHOOK>
                <p>{i18n::msg("api-webhooks-get-about")}</p>
            </EndpointSection>
            <EndpointSection endpoint=&UPDATE_WEBHOOK>
                <p>
                    <Sentence id="api-webhooks-update-about" args=vec![code("field", "enabled")] />
                </p>
            </EndpointSection>
            <EndpointSection endpoint=&DELETE_WEBHOOK>
                <p>{i18n::msg("api-webhooks-delete-about")}</p>
            </EndpointSection>
            <EndpointSection endpoint=&ROTATE_WEBHOOK_SECRET>
                <p>
                    <Sentence id="api-webhooks-rotate-about" args=vec![number("hours", hours)] />
                </p>
            </EndpointSection>
            <EndpointSection endpoint=&SEND_TEST_EVENT>
                <p>
                    <Sentence id="api-webhooks-test-about" args=vec![code("type", EventType::WebhookTest.as_str())] />
                </p>
            </EndpointSection>
            <EndpointSection endpoint=&GET_DELIVERY>
                <p>
                    <Sentence id="api-webhooks-delivery-about" args=vec![code("field", "payload")] />
                </p>
            </EndpointSection>
            <EndpointSection endpoint=&RESEND_DELIVERY>
                <p>{i18n::msg("api-webhooks-resend-about")}</p>
            </EndpointSection>
        </Part>
    }
}

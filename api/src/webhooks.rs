//! Webhooks: a company's endpoints, told of every change as it happens. Each message is signed
//! as the Standard Webhooks specification says (`webhook-id`, `webhook-timestamp`,
//! `webhook-signature: v1,<base64 HMAC-SHA256>`), so that its reference verifiers check it.

use serde::{Deserialize, Serialize};

use crate::audit::{AuditAction, AuditChanges};
use crate::entities::EntityRef;
use crate::fields::Fields;
use crate::validation;
use crate::{EntityId, FieldError, FieldErrorCode, UserId};

/// Endpoints a company may have.
pub const ENDPOINTS_MAX: usize = 20;
pub const URL_MAX: usize = 500;
pub const DESCRIPTION_MAX: usize = 200;
/// The secrets' prefix, as Standard Webhooks libraries expect it.
pub const SECRET_PREFIX: &str = "whsec_";
/// A message that has not reached its endpoint after this long is given up, and an endpoint
/// that has failed for this long is switched off.
pub const RETRY_WINDOW_SECS: i64 = 3 * 24 * 3600;
/// After a rotation, the previous secret still signs (beside the new one) for this long.
pub const ROTATION_OVERLAP_SECS: i64 = 24 * 3600;
/// How long a delivery may take before it counts as failed.
pub const TIMEOUT_SECS: u64 = 10;
/// Delivered and given-up messages are deleted after this long (the pending ones stay).
pub const KEEP_SECS: i64 = 30 * 24 * 3600;
/// Deliveries an endpoint's page lists, newest first.
pub const RECENT_DELIVERIES: usize = 50;

pub use crate::ids::{DeliveryId, EndpointId};

/// What an event says happened. The Fluent id is `webhooks-event-<name with - for .>`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub enum EventType {
    #[serde(rename = "user.created")]
    UserCreated,
    /// An activation e-mail sent (first time or again).
    #[serde(rename = "user.invited")]
    UserInvited,
    #[serde(rename = "user.activated")]
    UserActivated,
    #[serde(rename = "user.deactivated")]
    UserDeactivated,
    #[serde(rename = "user.reactivated")]
    UserReactivated,
    #[serde(rename = "user.locked")]
    UserLocked,
    #[serde(rename = "user.unlocked")]
    UserUnlocked,
    #[serde(rename = "user.deleted")]
    UserDeleted,
    /// Names, e-mail, language or entity changed.
    #[serde(rename = "user.updated")]
    UserUpdated,
    /// Level or scope changed.
    #[serde(rename = "user.permissions-changed")]
    UserPermissionsChanged,
    /// The services the person holds changed.
    #[serde(rename = "user.services-changed")]
    UserServicesChanged,
    #[serde(rename = "entity.created")]
    EntityCreated,
    #[serde(rename = "entity.renamed")]
    EntityRenamed,
    #[serde(rename = "entity.removed")]
    EntityRemoved,
    #[serde(rename = "sso.settings-changed")]
    SsoSettingsChanged,
    #[serde(rename = "token.created")]
    TokenCreated,
    #[serde(rename = "token.revoked")]
    TokenRevoked,
    /// Sent on request from the endpoint's page, to try the receiving end.
    #[serde(rename = "webhook.test")]
    WebhookTest,
}

impl EventType {
    pub const ALL: [EventType; 18] = [
        EventType::UserCreated,
        EventType::UserInvited,
        EventType::UserActivated,
        EventType::UserDeactivated,
        EventType::UserReactivated,
        EventType::UserLocked,
        EventType::UserUnlocked,
        EventType::UserDeleted,
        EventType::UserUpdated,
        EventType::UserPermissionsChanged,
        EventType::UserServicesChanged,
        EventType::EntityCreated,
        EventType::EntityRenamed,
        EventType::EntityRemoved,
        EventType::SsoSettingsChanged,
        EventType::TokenCreated,
        EventType::TokenRevoked,
        EventType::WebhookTest,
    ];

    pub fn as_str(self) -> &'static str {
        match self {
            EventType::UserCreated => "user.created",
            EventType::UserInvited => "user.invited",
            EventType::UserActivated => "user.activated",
            EventType::UserDeactivated => "user.deactivated",
            EventType::UserReactivated => "user.reactivated",
            EventType::UserLocked => "user.locked",
            EventType::UserUnlocked => "user.unlocked",
            EventType::UserDeleted => "user.deleted",
            EventType::UserUpdated => "user.updated",
            EventType::UserPermissionsChanged => "user.permissions-changed",
            EventType::UserServicesChanged => "user.services-changed",
            EventType::EntityCreated => "entity.created",
            EventType::EntityRenamed => "entity.renamed",
            EventType::EntityRemoved => "entity.removed",
            EventType::SsoSettingsChanged => "sso.settings-changed",
            EventType::TokenCreated => "token.created",
            EventType::TokenRevoked => "token.revoked",
            EventType::WebhookTest => "webhook.test",
        }
    }

    pub fn parse(s: &str) -> Option<EventType> {
        EventType::ALL.into_iter().find(|e| e.as_str() == s)
    }

    pub fn message_id(self) -> String {
        format!("webhooks-event-{}", self.as_str().replace('.', "-"))
    }

    /// The types an endpoint can subscribe to (the test event goes to whoever asks for it).
    pub fn subscribable() -> impl Iterator<Item = EventType> {
        EventType::ALL.into_iter().filter(|e| *e != EventType::WebhookTest)
    }

    /// Whether the event concerns one of the company's entities (and so reaches endpoints
    /// limited to that entity); the others reach only endpoints for the whole company.
    pub fn about_entity(self) -> bool {
        !matches!(self, EventType::SsoSettingsChanged | EventType::TokenCreated | EventType::TokenRevoked)
    }

    /// The events an audited change is told as: none for what concerns only the person's own
    /// sign-in (passwords, second step, passkeys, sessions); two when an edit changed both
    /// the services and something else.
    pub fn of_audit(action: AuditAction, changes: Option<&AuditChanges>) -> Vec<EventType> {
        use AuditAction as A;
        let one = match action {
            A::Create | A::CreatedByImport | A::CreatedBySso => EventType::UserCreated,
            A::Activate | A::ResendActivation => EventType::UserInvited,
            A::Activated | A::ActivatedBySso => EventType::UserActivated,
            A::Deactivate | A::DeactivateInactivity => EventType::UserDeactivated,
            A::Reactivate => EventType::UserReactivated,
            A::Lock => EventType::UserLocked,
            A::Unlock | A::UnlockAndReset | A::UnlockedByReset => EventType::UserUnlocked,
            A::Delete => EventType::UserDeleted,
            A::EmailChanged | A::EmailChangeUndone => EventType::UserUpdated,
            A::PermissionsChanged => EventType::UserPermissionsChanged,
            A::EntityCreated => EventType::EntityCreated,
            A::EntityRenamed => EventType::EntityRenamed,
            A::EntityRemoved => EventType::EntityRemoved,
            A::SsoSettingsChanged => EventType::SsoSettingsChanged,
            A::TokenCreated => EventType::TokenCreated,
            A::TokenRevoked => EventType::TokenRevoked,
            A::Edit => {
                let changes = changes.cloned().unwrap_or_default();
                let services = changes.services.is_some();
                let rest = AuditChanges { services: None, ..changes };
                let mut events = Vec::new();
                if !services || !rest.is_empty() {
                    events.push(EventType::UserUpdated);
                }
                if services {
                    events.push(EventType::UserServicesChanged);
                }
                return events;
            }
            A::SendPasswordReset
            | A::ResetRequested
            | A::PasswordReset
            | A::PasswordChanged
            | A::SessionEnded
            | A::CompanySettingsChanged
            | A::DomainVerified
            | A::DomainLost
            | A::AuthenticatorAdded
            | A::AuthenticatorRemoved
            | A::RecoveryCodesRenewed
            | A::RecoveryCodeUsed
            | A::SecondStepReset
            | A::SecondStepPolicyChanged
            | A::PasskeyAdded
            | A::PasskeyRemoved
            | A::WebhookAdded
            | A::WebhookChanged
            | A::WebhookRemoved
            | A::WebhookSecretRenewed => return Vec::new(),
        };
        vec![one]
    }
}

/// Who made the change.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub enum ActorKind {
    /// A person (an administrator, or the person themselves).
    Person,
    /// An API token or a directory (SCIM).
    Token,
    /// Espace itself (inactivity, too many wrong passwords).
    System,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct EventActor {
    pub kind: ActorKind,
    /// The person's or the token's name then; absent for the system.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
}

/// The person an event is about, as they were named then.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct EventUser {
    pub id: UserId,
    pub name: String,
    pub email: String,
}

/// What an event tells: who, to whom, where, and what changed.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct EventData {
    /// The audit log's event this message tells (absent for a test event).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub audit_id: Option<i64>,
    pub actor: EventActor,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub user: Option<EventUser>,
    /// The person's entity, or the entity itself for entity events.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub entity: Option<EntityRef>,
    /// The token's name, for token events.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub token: Option<String>,
    #[serde(default, skip_serializing_if = "AuditChanges::is_empty")]
    pub changes: AuditChanges,
}

/// The body of every message, in the Standard Webhooks shape.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct EventPayload {
    #[serde(rename = "type")]
    pub kind: EventType,
    /// When the change happened, RFC 3339 in UTC.
    pub timestamp: String,
    pub data: EventData,
}

/// Where the endpoint's deliveries stand.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub enum EndpointState {
    /// Sends.
    On,
    /// Switched off by an administrator.
    Off,
    /// Switched off by Espace after failing for `RETRY_WINDOW_SECS`.
    Failing,
}

/// An endpoint as its list and page show it; the secret itself is shown once.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct Endpoint {
    pub id: EndpointId,
    pub url: String,
    pub description: String,
    pub events: Vec<EventType>,
    /// `None`: the whole company; else the events of these entities only.
    pub scope: Option<Vec<EntityRef>>,
    pub state: EndpointState,
    pub created_at: i64,
    /// Until then, the previous secret signs beside the new one.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub previous_secret_until: Option<i64>,
    /// Messages not yet delivered.
    pub pending: u32,
    /// Since when deliveries fail (the first of the current failures).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub failing_since: Option<i64>,
}

crate::fields! {
    /// The endpoint form's fields, in its order.
    pub enum EndpointField {
        Url = "url",
        Description = "description",
        Events = "events",
        Scope = "scope",
    }
}

/// `POST /api/webhooks` and `PUT /api/webhooks/{id}`.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct EndpointRequest {
    /// `https://…` on a public address.
    #[cfg_attr(feature = "openapi", schema(max_length = 500))]
    pub url: String,
    #[serde(default)]
    #[cfg_attr(feature = "openapi", schema(max_length = 200))]
    pub description: String,
    /// At least one; `webhook.test` is not one to choose.
    #[cfg_attr(feature = "openapi", schema(min_items = 1, max_items = 17))]
    pub events: Vec<EventType>,
    /// `None`: the whole company (administrators only); else at least one entity.
    #[serde(default)]
    #[cfg_attr(feature = "openapi", schema(max_items = 500))]
    pub scope: Option<Vec<EntityId>>,
    /// Absent on creation: on. `false` stops deliveries (they wait until it is on again).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub enabled: Option<bool>,
}

impl EndpointRequest {
    pub fn validate(&self) -> Vec<FieldError> {
        let mut errors = Vec::new();
        validation::check(&mut errors, EndpointField::Url.name(), endpoint_url(&self.url));
        validation::check(
            &mut errors,
            EndpointField::Description.name(),
            validation::optional_text(&self.description, DESCRIPTION_MAX),
        );
        if self.events.iter().all(|e| *e == EventType::WebhookTest) {
            validation::check(&mut errors, EndpointField::Events.name(), Err(FieldErrorCode::Required.into()));
        }
        match &self.scope {
            Some(ids) if ids.is_empty() => {
                validation::check(&mut errors, EndpointField::Scope.name(), Err(FieldErrorCode::Required.into()));
            }
            Some(ids) if ids.len() > 500 => errors.push(FieldError {
                field: EndpointField::Scope.name().into(),
                code: FieldErrorCode::TooLarge,
                max: Some(500),
            }),
            _ => {}
        }
        errors
    }

    /// The chosen types, sorted, once each, without the test event.
    pub fn event_types(&self) -> Vec<EventType> {
        let mut events: Vec<EventType> = self.events.iter().copied().filter(|e| *e != EventType::WebhookTest).collect();
        events.sort_unstable();
        events.dedup();
        events
    }
}

/// `https://` and a host, no user name or password, no fragment; `http://` only to a
/// loopback address (a receiver on the same machine, as in tests). Whether the host is a
/// public address is the server's to check, as typed and again at each delivery.
pub fn endpoint_url(value: &str) -> validation::Rule {
    let value = value.trim();
    if value.is_empty() {
        return Err(FieldErrorCode::Required.into());
    }
    if value.chars().count() > URL_MAX {
        return Err(validation::Violation { code: FieldErrorCode::TooLong, max: Some(URL_MAX as u32) });
    }
    let rest = if let Some(rest) = value.strip_prefix("https://") {
        rest
    } else if let Some(rest) = value.strip_prefix("http://") {
        let host = rest.split(['/', ':', '?']).next().unwrap_or_default();
        if !matches!(host, "127.0.0.1" | "localhost") {
            return Err(FieldErrorCode::InvalidUrl.into());
        }
        rest
    } else {
        return Err(FieldErrorCode::InvalidUrl.into());
    };
    let authority = rest.split(['/', '?']).next().unwrap_or_default();
    let bad_char = |c: char| c.is_whitespace() || c.is_control() || matches!(c, '#' | '\\' | '"' | '<' | '>');
    if authority.is_empty() || authority.starts_with(':') || authority.contains('@') || value.contains(bad_char) {
        return Err(FieldErrorCode::InvalidUrl.into());
    }
    Ok(())
}

/// The answer to a creation or a rotation: the secret, shown this once and never again.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct EndpointWithSecret {
    pub endpoint: Endpoint,
    /// `whsec_` and the key in base64, as Standard Webhooks verifiers take it.
    pub secret: String,
}

/// Where a message stands.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
#[cfg_attr(feature = "sqlx", derive(sqlx::Type), sqlx(type_name = "TEXT", rename_all = "kebab-case"))]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub enum DeliveryStatus {
    /// Waiting for its turn or for its next try.
    Pending,
    /// The endpoint answered 2xx.
    Delivered,
    /// Given up: undelivered for `RETRY_WINDOW_SECS`, or the endpoint switched off.
    Failed,
}

/// Why the last try failed, in categories (never what the remote end said). The Fluent id is
/// `webhooks-error-<code>`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
#[cfg_attr(feature = "sqlx", derive(sqlx::Type), sqlx(type_name = "TEXT", rename_all = "kebab-case"))]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub enum DeliveryError {
    /// Answered, but not 2xx (the status says which).
    Status,
    /// No answer within `TIMEOUT_SECS`.
    Timeout,
    /// Connection or TLS failed.
    Unreachable,
    /// The host does not resolve.
    UnknownHost,
    /// The host is, or resolves to, a private or loopback address.
    PrivateAddress,
    /// Not an address Espace sends to.
    InvalidUrl,
    /// Given up when the endpoint was switched off.
    EndpointOff,
}

impl DeliveryError {
    pub const ALL: [DeliveryError; 7] = [
        DeliveryError::Status,
        DeliveryError::Timeout,
        DeliveryError::Unreachable,
        DeliveryError::UnknownHost,
        DeliveryError::PrivateAddress,
        DeliveryError::InvalidUrl,
        DeliveryError::EndpointOff,
    ];

    pub fn as_str(self) -> &'static str {
        match self {
            DeliveryError::Status => "status",
            DeliveryError::Timeout => "timeout",
            DeliveryError::Unreachable => "unreachable",
            DeliveryError::UnknownHost => "unknown-host",
            DeliveryError::PrivateAddress => "private-address",
            DeliveryError::InvalidUrl => "invalid-url",
            DeliveryError::EndpointOff => "endpoint-off",
        }
    }

    pub fn message_id(self) -> String {
        format!("webhooks-error-{}", self.as_str())
    }
}

/// One message to one endpoint, as the endpoint's page lists it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct Delivery {
    pub id: DeliveryId,
    /// The `webhook-id` header: `msg_<id>`, the same on every try.
    pub message_id: String,
    pub event: EventType,
    pub created_at: i64,
    pub status: DeliveryStatus,
    /// Tries so far.
    pub attempts: u32,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub last_attempt_at: Option<i64>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub next_attempt_at: Option<i64>,
    /// The HTTP status of the last answer.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub http_status: Option<u16>,
    /// How long the last try took, in milliseconds.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub latency_ms: Option<u32>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub error: Option<DeliveryError>,
}

/// `GET /api/webhooks/{id}`: the endpoint and its recent deliveries.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct EndpointDetail {
    pub endpoint: Endpoint,
    /// The latest `RECENT_DELIVERIES`, newest first.
    pub deliveries: Vec<Delivery>,
}

/// `GET /api/webhooks/{id}/deliveries/{delivery}`: a delivery with the body it sends.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct DeliveryDetail {
    pub delivery: Delivery,
    /// The exact JSON body signed and sent.
    pub payload: String,
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::audit::Change;

    #[test]
    fn event_types_serialize_as_their_names() {
        for e in EventType::ALL {
            assert_eq!(serde_json::to_string(&e).unwrap(), format!("\"{}\"", e.as_str()));
            assert_eq!(EventType::parse(e.as_str()), Some(e));
        }
        assert_eq!(EventType::UserPermissionsChanged.message_id(), "webhooks-event-user-permissions-changed");
    }

    #[test]
    fn every_issue_listed_change_is_an_event() {
        for action in AuditAction::ALL {
            let events = EventType::of_audit(action, None);
            assert!(events.len() <= 1 || action == AuditAction::Edit, "{action:?}");
        }
        let services =
            AuditChanges { services: Some(Change { from: vec![], to: vec!["Mail".into()] }), ..Default::default() };
        assert_eq!(EventType::of_audit(AuditAction::Edit, Some(&services)), [EventType::UserServicesChanged]);
        let both = AuditChanges { entity: Some(Change { from: "Lyon".into(), to: "Paris".into() }), ..services };
        assert_eq!(
            EventType::of_audit(AuditAction::Edit, Some(&both)),
            [EventType::UserUpdated, EventType::UserServicesChanged]
        );
        assert_eq!(EventType::of_audit(AuditAction::Edit, None), [EventType::UserUpdated]);
        assert!(EventType::of_audit(AuditAction::PasswordChanged, None).is_empty());
    }

    #[test]
    fn endpoints_are_https_with_a_host() {
        assert!(endpoint_url("https://hooks.example.com/espace?x=1").is_ok());
        assert!(endpoint_url("http://127.0.0.1:9000/hook").is_ok());
        for bad in [
            "",
            "http://hooks.example.com/",
            "https://",
            "https://user:pw@hooks.example.com/",
            "https://hooks.example.com/a b",
            "https://hooks.example.com/#x",
            "ftp://hooks.example.com/",
            "https://:443/",
        ] {
            assert!(endpoint_url(bad).is_err(), "{bad}");
        }
        assert_eq!(endpoint_url(&format!("https://a.example/{}", "x".repeat(600))).unwrap_err().max, Some(500));
    }

    #[test]
    fn a_request_needs_a_url_and_an_event() {
        let fields: Vec<_> =
            EndpointRequest { scope: Some(vec![]), events: vec![EventType::WebhookTest], ..Default::default() }
                .validate()
                .into_iter()
                .map(|e| e.field)
                .collect();
        assert_eq!(fields, ["url", "events", "scope"]);
        let ok = EndpointRequest {
            url: "https://hooks.example.com/".into(),
            events: vec![EventType::UserCreated, EventType::UserCreated, EventType::WebhookTest],
            ..Default::default()
        };
        assert!(ok.validate().is_empty());
        assert_eq!(ok.event_types(), [EventType::UserCreated]);
    }
}

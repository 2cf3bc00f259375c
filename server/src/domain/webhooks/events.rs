//! What an audited change tells the company's webhooks: the event types it is, and the body
//! every endpoint receives, queued in the change's own transaction.

use espace_api::audit::{AuditAction, AuditChanges};
use espace_api::entities::EntityRef;
use espace_api::webhooks::{ActorKind, EventActor, EventData, EventPayload, EventType, EventUser};

use crate::error::AppError;
use crate::store::{self, Conn};

/// RFC 3339 in UTC, as the body's `timestamp`.
pub fn rfc3339(at: i64) -> String {
    jiff::Timestamp::from_second(at).map(|t| t.to_string()).unwrap_or_default()
}

/// The body of the messages an audit event becomes.
pub fn payload(kind: EventType, event: &store::audit::NewEvent<'_>, audit_id: i64) -> EventPayload {
    let changes: AuditChanges = event.changes.and_then(|json| serde_json::from_str(json).ok()).unwrap_or_default();
    let actor = EventActor {
        kind: match (event.actor_token, event.actor_name) {
            (true, _) => ActorKind::Token,
            (false, Some(_)) => ActorKind::Person,
            (false, None) => ActorKind::System,
        },
        name: event.actor_name.map(str::to_owned),
    };
    let user = event.subject_id.map(|id| EventUser {
        id,
        name: event.subject_name.unwrap_or_default().to_owned(),
        email: event.subject_email.unwrap_or_default().to_owned(),
    });
    let entity = event.entity_id.zip(event.entity_name).map(|(id, name)| EntityRef { id, name: name.to_owned() });
    let token = matches!(event.action, AuditAction::TokenCreated | AuditAction::TokenRevoked)
        .then(|| event.subject_name.unwrap_or_default().to_owned());
    EventPayload {
        kind,
        timestamp: rfc3339(event.at),
        data: EventData { audit_id: Some(audit_id), actor, user, entity, token, changes },
    }
}

/// Queues the event for every endpoint of the company that chose it and reaches it.
pub async fn enqueue(conn: &mut Conn, event: &store::audit::NewEvent<'_>, audit_id: i64) -> Result<(), AppError> {
    let changes: Option<AuditChanges> = event.changes.and_then(|json| serde_json::from_str(json).ok());
    for kind in EventType::of_audit(event.action, changes.as_ref()) {
        let body = serde_json::to_string(&payload(kind, event, audit_id))?;
        let entity = if kind.about_entity() { event.entity_id } else { None };
        store::webhooks::enqueue(conn, event.company_id, kind.as_str(), entity, &body, event.at).await?;
    }
    Ok(())
}

/// The test event's body: who asked for it.
pub fn test_payload(actor_name: &str, now: i64) -> EventPayload {
    EventPayload {
        kind: EventType::WebhookTest,
        timestamp: rfc3339(now),
        data: EventData {
            audit_id: None,
            actor: EventActor { kind: ActorKind::Person, name: Some(actor_name.to_owned()) },
            user: None,
            entity: None,
            token: None,
            changes: AuditChanges::default(),
        },
    }
}

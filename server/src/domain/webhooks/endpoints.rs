//! Endpoints as administrators manage them. An administrator sees and changes every endpoint
//! of the company; a team administrator only those limited to entities of their scope, so
//! that nobody receives events about people they do not manage.

use std::collections::HashMap;

use espace_api::audit::AuditAction;
use espace_api::entities::EntityRef;
use espace_api::fields::Fields;
use espace_api::webhooks::{
    Delivery, DeliveryDetail, DeliveryId, EndpointDetail, EndpointField, EndpointId, EndpointRequest, EndpointState,
    EndpointWithSecret, EventType, ENDPOINTS_MAX, RECENT_DELIVERIES, ROTATION_OVERLAP_SECS,
};
use espace_api::{CompanyId, EntityId, ErrorCode, FieldErrorCode};

use super::{events, signature};
use crate::audit;
use crate::auth::extract::CurrentUser;
use crate::auth::second_step::seal_secret;
use crate::error::AppError;
use crate::state::AppState;
use crate::store::{self, Conn, Scope};
use crate::users::reach;

type Scopes = HashMap<EndpointId, Vec<EntityRef>>;

async fn scopes(conn: &mut Conn, company_id: CompanyId) -> Result<Scopes, AppError> {
    let mut map: Scopes = HashMap::new();
    for (endpoint, id, name) in store::webhooks::scopes(conn, company_id).await? {
        map.entry(endpoint).or_default().push(EntityRef { id, name });
    }
    Ok(map)
}

fn state_of(text: &str) -> EndpointState {
    match text {
        "on" => EndpointState::On,
        "failing" => EndpointState::Failing,
        _ => EndpointState::Off,
    }
}

fn endpoint(e: store::webhooks::Endpoint, scopes: &Scopes) -> espace_api::webhooks::Endpoint {
    espace_api::webhooks::Endpoint {
        id: e.id,
        url: e.url,
        description: e.description,
        events: e.events.split(',').filter_map(EventType::parse).collect(),
        scope: (e.whole_company == 0).then(|| scopes.get(&e.id).cloned().unwrap_or_default()),
        state: state_of(&e.state),
        created_at: e.created_at,
        // Once it has lapsed, the previous secret is gone for good.
        previous_secret_until: e.previous_until.filter(|until| *until > store::now()),
        pending: u32::try_from(e.pending).unwrap_or(u32::MAX),
        failing_since: e.failing_since,
    }
}

/// Whether the reader may see the endpoint: the whole company for administrators; for a
/// team administrator, an endpoint limited to entities they all manage.
fn visible(reader: &CurrentUser, e: &store::webhooks::Endpoint, scopes: &Scopes) -> bool {
    match &reader.scope {
        Scope::Company => true,
        Scope::Entities(_) if e.whole_company != 0 => false,
        Scope::Entities(_) => {
            let ids: Vec<EntityId> = scopes.get(&e.id).map(|s| s.iter().map(|r| r.id).collect()).unwrap_or_default();
            !ids.is_empty() && reader.scope.covers(&Scope::entities(ids))
        }
    }
}

pub async fn list(state: &AppState, reader: &CurrentUser) -> Result<Vec<espace_api::webhooks::Endpoint>, AppError> {
    let mut conn = state.pool.acquire().await?;
    let scopes = scopes(&mut conn, reader.company_id).await?;
    let rows = store::webhooks::list(&mut conn, reader.company_id).await?;
    Ok(rows.into_iter().filter(|e| visible(reader, e, &scopes)).map(|e| endpoint(e, &scopes)).collect())
}

/// The endpoint, if the reader may see it; else as good as absent.
async fn find(
    conn: &mut Conn,
    reader: &CurrentUser,
    id: EndpointId,
) -> Result<(store::webhooks::Endpoint, Scopes), AppError> {
    let scopes = scopes(conn, reader.company_id).await?;
    let found = store::webhooks::in_company(conn, reader.company_id, id)
        .await?
        .filter(|e| visible(reader, e, &scopes))
        .ok_or(AppError::NotFound)?;
    Ok((found, scopes))
}

fn delivery(d: store::webhooks::Delivery) -> Delivery {
    Delivery {
        id: d.id,
        message_id: super::message_id(d.id),
        event: EventType::parse(&d.event).unwrap_or(EventType::WebhookTest),
        created_at: d.created_at,
        status: d.status,
        attempts: u32::try_from(d.attempts).unwrap_or_default(),
        last_attempt_at: d.last_attempt_at,
        next_attempt_at: (d.status == espace_api::webhooks::DeliveryStatus::Pending).then_some(d.next_attempt_at),
        http_status: d.http_status.and_then(|s| u16::try_from(s).ok()),
        latency_ms: d.latency_ms.and_then(|l| u32::try_from(l).ok()),
        error: d.error,
    }
}

pub async fn detail(state: &AppState, reader: &CurrentUser, id: EndpointId) -> Result<EndpointDetail, AppError> {
    let mut conn = state.pool.acquire().await?;
    let (found, scopes) = find(&mut conn, reader, id).await?;
    let limit = i64::try_from(RECENT_DELIVERIES).unwrap_or(50);
    let deliveries = store::webhooks::deliveries(&mut conn, id, limit).await?;
    Ok(EndpointDetail {
        endpoint: endpoint(found, &scopes),
        deliveries: deliveries.into_iter().map(delivery).collect(),
    })
}

pub async fn delivery_detail(
    state: &AppState,
    reader: &CurrentUser,
    id: EndpointId,
    delivery_id: DeliveryId,
) -> Result<DeliveryDetail, AppError> {
    let mut conn = state.pool.acquire().await?;
    find(&mut conn, reader, id).await?;
    let (found, payload) = store::webhooks::delivery(&mut conn, id, delivery_id).await?.ok_or(AppError::NotFound)?;
    Ok(DeliveryDetail { delivery: delivery(found), payload })
}

/// The request checked: fields, an address typed as a private one, and the scope (the whole
/// company for administrators only; entities the actor manages). Returns the entities.
async fn checked(
    state: &AppState,
    conn: &mut Conn,
    actor: &CurrentUser,
    req: &EndpointRequest,
) -> Result<Vec<EntityId>, AppError> {
    AppError::check(req.validate())?;
    if crate::outbound::names_private_host(&req.url, state.config.allow_loopback_urls) {
        return Err(AppError::field(EndpointField::Url.name(), FieldErrorCode::PrivateAddress));
    }
    match &req.scope {
        None if actor.scope != Scope::Company => {
            Err(AppError::field(EndpointField::Scope.name(), FieldErrorCode::OutOfScope))
        }
        None => Ok(Vec::new()),
        Some(ids) => reach::entities(conn, actor, ids).await.map_err(|e| match e {
            AppError::Refused(ErrorCode::OutOfScope) => {
                AppError::field(EndpointField::Scope.name(), FieldErrorCode::OutOfScope)
            }
            other => other,
        }),
    }
}

fn events_text(req: &EndpointRequest) -> String {
    store::webhooks::events_text(req.event_types().into_iter().map(EventType::as_str))
}

pub async fn create(
    state: &AppState,
    actor: &CurrentUser,
    req: EndpointRequest,
) -> Result<EndpointWithSecret, AppError> {
    let mut tx = store::write(&state.pool, store::Lock::Company(actor.company_id)).await?;
    let entities = checked(state, &mut tx, actor, &req).await?;
    if store::webhooks::count(&mut tx, actor.company_id).await? >= i64::try_from(ENDPOINTS_MAX).unwrap_or(20) {
        return Err(AppError::Refused(ErrorCode::WebhookLimit));
    }
    let secret = signature::new_secret();
    let id = store::webhooks::insert(
        &mut tx,
        &store::webhooks::NewEndpoint {
            company_id: actor.company_id,
            url: req.url.trim(),
            description: req.description.trim(),
            events: &events_text(&req),
            whole_company: req.scope.is_none(),
            state: if req.enabled == Some(false) { "off" } else { "on" },
            secret: &seal_secret(state, secret.as_bytes())?,
            created_by: Some(actor.id),
            now: store::now(),
        },
        &entities,
    )
    .await?;
    audit::record_webhook(&mut tx, actor, req.url.trim(), AuditAction::WebhookAdded).await?;
    let (found, scopes) = find(&mut tx, actor, id).await?;
    tx.commit().await?;
    Ok(EndpointWithSecret { endpoint: endpoint(found, &scopes), secret })
}

/// Changes every setting; `enabled` absent keeps the state. Switching on an endpoint Espace
/// switched off starts it afresh.
pub async fn update(
    state: &AppState,
    actor: &CurrentUser,
    id: EndpointId,
    req: EndpointRequest,
) -> Result<espace_api::webhooks::Endpoint, AppError> {
    let mut tx = store::write(&state.pool, store::Lock::Company(actor.company_id)).await?;
    let (found, _) = find(&mut tx, actor, id).await?;
    let entities = checked(state, &mut tx, actor, &req).await?;
    let new_state = match req.enabled {
        Some(true) => "on",
        Some(false) => "off",
        None => found.state.as_str(),
    }
    .to_owned();
    let events = events_text(&req);
    let changes = store::webhooks::Changes {
        url: req.url.trim(),
        description: req.description.trim(),
        events: &events,
        whole_company: req.scope.is_none(),
        state: &new_state,
    };
    store::webhooks::update(&mut tx, id, &changes, &entities).await?;
    audit::record_webhook(&mut tx, actor, req.url.trim(), AuditAction::WebhookChanged).await?;
    let (found, scopes) = find(&mut tx, actor, id).await?;
    tx.commit().await?;
    Ok(endpoint(found, &scopes))
}

pub async fn remove(state: &AppState, actor: &CurrentUser, id: EndpointId) -> Result<(), AppError> {
    let mut tx = store::write(&state.pool, store::Lock::Company(actor.company_id)).await?;
    let (found, _) = find(&mut tx, actor, id).await?;
    store::webhooks::remove(&mut tx, id).await?;
    audit::record_webhook(&mut tx, actor, &found.url, AuditAction::WebhookRemoved).await?;
    tx.commit().await?;
    Ok(())
}

/// A new secret, shown once; the previous one keeps signing beside it for a day, so that the
/// receiver can switch without losing a message.
pub async fn rotate(state: &AppState, actor: &CurrentUser, id: EndpointId) -> Result<EndpointWithSecret, AppError> {
    let mut tx = store::write(&state.pool, store::Lock::Company(actor.company_id)).await?;
    let (found, _) = find(&mut tx, actor, id).await?;
    let secret = signature::new_secret();
    let until = store::now() + ROTATION_OVERLAP_SECS;
    store::webhooks::rotate(&mut tx, id, &seal_secret(state, secret.as_bytes())?, until).await?;
    audit::record_webhook(&mut tx, actor, &found.url, AuditAction::WebhookSecretRenewed).await?;
    let (found, scopes) = find(&mut tx, actor, id).await?;
    tx.commit().await?;
    Ok(EndpointWithSecret { endpoint: endpoint(found, &scopes), secret })
}

/// Queues a `webhook.test` message for the endpoint. Only an endpoint that is on sends; one
/// switched off keeps it until it is on again.
pub async fn send_test(state: &AppState, actor: &CurrentUser, id: EndpointId) -> Result<Delivery, AppError> {
    let mut tx = store::write(&state.pool, store::Lock::Company(actor.company_id)).await?;
    let (found, _) = find(&mut tx, actor, id).await?;
    let now = store::now();
    let name = format!("{} {}", actor.first_name, actor.last_name);
    let body = serde_json::to_string(&events::test_payload(&name, now))?;
    let delivery_id =
        store::webhooks::enqueue_one(&mut tx, &found, EventType::WebhookTest.as_str(), &body, now).await?;
    let (row, _) = store::webhooks::delivery(&mut tx, id, delivery_id).await?.ok_or(AppError::NotFound)?;
    tx.commit().await?;
    Ok(delivery(row))
}

/// Sends a message again (same `webhook-id`), when its turn comes.
pub async fn resend(
    state: &AppState,
    actor: &CurrentUser,
    id: EndpointId,
    delivery_id: DeliveryId,
) -> Result<Delivery, AppError> {
    let mut tx = store::write(&state.pool, store::Lock::Company(actor.company_id)).await?;
    find(&mut tx, actor, id).await?;
    store::webhooks::delivery(&mut tx, id, delivery_id).await?.ok_or(AppError::NotFound)?;
    store::webhooks::resend(&mut tx, delivery_id, store::now()).await?;
    let (row, _) = store::webhooks::delivery(&mut tx, id, delivery_id).await?.ok_or(AppError::NotFound)?;
    tx.commit().await?;
    Ok(delivery(row))
}

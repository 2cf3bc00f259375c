//! Webhook endpoints and their messages. Messages are queued by `enqueue`, in the transaction
//! of the audited change they tell; an instance takes an endpoint's lease and delivers its
//! pending messages oldest first, so each endpoint sees its events in order and once.

use espace_api::webhooks::{DeliveryError, DeliveryId, DeliveryStatus, EndpointId};
use espace_api::{CompanyId, EntityId, UserId};

use super::Conn;

#[derive(Debug, Clone, sqlx::FromRow)]
pub struct Endpoint {
    pub id: EndpointId,
    pub company_id: CompanyId,
    pub url: String,
    pub description: String,
    /// `,a,b,`: see the migration.
    pub events: String,
    /// 0 or 1.
    pub whole_company: i64,
    pub state: String,
    pub created_by: Option<UserId>,
    pub created_at: i64,
    pub previous_until: Option<i64>,
    pub failing_since: Option<i64>,
    pub pending: i64,
}

const SELECT_ENDPOINT: &str = "SELECT e.id, e.company_id, e.url, e.description, e.events, e.whole_company, e.state,
        e.created_by, e.created_at, e.previous_until, e.failing_since,
        (SELECT COUNT(*) FROM webhook_messages m WHERE m.endpoint_id = e.id AND m.status = 'pending') AS pending
    FROM webhook_endpoints e";

/// The stored form of a list of event types.
pub fn events_text<'a>(events: impl IntoIterator<Item = &'a str>) -> String {
    let mut text = String::from(",");
    for e in events {
        text.push_str(e);
        text.push(',');
    }
    text
}

pub struct NewEndpoint<'a> {
    pub company_id: CompanyId,
    pub url: &'a str,
    pub description: &'a str,
    pub events: &'a str,
    pub whole_company: bool,
    pub state: &'a str,
    pub secret: &'a str,
    pub created_by: Option<UserId>,
    pub now: i64,
}

pub async fn insert(conn: &mut Conn, e: &NewEndpoint<'_>, scope: &[EntityId]) -> Result<EndpointId, sqlx::Error> {
    let id: EndpointId = sqlx::query_scalar(
        "INSERT INTO webhook_endpoints (company_id, url, description, events, whole_company, state, secret, created_by,
             created_at) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9) RETURNING id",
    )
    .bind(e.company_id)
    .bind(e.url)
    .bind(e.description)
    .bind(e.events)
    .bind(i64::from(e.whole_company))
    .bind(e.state)
    .bind(e.secret)
    .bind(e.created_by)
    .bind(e.now)
    .fetch_one(&mut *conn)
    .await?;
    set_scope(conn, id, scope).await?;
    Ok(id)
}

async fn set_scope(conn: &mut Conn, id: EndpointId, scope: &[EntityId]) -> Result<(), sqlx::Error> {
    sqlx::query("DELETE FROM webhook_endpoint_scopes WHERE endpoint_id = $1").bind(id).execute(&mut *conn).await?;
    for entity in scope {
        sqlx::query("INSERT INTO webhook_endpoint_scopes (endpoint_id, entity_id) VALUES ($1, $2)")
            .bind(id)
            .bind(entity)
            .execute(&mut *conn)
            .await?;
    }
    Ok(())
}

pub struct Changes<'a> {
    pub url: &'a str,
    pub description: &'a str,
    pub events: &'a str,
    pub whole_company: bool,
    pub state: &'a str,
}

/// Changes the settings. Switched on again, an endpoint starts a new run (no failures yet).
pub async fn update(conn: &mut Conn, id: EndpointId, c: &Changes<'_>, scope: &[EntityId]) -> Result<(), sqlx::Error> {
    sqlx::query(
        "UPDATE webhook_endpoints SET url = $1, description = $2, events = $3, whole_company = $4,
             failing_since = CASE WHEN state <> 'on' AND $5 = 'on' THEN NULL ELSE failing_since END, state = $6
         WHERE id = $7",
    )
    .bind(c.url)
    .bind(c.description)
    .bind(c.events)
    .bind(i64::from(c.whole_company))
    .bind(c.state)
    .bind(c.state)
    .bind(id)
    .execute(&mut *conn)
    .await?;
    set_scope(conn, id, scope).await
}

pub async fn remove(conn: &mut Conn, id: EndpointId) -> Result<(), sqlx::Error> {
    sqlx::query("DELETE FROM webhook_messages WHERE endpoint_id = $1").bind(id).execute(&mut *conn).await?;
    sqlx::query("DELETE FROM webhook_endpoint_scopes WHERE endpoint_id = $1").bind(id).execute(&mut *conn).await?;
    sqlx::query("DELETE FROM webhook_endpoints WHERE id = $1").bind(id).execute(&mut *conn).await?;
    Ok(())
}

/// The company's endpoints, oldest first.
pub async fn list(conn: &mut Conn, company_id: CompanyId) -> Result<Vec<Endpoint>, sqlx::Error> {
    sqlx::query_as(&format!("{SELECT_ENDPOINT} WHERE e.company_id = $1 ORDER BY e.id"))
        .bind(company_id)
        .fetch_all(conn)
        .await
}

pub async fn in_company(
    conn: &mut Conn,
    company_id: CompanyId,
    id: EndpointId,
) -> Result<Option<Endpoint>, sqlx::Error> {
    sqlx::query_as(&format!("{SELECT_ENDPOINT} WHERE e.id = $1 AND e.company_id = $2"))
        .bind(id)
        .bind(company_id)
        .fetch_optional(conn)
        .await
}

pub async fn count(conn: &mut Conn, company_id: CompanyId) -> Result<i64, sqlx::Error> {
    sqlx::query_scalar("SELECT COUNT(*) FROM webhook_endpoints WHERE company_id = $1")
        .bind(company_id)
        .fetch_one(conn)
        .await
}

/// The entities of each endpoint of the company that has some: `(endpoint, entity id, name)`.
pub async fn scopes(
    conn: &mut Conn,
    company_id: CompanyId,
) -> Result<Vec<(EndpointId, EntityId, String)>, sqlx::Error> {
    sqlx::query_as(
        "SELECT s.endpoint_id, e.id, e.name FROM webhook_endpoint_scopes s JOIN entities e ON e.id = s.entity_id
         WHERE e.company_id = $1 ORDER BY e.name_key, e.id",
    )
    .bind(company_id)
    .fetch_all(conn)
    .await
}

/// A new key; the current one signs beside it until `previous_until`.
pub async fn rotate(conn: &mut Conn, id: EndpointId, secret: &str, previous_until: i64) -> Result<(), sqlx::Error> {
    sqlx::query(
        "UPDATE webhook_endpoints SET previous_secret = secret, previous_until = $1, secret = $2 WHERE id = $3",
    )
    .bind(previous_until)
    .bind(secret)
    .bind(id)
    .execute(conn)
    .await?;
    Ok(())
}

/// Queues `payload` for every endpoint of the company that is on, chose `event`, and reaches
/// `entity` (an endpoint limited to entities gets only their events). One statement, in the
/// transaction of the change.
pub async fn enqueue(
    conn: &mut Conn,
    company_id: CompanyId,
    event: &str,
    entity: Option<EntityId>,
    payload: &str,
    now: i64,
) -> Result<u64, sqlx::Error> {
    let done = sqlx::query(
        "INSERT INTO webhook_messages (company_id, endpoint_id, event, payload, created_at, queued_at, status,
             next_attempt_at)
         SELECT e.company_id, e.id, $1, $2, $3, $4, 'pending', $5 FROM webhook_endpoints e
         WHERE e.company_id = $6 AND e.state = 'on' AND e.events LIKE $7
           AND (e.whole_company = 1 OR EXISTS (SELECT 1 FROM webhook_endpoint_scopes s
                                               WHERE s.endpoint_id = e.id AND s.entity_id = $8))
         ORDER BY e.id",
    )
    .bind(event)
    .bind(payload)
    .bind(now)
    .bind(now)
    .bind(now)
    .bind(company_id)
    .bind(format!("%,{event},%"))
    .bind(entity.unwrap_or_default())
    .execute(conn)
    .await?;
    Ok(done.rows_affected())
}

/// Queues one message for one endpoint (the test event).
pub async fn enqueue_one(
    conn: &mut Conn,
    endpoint: &Endpoint,
    event: &str,
    payload: &str,
    now: i64,
) -> Result<DeliveryId, sqlx::Error> {
    sqlx::query_scalar(
        "INSERT INTO webhook_messages (company_id, endpoint_id, event, payload, created_at, queued_at, status,
             next_attempt_at)
         VALUES ($1, $2, $3, $4, $5, $6, 'pending', $7) RETURNING id",
    )
    .bind(endpoint.company_id)
    .bind(endpoint.id)
    .bind(event)
    .bind(payload)
    .bind(now)
    .bind(now)
    .bind(now)
    .fetch_one(conn)
    .await
}

/// An endpoint taken for delivery.
#[derive(Debug, sqlx::FromRow)]
pub struct Claimed {
    pub id: EndpointId,
    pub company_id: CompanyId,
    pub url: String,
    pub secret: String,
    pub previous_secret: Option<String>,
    pub previous_until: Option<i64>,
    pub failing_since: Option<i64>,
}

/// Takes up to `limit` endpoints that are on, have a message due and are held by no other
/// instance, for `lease_secs`: the holder alone delivers their messages, one at a time. No
/// company holds more than `per_company` leases at once, so that one company's slow endpoints
/// never take every sender.
pub async fn claim_due(
    conn: &mut Conn,
    now: i64,
    lease_secs: i64,
    limit: i64,
    per_company: i64,
) -> Result<Vec<Claimed>, sqlx::Error> {
    sqlx::query_as(
        "UPDATE webhook_endpoints SET lease_until = $1
         WHERE id IN (
             SELECT id FROM (
                 SELECT e.id, ROW_NUMBER() OVER (PARTITION BY e.company_id ORDER BY e.id)
                        + (SELECT COUNT(*) FROM webhook_endpoints h
                           WHERE h.company_id = e.company_id AND h.lease_until > $2) AS rank
                 FROM webhook_endpoints e
                 WHERE e.state = 'on' AND (e.lease_until IS NULL OR e.lease_until <= $3)
                   AND EXISTS (SELECT 1 FROM webhook_messages m WHERE m.endpoint_id = e.id
                                 AND m.status = 'pending' AND m.next_attempt_at <= $4)
             ) candidates
             WHERE rank <= $5 ORDER BY id LIMIT $6)
         RETURNING id, company_id, url, secret, previous_secret, previous_until, failing_since",
    )
    .bind(now + lease_secs)
    .bind(now)
    .bind(now)
    .bind(now)
    .bind(per_company)
    .bind(limit)
    .fetch_all(conn)
    .await
}

pub async fn release(conn: &mut Conn, id: EndpointId) -> Result<(), sqlx::Error> {
    sqlx::query("UPDATE webhook_endpoints SET lease_until = NULL WHERE id = $1").bind(id).execute(conn).await?;
    Ok(())
}

/// A message as the delivery loop takes it.
#[derive(Debug, sqlx::FromRow)]
pub struct Message {
    pub id: DeliveryId,
    pub payload: String,
    /// When it last became pending (queued, or resent): it is given up `RETRY_WINDOW_SECS` after.
    pub queued_at: i64,
    pub attempts: i64,
    pub next_attempt_at: i64,
}

/// The endpoint's oldest pending messages, in order: nothing after the first goes before it.
pub async fn next(conn: &mut Conn, endpoint: EndpointId, limit: i64) -> Result<Vec<Message>, sqlx::Error> {
    sqlx::query_as(
        "SELECT id, payload, queued_at, attempts, next_attempt_at FROM webhook_messages
         WHERE endpoint_id = $1 AND status = 'pending' ORDER BY id LIMIT $2",
    )
    .bind(endpoint)
    .bind(limit)
    .fetch_all(conn)
    .await
}

/// What one try gave.
pub struct Attempt {
    pub at: i64,
    pub status: DeliveryStatus,
    pub next_attempt_at: i64,
    pub http_status: Option<u16>,
    pub latency_ms: i64,
    pub error: Option<DeliveryError>,
}

pub async fn record_attempt(conn: &mut Conn, id: DeliveryId, a: &Attempt) -> Result<(), sqlx::Error> {
    sqlx::query(
        "UPDATE webhook_messages SET attempts = attempts + 1, last_attempt_at = $1, status = $2, next_attempt_at = $3,
             http_status = $4, latency_ms = $5, error = $6 WHERE id = $7",
    )
    .bind(a.at)
    .bind(a.status)
    .bind(a.next_attempt_at)
    .bind(a.http_status.map(i64::from))
    .bind(a.latency_ms)
    .bind(a.error)
    .bind(id)
    .execute(conn)
    .await?;
    Ok(())
}

/// A failure: the endpoint's run of failures starts now, unless one is running.
pub async fn start_failing(conn: &mut Conn, id: EndpointId, now: i64) -> Result<(), sqlx::Error> {
    sqlx::query("UPDATE webhook_endpoints SET failing_since = COALESCE(failing_since, $1) WHERE id = $2")
        .bind(now)
        .bind(id)
        .execute(conn)
        .await?;
    Ok(())
}

/// A delivery: the run of failures, if any, is over.
pub async fn stop_failing(conn: &mut Conn, id: EndpointId) -> Result<(), sqlx::Error> {
    sqlx::query("UPDATE webhook_endpoints SET failing_since = NULL WHERE id = $1 AND failing_since IS NOT NULL")
        .bind(id)
        .execute(conn)
        .await?;
    Ok(())
}

/// Switched off by Espace: its pending messages are given up. True if this call did it (an
/// endpoint already switched off, by anyone, is left as it is).
pub async fn switch_off(conn: &mut Conn, id: EndpointId, now: i64) -> Result<bool, sqlx::Error> {
    let done = sqlx::query("UPDATE webhook_endpoints SET state = 'failing' WHERE id = $1 AND state = 'on'")
        .bind(id)
        .execute(&mut *conn)
        .await?;
    sqlx::query(
        "UPDATE webhook_messages SET status = 'failed', error = $1, next_attempt_at = $2
         WHERE endpoint_id = $3 AND status = 'pending'",
    )
    .bind(DeliveryError::EndpointOff)
    .bind(now)
    .bind(id)
    .execute(conn)
    .await?;
    Ok(done.rows_affected() == 1)
}

#[derive(Debug, sqlx::FromRow)]
pub struct Delivery {
    pub id: DeliveryId,
    pub event: String,
    pub created_at: i64,
    pub status: DeliveryStatus,
    pub attempts: i64,
    pub next_attempt_at: i64,
    pub last_attempt_at: Option<i64>,
    pub http_status: Option<i64>,
    pub latency_ms: Option<i64>,
    pub error: Option<DeliveryError>,
}

const SELECT_DELIVERY: &str = "SELECT id, event, created_at, status, attempts, next_attempt_at, last_attempt_at,
    http_status, latency_ms, error FROM webhook_messages";

/// The endpoint's latest messages, newest first.
pub async fn deliveries(conn: &mut Conn, endpoint: EndpointId, limit: i64) -> Result<Vec<Delivery>, sqlx::Error> {
    sqlx::query_as(&format!("{SELECT_DELIVERY} WHERE endpoint_id = $1 ORDER BY id DESC LIMIT $2"))
        .bind(endpoint)
        .bind(limit)
        .fetch_all(conn)
        .await
}

/// One of the endpoint's messages, with its body.
pub async fn delivery(
    conn: &mut Conn,
    endpoint: EndpointId,
    id: DeliveryId,
) -> Result<Option<(Delivery, String)>, sqlx::Error> {
    let found: Option<Delivery> = sqlx::query_as(&format!("{SELECT_DELIVERY} WHERE id = $1 AND endpoint_id = $2"))
        .bind(id)
        .bind(endpoint)
        .fetch_optional(&mut *conn)
        .await?;
    let Some(found) = found else { return Ok(None) };
    let payload: String =
        sqlx::query_scalar("SELECT payload FROM webhook_messages WHERE id = $1").bind(id).fetch_one(conn).await?;
    Ok(Some((found, payload)))
}

/// Sends the message again, as soon as its turn comes (same `webhook-id`).
pub async fn resend(conn: &mut Conn, id: DeliveryId, now: i64) -> Result<(), sqlx::Error> {
    sqlx::query("UPDATE webhook_messages SET status = 'pending', next_attempt_at = $1, queued_at = $2, error = NULL WHERE id = $3")
        .bind(now)
        .bind(now)
        .bind(id)
        .execute(conn)
        .await?;
    Ok(())
}

/// Deletes the messages done (delivered or given up) before `before`: the hourly purge.
pub async fn purge(conn: &mut Conn, before: i64) -> Result<u64, sqlx::Error> {
    let done = sqlx::query(
        "DELETE FROM webhook_messages WHERE status <> 'pending' AND COALESCE(last_attempt_at, created_at) < $1",
    )
    .bind(before)
    .execute(conn)
    .await?;
    Ok(done.rows_affected())
}

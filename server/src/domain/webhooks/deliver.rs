//! Delivery: an instance takes the lease of endpoints with a message due and sends each one's
//! messages oldest first, one at a time, signed; it stops at the first failure, so nothing
//! overtakes a message that waits for its retry. A 2xx answer is a delivery; anything else
//! (another status, a redirect, no answer within `TIMEOUT_SECS`, a private address) is tried
//! again with exponential backoff until `RETRY_WINDOW_SECS` after it was queued; an endpoint
//! that has failed for as long is switched off and the company's administrators are told.

use std::time::{Duration, Instant};

use espace_api::mail::EmailKind;
use espace_api::webhooks::{DeliveryError, DeliveryStatus, RETRY_WINDOW_SECS};
use espace_api::UserId;
use tokio_util::sync::CancellationToken;

use super::signature;
use crate::auth::second_step::open_secret;
use crate::error::AppError;
use crate::mail::{self, render};
use crate::outbound::Refusal;
use crate::state::AppState;
use crate::store::{self, webhooks::Claimed};

/// How long an instance holds an endpoint: longer than the messages it sends under it.
const LEASE_SECS: i64 = 120;
/// An endpoint's turn ends after this long, so that its lease never runs out mid-send.
const TURN: Duration = Duration::from_secs(60);
/// Endpoints served at once by one instance.
const ENDPOINTS_AT_ONCE: usize = 16;
/// Endpoints of one company served at once by one instance: the others' turn comes.
const PER_COMPANY: i64 = 2;
/// Messages sent before their outcomes are written.
const BATCH: i64 = 20;
/// Wait after the first failure; multiplied by 4 at each further one, up to `MAX_BACKOFF_SECS`.
pub const FIRST_BACKOFF_SECS: i64 = 30;
pub const MAX_BACKOFF_SECS: i64 = 12 * 3600;

/// Seconds to wait after the `attempts`-th failed try: 30 s, 2 min, 8 min, 32 min, about 2 h,
/// 8.5 h, then every 12 h (about a dozen tries in three days).
pub fn backoff(attempts: i64) -> i64 {
    let steps = u32::try_from(attempts.saturating_sub(1).clamp(0, 10)).unwrap_or(10);
    FIRST_BACKOFF_SECS.saturating_mul(4_i64.saturating_pow(steps)).min(MAX_BACKOFF_SECS)
}

#[derive(Debug, Default, Clone, Copy, PartialEq, Eq)]
pub struct Report {
    pub delivered: usize,
    pub failed: usize,
    pub switched_off: usize,
}

/// What one try gave.
struct Tried {
    http_status: Option<u16>,
    latency_ms: i64,
    error: Option<DeliveryError>,
}

fn error_of(refusal: &Refusal) -> DeliveryError {
    match refusal {
        Refusal::Scheme | Refusal::Invalid => DeliveryError::InvalidUrl,
        Refusal::PrivateAddress => DeliveryError::PrivateAddress,
        Refusal::UnknownHost => DeliveryError::UnknownHost,
        Refusal::Timeout => DeliveryError::Timeout,
        Refusal::Unreachable | Refusal::TooLarge => DeliveryError::Unreachable,
    }
}

/// One signed POST. The signature's timestamp is the real time of the try (receivers refuse
/// old ones), whatever clock the pass was given.
async fn send(state: &AppState, endpoint: &Claimed, secrets: &[String], message: &store::webhooks::Message) -> Tried {
    let message_id = super::message_id(message.id);
    let timestamp = store::now();
    let keys: Vec<&str> = secrets.iter().map(String::as_str).collect();
    let started = Instant::now();
    let elapsed = |started: Instant| i64::try_from(started.elapsed().as_millis()).unwrap_or(i64::MAX);
    let Ok(signatures) = signature::header(&keys, &message_id, timestamp, &message.payload) else {
        return Tried { http_status: None, latency_ms: 0, error: Some(DeliveryError::InvalidUrl) };
    };
    let request = openidconnect::http::Request::builder()
        .method("POST")
        .uri(endpoint.url.as_str())
        .header("content-type", "application/json")
        .header("user-agent", "Espace-Webhooks/1")
        .header("webhook-id", &message_id)
        .header("webhook-timestamp", timestamp.to_string())
        .header("webhook-signature", signatures)
        .body(message.payload.clone().into_bytes());
    let Ok(request) = request else {
        return Tried { http_status: None, latency_ms: 0, error: Some(DeliveryError::InvalidUrl) };
    };
    match state.http.send(request).await {
        Ok(answer) if answer.status().is_success() => {
            Tried { http_status: Some(answer.status().as_u16()), latency_ms: elapsed(started), error: None }
        }
        Ok(answer) => Tried {
            http_status: Some(answer.status().as_u16()),
            latency_ms: elapsed(started),
            error: Some(DeliveryError::Status),
        },
        Err(refusal) => Tried { http_status: None, latency_ms: elapsed(started), error: Some(error_of(&refusal)) },
    }
}

/// The keys that sign now: the current one, and the previous one during its overlap.
fn secrets(state: &AppState, endpoint: &Claimed, now: i64) -> Result<Vec<String>, AppError> {
    let open = |sealed: &str| -> Result<String, AppError> {
        String::from_utf8(open_secret(state, sealed)?).map_err(|_| AppError::Secret("webhook secret".into()))
    };
    let mut keys = vec![open(&endpoint.secret)?];
    if let (Some(previous), Some(until)) = (&endpoint.previous_secret, endpoint.previous_until) {
        if until > now {
            keys.push(open(previous)?);
        }
    }
    Ok(keys)
}

/// Sends the endpoint's due messages in order until one fails, none is due, or its turn ends;
/// then gives the lease back. Outcomes are written a batch at a time, one transaction for up
/// to `BATCH` messages, so that a busy company's writers are not made to wait once per message
/// (should the instance die between a send and its record, the message goes again, with the
/// same `webhook-id`).
async fn serve(state: &AppState, endpoint: Claimed, now: i64) -> Result<Report, AppError> {
    let mut report = Report::default();
    let started = Instant::now();
    let keys = secrets(state, &endpoint, now)?;
    let mut failing = false;
    while started.elapsed() < TURN && !failing {
        let batch = store::webhooks::next(&mut *state.pool.acquire().await?, endpoint.id, BATCH).await?;
        let mut tried = Vec::new();
        for message in batch.iter().take_while(|m| m.next_attempt_at <= now) {
            let outcome = send(state, &endpoint, &keys, message).await;
            failing = outcome.error.is_some();
            tried.push((message, outcome, store::now()));
            if failing || started.elapsed() >= TURN {
                break;
            }
        }
        if tried.is_empty() {
            break;
        }
        let mut tx = store::write(&state.pool, store::Lock::Company(endpoint.company_id)).await?;
        for (message, outcome, at) in &tried {
            let failed = outcome.error.is_some();
            let expired = failed && now - message.queued_at >= RETRY_WINDOW_SECS;
            let attempt = store::webhooks::Attempt {
                at: *at,
                status: match (failed, expired) {
                    (false, _) => DeliveryStatus::Delivered,
                    (true, false) => DeliveryStatus::Pending,
                    (true, true) => DeliveryStatus::Failed,
                },
                next_attempt_at: now + backoff(message.attempts + 1),
                http_status: outcome.http_status,
                latency_ms: outcome.latency_ms,
                error: outcome.error,
            };
            store::webhooks::record_attempt(&mut tx, message.id, &attempt).await?;
            if failed {
                tracing::info!(endpoint = %endpoint.id, message = %message.id, error = ?outcome.error,
                    status = ?outcome.http_status, "webhook not delivered");
                report.failed += 1;
            } else {
                report.delivered += 1;
            }
        }
        if failing {
            store::webhooks::start_failing(&mut tx, endpoint.id, now).await?;
            let three_days = now - endpoint.failing_since.unwrap_or(now) >= RETRY_WINDOW_SECS;
            if three_days && store::webhooks::switch_off(&mut tx, endpoint.id, now).await? {
                tell_admins(state, &mut tx, &endpoint).await?;
                report.switched_off += 1;
            }
        } else {
            store::webhooks::stop_failing(&mut tx, endpoint.id).await?;
        }
        tx.commit().await?;
    }
    let mut conn = state.pool.acquire().await?;
    store::webhooks::release(&mut conn, endpoint.id).await?;
    Ok(report)
}

async fn tell_admins(state: &AppState, tx: &mut store::Conn, endpoint: &Claimed) -> Result<(), AppError> {
    let link = state.config.page_url(&format!("/webhooks/{}", endpoint.id));
    mail::to_admins(tx, endpoint.company_id, UserId(0), EmailKind::WebhookOff, |admin| {
        render::webhook_off(admin.language, &admin.company_name, &admin.first_name, &endpoint.url, &link)
    })
    .await?;
    tracing::warn!(endpoint = %endpoint.id, "webhook endpoint switched off after failing for three days");
    Ok(())
}

/// Takes up to `limit` endpoints with a message due.
async fn claim(state: &AppState, now: i64, limit: usize) -> Result<Vec<Claimed>, AppError> {
    let mut tx = store::write(&state.pool, store::Lock::Platform).await?;
    let limit = i64::try_from(limit).unwrap_or(1);
    let claimed = store::webhooks::claim_due(&mut tx, now, LEASE_SECS, limit, PER_COMPANY).await?;
    tx.commit().await?;
    Ok(claimed)
}

/// One pass at time `now` (a parameter, so tests can move the clock): takes the endpoints
/// with a message due, serves them side by side, and waits for them all.
pub async fn deliver_due(state: &AppState, now: i64) -> Result<Report, AppError> {
    let mut turns = tokio::task::JoinSet::new();
    for endpoint in claim(state, now, ENDPOINTS_AT_ONCE).await? {
        let state = state.clone();
        turns.spawn(async move { serve(&state, endpoint, now).await });
    }
    let mut report = Report::default();
    while let Some(done) = turns.join_next().await {
        match done? {
            Ok(r) => {
                report.delivered += r.delivered;
                report.failed += r.failed;
                report.switched_off += r.switched_off;
            }
            Err(e) => tracing::warn!(error = %e, "webhook delivery turn failed; the lease will lapse"),
        }
    }
    Ok(report)
}

/// Every second until `stop`, takes endpoints for the senders that are free (at most
/// `ENDPOINTS_AT_ONCE` turns run at once, each on its own): a slow endpoint holds one sender,
/// never the others' next turn.
pub fn spawn_loop(state: AppState, stop: CancellationToken) -> tokio::task::JoinHandle<()> {
    tokio::spawn(async move {
        let senders = std::sync::Arc::new(tokio::sync::Semaphore::new(ENDPOINTS_AT_ONCE));
        let mut interval = tokio::time::interval(Duration::from_secs(1));
        interval.set_missed_tick_behavior(tokio::time::MissedTickBehavior::Delay);
        loop {
            tokio::select! {
                () = stop.cancelled() => break,
                _ = interval.tick() => {}
            }
            let free = senders.available_permits();
            if free == 0 {
                continue;
            }
            let claimed = match claim(&state, store::now(), free).await {
                Ok(claimed) => claimed,
                Err(e) => {
                    tracing::warn!(error = %e, "taking webhook endpoints failed; will try again");
                    continue;
                }
            };
            for endpoint in claimed {
                let Ok(sender) = senders.clone().acquire_owned().await else { break };
                let state = state.clone();
                tokio::spawn(async move {
                    if let Err(e) = serve(&state, endpoint, store::now()).await {
                        tracing::warn!(error = %e, "webhook delivery turn failed; the lease will lapse");
                    }
                    drop(sender);
                });
            }
        }
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn backoff_grows_fourfold_up_to_half_a_day() {
        assert_eq!(backoff(1), 30);
        assert_eq!(backoff(2), 120);
        assert_eq!(backoff(3), 480);
        assert_eq!(backoff(7), MAX_BACKOFF_SECS);
        assert_eq!(backoff(100), MAX_BACKOFF_SECS);
        let mut waited = 0;
        let mut tries = 0;
        while waited < RETRY_WINDOW_SECS {
            tries += 1;
            waited += backoff(tries);
        }
        assert!((10..=14).contains(&tries), "{tries} tries in three days");
    }
}

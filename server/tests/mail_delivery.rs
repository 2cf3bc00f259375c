//! Delivery against a real SMTP server (aiosmtpd, started by the test): each message on its
//! own, passing failures retried with backoff, permanent ones given up with a reason shown on
//! the user's page, and none of them holding up the others.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)] // tests: a failed unwrap is a failed test

mod common;

use axum::http::StatusCode;
use common::{body_json, start_with, SmtpServer, TestApp};
use espace_server::config::Secret;
use espace_server::mail::deliver::{backoff, deliver_due, Report, MAX_ATTEMPTS};
use espace_server::store;
use serde_json::json;

/// A user signing in with `address` (`mail<n>@acme.example` when empty), sent an activation
/// e-mail now: a link goes to the sign-in address.
async fn invite(t: &TestApp, cookie: &str, n: u32, address: &str) -> i64 {
    let email = if address.is_empty() { format!("mail{n}@acme.example") } else { address.to_owned() };
    let res = t
        .json(
            "POST",
            "/api/users",
            Some(cookie),
            json!({
                "first_name": "Mail", "last_name": format!("Test{n}"), "role": "user", "entity_id": 1,
                "email": email, "notification_email": "",
                "language": "en", "service_ids": [], "send_activation": true, "idempotency_key": format!("mail{n}"),
            }),
        )
        .await;
    assert_eq!(res.status(), StatusCode::CREATED, "{address}");
    body_json(res).await["id"].as_i64().unwrap()
}

async fn pass(t: &TestApp, now: i64) -> Report {
    deliver_due(&t.app.state.pool, &t.app.mailer, now).await.unwrap()
}

#[tokio::test]
async fn a_refused_address_is_given_up_with_its_reason_and_does_not_hold_up_the_others() {
    let smtp = SmtpServer::start(true);
    let t = start_with(|c| c.smtp_url = Some(Secret::new(smtp.url()))).await;
    let cookie = t.admin_cookie().await;
    let bounced = invite(&t, &cookie, 1, "bounce@acme.example").await;
    invite(&t, &cookie, 2, "").await;
    invite(&t, &cookie, 3, "zoé@exemple-é.fr").await;
    let report = pass(&t, store::now()).await;
    assert_eq!(report, Report { sent: 2, retried: 0, failed: 1 });
    let received = smtp.received();
    assert_eq!(received.len(), 2);
    assert_eq!(received[0].0, "mail2@acme.example");
    assert!(received[0].1.contains("multipart/alternative"));
    // The domain went out as punycode; the relay offers SMTPUTF8 for the accented local part.
    assert_eq!(received[1].0, "zoé@xn--exemple--i1a.fr");
    assert_eq!(pass(&t, store::now() + 10_000).await, Report::default(), "nothing is sent twice");

    let detail = t.detail(&cookie, bounced).await;
    assert_eq!(detail["undelivered_email"]["kind"], "activation");
    assert_eq!(detail["undelivered_email"]["reason"], "rejected");
    assert_eq!(detail["undelivered_email"]["to"], "bounce@acme.example");
    let last_error: String =
        sqlx::query_scalar("SELECT last_error FROM outbox WHERE to_address = 'bounce@acme.example'")
            .fetch_one(&t.app.state.pool)
            .await
            .unwrap();
    assert!(last_error.contains("550"), "{last_error}");
}

#[tokio::test]
async fn a_non_ascii_local_part_to_a_relay_without_smtputf8_is_a_clear_failure() {
    let smtp = SmtpServer::start(false);
    let t = start_with(|c| c.smtp_url = Some(Secret::new(smtp.url()))).await;
    let cookie = t.admin_cookie().await;
    let id = invite(&t, &cookie, 1, "zoé@acme.example").await;
    invite(&t, &cookie, 2, "").await;
    assert_eq!(pass(&t, store::now()).await, Report { sent: 1, retried: 0, failed: 1 });
    assert_eq!(t.detail(&cookie, id).await["undelivered_email"]["reason"], "smtputf8-unsupported");
}

#[tokio::test]
async fn passing_failures_are_retried_with_backoff_then_given_up() {
    let smtp = SmtpServer::start(true);
    let t = start_with(|c| c.smtp_url = Some(Secret::new(smtp.url()))).await;
    let cookie = t.admin_cookie().await;
    let id = invite(&t, &cookie, 1, "busy@acme.example").await;
    let mut now = store::now();
    for attempt in 1..MAX_ATTEMPTS {
        assert_eq!(pass(&t, now).await, Report { sent: 0, retried: 1, failed: 0 }, "try {attempt}");
        assert_eq!(pass(&t, now + backoff(attempt) - 1).await, Report::default(), "not before its time");
        now += backoff(attempt);
        assert!(t.detail(&cookie, id).await.get("undelivered_email").is_none());
    }
    assert_eq!(pass(&t, now).await, Report { sent: 0, retried: 0, failed: 1 });
    assert_eq!(t.detail(&cookie, id).await["undelivered_email"]["reason"], "unreachable");
    // A later e-mail that leaves supersedes the failure on the page.
    sqlx::query("UPDATE users SET email = 'mail1@acme.example', email_norm = 'mail1@acme.example' WHERE id = $1")
        .bind(id)
        .execute(&t.app.state.pool)
        .await
        .unwrap();
    let version = t.version(&cookie, id).await;
    let res = t
        .json(
            "POST",
            &format!("/api/users/{id}/actions"),
            Some(&cookie),
            json!({ "action": "resend-activation", "version": version }),
        )
        .await;
    assert_eq!(res.status(), StatusCode::OK);
    assert_eq!(pass(&t, now).await.sent, 1);
    assert!(t.detail(&cookie, id).await.get("undelivered_email").is_none());
}

#[tokio::test]
async fn a_relay_that_is_down_delays_mail_without_losing_it() {
    let smtp = SmtpServer::start(true);
    let url = smtp.url();
    drop(smtp);
    let t = start_with(|c| c.smtp_url = Some(Secret::new(url))).await;
    let cookie = t.admin_cookie().await;
    invite(&t, &cookie, 1, "").await;
    assert_eq!(pass(&t, store::now()).await, Report { sent: 0, retried: 1, failed: 0 });
}

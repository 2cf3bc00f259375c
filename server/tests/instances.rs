//! Two server instances on one database (SQLite file or PostgreSQL): a person signs in on one
//! and is served by the other, an e-mail leaves once, the hourly pass runs once, and the rate
//! limits count attempts made on both.

#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)] // tests: a failed unwrap is a failed test

mod common;

use axum::http::StatusCode;
use common::{body_json, start_with, SmtpServer};
use espace_server::config::Secret;
use espace_server::jobs::inactivity::run_if_due;
use espace_server::mail::deliver::deliver_due;
use espace_server::store;
use serde_json::json;

#[tokio::test(flavor = "multi_thread", worker_threads = 4)]
async fn a_flow_across_two_instances_sends_once_runs_the_job_once_and_limits_across_both() {
    let smtp = SmtpServer::start(true);
    let a = start_with(|c| c.smtp_url = Some(Secret::new(smtp.url()))).await;
    let b = a.another_instance().await;

    // Signed in on A, served by B.
    let cookie = a.admin_cookie().await;
    let sophie = a.user_id("sophie.laurent@acme.example").await;
    let version = b.version(&cookie, sophie).await;
    let res = b
        .json(
            "POST",
            &format!("/api/users/{sophie}/actions"),
            Some(&cookie),
            json!({ "action": "activate", "version": version }),
        )
        .await;
    assert_eq!(res.status(), StatusCode::OK);
    // A stale action on A after B's: the version moved for both.
    let stale = a
        .json(
            "POST",
            &format!("/api/users/{sophie}/actions"),
            Some(&cookie),
            json!({ "action": "activate", "version": version }),
        )
        .await;
    assert_eq!(stale.status(), StatusCode::CONFLICT);

    // Both delivery loops run at once: the e-mail leaves once.
    let now = store::now();
    let (ra, rb) = tokio::join!(
        deliver_due(&a.app.state.pool, &a.app.mailer, now),
        deliver_due(&b.app.state.pool, &b.app.mailer, now)
    );
    assert_eq!(ra.unwrap().sent + rb.unwrap().sent, 1);
    let received = smtp.received();
    assert_eq!(received.len(), 1);
    assert_eq!(received[0].0, "sophie.laurent@acme.example");

    // Both instances look whether the hourly pass is due: one runs it, then nobody for an hour.
    let (ja, jb) = tokio::join!(run_if_due(&a.app.state, now), run_if_due(&b.app.state, now));
    assert_eq!(u8::from(ja.unwrap()) + u8::from(jb.unwrap()), 1);
    assert!(!run_if_due(&a.app.state, now + 600).await.unwrap());
    assert!(!run_if_due(&b.app.state, now + 3599).await.unwrap());
    assert!(run_if_due(&b.app.state, now + 3600).await.unwrap());

    // One client's failed sign-ins count on both instances.
    let (max, _) = espace_server::rate_limit::Bucket::SignInAddress.limit();
    for n in 0..max {
        let instance = if n % 2 == 0 { &a } else { &b };
        let body = json!({ "email": format!("guess{n}@acme.example"), "password": "nope-nope-nope" });
        let res = instance.json_from([10, 0, 0, 1], &[], "POST", "/api/session", body).await;
        assert_eq!(res.status(), StatusCode::UNAUTHORIZED);
    }
    let body = json!({ "email": "guess-last@acme.example", "password": "nope-nope-nope" });
    let limited = a.json_from([10, 0, 0, 1], &[], "POST", "/api/session", body).await;
    assert_eq!(limited.status(), StatusCode::TOO_MANY_REQUESTS);
    assert_eq!(body_json(limited).await["code"], "rate-limited");
}

#[tokio::test]
async fn health_is_liveness_and_ready_checks_the_database_and_its_migrations() {
    let t = common::start().await;
    assert_eq!(t.get("/api/health", None).await.status(), StatusCode::OK);
    let ready = t.get("/api/ready", None).await;
    assert_eq!(ready.status(), StatusCode::OK);
    assert_eq!(body_json(ready).await["status"], "ready");
    // A database migrated by a newer build is not one this instance should serve.
    sqlx::query(
        "INSERT INTO _sqlx_migrations (version, description, success, checksum, execution_time)
         VALUES (99990101000000, 'from the future', TRUE, $1, 0)",
    )
    .bind(vec![0u8; 48])
    .execute(&t.app.state.pool)
    .await
    .unwrap();
    let not_ready = t.get("/api/ready", None).await;
    assert_eq!(not_ready.status(), StatusCode::SERVICE_UNAVAILABLE);
    assert_eq!(body_json(not_ready).await["code"], "not-ready");
}

//! The suite runs on the engine it was asked for (`make test` runs it on both).

#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)] // tests: a failed unwrap is a failed test

mod common;

use espace_server::store::{self, Engine};

#[tokio::test]
async fn the_suite_runs_on_the_engine_it_was_given_with_migrations_current() {
    let t = common::start().await;
    let expected = if std::env::var("ESPACE_TEST_POSTGRES").is_ok_and(|v| !v.is_empty()) {
        Engine::Postgres
    } else {
        Engine::Sqlite
    };
    assert_eq!(Engine::of_pool(&t.app.state.pool), expected);
    assert!(store::migrations_current(&t.app.state.pool).await.unwrap());
}

#[tokio::test]
async fn the_company_user_count_follows_creations_and_deletions() {
    let t = common::start().await;
    let cookie = t.admin_cookie().await;
    for n in 0..3 {
        let body = serde_json::json!({
            "first_name": "Count", "last_name": format!("Me{n}"), "role": "user", "entity_id": 1, "email": format!("count{n}@acme.example"),
            "language": "fr", "service_ids": [], "send_activation": false, "idempotency_key": format!("count{n}"),
        });
        assert_eq!(t.json("POST", "/api/users", Some(&cookie), body).await.status(), axum::http::StatusCode::CREATED);
    }
    let id = t.user_id("count1@acme.example").await;
    let version = t.version(&cookie, id).await;
    let body = serde_json::json!({ "action": "delete", "version": version });
    t.json("POST", &format!("/api/users/{id}/actions"), Some(&cookie), body).await;
    let counted: i64 = sqlx::query_scalar("SELECT COUNT(*) FROM users").fetch_one(&t.app.state.pool).await.unwrap();
    let page = common::body_json(t.get("/api/users", Some(&cookie)).await).await;
    assert_eq!(page["company_total"], counted);
    assert_eq!(page["total"], counted);
}

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

/// Counts are kept without a hot row (deltas on PostgreSQL, migration 0022): exact before and
/// after the deltas are folded into the rows, the company's and each entity's.
#[tokio::test]
async fn user_counts_stay_exact_through_moves_and_the_folding_of_their_deltas() {
    let t = common::start().await;
    let cookie = t.admin_cookie().await;
    let pool = &t.app.state.pool;
    let exact = || async {
        let company: i64 = sqlx::query_scalar("SELECT COUNT(*) FROM users").fetch_one(pool).await.unwrap();
        let page = common::body_json(t.get("/api/users", Some(&cookie)).await).await;
        assert_eq!(page["company_total"], company);
        let entities = common::body_json(t.get("/api/entities", Some(&cookie)).await).await;
        for entity in entities.as_array().unwrap() {
            let id = entity["id"].as_i64().unwrap();
            let n: i64 = sqlx::query_scalar("SELECT COUNT(*) FROM users WHERE entity_id = $1")
                .bind(id)
                .fetch_one(pool)
                .await
                .unwrap();
            assert_eq!(entity["users"], n, "entity {id}");
        }
    };
    let body = serde_json::json!({ "name": "Annex" });
    let annex = common::body_json(t.json("POST", "/api/entities", Some(&cookie), body).await).await["id"].clone();
    for n in 0..4 {
        let body = serde_json::json!({
            "first_name": "Fold", "last_name": format!("Me{n}"), "role": "user", "entity_id": 1,
            "email": format!("fold{n}@acme.example"), "language": "fr", "service_ids": [],
            "send_activation": false, "idempotency_key": format!("fold{n}"),
        });
        assert_eq!(t.json("POST", "/api/users", Some(&cookie), body).await.status(), axum::http::StatusCode::CREATED);
    }
    let annex = annex.as_i64().unwrap();
    sqlx::query("UPDATE users SET entity_id = $1 WHERE email LIKE 'fold%'").bind(annex).execute(pool).await.unwrap();
    exact().await;
    espace_server::jobs::inactivity::purge(&t.app.state, store::now()).await.unwrap();
    let left: i64 = sqlx::query_scalar("SELECT COUNT(*) FROM user_count_deltas").fetch_one(pool).await.unwrap();
    assert_eq!(left, 0, "folded into the rows");
    exact().await;
}

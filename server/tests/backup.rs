//! `espace-server backup FILE` on SQLite: a consistent copy that a server opens as it was.

#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)] // tests: a failed unwrap is a failed test

mod common;

use axum::http::StatusCode;
use espace_server::store::{self, Engine};

#[tokio::test]
async fn a_backup_restores_the_data_as_it_was() {
    let t = common::start().await;
    if Engine::of_pool(&t.app.state.pool) != Engine::Sqlite {
        // PostgreSQL is backed up with pg_dump (README); the command says so.
        let dir = tempfile::tempdir().unwrap();
        assert!(store::backup(&t.app.state.pool, &dir.path().join("x.db")).await.is_err());
        return;
    }
    let cookie = t.admin_cookie().await;
    let body = serde_json::json!({
        "first_name": "Backed", "last_name": "Up", "role": "user", "email": "backed.up@acme.example",
        "language": "fr", "service_ids": [], "send_activation": false, "idempotency_key": "backup",
    });
    assert_eq!(t.json("POST", "/api/users", Some(&cookie), body).await.status(), StatusCode::CREATED);
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("backup.db");
    store::backup(&t.app.state.pool, &file).await.unwrap();
    assert!(store::backup(&t.app.state.pool, &file).await.is_err(), "never overwrites");

    // Restoring is starting a server on the copy.
    let restored = store::connect(&format!("sqlite://{}", file.display()), 2).await.unwrap();
    let found: i64 = sqlx::query_scalar("SELECT COUNT(*) FROM users WHERE email_norm = 'backed.up@acme.example'")
        .fetch_one(&restored)
        .await
        .unwrap();
    assert_eq!(found, 1);
    assert!(store::migrations_current(&restored).await.unwrap());
}

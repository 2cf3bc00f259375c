//! Backups and restores: `espace-server backup FILE` on SQLite, the README's pg_dump recipe on
//! PostgreSQL; either way a server opens the copy as it was.

#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)] // tests: a failed unwrap is a failed test

mod common;

use axum::http::StatusCode;
use espace_server::store::{self, Engine};

#[tokio::test]
async fn a_backup_restores_the_data_as_it_was() {
    let t = common::start().await;
    if Engine::of_pool(&t.app.state.pool) != Engine::Sqlite {
        return postgres_recipe(&t).await;
    }
    let cookie = t.admin_cookie().await;
    let body = serde_json::json!({
        "first_name": "Backed", "last_name": "Up", "role": "user", "entity_id": 1, "email": "backed.up@acme.example",
        "language": "fr", "service_ids": [], "send_activation": false, "idempotency_key": "backup",
    });
    assert_eq!(t.json("POST", "/api/users", Some(&cookie), body).await.status(), StatusCode::CREATED);
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("backup.db");
    store::backup(&t.app.state.pool, &file).await.unwrap();
    assert!(store::backup(&t.app.state.pool, &file).await.is_err(), "never overwrites");

    // Restoring is starting a server on the copy.
    let restored = store::connect(&format!("sqlite://{}", file.display()), 2, store::ACQUIRE_TIMEOUT).await.unwrap();
    let found: i64 = sqlx::query_scalar("SELECT COUNT(*) FROM users WHERE email_norm = 'backed.up@acme.example'")
        .fetch_one(&restored)
        .await
        .unwrap();
    assert_eq!(found, 1);
    assert!(store::migrations_current(&restored).await.unwrap());
}

/// The README's PostgreSQL recipe, as written there: `pg_dump --format=custom`, then
/// `pg_restore --no-owner` into an empty database, which a server then opens as it was.
async fn postgres_recipe(t: &common::TestApp) {
    let dir = tempfile::tempdir().unwrap();
    assert!(store::backup(&t.app.state.pool, &dir.path().join("x.db")).await.is_err(), "the command points to pg_dump");
    let cookie = t.admin_cookie().await;
    let body = serde_json::json!({
        "first_name": "Backed", "last_name": "Up", "role": "user", "entity_id": 1, "email": "backed.up@acme.example",
        "language": "fr", "service_ids": [], "send_activation": false, "idempotency_key": "backup",
    });
    assert_eq!(t.json("POST", "/api/users", Some(&cookie), body).await.status(), StatusCode::CREATED);
    let url = t.app.state.config.database_url.clone();
    let bin = std::fs::read_dir("/usr/lib/postgresql")
        .unwrap()
        .flatten()
        .map(|e| e.path().join("bin"))
        .max()
        .expect("PostgreSQL's client tools");
    let dump = dir.path().join("espace.dump");
    let status = std::process::Command::new(bin.join("pg_dump"))
        .args(["--format=custom", "--file"])
        .arg(&dump)
        .arg(&url)
        .status()
        .unwrap();
    assert!(status.success());
    let admin = std::env::var("ESPACE_TEST_POSTGRES").unwrap();
    let restored_name = format!("{}_restored", url.rsplit_once('/').unwrap().1);
    {
        use sqlx::Connection;
        let mut conn = sqlx::postgres::PgConnection::connect(&admin).await.unwrap();
        sqlx::query(&format!("CREATE DATABASE {restored_name}")).execute(&mut conn).await.unwrap();
    }
    let restored_url = format!("{}/{restored_name}", admin.rsplit_once('/').unwrap().0);
    let status = std::process::Command::new(bin.join("pg_restore"))
        .args(["--no-owner", &format!("--dbname={restored_url}")])
        .arg(&dump)
        .status()
        .unwrap();
    assert!(status.success());
    let restored = store::connect(&restored_url, 2, store::ACQUIRE_TIMEOUT).await.unwrap();
    let found: i64 = sqlx::query_scalar("SELECT COUNT(*) FROM users WHERE email_norm = 'backed.up@acme.example'")
        .fetch_one(&restored)
        .await
        .unwrap();
    assert_eq!(found, 1);
    assert!(store::migrations_current(&restored).await.unwrap());
}

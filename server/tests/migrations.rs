#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)] // tests: a failed unwrap is a failed test
//! A database made before entities (migrations 0001–0004) keeps its people and their history
//! through migration 0005: one entity per company holds everyone, levels and history carry over.
mod common;

use espace_server::store::{self, Engine};
use sqlx::migrate::Migrator;

#[tokio::test]
async fn a_database_from_before_entities_gets_a_default_entity_and_keeps_its_history() {
    let dir = tempfile::tempdir().unwrap();
    let url = common::database_url(&dir).await;
    let engine = Engine::of_url(&url).unwrap();
    sqlx::any::install_default_drivers();
    let raw_url = if engine == Engine::Sqlite { format!("{url}?mode=rwc") } else { url.clone() };
    let old = sqlx::AnyPool::connect(&raw_url).await.unwrap();
    let full = engine.migrator();
    let before_entities =
        Migrator { migrations: full.iter().filter(|m| m.version < 5).cloned().collect(), ..Migrator::DEFAULT };
    before_entities.run(&old).await.unwrap();
    for statement in [
        "INSERT INTO companies (name, language, created_at) VALUES ('Globex', 'en', 1)",
        "INSERT INTO users (company_id, first_name, last_name, email, email_norm, language, role, status,
             status_changed_at, created_at, search_text) VALUES
             (1, 'Hank', 'Scorpio', 'hank@globex.example', 'hank@globex.example', 'en', 'admin', 'active', 1, 1, 'hank scorpio hank@globex.example'),
             (1, 'Homer', 'Simpson', 'homer@globex.example', 'homer@globex.example', 'en', 'user', 'invited', 1, 1, 'homer simpson homer@globex.example')",
        "INSERT INTO audit_events (company_id, user_id, actor_id, action, at) VALUES (1, 2, 1, 'create', 5), (1, 2, 1, 'activate', 6)",
    ] {
        sqlx::query(statement).execute(&old).await.unwrap();
    }
    old.close().await;

    let pool = store::connect(&url, 2, store::ACQUIRE_TIMEOUT).await.unwrap();
    let entities: Vec<(i64, String, i64)> =
        sqlx::query_as("SELECT id, name, user_count FROM entities").fetch_all(&pool).await.unwrap();
    assert_eq!(entities, [(1, "Globex".to_owned(), 2)]);
    let time_zones: Vec<String> = sqlx::query_scalar("SELECT time_zone FROM companies").fetch_all(&pool).await.unwrap();
    assert_eq!(time_zones, ["Europe/Paris"], "e-mails keep Paris time until an administrator says otherwise");
    let users: Vec<(String, i64)> =
        sqlx::query_as("SELECT role, entity_id FROM users ORDER BY id").fetch_all(&pool).await.unwrap();
    assert_eq!(users, [("admin".to_owned(), 1), ("user".to_owned(), 1)]);
    let events: Vec<(String, String, String, String)> =
        sqlx::query_as("SELECT action, actor_name, subject_name, entity_name FROM audit_log ORDER BY at")
            .fetch_all(&pool)
            .await
            .unwrap();
    let expected =
        |action: &str| (action.to_owned(), "Hank Scorpio".to_owned(), "Homer Simpson".to_owned(), "Globex".to_owned());
    assert_eq!(events, [expected("create"), expected("activate")]);
    // The new level is accepted; a user without an entity is not.
    sqlx::query("UPDATE users SET role = 'team-admin' WHERE id = 2").execute(&pool).await.unwrap();
    let orphan = sqlx::query(
        "INSERT INTO users (company_id, first_name, last_name, email, email_norm, language, role, status,
             status_changed_at, created_at) VALUES (1, 'No', 'Entity', 'no@globex.example', 'no@globex.example', 'en', 'user', 'created', 1, 1)",
    )
    .execute(&pool)
    .await;
    assert!(orphan.is_err(), "every user belongs to an entity");
}

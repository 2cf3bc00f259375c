//! Real concurrency against a file database: many tokio tasks on a multi-threaded runtime,
//! with the mail loop running at the same time.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)] // tests: a failed unwrap is a failed test

mod common;

use axum::body::Body;
use axum::http::{header, Request, StatusCode};
use common::{body_json, start};
use espace_server::mail::deliver::deliver_due;
use espace_server::store;
use serde_json::json;
use tower::ServiceExt;

fn request(method: &str, uri: &str, cookie: &str, body: serde_json::Value) -> Request<Body> {
    Request::builder()
        .method(method)
        .uri(uri)
        .header(header::CONTENT_TYPE, "application/json")
        .header(header::COOKIE, cookie)
        .body(Body::from(body.to_string()))
        .unwrap()
}

fn new_user(n: usize, key: &str) -> serde_json::Value {
    json!({
        "first_name": format!("Person{n}"), "last_name": "Concurrent", "role": "user", "entity_id": 1,
        "email": format!("person{n}@acme.example"), "language": "fr", "service_ids": [],
        "send_activation": false, "idempotency_key": key,
    })
}

#[tokio::test(flavor = "multi_thread", worker_threads = 8)]
async fn fifty_actions_on_fifty_users_at_once_all_succeed_while_mail_goes_out() {
    let t = start().await;
    let cookie = t.admin_cookie().await;
    let mut ids = Vec::new();
    for n in 0..50 {
        let res = t.json("POST", "/api/users", Some(&cookie), new_user(n, &format!("k{n}"))).await;
        assert_eq!(res.status(), StatusCode::CREATED);
        ids.push(body_json(res).await["id"].as_i64().unwrap());
    }
    // The delivery loop meets the actions, as in production.
    let (pool, mailer) = (t.app.state.pool.clone(), t.app.mailer.clone());
    let mail = tokio::spawn(async move {
        for _ in 0..20 {
            deliver_due(&pool, &mailer, store::now()).await.unwrap();
            tokio::time::sleep(std::time::Duration::from_millis(5)).await;
        }
    });
    let tasks: Vec<_> = ids
        .iter()
        .map(|&id| {
            let router = t.app.router.clone();
            let req = request(
                "POST",
                &format!("/api/users/{id}/actions"),
                &cookie,
                json!({ "action": "activate", "version": 1 }),
            );
            tokio::spawn(async move { router.oneshot(req).await.unwrap().status() })
        })
        .collect();
    for task in tasks {
        assert_eq!(task.await.unwrap(), StatusCode::OK);
    }
    mail.await.unwrap();
    let invited: i64 =
        sqlx::query_scalar("SELECT COUNT(*) FROM users WHERE status = 'invited' AND last_name = 'Concurrent'")
            .fetch_one(&t.app.state.pool)
            .await
            .unwrap();
    assert_eq!(invited, 50);
}

#[tokio::test(flavor = "multi_thread", worker_threads = 4)]
async fn two_identical_actions_at_once_give_one_success_and_one_conflict() {
    let t = start().await;
    let cookie = t.admin_cookie().await;
    for round in 0..5 {
        let res = t.json("POST", "/api/users", Some(&cookie), new_user(round, &format!("pair{round}"))).await;
        let id = body_json(res).await["id"].as_i64().unwrap();
        let tasks: Vec<_> = (0..2)
            .map(|_| {
                let router = t.app.router.clone();
                let req = request(
                    "POST",
                    &format!("/api/users/{id}/actions"),
                    &cookie,
                    json!({ "action": "activate", "version": 1 }),
                );
                tokio::spawn(async move { router.oneshot(req).await.unwrap().status() })
            })
            .collect();
        let mut statuses = Vec::new();
        for task in tasks {
            statuses.push(task.await.unwrap());
        }
        statuses.sort();
        assert_eq!(statuses, [StatusCode::OK, StatusCode::CONFLICT], "round {round}");
    }
}

#[tokio::test(flavor = "multi_thread", worker_threads = 4)]
async fn the_same_creation_sent_ten_times_at_once_creates_one_user() {
    let t = start().await;
    let cookie = t.admin_cookie().await;
    let tasks: Vec<_> = (0..10)
        .map(|_| {
            let router = t.app.router.clone();
            let req = request("POST", "/api/users", &cookie, new_user(7, "double-click"));
            tokio::spawn(async move {
                let res = router.oneshot(req).await.unwrap();
                (res.status(), body_json(res).await["id"].as_i64())
            })
        })
        .collect();
    let mut ids = Vec::new();
    for task in tasks {
        let (status, id) = task.await.unwrap();
        assert_eq!(status, StatusCode::CREATED);
        ids.push(id.unwrap());
    }
    ids.dedup();
    assert_eq!(ids.len(), 1, "one user: {ids:?}");
}

#[tokio::test(flavor = "multi_thread", worker_threads = 4)]
async fn concurrent_sign_ins_edits_and_jobs_never_fail() {
    let t = start().await;
    let cookie = t.admin_cookie().await;
    let helene = t.user_id("helene.dubois@acme.example").await;
    let mut tasks = Vec::new();
    for n in 0..30 {
        let router = t.app.router.clone();
        let (email, password) = (t.demo.email.clone(), t.demo.password.clone());
        let cookie = cookie.clone();
        tasks.push(tokio::spawn(async move {
            let req = match n % 3 {
                0 => request("POST", "/api/session", "", json!({ "email": email, "password": password })),
                1 => request("GET", &format!("/api/users/{helene}"), &cookie, json!({})),
                _ => request("GET", "/api/users?q=du", &cookie, json!({})),
            };
            router.oneshot(req).await.unwrap().status()
        }));
    }
    let state = t.app.state.clone();
    let job = tokio::spawn(async move {
        espace_server::jobs::inactivity::run(&state, store::now()).await.unwrap();
        espace_server::jobs::inactivity::purge(&state, store::now()).await.unwrap();
    });
    for task in tasks {
        assert!(task.await.unwrap().is_success());
    }
    job.await.unwrap();
}

/// On PostgreSQL a company's writes queue behind its own only: another company's write goes
/// through while one holds its lock, the same company's waits for it. SQLite keeps one writer.
#[tokio::test(flavor = "multi_thread", worker_threads = 4)]
async fn a_companys_write_lock_holds_up_its_own_writes_only() {
    let t = start().await;
    let pool = &t.app.state.pool;
    if store::Engine::of_pool(pool) != store::Engine::Postgres {
        return;
    }
    let (acme, other) = (espace_api::CompanyId(1), espace_api::CompanyId(2));
    let held = store::write(pool, store::Lock::Company(acme)).await.unwrap();
    let patience = std::time::Duration::from_millis(500);
    let elsewhere = tokio::time::timeout(patience, store::write(pool, store::Lock::Company(other))).await;
    let elsewhere = elsewhere.expect("another company's write does not wait").unwrap();
    elsewhere.commit().await.unwrap();
    let platform = tokio::time::timeout(patience, store::write(pool, store::Lock::Platform)).await;
    platform.expect("the platform's lock is apart").unwrap().commit().await.unwrap();
    let same = tokio::spawn({
        let pool = pool.clone();
        async move { store::write(&pool, store::Lock::Company(acme)).await?.commit().await }
    });
    tokio::time::sleep(patience).await;
    assert!(!same.is_finished(), "the same company's write waits for the lock");
    held.commit().await.unwrap();
    let waited = tokio::time::timeout(std::time::Duration::from_secs(10), same).await;
    assert!(waited.expect("it goes on once the lock is free").unwrap().is_ok());
}

/// A sign-in e-mail is unique across companies by the database's index, whatever the locks:
/// an insert that meets another company's address is the field's `taken`, not a 500.
#[tokio::test]
async fn an_address_taken_in_another_company_is_taken_even_past_the_check() {
    use espace_server::users::create::{self, Person};
    use espace_server::users::lifecycle::Actor;
    let t = start().await;
    let pool = &t.app.state.pool;
    let existing = t.demo.email.clone();
    let person = Person {
        first_name: "Twin",
        last_name: "Address",
        email: &existing,
        notification_email: "",
        language: espace_api::Language::En,
        role: espace_api::users::Role::User,
        entity_id: espace_api::EntityId(1),
        scope: Vec::new(),
        service_ids: &[],
    };
    let mut tx = store::write(pool, store::Lock::Platform).await.unwrap();
    let outcome = create::insert(
        &mut tx,
        &t.app.state,
        (espace_api::CompanyId(1), Actor::System),
        &person,
        espace_api::audit::AuditAction::Create,
        false,
    )
    .await;
    match outcome {
        Err(espace_server::error::AppError::Validation(fields)) => {
            assert_eq!((fields[0].field.as_str(), fields[0].code), ("email", espace_api::FieldErrorCode::Taken));
        }
        other => panic!("expected the field's taken, got {:?}", other.map(|u| u.id)),
    }
}

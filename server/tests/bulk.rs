#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)] // tests: a failed unwrap is a failed test
//! Acting on many people at once: every person through the lifecycle, scope and seats as one
//! at a time, a report line each (done, or skipped with the reason), the seats checked for
//! the whole batch before anything changes, the batch's audit events sharing its id, the
//! same through `/api/v1`.
mod common;

use axum::http::StatusCode;
use common::{body_json, start, TestApp};
use serde_json::{json, Value};

const PASSWORD: &str = "a-good-long-password";
const LYON: i64 = 2;

async fn bulk(t: &TestApp, cookie: &str, body: Value) -> (StatusCode, Value) {
    let res = t.json("POST", "/api/users/bulk", Some(cookie), body).await;
    let status = res.status();
    (status, body_json(res).await)
}

/// Each report line as (id, outcome, reason).
fn lines(report: &Value) -> Vec<(i64, String, String)> {
    report["items"]
        .as_array()
        .unwrap()
        .iter()
        .map(|i| {
            let text = |k: &str| i[k].as_str().unwrap_or("").to_owned();
            (i["id"].as_i64().unwrap(), text("outcome"), text("reason"))
        })
        .collect()
}

async fn status(t: &TestApp, id: i64) -> String {
    sqlx::query_scalar("SELECT status FROM users WHERE id = $1").bind(id).fetch_one(&t.app.state.pool).await.unwrap()
}

async fn count(t: &TestApp, sql: &str) -> i64 {
    sqlx::query_scalar(sql).fetch_one(&t.app.state.pool).await.unwrap()
}

#[tokio::test]
async fn a_batch_reports_each_person_and_its_events_share_the_batch_id() {
    let t = start().await;
    let admin = t.admin_cookie().await;
    let [helene, emma, marc, camille, jean] = [
        "helene.dubois@acme.example",
        "emma.wilson@acme.example",
        "marc.petit@acme.example",
        "camille.martin@acme.example",
        "jean.moreau@acme.example",
    ];
    let (helene, emma, marc, camille, jean) = (
        t.user_id(helene).await,
        t.user_id(emma).await,
        t.user_id(marc).await,
        t.user_id(camille).await,
        t.user_id(jean).await,
    );
    let body = json!({ "action": "deactivate", "ids": [helene, marc, camille, 999_999, helene] });
    let (code, report) = bulk(&t, &admin, body).await;
    assert_eq!(code, StatusCode::OK, "{report}");
    assert_eq!(
        lines(&report),
        [
            (helene, "done".into(), String::new()),
            (marc, "skipped".into(), "already-done".into()),
            (camille, "skipped".into(), "yourself".into()),
            (999_999, "skipped".into(), "outside-scope".into()),
        ],
        "a repeated id counts once"
    );
    assert_eq!(report["items"][0]["name"], "Hélène Dubois");
    assert!(report["items"][3].get("name").is_none(), "nothing said of an id the caller does not reach");
    assert_eq!((status(&t, helene).await, status(&t, camille).await), ("deactivated".into(), "active".into()));
    let batch = report["batch"].as_str().unwrap().to_owned();

    // A second part of the same batch: unlock and deactivate mixed statuses.
    let body = json!({ "action": "deactivate", "ids": [emma, jean], "batch": batch });
    let (_, report) = bulk(&t, &admin, body).await;
    assert_eq!(report["batch"], batch.as_str());
    assert_eq!(lines(&report).iter().filter(|l| l.1 == "done").count(), 2);
    let res = t.get(&format!("/api/audit?batch={batch}"), Some(&admin)).await;
    let page = body_json(res).await;
    assert_eq!(page["total"], 3, "{page}");
    assert!(page["events"]
        .as_array()
        .unwrap()
        .iter()
        .all(|e| e["action"] == "deactivate" && e["batch"] == batch.as_str()));
    // Events outside the batch carry none.
    assert_eq!(count(&t, "SELECT COUNT(*) FROM audit_log WHERE batch IS NOT NULL").await, 3);

    // Reactivate them all; unlock someone who is not locked.
    let body = json!({ "action": "unlock", "ids": [helene] });
    let (_, report) = bulk(&t, &admin, body).await;
    assert_eq!(lines(&report), [(helene, "skipped".into(), "not-allowed".into())]);
    let body = json!({ "action": "reactivate", "ids": [helene, emma, jean, camille] });
    let (_, report) = bulk(&t, &admin, body).await;
    assert_eq!(lines(&report)[3], (camille, "skipped".into(), "already-done".into()));
    assert_eq!(status(&t, helene).await, "active");
    assert_eq!(status(&t, jean).await, "created", "never activated: back to not activated");
}

/// Another company's people, named by their real ids: skipped as unknown, untouched, and the
/// report says nothing of them (no name, no e-mail).
#[tokio::test]
async fn another_companys_people_are_neither_reached_nor_described() {
    let t = start().await;
    let admin = t.admin_cookie().await;
    let (_, gus) = common::globex_with(&t, "gus@globex.example", espace_api::users::Role::User, None).await;
    for action in ["deactivate", "send-password-reset", "move-to-entity"] {
        let body = json!({ "action": action, "ids": [gus.0], "entity_id": LYON });
        let (code, report) = bulk(&t, &admin, body).await;
        assert_eq!(code, StatusCode::OK, "{report}");
        assert_eq!(lines(&report), [(gus.0, "skipped".into(), "outside-scope".into())]);
        assert!(report["items"][0].get("name").is_none() && report["items"][0].get("email").is_none());
    }
    assert_eq!(status(&t, gus.0).await, "active");
    let mails = count(&t, "SELECT COUNT(*) FROM outbox WHERE to_address = 'gus@globex.example'").await;
    assert_eq!(mails, 0);
    // Nor counted for seats, nor exported.
    let voip = t.service_id("VoIP line").await;
    let res =
        t.json("POST", "/api/users/bulk/seats", Some(&admin), json!({ "service_id": voip, "ids": [gus.0] })).await;
    assert_eq!(body_json(res).await["needed"], 0);
    let res = t.json("POST", "/api/users/export-selection.csv", Some(&admin), json!({ "ids": [gus.0] })).await;
    let bytes = axum::body::to_bytes(res.into_body(), usize::MAX).await.unwrap();
    assert!(!String::from_utf8_lossy(&bytes).contains("globex"), "nothing of Globex in the file");
}

#[tokio::test]
async fn a_team_administrator_acts_within_their_scope_only() {
    let t = start().await;
    let admin = t.admin_cookie().await;
    let emma = t.user_id("emma.wilson@acme.example").await;
    let version = t.version(&admin, emma).await;
    let body = json!({ "role": "team-admin", "scope": [LYON], "version": version });
    let res = t.json("PUT", &format!("/api/users/{emma}/permissions"), Some(&admin), body).await;
    assert_eq!(res.status(), StatusCode::OK);
    t.set_password("emma.wilson@acme.example", PASSWORD).await;
    let team_admin = t.sign_in("emma.wilson@acme.example", PASSWORD).await;
    let (jean, sophie, helene) = (
        t.user_id("jean.moreau@acme.example").await,
        t.user_id("sophie.laurent@acme.example").await,
        t.user_id("helene.dubois@acme.example").await,
    );
    let mails = count(&t, "SELECT COUNT(*) FROM outbox").await;
    let body = json!({ "action": "resend-activation", "ids": [jean, sophie, helene] });
    let (code, report) = bulk(&t, &team_admin, body).await;
    assert_eq!(code, StatusCode::OK, "{report}");
    assert_eq!(
        lines(&report),
        [
            (jean, "done".into(), String::new()),
            (sophie, "skipped".into(), "outside-scope".into()),
            (helene, "skipped".into(), "outside-scope".into()),
        ]
    );
    assert_eq!(count(&t, "SELECT COUNT(*) FROM outbox").await, mails + 1, "one e-mail, to Jean");
    // Moving people to an entity outside the scope is refused as a whole.
    let body = json!({ "action": "move-to-entity", "ids": [jean], "entity_id": 1 });
    let (code, error) = bulk(&t, &team_admin, body).await;
    assert_eq!((code, error["code"].as_str()), (StatusCode::FORBIDDEN, Some("out-of-scope")));
    // A user gets 403 from every bulk endpoint.
    t.set_password("helene.dubois@acme.example", PASSWORD).await;
    let user = t.sign_in("helene.dubois@acme.example", PASSWORD).await;
    let (code, _) = bulk(&t, &user, json!({ "action": "deactivate", "ids": [jean] })).await;
    assert_eq!(code, StatusCode::FORBIDDEN);
    assert_eq!(t.get("/api/users/ids", Some(&user)).await.status(), StatusCode::FORBIDDEN);
}

#[tokio::test]
async fn seats_are_checked_for_the_whole_batch_before_anything_changes() {
    let t = start().await;
    let admin = t.admin_cookie().await;
    let voip = t.service_id("VoIP line").await; // 4 seats, Emma holds one
    let mut ids = Vec::new();
    for email in [
        "helene.dubois@acme.example",
        "jean.moreau@acme.example",
        "sophie.laurent@acme.example",
        "camille.martin@acme.example",
        "luc.bernard@acme.example", // locked: takes no seat
        "emma.wilson@acme.example", // holds one already
    ] {
        ids.push(t.user_id(email).await);
    }
    let held = count(&t, "SELECT COUNT(*) FROM user_services").await;
    let events = count(&t, "SELECT COUNT(*) FROM audit_log").await;

    let res = t.json("POST", "/api/users/bulk/seats", Some(&admin), json!({ "service_id": voip, "ids": ids })).await;
    assert_eq!(body_json(res).await, json!({ "needed": 4, "free": 3 }));
    let body = json!({ "action": "assign-service", "service_id": voip, "ids": ids });
    let (code, error) = bulk(&t, &admin, body).await;
    assert_eq!((code, error["code"].as_str()), (StatusCode::CONFLICT, Some("no-seats-left")), "{error}");
    assert_eq!(count(&t, "SELECT COUNT(*) FROM user_services").await, held, "nothing given");
    assert_eq!(count(&t, "SELECT COUNT(*) FROM audit_log").await, events, "nothing recorded");

    // Without Camille: three seats for three people.
    let fewer: Vec<i64> = ids.iter().copied().filter(|id| *id != ids[3]).collect();
    let body = json!({ "action": "assign-service", "service_id": voip, "ids": fewer });
    let (code, report) = bulk(&t, &admin, body).await;
    assert_eq!(code, StatusCode::OK, "{report}");
    let reasons: Vec<String> = lines(&report).into_iter().map(|l| format!("{}{}", l.1, l.2)).collect();
    assert_eq!(reasons, ["done", "done", "done", "skippednot-allowed", "skippedalready-done"]);
    assert_eq!(count(&t, "SELECT COUNT(*) FROM user_services").await, held + 3);
    let history = t.detail(&admin, ids[0]).await["history"][0].clone();
    assert_eq!(history["changes"]["services"]["to"].as_array().unwrap().len(), 3, "{history}");

    // Taken away again; someone without it is already done.
    let body = json!({ "action": "remove-service", "service_id": voip, "ids": [ids[0], ids[3]] });
    let (_, report) = bulk(&t, &admin, body).await;
    assert_eq!(lines(&report)[1].2, "already-done");
    // A service of no one's, or another company's: a field error, nothing done.
    let body = json!({ "action": "assign-service", "service_id": 999_999, "ids": [ids[0]] });
    let (code, error) = bulk(&t, &admin, body).await;
    assert_eq!((code, error["fields"][0]["field"].as_str()), (StatusCode::UNPROCESSABLE_ENTITY, Some("service_id")));
}

#[tokio::test]
async fn people_move_to_an_entity_and_invitations_are_deleted() {
    let t = start().await;
    let admin = t.admin_cookie().await;
    let (helene, emma, sophie, marc) = (
        t.user_id("helene.dubois@acme.example").await,
        t.user_id("emma.wilson@acme.example").await,
        t.user_id("sophie.laurent@acme.example").await,
        t.user_id("marc.petit@acme.example").await,
    );
    let body = json!({ "action": "move-to-entity", "entity_id": LYON, "ids": [helene, emma, marc] });
    let (_, report) = bulk(&t, &admin, body).await;
    let reasons: Vec<String> = lines(&report).into_iter().map(|l| format!("{}{}", l.1, l.2)).collect();
    assert_eq!(reasons, ["done", "skippedalready-done", "skippednot-allowed"]);
    assert_eq!(t.detail(&admin, helene).await["entity"]["id"], LYON);
    let res = t.get("/api/entities", Some(&admin)).await;
    let entities = body_json(res).await;
    let lyon = entities.as_array().unwrap().iter().find(|e| e["id"] == LYON).unwrap().clone();
    assert_eq!(lyon["users"], 3, "the entity's count follows: {lyon}");

    let body = json!({ "action": "delete-invitation", "ids": [sophie, helene] });
    let (_, report) = bulk(&t, &admin, body).await;
    let reasons: Vec<String> = lines(&report).into_iter().map(|l| format!("{}{}", l.1, l.2)).collect();
    assert_eq!(reasons, ["done", "skippednot-allowed"]);
    assert_eq!(t.get(&format!("/api/users/{sophie}"), Some(&admin)).await.status(), StatusCode::NOT_FOUND);
}

#[tokio::test]
async fn selections_are_found_by_filter_and_exported() {
    let t = start().await;
    let admin = t.admin_cookie().await;
    let res = t.get("/api/users/ids?status=active", Some(&admin)).await;
    let found = body_json(res).await;
    assert_eq!(found["total"], 3, "{found}");
    assert_eq!(found["ids"].as_array().unwrap().len(), 3);
    let res = t.get("/api/users/ids", Some(&admin)).await;
    assert_eq!(body_json(res).await["total"], 7);

    let helene = t.user_id("helene.dubois@acme.example").await;
    let res = t
        .json("POST", "/api/users/export-selection.csv?lang=en", Some(&admin), json!({ "ids": [helene, 999_999] }))
        .await;
    assert_eq!(res.status(), StatusCode::OK);
    let bytes = axum::body::to_bytes(res.into_body(), usize::MAX).await.unwrap();
    let text = String::from_utf8_lossy(&bytes);
    assert_eq!(text.lines().count(), 2, "the header and Hélène: {text}");
    assert!(text.contains("helene.dubois@acme.example"));
    let res = t.json("POST", "/api/users/export-selection.csv", Some(&admin), json!({ "ids": [] })).await;
    assert_eq!(res.status(), StatusCode::UNPROCESSABLE_ENTITY);
    // A selection as large as allowed fits the body limit; one more id is refused.
    let ids: Vec<i64> = (1_000_000_000_000..1_000_000_010_000).collect();
    let res = t.json("POST", "/api/users/bulk/seats", Some(&admin), json!({ "service_id": 1, "ids": ids })).await;
    assert_eq!(body_json(res).await["needed"], 0);
    let ids: Vec<i64> = (1..=10_001).collect();
    let res = t.json("POST", "/api/users/bulk/seats", Some(&admin), json!({ "service_id": 1, "ids": ids })).await;
    assert_eq!(res.status(), StatusCode::UNPROCESSABLE_ENTITY);
}

#[tokio::test]
async fn integrators_act_in_bulk_and_renew_invitations_through_v1() {
    let t = start().await;
    let admin = t.admin_cookie().await;
    let res =
        t.json("POST", "/api/tokens", Some(&admin), json!({ "name": "Bulk", "permission": "manage", "days": 1 })).await;
    let secret = body_json(res).await["secret"].as_str().unwrap().to_owned();
    let read =
        t.json("POST", "/api/tokens", Some(&admin), json!({ "name": "Reader", "permission": "read", "days": 1 })).await;
    let read = body_json(read).await["secret"].as_str().unwrap().to_owned();
    let helene = t.user_id("helene.dubois@acme.example").await;
    let call = |token: String, path: &'static str, body: Value| {
        let t = &t;
        async move {
            let req = axum::http::Request::builder()
                .method("POST")
                .uri(path)
                .header("authorization", format!("Bearer {token}"))
                .header("content-type", "application/json")
                .body(axum::body::Body::from(body.to_string()))
                .unwrap();
            let res = t.request(req).await;
            let status = res.status();
            (status, body_json(res).await)
        }
    };
    let body = json!({ "action": "send-password-reset", "ids": [helene] });
    let (code, _) = call(read.clone(), "/api/v1/users/bulk", body.clone()).await;
    assert_eq!(code, StatusCode::FORBIDDEN, "a read-only token changes nothing");
    let (code, report) = call(secret.clone(), "/api/v1/users/bulk", body).await;
    assert_eq!((code, lines(&report)), (StatusCode::OK, vec![(helene, "done".into(), String::new())]));
    let batch = report["batch"].as_str().unwrap();
    let actor: String = sqlx::query_scalar("SELECT actor_name FROM audit_log WHERE batch = $1")
        .bind(batch)
        .fetch_one(&t.app.state.pool)
        .await
        .unwrap();
    assert_eq!(actor, "Bulk", "the token did it");
    let (code, error) = call(secret.clone(), "/api/v1/users/bulk", json!({ "action": "deactivate", "ids": [] })).await;
    assert_eq!((code, error["fields"][0]["field"].as_str()), (StatusCode::UNPROCESSABLE_ENTITY, Some("ids")));
    let (code, error) =
        call(secret.clone(), "/api/v1/users/bulk", json!({ "action": "move-to-entity", "ids": [1] })).await;
    assert_eq!((code, error["fields"][0]["field"].as_str()), (StatusCode::UNPROCESSABLE_ENTITY, Some("entity_id")));
    sqlx::query("UPDATE tokens SET expires_at = 1").execute(&t.app.state.pool).await.unwrap();
    let (code, renewed) = call(secret, "/api/v1/users/invitations/renew", json!({})).await;
    assert_eq!((code, renewed), (StatusCode::OK, json!({ "renewed": 1, "skipped": 0 })));
}

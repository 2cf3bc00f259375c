#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)] // tests: a failed unwrap is a failed test
//! Entities, the three levels and their scope, on every endpoint: a table of endpoint × level
//! × in or out of scope, then the rules between team administrators, then the audit log.
mod common;

use axum::http::StatusCode;
use common::{body_json, start, TestApp};
use serde_json::{json, Value};

const PARIS: i64 = 1;
const LYON: i64 = 2;
const BORDEAUX: i64 = 3;
const PASSWORD: &str = "a-good-long-password";
const EMMA: &str = "emma.wilson@acme.example"; // Lyon, active
const HELENE: &str = "helene.dubois@acme.example"; // Paris, active

async fn permissions(t: &TestApp, cookie: &str, id: i64, role: &str, scope: &[i64]) -> (StatusCode, Value) {
    let version = t.version(&t.admin_cookie().await, id).await;
    let res = t
        .json(
            "PUT",
            &format!("/api/users/{id}/permissions"),
            Some(cookie),
            json!({ "role": role, "scope": scope, "version": version }),
        )
        .await;
    let status = res.status();
    (status, body_json(res).await)
}

/// Emma becomes team administrator of `scope` and signs in.
async fn team_admin(t: &TestApp, scope: &[i64]) -> String {
    let admin = t.admin_cookie().await;
    let emma = t.user_id(EMMA).await;
    let (status, body) = permissions(t, &admin, emma, "team-admin", scope).await;
    assert_eq!(status, StatusCode::OK, "{body}");
    t.set_password(EMMA, PASSWORD).await;
    t.sign_in(EMMA, PASSWORD).await
}

fn create_body(email: &str, entity: i64, role: &str, scope: &[i64]) -> Value {
    json!({
        "first_name": "New", "last_name": "Person", "role": role, "entity_id": entity, "scope": scope,
        "email": email, "language": "fr", "send_activation": false, "idempotency_key": email,
    })
}

fn edit_body(detail: &Value, entity: i64) -> Value {
    json!({
        "first_name": detail["first_name"], "last_name": detail["last_name"], "entity_id": entity,
        "notification_email": "", "language": detail["language"], "service_ids": [], "version": detail["version"],
    })
}

fn names(page: &Value) -> Vec<String> {
    page["users"].as_array().unwrap().iter().map(|u| u["last_name"].as_str().unwrap().to_owned()).collect()
}

/// Every endpoint that names a user, for each level, in and out of the reader's scope.
#[tokio::test]
async fn every_user_endpoint_answers_by_level_and_scope() {
    let t = start().await;
    let admin = t.admin_cookie().await;
    let lyon_admin = team_admin(&t, &[LYON]).await;
    t.set_password(HELENE, PASSWORD).await;
    let user = t.sign_in(HELENE, PASSWORD).await;
    let jean = t.user_id("jean.moreau@acme.example").await; // Lyon, invited
    let luc = t.user_id("luc.bernard@acme.example").await; // Bordeaux, locked
    let helene = t.user_id(HELENE).await; // Paris

    // (reader, target, expected status) for reading, editing, an action, permissions.
    let cases: [(&str, &str, i64, StatusCode); 6] = [
        ("admin", "lyon", jean, StatusCode::OK),
        ("admin", "bordeaux", luc, StatusCode::OK),
        ("team-admin", "lyon", jean, StatusCode::OK),
        ("team-admin", "bordeaux", luc, StatusCode::NOT_FOUND),
        ("user", "lyon", jean, StatusCode::FORBIDDEN),
        ("user", "paris", helene, StatusCode::FORBIDDEN),
    ];
    for (level, place, id, expected) in cases {
        let cookie = match level {
            "admin" => &admin,
            "team-admin" => &lyon_admin,
            _ => &user,
        };
        let what = format!("{level} on a {place} user");
        let detail = t.detail(&admin, id).await;
        let entity = detail["entity"]["id"].as_i64().unwrap();

        let res = t.get(&format!("/api/users/{id}"), Some(cookie)).await;
        assert_eq!(res.status(), expected, "GET: {what}");

        let res = t.json("PATCH", &format!("/api/users/{id}"), Some(cookie), edit_body(&detail, entity)).await;
        let edit_expected = if detail["status"] == "locked" && expected == StatusCode::OK {
            StatusCode::CONFLICT // locked users are not editable: the scope let it through
        } else {
            expected
        };
        assert_eq!(res.status(), edit_expected, "PATCH: {what}");

        let version = t.version(&admin, id).await;
        let action = if detail["status"] == "locked" { "unlock" } else { "resend-activation" };
        let res = t
            .json(
                "POST",
                &format!("/api/users/{id}/actions"),
                Some(cookie),
                json!({ "action": action, "version": version }),
            )
            .await;
        assert_eq!(res.status(), expected, "action: {what}");

        let (status, body) = permissions(&t, cookie, id, "team-admin", &[entity]).await;
        assert_eq!(status, expected, "permissions: {what}: {body}");
        if expected == StatusCode::OK {
            permissions(&t, &admin, id, "user", &[]).await;
        }
    }

    // The list, its counts, search and the entity filter.
    let page = body_json(t.get("/api/users", Some(&lyon_admin)).await).await;
    assert_eq!(names(&page), ["Moreau", "Wilson"]);
    assert_eq!(page["total"], 2);
    assert_eq!(page["company_total"], 2);
    assert!(page["users"].as_array().unwrap().iter().all(|u| u["entity"]["name"] == "Agence de Lyon"));
    let page = body_json(t.get("/api/users?q=dubois", Some(&lyon_admin)).await).await;
    assert_eq!(page["total"], 0, "search stays in scope");
    let page = body_json(t.get(&format!("/api/users?entity={PARIS}"), Some(&lyon_admin)).await).await;
    assert_eq!(page["total"], 0, "a filter cannot widen the scope");
    let page = body_json(t.get(&format!("/api/users?entity={BORDEAUX}"), Some(&admin)).await).await;
    assert_eq!(names(&page), ["Bernard", "Petit"]);
    assert_eq!(page["total"], 2);
    assert_eq!(page["company_total"], 7);
    assert_eq!(t.get("/api/users", Some(&user)).await.status(), StatusCode::FORBIDDEN);

    // Entities: read in scope, written by administrators only.
    let entities = body_json(t.get("/api/entities", Some(&lyon_admin)).await).await;
    assert_eq!(entities, json!([{ "id": LYON, "name": "Agence de Lyon", "users": 2 }]));
    assert_eq!(body_json(t.get("/api/entities", Some(&admin)).await).await.as_array().unwrap().len(), 3);
    assert_eq!(t.get("/api/entities", Some(&user)).await.status(), StatusCode::FORBIDDEN);
    for cookie in [&lyon_admin, &user] {
        let res = t.json("POST", "/api/entities", Some(cookie), json!({ "name": "Agence de Lille" })).await;
        assert_eq!(res.status(), StatusCode::FORBIDDEN);
        let res = t.json("PATCH", &format!("/api/entities/{LYON}"), Some(cookie), json!({ "name": "Lyon" })).await;
        assert_eq!(res.status(), StatusCode::FORBIDDEN);
        let res =
            t.json("POST", &format!("/api/entities/{LYON}/remove"), Some(cookie), json!({ "move_to": PARIS })).await;
        assert_eq!(res.status(), StatusCode::FORBIDDEN);
    }

    // Creation: in scope only, and never a wider level.
    let res = t.json("POST", "/api/users", Some(&lyon_admin), create_body("a@acme.example", LYON, "user", &[])).await;
    assert_eq!(res.status(), StatusCode::CREATED);
    for (body, what) in [
        (create_body("b@acme.example", PARIS, "user", &[]), "another entity"),
        (create_body("c@acme.example", LYON, "admin", &[]), "an administrator"),
        (create_body("d@acme.example", LYON, "team-admin", &[LYON, PARIS]), "a wider scope"),
    ] {
        let res = t.json("POST", "/api/users", Some(&lyon_admin), body).await;
        assert_eq!(res.status(), StatusCode::FORBIDDEN, "{what}");
        assert_eq!(body_json(res).await["code"], "out-of-scope", "{what}");
    }
    let res = t.json("POST", "/api/users", Some(&user), create_body("e@acme.example", PARIS, "user", &[])).await;
    assert_eq!(res.status(), StatusCode::FORBIDDEN);

    // Moving someone out of scope is refused; the space counts the scope's pending activations.
    let detail = t.detail(&lyon_admin, jean).await;
    let res = t.json("PATCH", &format!("/api/users/{jean}"), Some(&lyon_admin), edit_body(&detail, PARIS)).await;
    assert_eq!(body_json(res).await["code"], "out-of-scope");
    let space = body_json(t.get("/api/space", Some(&lyon_admin)).await).await;
    assert_eq!(space["pending_activation"], 2, "Jean and the new person, not Sophie in Paris");
}

#[tokio::test]
async fn nobody_changes_their_own_permissions_or_gives_more_than_they_hold() {
    let t = start().await;
    let admin = t.admin_cookie().await;
    let lyon_admin = team_admin(&t, &[LYON]).await;
    let emma = t.user_id(EMMA).await;
    let jean = t.user_id("jean.moreau@acme.example").await;
    let (status, body) = permissions(&t, &lyon_admin, emma, "team-admin", &[LYON, PARIS]).await;
    assert_eq!((status, body["code"].as_str()), (StatusCode::FORBIDDEN, Some("own-role")));
    let (status, body) = permissions(&t, &lyon_admin, jean, "admin", &[]).await;
    assert_eq!((status, body["code"].as_str()), (StatusCode::FORBIDDEN, Some("out-of-scope")));
    let (status, body) = permissions(&t, &lyon_admin, jean, "team-admin", &[LYON, BORDEAUX]).await;
    assert_eq!((status, body["code"].as_str()), (StatusCode::FORBIDDEN, Some("out-of-scope")));
    let (status, body) = permissions(&t, &lyon_admin, jean, "team-admin", &[]).await;
    assert_eq!((status, body["fields"][0]["field"].as_str()), (StatusCode::UNPROCESSABLE_ENTITY, Some("scope")));
    let (status, body) = permissions(&t, &lyon_admin, jean, "team-admin", &[LYON]).await;
    assert_eq!(status, StatusCode::OK, "{body}");
    assert_eq!(body["scope"], json!([{ "id": LYON, "name": "Agence de Lyon" }]));
    let me = t.user_id(&t.demo.email).await;
    let (status, body) = permissions(&t, &admin, me, "user", &[]).await;
    assert_eq!((status, body["code"].as_str()), (StatusCode::FORBIDDEN, Some("own-role")));
}

#[tokio::test]
async fn only_a_covering_scope_deactivates_another_team_administrator() {
    let t = start().await;
    let admin = t.admin_cookie().await;
    let lyon_admin = team_admin(&t, &[LYON]).await;
    // Jean (Lyon) becomes team administrator of Lyon and Bordeaux: wider than Emma's.
    let jean = t.user_id("jean.moreau@acme.example").await;
    let (status, _) = permissions(&t, &admin, jean, "team-admin", &[LYON, BORDEAUX]).await;
    assert_eq!(status, StatusCode::OK);
    let detail = t.detail(&lyon_admin, jean).await;
    assert_eq!(detail["manageable"], false, "Emma sees Jean but does not manage him");
    let act = |cookie: String, action: &'static str| {
        let t = &t;
        async move {
            let version = t.version(&t.admin_cookie().await, jean).await;
            let res = t
                .json(
                    "POST",
                    &format!("/api/users/{jean}/actions"),
                    Some(&cookie),
                    json!({ "action": action, "version": version }),
                )
                .await;
            let status = res.status();
            (status, body_json(res).await)
        }
    };
    let (status, body) = act(lyon_admin.clone(), "delete").await;
    assert_eq!((status, body["code"].as_str()), (StatusCode::FORBIDDEN, Some("out-of-scope")));
    // Emma's scope grows to cover Jean's: now she may.
    let emma = t.user_id(EMMA).await;
    permissions(&t, &admin, emma, "team-admin", &[LYON, BORDEAUX]).await;
    assert_eq!(t.detail(&lyon_admin, jean).await["manageable"], true, "applies at her next request");
    let (status, body) = act(lyon_admin.clone(), "delete").await;
    assert_eq!(status, StatusCode::OK, "{body}");
    // Nobody manages an administrator but an administrator.
    let sophie = t.user_id("sophie.laurent@acme.example").await; // admin, Paris
    let helene = t.user_id(HELENE).await;
    permissions(&t, &admin, emma, "team-admin", &[PARIS]).await;
    assert_eq!(t.detail(&lyon_admin, sophie).await["manageable"], false);
    assert_eq!(t.detail(&lyon_admin, helene).await["manageable"], true);
}

#[tokio::test]
async fn a_level_change_applies_at_the_next_request_and_is_in_the_audit_log() {
    let t = start().await;
    let admin = t.admin_cookie().await;
    let cookie = team_admin(&t, &[LYON]).await;
    assert_eq!(names(&body_json(t.get("/api/users", Some(&cookie)).await).await), ["Moreau", "Wilson"]);
    let emma = t.user_id(EMMA).await;
    let (status, _) = permissions(&t, &admin, emma, "team-admin", &[LYON, BORDEAUX]).await;
    assert_eq!(status, StatusCode::OK);
    // The same scope sent in another order changes nothing and records nothing.
    let (status, _) = permissions(&t, &admin, emma, "team-admin", &[BORDEAUX, LYON]).await;
    assert_eq!(status, StatusCode::OK);
    let me = body_json(t.get("/api/me", Some(&cookie)).await).await;
    assert_eq!(me["user"]["scope"].as_array().unwrap().len(), 2);
    assert_eq!(
        names(&body_json(t.get("/api/users", Some(&cookie)).await).await),
        ["Bernard", "Moreau", "Petit", "Wilson"]
    );
    permissions(&t, &admin, emma, "user", &[]).await;
    assert_eq!(t.get("/api/users", Some(&cookie)).await.status(), StatusCode::FORBIDDEN);

    let log = body_json(t.get("/api/audit?action=permissions-changed", Some(&admin)).await).await;
    assert_eq!(log["total"], 3);
    let latest = &log["events"][0];
    assert_eq!(latest["actor"], "Camille Martin");
    assert_eq!(latest["subject"], "Emma Wilson");
    assert_eq!(latest["entity"], "Agence de Lyon");
    assert_eq!(latest["changes"]["role"], json!({ "from": "team-admin", "to": "user" }));
    assert_eq!(latest["changes"]["scope"], json!({ "from": ["Agence de Bordeaux", "Agence de Lyon"], "to": [] }));
    assert_eq!(
        log["events"][1]["changes"]["scope"],
        json!({ "from": ["Agence de Lyon"], "to": ["Agence de Bordeaux", "Agence de Lyon"] })
    );
}

#[tokio::test]
async fn entities_are_named_once_and_removed_only_by_moving_their_people() {
    let t = start().await;
    let admin = t.admin_cookie().await;
    let res = t.json("POST", "/api/entities", Some(&admin), json!({ "name": "  AGENCE DE LYÔN " })).await;
    assert_eq!(res.status(), StatusCode::UNPROCESSABLE_ENTITY);
    assert_eq!(body_json(res).await["fields"][0]["code"], "taken");
    let res = t.json("POST", "/api/entities", Some(&admin), json!({ "name": "Agence de Lille" })).await;
    assert_eq!(res.status(), StatusCode::CREATED);
    let lille = body_json(res).await["id"].as_i64().unwrap();
    let res = t
        .json("PATCH", &format!("/api/entities/{lille}"), Some(&admin), json!({ "name": "Agence de Lille-Nord" }))
        .await;
    assert_eq!(body_json(res).await["name"], "Agence de Lille-Nord");

    // Lyon has people and a team administrator: removed only by moving them.
    let lyon_admin = team_admin(&t, &[LYON]).await;
    let res = t.json("POST", &format!("/api/entities/{LYON}/remove"), Some(&admin), json!({})).await;
    assert_eq!(res.status(), StatusCode::CONFLICT);
    assert_eq!(body_json(res).await["code"], "entity-not-empty");
    let res = t.json("POST", &format!("/api/entities/{LYON}/remove"), Some(&admin), json!({ "move_to": lille })).await;
    assert_eq!(res.status(), StatusCode::NO_CONTENT);
    let page = body_json(t.get("/api/users", Some(&lyon_admin)).await).await;
    assert_eq!(names(&page), ["Moreau", "Wilson"], "the team administrator follows her people");
    assert!(page["users"].as_array().unwrap().iter().all(|u| u["entity"]["name"] == "Agence de Lille-Nord"));

    // An empty entity goes at once; a team administrator left with nothing becomes a user.
    let emma = t.user_id(EMMA).await;
    let res = t.json("POST", "/api/entities", Some(&admin), json!({ "name": "Agence de Nice" })).await;
    let nice = body_json(res).await["id"].as_i64().unwrap();
    let detail = t.detail(&admin, emma).await;
    t.json("PATCH", &format!("/api/users/{emma}"), Some(&admin), edit_body(&detail, PARIS)).await;
    permissions(&t, &admin, emma, "team-admin", &[nice]).await;
    let res = t.json("POST", &format!("/api/entities/{nice}/remove"), Some(&admin), json!({})).await;
    assert_eq!(res.status(), StatusCode::NO_CONTENT);
    assert_eq!(t.detail(&admin, emma).await["role"], "user");
    let log = body_json(t.get("/api/audit?action=entity-removed", Some(&admin)).await).await;
    assert_eq!(log["total"], 2);
    assert_eq!(
        log["events"][1]["changes"]["entity"],
        json!({ "from": "Agence de Lyon", "to": "Agence de Lille-Nord" })
    );
}

#[tokio::test]
async fn the_audit_log_keeps_deleted_people_filters_and_exports_in_the_readers_language() {
    let t = start().await;
    let admin = t.admin_cookie().await;
    let jean = t.user_id("jean.moreau@acme.example").await;
    let version = t.version(&admin, jean).await;
    let res = t
        .json(
            "POST",
            &format!("/api/users/{jean}/actions"),
            Some(&admin),
            json!({ "action": "delete", "version": version }),
        )
        .await;
    assert_eq!(res.status(), StatusCode::OK);
    let log = body_json(t.get("/api/audit?person=moreau", Some(&admin)).await).await;
    let actions: Vec<&str> = log["events"].as_array().unwrap().iter().map(|e| e["action"].as_str().unwrap()).collect();
    assert_eq!(actions, ["delete", "activate", "create"], "history outlives the account");
    assert!(log["events"][0].get("subject_id").is_none(), "no link to an account that is gone");
    assert_eq!(log["events"][0]["subject_email"], "jean.moreau@acme.example");
    let by_system = body_json(t.get("/api/audit?actor=camille&action=lock", Some(&admin)).await).await;
    assert_eq!(by_system["total"], 0, "locks are the system's");
    let future = espace_server::store::now() + 3600;
    let later = body_json(t.get(&format!("/api/audit?since={future}"), Some(&admin)).await).await;
    assert_eq!(later["total"], 0);

    // A team administrator reads their scope's events only.
    let lyon_admin = team_admin(&t, &[BORDEAUX]).await;
    let log = body_json(t.get("/api/audit", Some(&lyon_admin)).await).await;
    let entities: std::collections::BTreeSet<&str> =
        log["events"].as_array().unwrap().iter().map(|e| e["entity"].as_str().unwrap()).collect();
    assert_eq!(entities.into_iter().collect::<Vec<_>>(), ["Agence de Bordeaux"]);

    // The export: French headers, `;`, a BOM; the admin's language is French.
    let res = t.get("/api/audit.csv?action=delete", Some(&admin)).await;
    assert_eq!(res.status(), StatusCode::OK);
    assert!(res.headers()["content-type"].to_str().unwrap().starts_with("text/csv"));
    assert!(res.headers()["content-disposition"].to_str().unwrap().starts_with("attachment"));
    let bytes = axum::body::to_bytes(res.into_body(), usize::MAX).await.unwrap();
    let text = String::from_utf8(bytes.to_vec()).unwrap();
    assert!(text.starts_with('\u{feff}'));
    let mut lines = text.trim_start_matches('\u{feff}').lines();
    let header = lines.next().unwrap();
    assert!(header.contains(';') && header.contains("Action"), "{header}");
    // Times on the company's clock (Europe/Paris by default), which the header names.
    assert!(header.starts_with("Date et heure (Europe/Paris);"), "{header}");
    let row = lines.next().unwrap();
    assert!(row.contains("Jean Moreau") && row.contains("Camille Martin"), "{row}");
    let deleted = body_json(t.get("/api/audit?action=delete", Some(&admin)).await).await;
    let at = jiff::Timestamp::from_second(deleted["events"][0]["at"].as_i64().unwrap()).unwrap();
    let paris = at.to_zoned_datetime(jiff::tz::db().get("Europe/Paris").unwrap());
    assert!(row.starts_with(&format!("{};", paris.strftime("%Y-%m-%d %H:%M:%S"))), "{row}");
    assert_eq!(lines.next(), None);
    t.set_password(HELENE, PASSWORD).await;
    let user = t.sign_in(HELENE, PASSWORD).await;
    assert_eq!(t.get("/api/audit", Some(&user)).await.status(), StatusCode::FORBIDDEN);
    assert_eq!(t.get("/api/audit.csv", Some(&user)).await.status(), StatusCode::FORBIDDEN);
}

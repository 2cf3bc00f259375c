#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)] // tests: a failed unwrap is a failed test
mod common;

use axum::http::StatusCode;
use common::{body_json, start, TestApp};
use serde_json::{json, Value};

/// The edit form's body as the user is now, changed by `f`.
async fn patch(t: &TestApp, cookie: &str, id: i64, f: impl FnOnce(&mut Value)) -> (StatusCode, Value) {
    let u = t.detail(cookie, id).await;
    let mut body = json!({
        "first_name": u["first_name"], "last_name": u["last_name"], "entity_id": u["entity"]["id"],
        "notification_email": u["notification_email"].as_str().unwrap_or(""),
        "language": u["language"],
        "service_ids": u["services"].as_array().unwrap().iter().map(|s| s["id"].clone()).collect::<Vec<_>>(),
        "version": u["version"],
    });
    f(&mut body);
    let res = t.json("PATCH", &format!("/api/users/{id}"), Some(cookie), body).await;
    let status = res.status();
    (status, body_json(res).await)
}

#[tokio::test]
async fn edits_names_and_a_level_change_applies_to_open_sessions_at_once() {
    let t = start().await;
    let admin = t.admin_cookie().await;
    t.set_password("helene.dubois@acme.example", "a-good-long-password").await;
    let user = t.sign_in("helene.dubois@acme.example", "a-good-long-password").await;
    assert_eq!(t.get("/api/users", Some(&user)).await.status(), StatusCode::FORBIDDEN);
    let helene = t.user_id("helene.dubois@acme.example").await;
    let (status, body) = patch(&t, &admin, helene, |b| {
        b["last_name"] = json!("  Dubois-Martin ");
        b["notification_email"] = json!("assistant@acme.example");
    })
    .await;
    assert_eq!(status, StatusCode::OK, "{body}");
    assert_eq!(body["last_name"], "Dubois-Martin");
    assert_eq!(body["notification_email"], "assistant@acme.example");
    assert_eq!(body["history"][0]["action"], "edit");
    let version = body["version"].clone();
    let res = t
        .json(
            "PUT",
            &format!("/api/users/{helene}/permissions"),
            Some(&admin),
            json!({ "role": "admin", "version": version }),
        )
        .await;
    assert_eq!(res.status(), StatusCode::OK);
    // Same cookie, no sign-in again: the new role is there.
    assert_eq!(t.get("/api/users", Some(&user)).await.status(), StatusCode::OK);
    let found = body_json(t.get("/api/users?q=dubois-martin", Some(&admin)).await).await;
    assert_eq!(found["total"], 1);
}

#[tokio::test]
async fn stale_versions_invalid_fields_and_own_role_are_refused() {
    let t = start().await;
    let admin = t.admin_cookie().await;
    let helene = t.user_id("helene.dubois@acme.example").await;
    let (status, body) = patch(&t, &admin, helene, |b| b["version"] = json!(0)).await;
    assert_eq!(status, StatusCode::CONFLICT);
    assert_eq!(body["code"], "conflict");

    let (status, body) = patch(&t, &admin, helene, |b| {
        b["first_name"] = json!("");
        b["notification_email"] = json!("nope");
    })
    .await;
    assert_eq!(status, StatusCode::UNPROCESSABLE_ENTITY);
    assert_eq!(body["fields"][0]["field"], "first_name");
    assert_eq!(body["fields"][1]["field"], "notification_email");

    let me = t.user_id(&t.demo.email).await;
    let version = t.version(&admin, me).await;
    let res = t
        .json(
            "PUT",
            &format!("/api/users/{me}/permissions"),
            Some(&admin),
            json!({ "role": "user", "version": version }),
        )
        .await;
    assert_eq!(res.status(), StatusCode::FORBIDDEN);
    let body = body_json(res).await;
    assert_eq!(body["code"], "own-role");
    // Nothing changed.
    assert_eq!(t.detail(&admin, helene).await["first_name"], "Hélène");
}

#[tokio::test]
async fn seats_are_enforced_and_two_requests_for_the_last_seat_cannot_both_win() {
    let t = start().await;
    let admin = t.admin_cookie().await;
    let voip = t.service_id("VoIP line").await; // 4 seats, Emma holds one
    let helene = t.user_id("helene.dubois@acme.example").await;
    let jean = t.user_id("jean.moreau@acme.example").await;
    let sophie = t.user_id("sophie.laurent@acme.example").await;
    let me = t.user_id(&t.demo.email).await;
    for id in [helene, me] {
        let (status, body) =
            patch(&t, &admin, id, |b| b["service_ids"].as_array_mut().unwrap().push(json!(voip))).await;
        assert_eq!(status, StatusCode::OK, "{body}");
    }
    // One seat left; two admins' requests race for it.
    let a = patch(&t, &admin, jean, |b| b["service_ids"].as_array_mut().unwrap().push(json!(voip)));
    let b = patch(&t, &admin, sophie, |b| b["service_ids"].as_array_mut().unwrap().push(json!(voip)));
    let ((sa, ba), (sb, bb)) = tokio::join!(a, b);
    let mut statuses = [sa, sb];
    statuses.sort();
    assert_eq!(statuses, [StatusCode::OK, StatusCode::CONFLICT], "{ba} {bb}");
    let loser = if sa == StatusCode::CONFLICT { ba } else { bb };
    assert_eq!(loser["code"], "no-seats-left");
    let used: i64 = sqlx::query_scalar("SELECT COUNT(*) FROM user_services WHERE service_id = $1")
        .bind(voip)
        .fetch_one(&t.app.state.pool)
        .await
        .unwrap();
    assert_eq!(used, 4);
    // Removing a service frees its seat.
    let (status, _) = patch(&t, &admin, helene, |b| b["service_ids"] = json!([])).await;
    assert_eq!(status, StatusCode::OK);
}

#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)] // tests: a failed unwrap is a failed test
mod common;

use axum::http::StatusCode;
use common::{body_json, start, TestApp};
use serde_json::{json, Value};

fn request(email: &str, key: &str) -> Value {
    json!({
        "first_name": "Zoë", "last_name": "O'Brien", "role": "user", "entity_id": 1, "email": email,
        "notification_email": "", "language": "en", "service_ids": [], "send_activation": false,
        "idempotency_key": key,
    })
}

async fn count(t: &TestApp, sql: &str) -> i64 {
    sqlx::query_scalar(sql).fetch_one(&t.app.state.pool).await.unwrap()
}

#[tokio::test]
async fn creates_a_not_activated_user_without_services_or_e_mail() {
    let t = start().await;
    let admin = t.admin_cookie().await;
    let res = t.json("POST", "/api/users", Some(&admin), request("zoe@acme.example", "k1")).await;
    assert_eq!(res.status(), StatusCode::CREATED);
    let user = body_json(res).await;
    assert_eq!(user["status"], "created");
    assert_eq!(user["last_name"], "O'Brien");
    assert_eq!(user["services"], json!([]));
    assert_eq!(user["history"][0]["action"], "create");
    assert_eq!(count(&t, "SELECT COUNT(*) FROM outbox").await, 0);
}

#[tokio::test]
async fn creates_an_invited_user_with_services_and_the_activation_e_mail() {
    let t = start().await;
    let admin = t.admin_cookie().await;
    let (m365, voip) = (t.service_id("Microsoft 365 Business Standard").await, t.service_id("VoIP line").await);
    let mut body = request("zoe@acme.example", "k2");
    body["service_ids"] = json!([m365, voip]);
    body["send_activation"] = json!(true);
    body["notification_email"] = json!("assistant@acme.example");
    let res = t.json("POST", "/api/users", Some(&admin), body).await;
    assert_eq!(res.status(), StatusCode::CREATED);
    let user = body_json(res).await;
    assert_eq!(user["status"], "invited");
    assert_eq!(user["services"].as_array().unwrap().len(), 2);
    let (to, text): (String, String) =
        sqlx::query_as("SELECT to_address, body_text FROM outbox WHERE kind = 'activation'")
            .fetch_one(&t.app.state.pool)
            .await
            .unwrap();
    assert_eq!(to, "zoe@acme.example", "a link that signs in goes to the person, not the notification e-mail");
    assert!(text.starts_with("Hello Zoë"), "{text}");
}

#[tokio::test]
async fn the_same_idempotency_key_never_creates_two_users() {
    let t = start().await;
    let admin = t.admin_cookie().await;
    let (a, b) = tokio::join!(
        t.json("POST", "/api/users", Some(&admin), request("zoe@acme.example", "same")),
        t.json("POST", "/api/users", Some(&admin), request("zoe@acme.example", "same")),
    );
    assert_eq!(a.status(), StatusCode::CREATED);
    assert_eq!(b.status(), StatusCode::CREATED);
    assert_eq!(body_json(a).await["id"], body_json(b).await["id"]);
    let retry = t.json("POST", "/api/users", Some(&admin), request("zoe@acme.example", "same")).await;
    assert_eq!(retry.status(), StatusCode::CREATED);
    assert_eq!(count(&t, "SELECT COUNT(*) FROM users WHERE email_norm = 'zoe@acme.example'").await, 1);
}

#[tokio::test]
async fn a_used_e_mail_is_a_field_error_and_fields_are_checked_again() {
    let t = start().await;
    let admin = t.admin_cookie().await;
    let res = t.json("POST", "/api/users", Some(&admin), request("Helene.Dubois@acme.example", "k3")).await;
    assert_eq!(res.status(), StatusCode::UNPROCESSABLE_ENTITY);
    let body = body_json(res).await;
    assert_eq!(body["fields"][0]["field"], "email");
    assert_eq!(body["fields"][0]["code"], "taken");
    let mut bad = request("not-an-email", "k4");
    bad["first_name"] = json!("");
    let body = body_json(t.json("POST", "/api/users", Some(&admin), bad).await).await;
    let fields: Vec<&str> = body["fields"].as_array().unwrap().iter().map(|f| f["field"].as_str().unwrap()).collect();
    assert_eq!(fields, ["first_name", "email"]);
}

#[tokio::test]
async fn two_requests_for_the_last_seat_exactly_one_wins() {
    let t = start().await;
    let admin = t.admin_cookie().await;
    let voip = t.service_id("VoIP line").await;
    sqlx::query("UPDATE service_orders SET seats = 2 WHERE service_id = $1")
        .bind(voip)
        .execute(&t.app.state.pool)
        .await
        .unwrap();
    let mut a = request("a@acme.example", "ka");
    let mut b = request("b@acme.example", "kb");
    a["service_ids"] = json!([voip]);
    b["service_ids"] = json!([voip]);
    let (ra, rb) =
        tokio::join!(t.json("POST", "/api/users", Some(&admin), a), t.json("POST", "/api/users", Some(&admin), b),);
    let mut statuses = [ra.status(), rb.status()];
    statuses.sort();
    assert_eq!(statuses, [StatusCode::CREATED, StatusCode::CONFLICT]);
    assert_eq!(
        count(&t, "SELECT COUNT(*) FROM users WHERE email_norm IN ('a@acme.example', 'b@acme.example')").await,
        1
    );
}

#[tokio::test]
async fn users_and_sso_companies_cannot_add_users() {
    let t = start().await;
    t.set_password("helene.dubois@acme.example", "a-good-long-password").await;
    let user = t.sign_in("helene.dubois@acme.example", "a-good-long-password").await;
    let res = t.json("POST", "/api/users", Some(&user), request("zoe@acme.example", "k5")).await;
    assert_eq!(res.status(), StatusCode::FORBIDDEN);
    assert_eq!(body_json(res).await["code"], "forbidden");

    let admin = t.admin_cookie().await;
    sqlx::query("UPDATE companies SET sso_enabled = 1").execute(&t.app.state.pool).await.unwrap();
    let res = t.json("POST", "/api/users", Some(&admin), request("zoe@acme.example", "k6")).await;
    assert_eq!(res.status(), StatusCode::FORBIDDEN);
    assert_eq!(body_json(res).await["code"], "sso-managed");
    assert_eq!(count(&t, "SELECT COUNT(*) FROM users WHERE email_norm = 'zoe@acme.example'").await, 0);
}

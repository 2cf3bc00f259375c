//! Input hygiene (shared with the app through `espace_api::validation`) and idempotency.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)] // tests: a failed unwrap is a failed test

mod common;

use axum::http::StatusCode;
use common::{body_json, start, token_of};
use serde_json::{json, Value};

fn user(first: &str, last: &str, email: &str, key: &str) -> Value {
    json!({
        "first_name": first, "last_name": last, "role": "user", "entity_id": 1, "email": email,
        "notification_email": "", "language": "en", "service_ids": [], "send_activation": false,
        "idempotency_key": key,
    })
}

#[tokio::test]
async fn names_with_controls_direction_marks_or_no_letter_are_refused_next_to_the_field() {
    let t = start().await;
    let cookie = t.admin_cookie().await;
    let cases = [
        ("Ada\r\nBcc: x", "invalid-characters"),
        ("Ada\u{0}", "invalid-characters"),
        ("\u{202E}ecilA", "invalid-characters"),
        ("\u{200B}\u{200B}", "no-letter-or-digit"),
        ("\u{2066}\u{2069}", "invalid-characters"),
        (&"é".repeat(101), "too-long"),
    ];
    for (n, (first, code)) in cases.iter().enumerate() {
        let res = t
            .json(
                "POST",
                "/api/users",
                Some(&cookie),
                user(first, "Lovelace", &format!("n{n}@acme.example"), &format!("h{n}")),
            )
            .await;
        assert_eq!(res.status(), StatusCode::UNPROCESSABLE_ENTITY, "{first:?}");
        let body = body_json(res).await;
        assert_eq!(body["fields"][0]["field"], "first_name");
        assert_eq!(body["fields"][0]["code"], *code, "{first:?}");
    }
    // Stored trimmed and in NFC: "é" typed as e + accent is the same name.
    let res = t
        .json("POST", "/api/users", Some(&cookie), user("  He\u{301}le\u{300}ne ", "Nfc", "nfc@acme.example", "nfc"))
        .await;
    assert_eq!(res.status(), StatusCode::CREATED);
    assert_eq!(body_json(res).await["first_name"], "Hélène");
}

#[tokio::test]
async fn an_idempotency_key_replays_the_same_body_and_refuses_another() {
    let t = start().await;
    let cookie = t.admin_cookie().await;
    let first = t.json("POST", "/api/users", Some(&cookie), user("Ada", "Lovelace", "ada@acme.example", "key-1")).await;
    assert_eq!(first.status(), StatusCode::CREATED);
    let first = body_json(first).await;
    let again = t.json("POST", "/api/users", Some(&cookie), user("Ada", "Lovelace", "ada@acme.example", "key-1")).await;
    assert_eq!(again.status(), StatusCode::CREATED);
    assert_eq!(body_json(again).await["id"], first["id"]);
    let other =
        t.json("POST", "/api/users", Some(&cookie), user("Grace", "Hopper", "grace@acme.example", "key-1")).await;
    assert_eq!(other.status(), StatusCode::UNPROCESSABLE_ENTITY);
    assert_eq!(body_json(other).await["code"], "idempotency-key-reused");
    let count: i64 =
        sqlx::query_scalar("SELECT COUNT(*) FROM users WHERE email_norm IN ('ada@acme.example', 'grace@acme.example')")
            .fetch_one(&t.app.state.pool)
            .await
            .unwrap();
    assert_eq!(count, 1);
}

#[tokio::test]
async fn a_password_of_spaces_is_refused_at_activation_and_passwords_are_compared_in_nfkc() {
    let t = start().await;
    let cookie = t.admin_cookie().await;
    let jean = t.user_id("jean.moreau@acme.example").await;
    let version = t.version(&cookie, jean).await;
    let res = t
        .json(
            "POST",
            &format!("/api/users/{jean}/actions"),
            Some(&cookie),
            json!({ "action": "resend-activation", "version": version }),
        )
        .await;
    assert_eq!(res.status(), StatusCode::OK);
    let token = token_of(&t.last_link("jean.moreau@acme.example").await);
    let spaces =
        t.json("POST", "/api/links/complete", None, json!({ "token": token, "password": " ".repeat(14) })).await;
    assert_eq!(spaces.status(), StatusCode::UNPROCESSABLE_ENTITY);
    assert_eq!(body_json(spaces).await["fields"][0]["code"], "password-blank");
    // Chosen with a composed "é", typed later with a decomposed one (another keyboard).
    let done = t
        .json(
            "POST",
            "/api/links/complete",
            None,
            json!({ "token": token, "password": "un \u{e9}t\u{e9} tr\u{e8}s chaud" }),
        )
        .await;
    assert_eq!(done.status(), StatusCode::OK);
    t.sign_in("jean.moreau@acme.example", "un e\u{301}te\u{301} tre\u{300}s chaud").await;
}

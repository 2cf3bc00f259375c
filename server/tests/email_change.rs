#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)] // tests: a failed unwrap is a failed test
//! A person changes their sign-in e-mail: the current password first, nothing changes until
//! the link sent to the new address is used, the old address is told and can put itself back
//! (with a new password, everyone signed out) for 72 hours, even after a password reset by
//! whoever made the change; accounts on single sign-on cannot.
mod common;

use axum::http::StatusCode;
use common::{body_json, start, token_of, TestApp};
use serde_json::json;

const PASSWORD: &str = "a-good-long-password";
const HELENE: &str = "helene.dubois@acme.example";
const NEW: &str = "helene.d@new.example";

async fn email_of(t: &TestApp, id: i64) -> String {
    sqlx::query_scalar("SELECT email FROM users WHERE id = $1").bind(id).fetch_one(&t.app.state.pool).await.unwrap()
}

async fn link_to(t: &TestApp, to: &str, kind: &str) -> String {
    sqlx::query_scalar("SELECT link FROM outbox WHERE to_address = $1 AND kind = $2 ORDER BY id DESC LIMIT 1")
        .bind(to)
        .bind(kind)
        .fetch_one(&t.app.state.pool)
        .await
        .unwrap()
}

#[tokio::test]
async fn a_change_applies_once_confirmed_and_the_old_address_can_undo_it() {
    let t = start().await;
    t.set_password(HELENE, PASSWORD).await;
    let cookie = t.sign_in(HELENE, PASSWORD).await;
    let id = t.user_id(HELENE).await;

    // The password proves it is her; an address someone has is refused next to its field.
    let res =
        t.json("POST", "/api/me/email", Some(&cookie), json!({ "email": NEW, "password": "wrong-password" })).await;
    assert_eq!(body_json(res).await["fields"][0]["code"], "wrong-password");
    let body = json!({ "email": "emma.wilson@acme.example", "password": PASSWORD });
    let res = t.json("POST", "/api/me/email", Some(&cookie), body).await;
    assert_eq!(body_json(res).await["fields"][0], json!({ "field": "email", "code": "taken" }));
    let res = t.json("POST", "/api/me/email", Some(&cookie), json!({ "email": NEW, "password": PASSWORD })).await;
    assert_eq!(res.status(), StatusCode::NO_CONTENT);
    assert_eq!(email_of(&t, id).await, HELENE, "nothing changes before the confirmation");

    let confirm = link_to(&t, NEW, "email-change-confirm").await;
    assert!(confirm.contains("/confirm-email#t="), "{confirm}");
    // Someone else's session cannot use her link.
    let admin = t.admin_cookie().await;
    let res = t.json("POST", "/api/me/email/confirm", Some(&admin), json!({ "token": token_of(&confirm) })).await;
    assert_eq!(body_json(res).await["code"], "invalid-link");
    let res = t.json("POST", "/api/me/email/confirm", Some(&cookie), json!({ "token": token_of(&confirm) })).await;
    assert_eq!(res.status(), StatusCode::OK);
    assert_eq!(body_json(res).await["user"]["email"], NEW);
    assert_eq!(email_of(&t, id).await, NEW);
    let again = t.json("POST", "/api/me/email/confirm", Some(&cookie), json!({ "token": token_of(&confirm) })).await;
    assert_eq!(body_json(again).await["code"], "invalid-link", "a link works once");
    let res = t.json("POST", "/api/session", None, json!({ "email": HELENE, "password": PASSWORD })).await;
    assert_eq!(res.status(), StatusCode::UNAUTHORIZED, "the old address signs nobody in");

    // Whoever made the change resets the password from the new address: the undo link lives on.
    let res = t.json("POST", "/api/password/forgot", None, json!({ "email": NEW })).await;
    assert!(res.status().is_success());
    let reset = t.last_link(NEW).await;
    let res = t
        .json(
            "POST",
            "/api/links/complete",
            None,
            json!({ "token": token_of(&reset), "password": "another-long-password" }),
        )
        .await;
    assert_eq!(res.status(), StatusCode::OK);

    let undo = link_to(&t, HELENE, "email-changed").await;
    assert!(undo.contains("/undo-email-change#t="), "{undo}");
    let info = body_json(t.json("POST", "/api/links/inspect", None, json!({ "token": token_of(&undo) })).await).await;
    assert_eq!((&info["state"], &info["purpose"]), (&json!("valid"), &json!("email-undo")), "{info}");
    let res = t
        .json(
            "POST",
            "/api/links/complete",
            None,
            json!({ "token": token_of(&undo), "password": "her-own-new-password" }),
        )
        .await;
    assert_eq!(res.status(), StatusCode::OK);
    assert_eq!(email_of(&t, id).await, HELENE);
    assert_eq!(t.get("/api/me", Some(&cookie)).await.status(), StatusCode::UNAUTHORIZED, "everyone signed out");
    t.sign_in(HELENE, "her-own-new-password").await;
    let info = body_json(t.json("POST", "/api/links/inspect", None, json!({ "token": token_of(&undo) })).await).await;
    assert_eq!(info["state"], "used");

    let events: Vec<(String, Option<String>)> =
        sqlx::query_as("SELECT action, changes FROM audit_log WHERE action LIKE 'email-%' ORDER BY id")
            .fetch_all(&t.app.state.pool)
            .await
            .unwrap();
    assert_eq!(events.len(), 2, "{events:?}");
    assert_eq!(events[0].0, "email-changed");
    assert!(events[0].1.as_deref().unwrap().contains(NEW));
    assert_eq!(events[1].0, "email-change-undone");
}

#[tokio::test]
async fn the_undo_link_stops_after_72_hours_and_a_new_request_replaces_the_last() {
    let t = start().await;
    t.set_password(HELENE, PASSWORD).await;
    let cookie = t.sign_in(HELENE, PASSWORD).await;
    for address in ["first@new.example", NEW] {
        let res =
            t.json("POST", "/api/me/email", Some(&cookie), json!({ "email": address, "password": PASSWORD })).await;
        assert_eq!(res.status(), StatusCode::NO_CONTENT);
    }
    let first = link_to(&t, "first@new.example", "email-change-confirm").await;
    let res = t.json("POST", "/api/me/email/confirm", Some(&cookie), json!({ "token": token_of(&first) })).await;
    assert_eq!(body_json(res).await["code"], "invalid-link", "replaced by the newer request");
    let confirm = link_to(&t, NEW, "email-change-confirm").await;
    let res = t.json("POST", "/api/me/email/confirm", Some(&cookie), json!({ "token": token_of(&confirm) })).await;
    assert_eq!(res.status(), StatusCode::OK);
    sqlx::query("UPDATE email_changes SET expires_at = expires_at - 72 * 3600 - 1 WHERE kind = 'undo'")
        .execute(&t.app.state.pool)
        .await
        .unwrap();
    let undo = link_to(&t, HELENE, "email-changed").await;
    let info = body_json(t.json("POST", "/api/links/inspect", None, json!({ "token": token_of(&undo) })).await).await;
    assert_eq!(info["state"], "expired");
    let res = t.json("POST", "/api/links/renew", None, json!({ "token": token_of(&undo) })).await;
    assert!(res.status().is_success());
    let renewed: i64 = sqlx::query_scalar("SELECT COUNT(*) FROM email_changes WHERE kind = 'undo'")
        .fetch_one(&t.app.state.pool)
        .await
        .unwrap();
    assert_eq!(renewed, 1, "an undo link is not renewed");
}

#[tokio::test]
async fn a_person_cannot_flood_an_address_with_confirmation_links() {
    let t = start().await;
    t.set_password(HELENE, PASSWORD).await;
    let cookie = t.sign_in(HELENE, PASSWORD).await;
    let ask = || t.json("POST", "/api/me/email", Some(&cookie), json!({ "email": NEW, "password": PASSWORD }));
    for _ in 0..3 {
        assert_eq!(ask().await.status(), StatusCode::NO_CONTENT);
    }
    let res = ask().await;
    assert_eq!(res.status(), StatusCode::TOO_MANY_REQUESTS);
    assert_eq!(body_json(res).await["code"], "rate-limited");
    let sent: i64 = sqlx::query_scalar("SELECT COUNT(*) FROM outbox WHERE to_address = $1")
        .bind(NEW)
        .fetch_one(&t.app.state.pool)
        .await
        .unwrap();
    assert_eq!(sent, 3);
}

//! Sessions end when idle, and stay ended; links die with the access they would give.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)] // tests: a failed unwrap is a failed test

mod common;

use axum::http::StatusCode;
use common::{body_json, start, token_of};
use espace_server::store;
use serde_json::json;

const EMAIL: &str = "helene.dubois@acme.example";

#[tokio::test]
async fn an_idle_session_ends_and_the_hourly_job_purges_dead_sessions_and_spent_links() {
    let t = start().await;
    t.set_password(EMAIL, "a-good-long-password").await;
    let cookie = t.sign_in(EMAIL, "a-good-long-password").await;
    assert_eq!(t.get("/api/me", Some(&cookie)).await.status(), StatusCode::OK);
    let idle = t.app.state.config.session_idle_secs;
    sqlx::query("UPDATE sessions SET last_seen_at = last_seen_at - $1")
        .bind(idle + 1)
        .execute(&t.app.state.pool)
        .await
        .unwrap();
    assert_eq!(t.get("/api/me", Some(&cookie)).await.status(), StatusCode::UNAUTHORIZED);

    t.json("POST", "/api/password/forgot", None, json!({ "email": EMAIL })).await;
    let now = store::now();
    let purged = espace_server::jobs::inactivity::purge(&t.app.state, now + 11 * 86_400).await.unwrap();
    assert!(purged.sessions >= 1, "{purged:?}");
    assert!(purged.links >= 1, "{purged:?}");
    let left: i64 = sqlx::query_scalar("SELECT COUNT(*) FROM sessions").fetch_one(&t.app.state.pool).await.unwrap();
    assert_eq!(left, 0);
    assert_eq!(purged.devices, 0, "her browser was seen today");
    // A browser unseen for longer than its device cookie lives is forgotten.
    let later = now + (espace_server::auth::device::DEVICE_COOKIE_DAYS + 1) * store::DAY_SECS;
    let purged = espace_server::jobs::inactivity::purge(&t.app.state, later).await.unwrap();
    assert_eq!(purged.devices, 1, "{purged:?}");
}

#[tokio::test]
async fn sessions_and_links_from_before_a_deactivation_stay_dead_after_reactivation() {
    let t = start().await;
    let admin = t.admin_cookie().await;
    t.set_password(EMAIL, "a-good-long-password").await;
    let session = t.sign_in(EMAIL, "a-good-long-password").await;
    t.json("POST", "/api/password/forgot", None, json!({ "email": EMAIL })).await;
    let reset = token_of(&t.last_link(EMAIL).await);
    let id = t.user_id(EMAIL).await;
    for action in ["deactivate", "reactivate"] {
        let version = t.version(&admin, id).await;
        let res = t
            .json(
                "POST",
                &format!("/api/users/{id}/actions"),
                Some(&admin),
                json!({ "action": action, "version": version }),
            )
            .await;
        assert_eq!(res.status(), StatusCode::OK, "{action}");
    }
    assert_eq!(t.get("/api/me", Some(&session)).await.status(), StatusCode::UNAUTHORIZED);
    // Cancelled, with nothing newer sent: the page must not point at a newer e-mail.
    let info = body_json(t.json("POST", "/api/links/inspect", None, json!({ "token": reset })).await).await;
    assert_eq!(info["state"], "withdrawn");
    let res = t
        .json("POST", "/api/links/complete", None, json!({ "token": reset, "password": "a brand new passphrase" }))
        .await;
    assert_eq!(res.status(), StatusCode::GONE);
}

/// An administrator makes an invited person a team administrator, then an administrator: the
/// one e-mail the person has still opens the account, under the level they have now.
#[tokio::test]
async fn a_change_of_level_keeps_an_outstanding_invitation() {
    let t = start().await;
    let admin = t.admin_cookie().await;
    let jean = t.user_id("jean.moreau@acme.example").await;
    let version = t.version(&admin, jean).await;
    t.json(
        "POST",
        &format!("/api/users/{jean}/actions"),
        Some(&admin),
        json!({ "action": "resend-activation", "version": version }),
    )
    .await;
    let token = token_of(&t.last_link("jean.moreau@acme.example").await);
    let version = t.version(&admin, jean).await;
    let permissions = json!({ "role": "admin", "version": version });
    let res = t.json("PUT", &format!("/api/users/{jean}/permissions"), Some(&admin), permissions).await;
    assert_eq!(res.status(), StatusCode::OK);
    let info = body_json(t.json("POST", "/api/links/inspect", None, json!({ "token": token })).await).await;
    assert_eq!(info["state"], "valid");
    let res = t
        .json("POST", "/api/links/complete", None, json!({ "token": token, "password": "a brand new passphrase" }))
        .await;
    assert_eq!(res.status(), StatusCode::OK);
    let cookie = res.headers()["set-cookie"].to_str().unwrap().split(';').next().unwrap().to_owned();
    assert_eq!(body_json(t.get("/api/me", Some(&cookie)).await).await["user"]["role"], "admin");
}

#[tokio::test]
async fn a_deactivation_between_looking_at_a_link_and_using_it_wins() {
    let t = start().await;
    let admin = t.admin_cookie().await;
    t.json("POST", "/api/password/forgot", None, json!({ "email": EMAIL })).await;
    let token = token_of(&t.last_link(EMAIL).await);
    let info = body_json(t.json("POST", "/api/links/inspect", None, json!({ "token": token })).await).await;
    assert_eq!(info["state"], "valid");
    let id = t.user_id(EMAIL).await;
    let version = t.version(&admin, id).await;
    t.json(
        "POST",
        &format!("/api/users/{id}/actions"),
        Some(&admin),
        json!({ "action": "deactivate", "version": version }),
    )
    .await;
    let res = t
        .json("POST", "/api/links/complete", None, json!({ "token": token, "password": "a brand new passphrase" }))
        .await;
    assert_eq!(res.status(), StatusCode::GONE);
    let status: String = sqlx::query_scalar("SELECT status FROM users WHERE id = $1")
        .bind(id)
        .fetch_one(&t.app.state.pool)
        .await
        .unwrap();
    assert_eq!(status, "deactivated");
}

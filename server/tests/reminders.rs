#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)] // tests: a failed unwrap is a failed test
//! Invitations followed up. One about to expire unused: a day before, the person gets one
//! reminder in their language, with a fresh link that stops working when the first would have;
//! the first link then says it was replaced (a newer e-mail exists). Once only. One that
//! expired unused: whoever sent it is told in a daily digest, once.
mod common;

use axum::http::StatusCode;
use common::{body_json, start, token_of};
use espace_server::store;
use espace_server::users::invitations::send_digests;
use espace_server::users::reminders::remind_expiring;
use serde_json::json;

const JEAN: &str = "jean.moreau@acme.example";

async fn inspect(t: &common::TestApp, token: &str) -> serde_json::Value {
    body_json(t.json("POST", "/api/links/inspect", None, json!({ "token": token })).await).await["state"].clone()
}

#[tokio::test]
async fn an_invitation_is_recalled_once_the_day_before_it_expires() {
    let t = start().await;
    let admin = t.admin_cookie().await;
    let jean = t.user_id(JEAN).await;
    let version = t.version(&admin, jean).await;
    let res = t
        .json(
            "POST",
            &format!("/api/users/{jean}/actions"),
            Some(&admin),
            json!({ "action": "resend-activation", "version": version }),
        )
        .await;
    assert_eq!(res.status(), StatusCode::OK);
    let first = token_of(&t.last_link(JEAN).await);
    let pool = &t.app.state.pool;
    let now = store::now();
    assert_eq!(remind_expiring(&t.app.state, now).await.unwrap(), 0, "three days ahead: not yet");

    let expires_at = now + 20 * 3600;
    sqlx::query("UPDATE tokens SET expires_at = $1 WHERE user_id = $2")
        .bind(expires_at)
        .bind(jean)
        .execute(pool)
        .await
        .unwrap();
    assert_eq!(remind_expiring(&t.app.state, now).await.unwrap(), 1);
    let (kind, language, subject, text): (String, String, String, String) = sqlx::query_as(
        "SELECT kind, language, subject, body_text FROM outbox WHERE to_address = $1 ORDER BY id DESC LIMIT 1",
    )
    .bind(JEAN)
    .fetch_one(pool)
    .await
    .unwrap();
    assert_eq!((kind.as_str(), language.as_str()), ("invitation-reminder", "fr"));
    assert!(subject.contains("l’invitation expire demain"), "{subject}");
    assert!(text.contains("Ce lien remplace celui du premier e-mail"), "{text}");
    let second = token_of(&t.last_link(JEAN).await);
    assert_ne!(second, first);
    assert_eq!(inspect(&t, &second).await, "valid");
    assert_eq!(inspect(&t, &first).await, "replaced", "the first e-mail's link points at the newer one");
    let newest: i64 =
        sqlx::query_scalar("SELECT MAX(expires_at) FROM tokens WHERE user_id = $1 AND revoked_at IS NULL")
            .bind(jean)
            .fetch_one(pool)
            .await
            .unwrap();
    assert_eq!(newest, expires_at, "a reminder does not lengthen the invitation");

    // Once: the next passes send nothing more.
    assert_eq!(remind_expiring(&t.app.state, now + 3600).await.unwrap(), 0);
    let reminders: i64 = sqlx::query_scalar("SELECT COUNT(*) FROM outbox WHERE kind = 'invitation-reminder'")
        .fetch_one(pool)
        .await
        .unwrap();
    assert_eq!(reminders, 1);

    // The reminder's link activates the account.
    let res = t
        .json("POST", "/api/links/complete", None, json!({ "token": second, "password": "a brand new passphrase" }))
        .await;
    assert_eq!(res.status(), StatusCode::OK);
}

/// Nobody else is recalled: an active person's password link, an invitation whose link has
/// more than a day left, and an invitation that already expired.
#[tokio::test]
async fn only_invitations_expiring_within_a_day_are_recalled() {
    let t = start().await;
    let pool = &t.app.state.pool;
    let now = store::now();
    t.json("POST", "/api/password/forgot", None, json!({ "email": "helene.dubois@acme.example" })).await;
    sqlx::query("UPDATE tokens SET expires_at = $1").bind(now + 3600).execute(pool).await.unwrap();
    assert_eq!(remind_expiring(&t.app.state, now).await.unwrap(), 0, "a password link is not an invitation");
    let admin = t.admin_cookie().await;
    let jean = t.user_id(JEAN).await;
    let version = t.version(&admin, jean).await;
    t.json(
        "POST",
        &format!("/api/users/{jean}/actions"),
        Some(&admin),
        json!({ "action": "resend-activation", "version": version }),
    )
    .await;
    for (expires_at, what) in [(now - 60, "already expired"), (now + 25 * 3600, "more than a day left")] {
        sqlx::query("UPDATE tokens SET expires_at = $1 WHERE user_id = $2")
            .bind(expires_at)
            .bind(jean)
            .execute(pool)
            .await
            .unwrap();
        assert_eq!(remind_expiring(&t.app.state, now).await.unwrap(), 0, "{what}");
    }
}

/// Whoever sent an invitation that expired unused is told once, in a daily digest naming the
/// person, in their own language, with the link to the list filtered to expired invitations.
#[tokio::test]
async fn the_inviter_is_told_once_of_invitations_that_expired_unused() {
    let t = start().await;
    let admin = t.admin_cookie().await;
    let jean = t.user_id(JEAN).await;
    let version = t.version(&admin, jean).await;
    t.json(
        "POST",
        &format!("/api/users/{jean}/actions"),
        Some(&admin),
        json!({ "action": "resend-activation", "version": version }),
    )
    .await;
    let pool = &t.app.state.pool;
    let now = store::now();
    assert_eq!(send_digests(&t.app.state, now).await.unwrap(), 0, "nothing expired yet");
    sqlx::query("UPDATE tokens SET expires_at = $1 WHERE user_id = $2")
        .bind(now - 60)
        .bind(jean)
        .execute(pool)
        .await
        .unwrap();
    let tomorrow = now + store::DAY_SECS + 60;
    assert_eq!(send_digests(&t.app.state, tomorrow).await.unwrap(), 1);
    let (to, language, subject, text, link): (String, String, String, String, String) = sqlx::query_as(
        "SELECT to_address, language, subject, body_text, link FROM outbox WHERE kind = 'invitation-digest'",
    )
    .fetch_one(pool)
    .await
    .unwrap();
    assert_eq!((to.as_str(), language.as_str()), ("camille.martin@acme.example", "fr"));
    assert_eq!(subject, "Une invitation que vous avez envoyée a expiré sans servir (Acme)");
    assert!(text.contains("- Jean Moreau (jean.moreau@acme.example)"), "{text}");
    assert!(link.ends_with("/users?invitation=expired"), "{link}");
    // Once a day, and each expired invitation once.
    assert_eq!(send_digests(&t.app.state, tomorrow + 60).await.unwrap(), 0);
    assert_eq!(send_digests(&t.app.state, tomorrow + store::DAY_SECS).await.unwrap(), 0);
}

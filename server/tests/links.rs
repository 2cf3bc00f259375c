#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)] // tests: a failed unwrap is a failed test
mod common;

use axum::http::{header, StatusCode};
use common::{body_json, start, TestApp};
use serde_json::{json, Value};

async fn latest_link(t: &TestApp, user: i64) -> String {
    let link: String = sqlx::query_scalar("SELECT link FROM outbox WHERE user_id = $1 ORDER BY id DESC LIMIT 1")
        .bind(user)
        .fetch_one(&t.app.state.pool)
        .await
        .unwrap();
    link.rsplit("#t=").next().unwrap().to_owned()
}

async fn activate_sophie(t: &TestApp) -> (i64, String) {
    let admin = t.admin_cookie().await;
    let sophie = t.user_id("sophie.laurent@acme.example").await;
    let version = body_json(t.get(&format!("/api/users/{sophie}"), Some(&admin)).await).await["version"].clone();
    let res = t
        .json(
            "POST",
            &format!("/api/users/{sophie}/actions"),
            Some(&admin),
            json!({ "action": "activate", "version": version }),
        )
        .await;
    assert_eq!(res.status(), StatusCode::OK);
    (sophie, latest_link(t, sophie).await)
}

async fn inspect(t: &TestApp, token: &str) -> Value {
    body_json(t.json("POST", "/api/links/inspect", None, json!({ "token": token })).await).await
}

async fn complete(t: &TestApp, token: &str, password: &str) -> axum::http::Response<axum::body::Body> {
    t.json("POST", "/api/links/complete", None, json!({ "token": token, "password": password })).await
}

fn cookie_of(res: &axum::http::Response<axum::body::Body>) -> String {
    res.headers().get(header::SET_COOKIE).unwrap().to_str().unwrap().split(';').next().unwrap().to_owned()
}

#[tokio::test]
async fn an_activation_link_is_shown_without_being_used_then_used_once() {
    let t = start().await;
    let (_, token) = activate_sophie(&t).await;
    let info = inspect(&t, &token).await;
    assert_eq!(info["state"], "valid");
    assert_eq!(info["purpose"], "activation");
    assert_eq!(info["person"]["first_name"], "Sophie");
    assert_eq!(info["company"], "Acme");
    // Looking twice (a mail scanner) does not burn it.
    assert_eq!(inspect(&t, &token).await["state"], "valid");

    for (password, code) in [
        ("short", "password-too-short"),
        ("qwerty123456", "password-common"),
        ("Password1234", "password-common"),
        ("sophie.laurent@acme.example", "password-personal"),
    ] {
        let res = complete(&t, &token, password).await;
        assert_eq!(res.status(), StatusCode::UNPROCESSABLE_ENTITY, "{password}");
        let body = body_json(res).await;
        assert_eq!(body["fields"][0]["field"], "password");
        assert_eq!(body["fields"][0]["code"], code, "{password}");
    }
    assert_eq!(inspect(&t, &token).await["state"], "valid", "a refused password does not use the link");

    let res = complete(&t, &token, "🦀 crabe très long 🦀").await;
    assert_eq!(res.status(), StatusCode::OK);
    let cookie = cookie_of(&res);
    let me = body_json(res).await;
    assert_eq!(me["user"]["first_name"], "Sophie");
    assert_eq!(me["consent_required"], true);

    assert_eq!(inspect(&t, &token).await["state"], "used");
    let again = complete(&t, &token, "another long passphrase").await;
    assert_eq!(again.status(), StatusCode::GONE);
    assert_eq!(body_json(again).await["code"], "invalid-link");

    let row: (String, i64) =
        sqlx::query_as("SELECT status, email_verified FROM users WHERE email_norm = 'sophie.laurent@acme.example'")
            .fetch_one(&t.app.state.pool)
            .await
            .unwrap();
    assert_eq!(row, ("active".to_owned(), 1));
    // The session works, but nothing past the policy until it is accepted.
    assert_eq!(t.get("/api/me", Some(&cookie)).await.status(), StatusCode::OK);
    let space = t.get("/api/space", Some(&cookie)).await;
    assert_eq!(space.status(), StatusCode::FORBIDDEN);
    assert_eq!(body_json(space).await["code"], "consent-required");
}

#[tokio::test]
async fn consent_is_recorded_and_asked_again_when_the_policy_changes() {
    let t = start().await;
    let (sophie, token) = activate_sophie(&t).await;
    let cookie = cookie_of(&complete(&t, &token, "a long enough passphrase").await);
    let refused =
        t.json("POST", "/api/consent", Some(&cookie), json!({ "version": "2026-11", "accepted": false })).await;
    assert_eq!(refused.status(), StatusCode::UNPROCESSABLE_ENTITY);
    assert_eq!(body_json(refused).await["fields"][0]["code"], "must-accept");
    let stale = t.json("POST", "/api/consent", Some(&cookie), json!({ "version": "2020-01", "accepted": true })).await;
    assert_eq!(stale.status(), StatusCode::CONFLICT);

    let res = t.json("POST", "/api/consent", Some(&cookie), json!({ "version": "2026-11", "accepted": true })).await;
    assert_eq!(res.status(), StatusCode::OK);
    let me = body_json(res).await;
    assert_eq!(me["consent_required"], false);
    assert_eq!(me["consent"]["version"], "2026-11");
    assert_eq!(t.get("/api/space", Some(&cookie)).await.status(), StatusCode::OK);
    let record: (String, String) = sqlx::query_as("SELECT version, language FROM consents WHERE user_id = $1")
        .bind(sophie)
        .fetch_one(&t.app.state.pool)
        .await
        .unwrap();
    assert_eq!(record, ("2026-11".to_owned(), "en".to_owned()), "the test client reads in English");

    // A new policy version: asked again at the next request.
    sqlx::query("UPDATE users SET consent_version = '2026-01'").execute(&t.app.state.pool).await.unwrap();
    assert_eq!(body_json(t.get("/api/me", Some(&cookie)).await).await["consent_required"], true);
    assert_eq!(t.get("/api/space", Some(&cookie)).await.status(), StatusCode::FORBIDDEN);
}

#[tokio::test]
async fn expired_replaced_and_unknown_links_and_renewal() {
    let t = start().await;
    let (sophie, first) = activate_sophie(&t).await;
    assert_eq!(inspect(&t, "not-a-token").await["state"], "unknown");

    sqlx::query("UPDATE tokens SET expires_at = 0").execute(&t.app.state.pool).await.unwrap();
    let info = inspect(&t, &first).await;
    assert_eq!(info["state"], "expired");
    assert!(info.get("person").is_none(), "an expired link tells nothing about the person");
    assert_eq!(complete(&t, &first, "a long enough passphrase").await.status(), StatusCode::GONE);

    let renew = t.json("POST", "/api/links/renew", None, json!({ "token": first })).await;
    assert_eq!(renew.status(), StatusCode::NO_CONTENT);
    let second = latest_link(&t, sophie).await;
    assert_ne!(second, first);
    assert_eq!(inspect(&t, &second).await["state"], "valid");
    assert_eq!(inspect(&t, &first).await["state"], "replaced");
    // Unknown tokens get the same answer and send nothing.
    let before: i64 = sqlx::query_scalar("SELECT COUNT(*) FROM outbox").fetch_one(&t.app.state.pool).await.unwrap();
    assert_eq!(
        t.json("POST", "/api/links/renew", None, json!({ "token": "nope" })).await.status(),
        StatusCode::NO_CONTENT
    );
    let after: i64 = sqlx::query_scalar("SELECT COUNT(*) FROM outbox").fetch_one(&t.app.state.pool).await.unwrap();
    assert_eq!(before, after);
}

#[tokio::test]
async fn forgotten_password_resets_through_a_link_without_revealing_addresses() {
    let t = start().await;
    let helene = t.user_id("helene.dubois@acme.example").await;
    t.set_password("helene.dubois@acme.example", "the old passphrase").await;
    let old_session = t.sign_in("helene.dubois@acme.example", "the old passphrase").await;
    let count = || async {
        sqlx::query_scalar::<_, i64>("SELECT COUNT(*) FROM outbox").fetch_one(&t.app.state.pool).await.unwrap()
    };
    let before = count().await;
    let unknown = t.json("POST", "/api/password/forgot", None, json!({ "email": "nobody@acme.example" })).await;
    assert_eq!(unknown.status(), StatusCode::NO_CONTENT);
    assert_eq!(count().await, before);
    let known = t.json("POST", "/api/password/forgot", None, json!({ "email": "Helene.Dubois@acme.example" })).await;
    assert_eq!(known.status(), StatusCode::NO_CONTENT);
    assert_eq!(count().await, before + 1);

    let token = latest_link(&t, helene).await;
    assert_eq!(inspect(&t, &token).await["purpose"], "reset");
    let res = complete(&t, &token, "the new passphrase").await;
    assert_eq!(res.status(), StatusCode::OK);
    assert_eq!(body_json(res).await["consent_required"], false, "seeded users already accepted");
    // Old sessions end with the old password.
    assert_eq!(t.get("/api/me", Some(&old_session)).await.status(), StatusCode::UNAUTHORIZED);
    let old = t
        .json(
            "POST",
            "/api/session",
            None,
            json!({ "email": "helene.dubois@acme.example", "password": "the old passphrase" }),
        )
        .await;
    assert_eq!(old.status(), StatusCode::UNAUTHORIZED);
    t.sign_in("helene.dubois@acme.example", "the new passphrase").await;
}

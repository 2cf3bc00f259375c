#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)] // tests: a failed unwrap is a failed test
//! Where a person is signed in: their sessions listed with the device in words and the one in
//! use marked, ended one by one or all but this one; their administrators list and end them
//! within scope, in the audit log; nobody reaches another person's sessions by their handle.
mod common;

use axum::http::{header, StatusCode};
use common::{body_json, start, TestApp};
use serde_json::{json, Value};

const PASSWORD: &str = "a-good-long-password";
const HELENE: &str = "helene.dubois@acme.example"; // Paris
const EMMA: &str = "emma.wilson@acme.example"; // Lyon
const WINDOWS_CHROME: &str =
    "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Safari/537.36";
const IPHONE_SAFARI: &str = "Mozilla/5.0 (iPhone; CPU iPhone OS 18_1 like Mac OS X) AppleWebKit/605.1.15 \
    (KHTML, like Gecko) Version/18.1 Mobile/15E148 Safari/604.1";

/// Signs in from `peer` with this `User-Agent`; the session's cookie pair.
async fn sign_in_from(t: &TestApp, peer: [u8; 4], user_agent: &str, email: &str) -> String {
    sign_in_with(t, peer, user_agent, None, email).await.0
}

/// The same from a browser holding `device` (its device cookie pair); the session's and the
/// device's cookie pairs.
async fn sign_in_with(
    t: &TestApp,
    peer: [u8; 4],
    user_agent: &str,
    device: Option<&str>,
    email: &str,
) -> (String, String) {
    let mut headers = vec![("user-agent", user_agent)];
    if let Some(device) = device {
        headers.push(("cookie", device));
    }
    let res =
        t.json_from(peer, &headers, "POST", "/api/session", json!({ "email": email, "password": PASSWORD })).await;
    assert_eq!(res.status(), StatusCode::OK);
    let pair = |name: &str| {
        res.headers()
            .get_all(header::SET_COOKIE)
            .iter()
            .map(|v| v.to_str().unwrap().split(';').next().unwrap().to_owned())
            .find(|pair| pair.starts_with(name))
            .unwrap_or_else(|| panic!("{name} set"))
    };
    (pair("espace_session="), pair("espace_device="))
}

async fn new_sign_in_emails(t: &TestApp) -> Vec<(String, String, String)> {
    sqlx::query_as("SELECT to_address, subject, body_text FROM outbox WHERE kind = 'new-sign-in' ORDER BY id")
        .fetch_all(&t.app.state.pool)
        .await
        .unwrap()
}

async fn list(t: &TestApp, uri: &str, cookie: &str) -> (StatusCode, Value) {
    let res = t.get(uri, Some(cookie)).await;
    let status = res.status();
    (status, body_json(res).await)
}

async fn signed_in(t: &TestApp, cookie: &str) -> bool {
    t.get("/api/me", Some(cookie)).await.status() == StatusCode::OK
}

#[tokio::test]
async fn a_person_sees_where_they_are_signed_in_and_signs_out_elsewhere() {
    let t = start().await;
    t.set_password(HELENE, PASSWORD).await;
    let office = sign_in_from(&t, [203, 0, 113, 7], WINDOWS_CHROME, HELENE).await;
    let phone = sign_in_from(&t, [198, 51, 100, 9], IPHONE_SAFARI, HELENE).await;
    let laptop = sign_in_from(&t, [192, 0, 2, 1], "curl/8.5.0", HELENE).await;

    let (status, sessions) = list(&t, "/api/me/sessions", &office).await;
    assert_eq!(status, StatusCode::OK);
    let sessions = sessions.as_array().unwrap().clone();
    assert_eq!(sessions.len(), 3, "{sessions:?}");
    let this: Vec<&Value> = sessions.iter().filter(|s| s["current"] == true).collect();
    assert_eq!(this.len(), 1, "exactly one is this one");
    assert_eq!((this[0]["browser"].as_str(), this[0]["system"].as_str()), (Some("chrome"), Some("windows")));
    assert_eq!(this[0]["address"], "203.0.113.7");
    let iphone = sessions.iter().find(|s| s["system"] == "ios").expect("the phone is listed");
    assert_eq!(iphone["browser"], "safari");
    assert!(iphone["started_at"].as_i64().unwrap() > 0 && iphone["last_active_at"].as_i64().unwrap() > 0);
    let handle = iphone["id"].as_str().unwrap().to_owned();
    assert!(!phone.contains(&handle), "the handle is not the cookie");

    // One session ends: that cookie no longer works, the others do.
    let res = t.json("DELETE", &format!("/api/me/sessions/{handle}"), Some(&office), json!({})).await;
    assert_eq!(res.status(), StatusCode::NO_CONTENT);
    assert!(!signed_in(&t, &phone).await);
    assert!(signed_in(&t, &laptop).await && signed_in(&t, &office).await);
    let res = t.json("DELETE", &format!("/api/me/sessions/{handle}"), Some(&office), json!({})).await;
    assert_eq!(res.status(), StatusCode::NOT_FOUND, "already ended");

    // Everywhere else: only this one is left.
    let res = t.json("POST", "/api/me/sessions/end-others", Some(&office), json!({})).await;
    assert_eq!(res.status(), StatusCode::NO_CONTENT);
    assert!(!signed_in(&t, &laptop).await);
    let (_, sessions) = list(&t, "/api/me/sessions", &office).await;
    assert_eq!(sessions.as_array().unwrap().len(), 1);
    assert_eq!(sessions[0]["current"], true);

    // Signed out, nothing is listed.
    let res = t.get("/api/me/sessions", None).await;
    assert_eq!(res.status(), StatusCode::UNAUTHORIZED);
}

#[tokio::test]
async fn nobody_ends_another_persons_session_by_its_handle() {
    let t = start().await;
    t.set_password(HELENE, PASSWORD).await;
    t.set_password(EMMA, PASSWORD).await;
    let helene = sign_in_from(&t, [203, 0, 113, 7], WINDOWS_CHROME, HELENE).await;
    let emma = sign_in_from(&t, [203, 0, 113, 8], IPHONE_SAFARI, EMMA).await;
    let (_, emmas) = list(&t, "/api/me/sessions", &emma).await;
    let handle = emmas[0]["id"].as_str().unwrap().to_owned();

    let res = t.json("DELETE", &format!("/api/me/sessions/{handle}"), Some(&helene), json!({})).await;
    assert_eq!(res.status(), StatusCode::NOT_FOUND, "someone else's handle is as good as unknown");
    assert!(signed_in(&t, &emma).await);
    // A user (no administration) cannot read anyone's sessions from their page.
    let emma_id = t.user_id(EMMA).await;
    let (status, _) = list(&t, &format!("/api/users/{emma_id}/sessions"), &helene).await;
    assert_eq!(status, StatusCode::FORBIDDEN);
}

#[tokio::test]
async fn administrators_see_and_end_a_users_sessions_within_scope() {
    let t = start().await;
    let admin = t.admin_cookie().await;
    t.set_password(HELENE, PASSWORD).await;
    let phone = sign_in_from(&t, [198, 51, 100, 9], IPHONE_SAFARI, HELENE).await;
    let helene_id = t.user_id(HELENE).await;

    let (status, sessions) = list(&t, &format!("/api/users/{helene_id}/sessions"), &admin).await;
    assert_eq!(status, StatusCode::OK);
    assert_eq!(sessions.as_array().unwrap().len(), 1);
    assert_eq!(sessions[0]["current"], false, "the administrator's session is not on her list");
    assert_eq!(sessions[0]["system"], "ios");
    let handle = sessions[0]["id"].as_str().unwrap().to_owned();

    // A team administrator of Lyon does not reach Hélène (Paris): as if she did not exist.
    let emma_id = t.user_id(EMMA).await;
    let version = t.version(&admin, emma_id).await;
    let res = t
        .json(
            "PUT",
            &format!("/api/users/{emma_id}/permissions"),
            Some(&admin),
            json!({ "role": "team-admin", "scope": [2], "version": version }),
        )
        .await;
    assert_eq!(res.status(), StatusCode::OK);
    t.set_password(EMMA, PASSWORD).await;
    let lyon_admin = t.sign_in(EMMA, PASSWORD).await;
    let (status, _) = list(&t, &format!("/api/users/{helene_id}/sessions"), &lyon_admin).await;
    assert_eq!(status, StatusCode::NOT_FOUND);
    let res =
        t.json("DELETE", &format!("/api/users/{helene_id}/sessions/{handle}"), Some(&lyon_admin), json!({})).await;
    assert_eq!(res.status(), StatusCode::NOT_FOUND);
    assert!(signed_in(&t, &phone).await);

    // Her administrator ends it; the audit log says who did.
    let res = t.json("DELETE", &format!("/api/users/{helene_id}/sessions/{handle}"), Some(&admin), json!({})).await;
    assert_eq!(res.status(), StatusCode::NO_CONTENT);
    assert!(!signed_in(&t, &phone).await);
    let detail = t.detail(&admin, helene_id).await;
    let history = detail["history"].as_array().unwrap();
    assert!(history.iter().any(|e| e["action"] == "session-ended"), "{history:?}");
    let res = t.json("DELETE", &format!("/api/users/{helene_id}/sessions/{handle}"), Some(&admin), json!({})).await;
    assert_eq!(res.status(), StatusCode::NOT_FOUND);
}

#[tokio::test]
async fn a_huge_user_agent_is_kept_bounded() {
    let t = start().await;
    t.set_password(HELENE, PASSWORD).await;
    let huge = format!("Mozilla/5.0 (X11; Linux x86_64) Firefox/133.0 {}", "x".repeat(7000));
    let cookie = sign_in_from(&t, [203, 0, 113, 7], &huge, HELENE).await;
    let (_, sessions) = list(&t, "/api/me/sessions", &cookie).await;
    assert_eq!((sessions[0]["browser"].as_str(), sessions[0]["system"].as_str()), (Some("firefox"), Some("linux")));
    let kept: i64 =
        sqlx::query_scalar("SELECT MAX(LENGTH(user_agent)) FROM sessions").fetch_one(&t.app.state.pool).await.unwrap();
    assert!(kept <= 512, "{kept}");
}

#[tokio::test]
async fn a_sign_in_from_a_new_browser_e_mails_the_person_in_their_language() {
    let t = start().await;
    t.set_password(HELENE, PASSWORD).await;
    // Her first browser: she has signed in from nowhere else, nothing to tell.
    let (_, office) = sign_in_with(&t, [203, 0, 113, 7], WINDOWS_CHROME, None, HELENE).await;
    assert!(new_sign_in_emails(&t).await.is_empty());
    // The same browser again, with its device cookie: still nothing.
    let (_, again) = sign_in_with(&t, [203, 0, 113, 7], WINDOWS_CHROME, Some(&office), HELENE).await;
    assert_eq!(again, office, "the browser keeps its device cookie");
    assert!(new_sign_in_emails(&t).await.is_empty());
    // A phone never seen on her account: she is told, in French, what and where.
    sign_in_with(&t, [198, 51, 100, 9], IPHONE_SAFARI, None, HELENE).await;
    let emails = new_sign_in_emails(&t).await;
    assert_eq!(emails.len(), 1, "{emails:?}");
    let (to, subject, text) = &emails[0];
    assert_eq!(to, HELENE);
    assert_eq!(subject, "Nouvelle connexion à votre espace client Acme");
    assert!(text.contains("Safari sous iOS, adresse 198.51.100.9"), "{text}");
    assert!(text.contains("/profile"), "{text}");
    // A device cookie someone made up counts as a new browser, not a known one.
    let made_up = "espace_device=not-a-real-device-cookie-value-000000000000";
    sign_in_with(&t, [198, 51, 100, 9], IPHONE_SAFARI, Some(made_up), HELENE).await;
    assert_eq!(new_sign_in_emails(&t).await.len(), 2);
}

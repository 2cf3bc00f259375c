//! Ten wrong passwords lock an account, but nobody can use that against its owner.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)] // tests: a failed unwrap is a failed test

mod common;

use axum::http::StatusCode;
use common::{body_json, start, token_of, TestApp};
use espace_api::policy::MAX_FAILED_SIGN_INS;
use serde_json::json;

const EMAIL: &str = "helene.dubois@acme.example";
const PASSWORD: &str = "a-good-long-password";

async fn wrong(t: &TestApp, times: usize) -> serde_json::Value {
    let mut last = json!(null);
    for _ in 0..times {
        let res = t.json("POST", "/api/session", None, json!({ "email": EMAIL, "password": "not-the-password" })).await;
        assert_eq!(res.status(), StatusCode::UNAUTHORIZED);
        last = body_json(res).await;
    }
    last
}

async fn status(t: &TestApp, email: &str) -> String {
    sqlx::query_scalar("SELECT status FROM users WHERE email_norm = $1")
        .bind(email)
        .fetch_one(&t.app.state.pool)
        .await
        .unwrap()
}

#[tokio::test]
async fn a_lock_keeps_open_sessions_answers_like_an_unknown_account_and_mails_an_unlocking_link() {
    let t = start().await;
    t.set_password(EMAIL, PASSWORD).await;
    let open = t.sign_in(EMAIL, PASSWORD).await;
    let tenth = wrong(&t, usize::try_from(MAX_FAILED_SIGN_INS).unwrap()).await;
    assert_eq!(status(&t, EMAIL).await, "locked");
    // The person at work is not thrown out by someone else's guesses.
    assert_eq!(t.get("/api/me", Some(&open)).await.status(), StatusCode::OK);

    // A wrong password on the locked account: exactly what an unknown account gets.
    let locked_wrong = wrong(&t, 1).await;
    let unknown = body_json(
        t.json("POST", "/api/session", None, json!({ "email": "nobody@acme.example", "password": "not-the-password" }))
            .await,
    )
    .await;
    for answer in [&tenth, &locked_wrong] {
        assert_eq!(answer["code"], unknown["code"]);
        assert_eq!(answer["message"], unknown["message"]);
    }
    // The right password: told it is locked and that an e-mail went out.
    let right = t.json("POST", "/api/session", None, json!({ "email": EMAIL, "password": PASSWORD })).await;
    assert_eq!(right.status(), StatusCode::FORBIDDEN);
    let right = body_json(right).await;
    assert_eq!(right["code"], "account-locked");
    assert!(right["message"].as_str().unwrap().contains("e-mailed you a link"), "{right}");

    // The e-mail, in her language, with a link that unlocks without an admin.
    let (subject, text, kind): (String, String, String) =
        sqlx::query_as("SELECT subject, body_text, kind FROM outbox WHERE to_address = $1 ORDER BY id DESC LIMIT 1")
            .bind(EMAIL)
            .fetch_one(&t.app.state.pool)
            .await
            .unwrap();
    assert_eq!(kind, "locked");
    assert!(subject.contains("bloqué"), "Hélène reads French: {subject}");
    assert!(text.contains("Bonjour Hélène"), "{text}");
    // The number is the setting's, not words in a message.
    assert!(text.contains(&format!("après {MAX_FAILED_SIGN_INS} mots de passe erronés d’affilée.")), "{text}");
    assert!(text.ends_with("\n\nL’équipe Espace\n"), "{text}");
    let html: String = sqlx::query_scalar("SELECT body_html FROM outbox WHERE kind = 'locked'")
        .fetch_one(&t.app.state.pool)
        .await
        .unwrap();
    assert!(html.contains(">Débloquer mon compte</a>"), "{html}");
    let link = t.last_link(EMAIL).await;
    let info = body_json(t.json("POST", "/api/links/inspect", None, json!({ "token": token_of(&link) })).await).await;
    assert_eq!(info["state"], "valid");
    let done = t
        .json(
            "POST",
            "/api/links/complete",
            None,
            json!({ "token": token_of(&link), "password": "a brand new passphrase" }),
        )
        .await;
    assert_eq!(done.status(), StatusCode::OK);
    assert_eq!(status(&t, EMAIL).await, "active");
    t.sign_in(EMAIL, "a brand new passphrase").await;
    // The sessions opened with the old password ended with it.
    assert_eq!(t.get("/api/me", Some(&open)).await.status(), StatusCode::UNAUTHORIZED);
    let history = t.detail(&t.admin_cookie().await, t.user_id(EMAIL).await).await["history"].clone();
    assert_eq!(history[0]["action"], "unlocked-by-reset");
    assert_eq!(history[1]["action"], "lock");
}

#[tokio::test]
async fn other_admins_are_told_when_an_admin_is_locked_and_forgotten_password_works_when_locked() {
    let t = start().await;
    t.set_password(EMAIL, PASSWORD).await;
    sqlx::query("UPDATE users SET role = 'admin' WHERE email_norm = $1")
        .bind(EMAIL)
        .execute(&t.app.state.pool)
        .await
        .unwrap();
    wrong(&t, 10).await;
    let (to, subject, text): (String, String, String) =
        sqlx::query_as("SELECT to_address, subject, body_text FROM outbox WHERE kind = 'admin-locked'")
            .fetch_one(&t.app.state.pool)
            .await
            .unwrap();
    assert_eq!(to, t.demo.email);
    assert!(subject.contains("Hélène Dubois"), "{subject}");
    assert!(text.contains(EMAIL), "{text}");
    assert!(text.contains(&format!("après {MAX_FAILED_SIGN_INS} mots de passe erronés d’affilée.")), "{text}");
    assert!(text.ends_with("\n\nL’équipe Espace\n"), "{text}");

    let before: i64 = sqlx::query_scalar("SELECT COUNT(*) FROM outbox WHERE to_address = $1")
        .bind(EMAIL)
        .fetch_one(&t.app.state.pool)
        .await
        .unwrap();
    let res = t.json("POST", "/api/password/forgot", None, json!({ "email": EMAIL })).await;
    assert_eq!(res.status(), StatusCode::NO_CONTENT);
    let after: i64 = sqlx::query_scalar("SELECT COUNT(*) FROM outbox WHERE to_address = $1")
        .bind(EMAIL)
        .fetch_one(&t.app.state.pool)
        .await
        .unwrap();
    assert_eq!(after, before + 1, "a locked person can ask for a new link");
}

#[tokio::test]
async fn wrong_current_passwords_in_password_change_count_like_sign_in_failures() {
    let t = start().await;
    t.set_password(EMAIL, PASSWORD).await;
    let cookie = t.sign_in(EMAIL, PASSWORD).await;
    for _ in 0..10 {
        let res = t
            .json(
                "POST",
                "/api/me/password",
                Some(&cookie),
                json!({ "current": "a guess at it", "new": "another long passphrase" }),
            )
            .await;
        assert_eq!(res.status(), StatusCode::UNPROCESSABLE_ENTITY);
        assert_eq!(body_json(res).await["fields"][0]["code"], "wrong-password");
    }
    assert_eq!(status(&t, EMAIL).await, "locked", "guessing through a stolen session locks too");
    // And the guesses are limited: the account's budget runs out.
    let mut limited = false;
    for _ in 0..15 {
        let res = t
            .json(
                "POST",
                "/api/me/password",
                Some(&cookie),
                json!({ "current": "a guess at it", "new": "another long passphrase" }),
            )
            .await;
        if res.status() == StatusCode::TOO_MANY_REQUESTS {
            limited = true;
            break;
        }
    }
    assert!(limited);
}

#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)] // tests: a failed unwrap is a failed test
mod common;

use axum::http::StatusCode;
use common::{body_json, start};
use serde_json::json;

#[tokio::test]
async fn changes_e_mail_language_and_password_ending_other_sessions() {
    let t = start().await;
    t.set_password("helene.dubois@acme.example", "the old passphrase").await;
    let here = t.sign_in("helene.dubois@acme.example", "the old passphrase").await;
    let elsewhere = t.sign_in("helene.dubois@acme.example", "the old passphrase").await;

    let me = body_json(t.json("PATCH", "/api/me", Some(&here), json!({ "language": "en" })).await).await;
    assert_eq!(me["user"]["language"], "en");

    let wrong = t
        .json("POST", "/api/me/password", Some(&here), json!({ "current": "nope", "new": "the new passphrase" }))
        .await;
    assert_eq!(wrong.status(), StatusCode::UNPROCESSABLE_ENTITY);
    assert_eq!(body_json(wrong).await["fields"][0]["code"], "wrong-password");
    let weak = t
        .json(
            "POST",
            "/api/me/password",
            Some(&here),
            json!({ "current": "the old passphrase", "new": "qwerty123456" }),
        )
        .await;
    assert_eq!(body_json(weak).await["fields"][0]["code"], "password-common");

    let ok = t
        .json(
            "POST",
            "/api/me/password",
            Some(&here),
            json!({ "current": "the old passphrase", "new": "the new passphrase" }),
        )
        .await;
    assert_eq!(ok.status(), StatusCode::NO_CONTENT);
    assert_eq!(t.get("/api/me", Some(&here)).await.status(), StatusCode::OK, "this session stays");
    assert_eq!(t.get("/api/me", Some(&elsewhere)).await.status(), StatusCode::UNAUTHORIZED, "the others end");
    t.sign_in("helene.dubois@acme.example", "the new passphrase").await;
}

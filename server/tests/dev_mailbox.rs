#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)] // tests: a failed unwrap is a failed test
mod common;

use axum::http::StatusCode;
use common::{body_json, start, start_with};
use serde_json::json;

#[tokio::test]
async fn the_mailbox_exists_only_when_enabled_and_lists_links_as_paths() {
    let off = start().await;
    assert_eq!(off.get("/api/dev/mailbox", None).await.status(), StatusCode::NOT_FOUND);

    let t = start_with(|c| {
        c.dev_mailbox = true;
        c.public_url = Some("http://espace.test".into());
    })
    .await;
    let res = t.json("POST", "/api/password/forgot", None, json!({ "email": t.demo.email })).await;
    assert_eq!(res.status(), StatusCode::NO_CONTENT);
    let list = body_json(t.get("/api/dev/mailbox", None).await).await;
    assert_eq!(list[0]["to"], t.demo.email);
    let link = list[0]["link"].as_str().unwrap();
    assert!(link.starts_with("/reset-password#t="), "{link}");
}

#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)] // tests: a failed unwrap is a failed test
mod common;

use common::start_with;
use espace_server::mail::deliver::deliver_due;
use espace_server::store;
use serde_json::json;

#[tokio::test]
async fn without_smtp_e_mails_become_multipart_eml_files_once() {
    let dir = tempfile::tempdir().unwrap();
    let outbox = dir.path().join("outbox");
    let t = start_with(|c| c.outbox_dir = outbox.clone()).await;
    sqlx::query("UPDATE users SET first_name = '<b>O''Brien & Co</b>' WHERE email_norm = $1")
        .bind(&t.demo.email)
        .execute(&t.app.state.pool)
        .await
        .unwrap();
    t.json("POST", "/api/password/forgot", None, json!({ "email": t.demo.email })).await;
    let pass = || deliver_due(&t.app.state.pool, &t.app.mailer, store::now());
    assert_eq!(pass().await.unwrap().sent, 1);
    assert_eq!(pass().await.unwrap().sent, 0, "sent once");
    let files: Vec<_> = std::fs::read_dir(&outbox).unwrap().flatten().collect();
    assert_eq!(files.len(), 1);
    let eml = std::fs::read_to_string(files[0].path()).unwrap();
    assert!(eml.contains("multipart/alternative"), "{eml}");
    assert!(eml.contains("text/plain") && eml.contains("text/html"));
    assert!(eml.contains(&format!("To: {}", t.demo.email)));
    assert!(eml.contains("Subject:"));
    let html: String = sqlx::query_scalar("SELECT body_html FROM outbox").fetch_one(&t.app.state.pool).await.unwrap();
    assert!(html.contains("&lt;b&gt;O&#x27;Brien &amp; Co&lt;&#x2F;b&gt;"), "{html}");
    assert!(!html.contains("<b>O'Brien"), "{html}");
}

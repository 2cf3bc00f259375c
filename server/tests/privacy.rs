#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)] // tests: a failed unwrap is a failed test
//! Privacy policy versions: an operator publishes one (Markdown rendered safely, an effective
//! day); until that day nothing changes, from it everyone is asked again and sees what changed;
//! the consent record keeps version, language and time; administrators see who accepted
//! which, filter those who have not, export it, and remind them once a day.
mod common;

use axum::http::StatusCode;
use common::operator::{call, operator};
use common::{body_json, start, TestApp};
use serde_json::{json, Value};

const PASSWORD: &str = "a-good-long-password";
const HELENE: &str = "helene.dubois@acme.example";

fn day(offset_days: i64) -> String {
    espace_server::store::day_of(espace_server::store::now() + offset_days * 86_400)
}

fn publication(version: &str, effective_day: &str) -> Value {
    json!({
        "version": version,
        "effective_day": effective_day,
        "text_en": "# Privacy\n\nWe keep **your name**. <script>alert(1)</script> [more](javascript:alert(1))",
        "text_fr": "# Confidentialité\n\nNous gardons **votre nom**.",
        "changes_en": "A new processor: *Acme Mail*.",
        "changes_fr": "Un nouveau sous-traitant : *Acme Mail*.",
    })
}

async fn me(t: &TestApp, cookie: &str) -> Value {
    body_json(t.get("/api/session", Some(cookie)).await).await
}

#[tokio::test]
async fn a_published_version_is_asked_again_from_its_day() {
    let t = start().await;
    let (_, console) = operator(&t).await;
    t.set_password(HELENE, PASSWORD).await;
    let helene = t.sign_in(HELENE, PASSWORD).await;
    assert_eq!(me(&t, &helene).await["consent_required"], false, "{}", me(&t, &helene).await);

    // Checked first: every field, a real day, not in the past; a company's session is refused.
    let (status, error) = call(&t, "POST", "/api/operator/privacy-policies", Some(&console), Some(json!({}))).await;
    assert_eq!((status, error["fields"].as_array().map(Vec::len)), (StatusCode::UNPROCESSABLE_ENTITY, Some(6)));
    let (status, _) =
        call(&t, "POST", "/api/operator/privacy-policies", Some(&console), Some(publication("2027-01", &day(-2))))
            .await;
    assert_eq!(status, StatusCode::UNPROCESSABLE_ENTITY, "not in the past");
    let admin = t.admin_cookie().await;
    let (status, _) =
        call(&t, "POST", "/api/operator/privacy-policies", Some(&admin), Some(publication("2027-01", &day(1)))).await;
    assert_eq!(status, StatusCode::NOT_FOUND, "a company's administrator publishes nothing");

    // Tomorrow's version: nothing changes today.
    let (status, list) =
        call(&t, "POST", "/api/operator/privacy-policies", Some(&console), Some(publication("2027-01", &day(1)))).await;
    assert_eq!(status, StatusCode::CREATED, "{list}");
    assert_eq!(list[0]["current"], false);
    assert_eq!(me(&t, &helene).await["consent_required"], false);
    let (status, error) =
        call(&t, "POST", "/api/operator/privacy-policies", Some(&console), Some(publication("2027-01", &day(2)))).await;
    assert_eq!((status, error["fields"][0]["code"].as_str()), (StatusCode::UNPROCESSABLE_ENTITY, Some("taken")));

    // Today's: in effect at once; the next request asks for it.
    let (status, list) =
        call(&t, "POST", "/api/operator/privacy-policies", Some(&console), Some(publication("2026-12b", &day(0))))
            .await;
    assert_eq!(status, StatusCode::CREATED);
    assert_eq!(list.as_array().unwrap().iter().filter(|v| v["current"] == true).count(), 1);
    assert_eq!(t.get("/api/space", Some(&helene)).await.status(), StatusCode::FORBIDDEN);
    assert_eq!(me(&t, &helene).await["consent_required"], true);
    let document = body_json(t.get("/api/privacy-policy", Some(&helene)).await).await;
    assert_eq!(document["version"], "2026-12b");
    assert_eq!(document["accepted"], espace_api::links::PRIVACY_POLICY_VERSION);
    let html = document["html_en"].as_str().unwrap();
    assert!(html.contains("<strong>your name</strong>") && html.contains("&lt;script&gt;"), "{html}");
    assert!(!html.contains("javascript:") && !html.contains("<script"), "{html}");
    assert!(document["changes_fr"].as_str().unwrap().contains("<em>Acme Mail</em>"));

    // The old version is refused; the new one is recorded with its language and time.
    let old = json!({ "version": espace_api::links::PRIVACY_POLICY_VERSION, "accepted": true });
    assert_eq!(t.json("POST", "/api/consent", Some(&helene), old).await.status(), StatusCode::CONFLICT);
    let new = json!({ "version": "2026-12b", "accepted": true });
    let res = t.json("POST", "/api/consent", Some(&helene), new).await;
    assert_eq!(res.status(), StatusCode::OK);
    assert_eq!(t.get("/api/space", Some(&helene)).await.status(), StatusCode::OK);
    let (version, language): (String, String) =
        sqlx::query_as("SELECT version, language FROM consents ORDER BY accepted_at DESC, id DESC LIMIT 1")
            .fetch_one(&t.app.state.pool)
            .await
            .unwrap();
    assert_eq!((version.as_str(), language.as_str()), ("2026-12b", "en"), "in the language they read it in");
    let document = body_json(t.get("/api/privacy-policy", Some(&helene)).await).await;
    assert!(document.get("changes_en").is_none(), "nothing new to read once accepted");
    let (_, list) = call(&t, "GET", "/api/operator/privacy-policies", Some(&console), None).await;
    let current = list.as_array().unwrap().iter().find(|v| v["version"] == "2026-12b").unwrap().clone();
    assert_eq!(current["accepted"], 1);
}

#[tokio::test]
async fn administrators_see_who_accepted_filter_export_and_remind() {
    let t = start().await;
    let (_, console) = operator(&t).await;
    let admin = t.admin_cookie().await;
    let page = body_json(t.get("/api/users?status=active", Some(&admin)).await).await;
    assert!(page["total"].is_u64(), "{page}");
    let outdated = |p: &Value| p["users"].as_array().unwrap().iter().filter(|u| u["policy_outdated"] == true).count();
    let active = page["total"].as_u64().unwrap() as usize;
    let before = outdated(&page);

    call(&t, "POST", "/api/operator/privacy-policies", Some(&console), Some(publication("2027-02", &day(0)))).await;
    // The administrator is asked too, first; then the column and the filter show the others.
    let (status, error) = call(&t, "GET", "/api/users", Some(&admin), None).await;
    assert_eq!((status, error["code"].as_str()), (StatusCode::FORBIDDEN, Some("consent-required")));
    let res = t.json("POST", "/api/consent", Some(&admin), json!({ "version": "2027-02", "accepted": true })).await;
    assert_eq!(res.status(), StatusCode::OK);
    let page = body_json(t.get("/api/users?status=active", Some(&admin)).await).await;
    assert_eq!(outdated(&page), active - 1, "only the administrator accepted it (before: {before})");
    let filtered = body_json(t.get("/api/users?policy=outdated&status=active", Some(&admin)).await).await;
    assert_eq!(filtered["total"].as_u64().unwrap() as usize, active - 1);
    let page = body_json(t.get("/api/users?q=camille", Some(&admin)).await).await;
    assert_eq!(page["users"][0]["consent_version"], "2027-02");
    let res = t.get("/api/users/export.csv?lang=en", Some(&admin)).await;
    let bytes = axum::body::to_bytes(res.into_body(), usize::MAX).await.unwrap();
    let csv = String::from_utf8_lossy(&bytes);
    assert!(csv.lines().next().unwrap().contains("Privacy policy"), "{csv}");
    assert!(csv.lines().any(|l| l.contains("camille.martin") && l.contains("2027-02")), "{csv}");

    // A reminder to the active people who have not: once a day.
    let mails = || async {
        sqlx::query_scalar::<_, i64>("SELECT COUNT(*) FROM outbox WHERE kind = 'policy-reminder'")
            .fetch_one(&t.app.state.pool)
            .await
            .unwrap()
    };
    let (status, sent) = call(&t, "POST", "/api/users/policy-reminders", Some(&admin), None).await;
    assert_eq!(status, StatusCode::OK);
    assert_eq!(sent, json!({ "sent": active - 1, "skipped": 0 }));
    assert_eq!(mails().await as usize, active - 1);
    let (_, again) = call(&t, "POST", "/api/users/policy-reminders", Some(&admin), None).await;
    assert_eq!(again, json!({ "sent": 0, "skipped": active - 1 }));
    assert_eq!(mails().await as usize, active - 1, "once a day");
    t.set_password(HELENE, PASSWORD).await;
    let helene = t.sign_in(HELENE, PASSWORD).await;
    let (status, _) = call(&t, "POST", "/api/users/policy-reminders", Some(&helene), None).await;
    assert_eq!(status, StatusCode::FORBIDDEN, "a user reminds nobody");
}

//! API tokens in a real browser, once per language: an administrator creates a read-only token
//! for Lyon, copies the secret shown once, the secret works on /api/v1 within its scope, then
//! the administrator revokes it and it stops at once.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)] // tests: a failed unwrap is a failed test

use espace_e2e::{Browser, Harness};

const LYON: i64 = 2;

struct Words {
    title: &'static str,
    copied: &'static str,
    active: &'static str,
    revoked_toast: &'static str,
    revoked: &'static str,
}

const FR: Words = Words {
    title: "Jetons d’API",
    copied: "Copié.",
    active: "Actif",
    revoked_toast: "Jeton révoqué.",
    revoked: "Révoqué",
};
const EN: Words = Words {
    title: "API tokens",
    copied: "Copied.",
    active: "Active",
    revoked_toast: "Token revoked.",
    revoked: "Revoked",
};

async fn journey(browser: Browser, w: Words, lang: &str) {
    let h = Harness::start(browser).await;
    h.goto("/sign-in").await;
    h.sign_in(&h.demo.email, &h.demo.password).await;
    h.click("nav a[href='/tokens']").await;
    h.wait_text("h1", w.title).await;

    h.fill("#token-name", "Annuaire RH").await;
    h.click("#token-permission-read").await;
    h.click("#token-scope-chosen").await;
    h.click(&format!("#token-scope-{LYON}")).await;
    h.choose("#token-days", "30").await;
    h.click("[data-testid=create-token]").await;
    let secret = h.wait_for_any("[data-testid=token-secret]").await.prop("value").await.unwrap().unwrap();
    assert!(secret.starts_with("esp_"), "{secret}");
    h.click("[data-testid=token-copy]").await;
    h.wait_text("[data-testid=token-copy-status]", w.copied).await;
    let copied = h.driver.execute("return await navigator.clipboard.readText()", Vec::new()).await;
    if let Ok(copied) = copied {
        assert_eq!(copied.convert::<String>().unwrap(), secret, "the clipboard holds the secret");
    }
    h.screenshot(&format!("tokens-secret-{lang}")).await;
    h.click("[data-testid=token-done]").await;
    h.wait_text("[data-testid=tokens-table] [data-testid=token-status]", w.active).await;
    let shown = h.driver.find_all(espace_e2e::thirtyfour::By::Css("[data-testid=token-secret]")).await.unwrap();
    assert!(shown.is_empty(), "the secret is not shown again");

    // The secret works, within Lyon, read only.
    let http = reqwest::Client::builder().no_proxy().build().unwrap();
    let call = |path: &str| http.get(h.url(path)).bearer_auth(&secret).send();
    let page: serde_json::Value = call("/api/v1/users").await.unwrap().json().await.unwrap();
    assert_eq!(page["total"], 2, "Lyon's two people");

    h.click("[data-action=revoke]").await;
    h.click("dialog[open] [data-testid=dialog-submit]").await;
    h.wait_text(".toast p", w.revoked_toast).await;
    h.wait_text("[data-testid=tokens-table] [data-testid=token-status]", w.revoked).await;
    assert_eq!(call("/api/v1/users").await.unwrap().status(), 401, "revoked at once");
    h.screenshot(&format!("tokens-revoked-{lang}")).await;
    h.stop().await;
}

#[tokio::test]
async fn an_administrator_creates_copies_and_revokes_a_token_in_french() {
    journey(Browser::French, FR, "fr").await;
}

#[tokio::test]
async fn an_administrator_creates_copies_and_revokes_a_token_in_english() {
    journey(Browser::English, EN, "en").await;
}

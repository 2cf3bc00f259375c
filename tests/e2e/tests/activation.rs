//! A new user's journey, once per language: the activation e-mail's link, a generated
//! password, the privacy policy, and their space with only their services; then a reused
//! link and an expired one.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)] // tests: a failed unwrap is a failed test

use espace_e2e::thirtyfour::By;
use espace_e2e::{Browser, Harness};

struct Words {
    unknown: &'static str,
    welcome: &'static str,
    set_password: &'static str,
    privacy: &'static str,
    must_accept: &'static str,
    space: &'static str,
    used: &'static str,
    expired: &'static str,
    renewed: &'static str,
}

const FR: Words = Words {
    unknown: "Ce lien ne fonctionne pas",
    welcome: "Bonjour Jean",
    set_password: "Choisissez votre mot de passe",
    privacy: "Politique de confidentialité",
    must_accept: "Cochez cette case pour continuer.",
    space: "Mes services",
    used: "Ce lien a déjà été utilisé",
    expired: "Ce lien a expiré",
    renewed: "un nouveau est en route",
};

const EN: Words = Words {
    unknown: "This link does not work",
    welcome: "Hello Jean",
    set_password: "Choose your password",
    privacy: "Privacy policy",
    must_accept: "Tick this box to continue.",
    space: "My services",
    used: "This link was already used",
    expired: "This link has expired",
    renewed: "a new one is on its way",
};

async fn journey(browser: Browser, w: Words, lang: &str) {
    let h = Harness::start(browser).await;
    let link = h.activation_link("jean.moreau@acme.example").await;

    // A mistyped link first; the right one then opens in the same tab (only the fragment
    // changes, so no page loads) and is read all the same.
    h.goto("/activate#t=not-a-link").await;
    h.wait_text("h1", w.unknown).await;
    h.goto(&link).await;
    h.wait_text("h1", w.welcome).await;
    assert_eq!(h.path().await, "/activate", "the token leaves the address bar");
    h.wait_contains("main", "Acme").await;
    h.click("[data-testid=continue]").await;
    h.wait_text("h1", w.set_password).await;
    h.click("[data-testid=generate]").await;
    let generated = h.wait_for_any("[data-testid=generated] .generated-value").await;
    let shown = generated.text().await.unwrap();
    assert_eq!(shown.chars().count(), 20);
    let typed = h.driver.find(By::Css("#new-password")).await.unwrap().prop("value").await.unwrap();
    assert_eq!(typed.as_deref(), Some(shown.as_str()));
    assert_eq!(h.driver.find_all(By::Css("[data-testid=password-rules] li.met")).await.unwrap().len(), 5);
    h.screenshot(&format!("activation-password-{lang}")).await;
    h.click("[data-testid=set-password]").await;

    h.wait_text("h1", w.privacy).await;
    h.click("[data-testid=accept]").await;
    h.wait_text("#privacy-accept-error", w.must_accept).await;
    h.screenshot(&format!("activation-privacy-{lang}")).await;
    h.click("#privacy-accept").await;
    h.click("[data-testid=accept]").await;

    h.wait_text("h1", w.space).await;
    h.wait_contains("[data-testid=services]", "Microsoft 365 Business Standard").await;
    let cards = h.driver.find_all(By::Css("[data-testid=services] .card")).await.unwrap();
    assert_eq!(cards.len(), 1, "a User sees only the services assigned to them");
    assert!(h.driver.find_all(By::Css("nav a[href='/users']")).await.unwrap().is_empty());
    h.screenshot(&format!("activation-space-{lang}")).await;

    // The same link again.
    h.goto(&link).await;
    h.wait_text("h1", w.used).await;

    // An expired link offers a new one (Sophie was invited by an admin meanwhile).
    sqlx::query("UPDATE users SET status = 'invited' WHERE email_norm = 'sophie.laurent@acme.example'")
        .execute(&h.server.state.pool)
        .await
        .unwrap();
    let expired = h.activation_link("sophie.laurent@acme.example").await;
    sqlx::query("UPDATE tokens SET expires_at = 0 WHERE used_at IS NULL").execute(&h.server.state.pool).await.unwrap();
    let before: i64 = sqlx::query_scalar("SELECT COUNT(*) FROM outbox").fetch_one(&h.server.state.pool).await.unwrap();
    // From another page, as opening the e-mail's link in a new tab would (one that stays put:
    // the sign-in page would send a signed-in person on with a page load of its own).
    h.goto("/").await;
    h.wait_for_any("[data-testid=services]").await;
    h.goto(&expired).await;
    h.wait_text("h1", w.expired).await;
    h.click("[data-testid=renew]").await;
    h.wait_contains(".notice", w.renewed).await;
    let after: i64 = sqlx::query_scalar("SELECT COUNT(*) FROM outbox").fetch_one(&h.server.state.pool).await.unwrap();
    assert_eq!(after, before + 1);
    h.stop().await;
}

#[tokio::test]
async fn new_user_activates_in_french() {
    journey(Browser::French, FR, "fr").await;
}

#[tokio::test]
async fn new_user_activates_in_english() {
    journey(Browser::English, EN, "en").await;
}

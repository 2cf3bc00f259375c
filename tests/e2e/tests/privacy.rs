#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)] // tests: a failed unwrap is a failed test
//! A new privacy policy version in a real browser, once per language: an operator publishes it
//! from the console (checked first), the company's administrator is asked again at sign-in
//! with what changed shown first, accepts it, and sees on the users list who has not yet (the
//! column, the filter) and reminds them. On a phone, axe-clean throughout, nothing wider than
//! the screen.

use espace_api::Language;
use espace_e2e::{Browser, Harness};

struct Words {
    published: &'static str,
    in_effect: &'static str,
    changes_title: &'static str,
    changes: &'static str,
    heading: &'static str,
    outdated: &'static str,
    reminded: &'static str,
}

const FR: Words = Words {
    published: "Version publiée.",
    in_effect: "En vigueur",
    changes_title: "Ce qui a changé depuis la version 2026-11",
    changes: "Nous gardons désormais vos heures de connexion.",
    heading: "Confidentialité chez Acme",
    outdated: "Non acceptée",
    reminded: "2 rappels envoyés.",
};

const EN: Words = Words {
    published: "Version published.",
    in_effect: "In effect",
    changes_title: "What changed since version 2026-11",
    changes: "We now keep your sign-in times.",
    heading: "Privacy at Acme",
    outdated: "Not accepted yet",
    reminded: "2 reminders sent.",
};

/// Nothing wider than the phone's screen, and axe-core finds nothing.
async fn clean(h: &Harness) {
    let (over, culprits) = h.overflow().await;
    assert!(over <= 0, "{over} px too wide: {culprits:?} at {}", h.path().await);
    let violations = h.axe().await;
    assert!(violations.is_empty(), "{violations:?} at {}", h.path().await);
}

async fn journey(browser: Browser, language: Language, w: Words) {
    let h = Harness::start(browser).await;
    h.driver.set_window_rect(0, 0, 390, 844).await.unwrap();
    h.operator_signed_in(language).await;
    h.goto("/operator/privacy").await;
    h.wait_for_any("[data-testid=operator-policy-empty]").await;
    // Checked field by field before anything is sent.
    h.click("[data-testid=operator-policy-form] button[type=submit]").await;
    h.wait_for_any("#policy-version-error:not(:empty)").await;
    h.fill("#policy-version", "2026-12b").await;
    let today = espace_server::store::day_of(espace_server::store::now());
    let day = h.wait_for_any("#policy-effective-day").await;
    h.driver
        .execute(
            "arguments[0].value = arguments[1]; arguments[0].dispatchEvent(new Event('input', { bubbles: true }));",
            vec![day.to_json().unwrap(), serde_json::json!(today)],
        )
        .await
        .unwrap();
    h.fill("#policy-text-en", "# Privacy at Acme\n\nWe keep **your name**, your e-mail and your sign-in times.").await;
    h.fill(
        "#policy-text-fr",
        "# Confidentialité chez Acme\n\nNous gardons **votre nom**, votre e-mail et vos heures de connexion.",
    )
    .await;
    h.fill("#policy-changes-en", "We now keep your sign-in times.").await;
    h.fill("#policy-changes-fr", "Nous gardons désormais vos heures de connexion.").await;
    h.click("[data-testid=operator-policy-form] button[type=submit]").await;
    h.wait_text(".toast p", w.published).await;
    h.wait_contains("[data-testid=operator-policy-row][data-version='2026-12b']", w.in_effect).await;
    clean(&h).await;
    h.screenshot(&format!("privacy-operator-{}", language.as_str())).await;

    // The administrator signs in: asked again, what changed first.
    h.goto("/sign-in").await;
    h.sign_in(&h.demo.email, &h.demo.password).await;
    h.wait_text("#policy-changes-title", w.changes_title).await;
    h.wait_text("[data-testid=policy-changes] p", w.changes).await;
    h.wait_text("[data-testid=policy-text] h1", w.heading).await;
    clean(&h).await;
    h.screenshot(&format!("privacy-consent-{}", language.as_str())).await;
    h.click("#privacy-accept").await;
    h.click("[data-testid=accept]").await;
    h.wait_text("[data-testid=company-name]", "Acme").await;

    // The users list: the column says who has not; the filter lists them; a reminder each.
    h.goto("/users?q=camille").await;
    h.wait_text("[data-testid=users-table] tbody td.policy .policy-version", "2026-12b").await;
    h.goto("/users?status=active").await;
    h.click(".chip[data-policy=outdated]").await;
    h.wait_texts("[data-testid=users-table] tbody th", &["Hélène Dubois", "Emma Wilson"]).await;
    h.wait_text("[data-testid=users-table] tbody [data-testid=policy-outdated]", w.outdated).await;
    clean(&h).await;
    h.screenshot(&format!("privacy-users-{}", language.as_str())).await;
    h.click(".chip[data-status=all]").await;
    h.click("[data-testid=policy-remind]").await;
    h.wait_for_any("dialog[open] #confirm-dialog-title").await;
    h.click("dialog[open] [data-testid=confirm]").await;
    h.wait_text("[data-testid=policy-reminded]", w.reminded).await;
    h.stop().await;
}

#[tokio::test]
async fn a_new_policy_is_accepted_again_in_french() {
    journey(Browser::French, Language::Fr, FR).await;
}

#[tokio::test]
async fn a_new_policy_is_accepted_again_in_english() {
    journey(Browser::English, Language::En, EN).await;
}

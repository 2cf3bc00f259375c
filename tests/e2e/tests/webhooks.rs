//! Webhooks in a real browser, once per language: an administrator adds an endpoint (a real
//! receiver that checks every signature with the Standard Webhooks reference library), copies
//! its signing secret, sends a test event and sees it delivered with its payload, then
//! deactivates a user and the receiver gets the event, signed. The pages are axe-clean and fit
//! a phone.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)] // tests: a failed unwrap is a failed test

#[path = "../../../server/tests/common/receiver.rs"]
mod receiver;

use std::time::{Duration, Instant};

use espace_e2e::{Browser, Harness};
use receiver::Receiver;
use serde_json::Value;

const HELENE: &str = "helene.dubois@acme.example";

struct Words {
    title: &'static str,
    delivered: &'static str,
    test_sent: &'static str,
    deactivated_toast: &'static str,
}

const FR: Words = Words {
    title: "Webhooks",
    delivered: "Remis",
    // WebDriver reads a no-break space as a space.
    test_sent: "Événement de test mis en file : il apparaît ci-dessous une fois envoyé.",
    deactivated_toast: "Utilisateur désactivé.",
};
const EN: Words = Words {
    title: "Webhooks",
    delivered: "Delivered",
    test_sent: "Test event queued: it appears below once sent.",
    deactivated_toast: "User deactivated.",
};

/// Nothing wider than the screen, and axe-core finds nothing.
async fn clean(h: &Harness) {
    let (over, culprits) = h.overflow().await;
    assert!(over <= 0, "{over} px too wide: {culprits:?} at {}", h.path().await);
    let violations = h.axe().await;
    assert!(violations.is_empty(), "{violations:?} at {}", h.path().await);
}

/// The messages of `type` the receiver got, waiting up to 15 s for the first.
async fn received(receiver: &Receiver, kind: &str) -> Vec<Value> {
    let deadline = Instant::now() + Duration::from_secs(15);
    loop {
        let found: Vec<Value> = receiver
            .received()
            .await
            .into_iter()
            .filter(|m| {
                let body: Value = serde_json::from_str(m["body"].as_str().unwrap_or("{}")).unwrap_or_default();
                body["type"] == kind
            })
            .collect();
        if !found.is_empty() || Instant::now() > deadline {
            return found;
        }
        tokio::time::sleep(Duration::from_millis(200)).await;
    }
}

async fn journey(browser: Browser, w: Words, lang: &str) {
    let h = Harness::start(browser).await;
    let receiver = Receiver::start();
    h.goto("/sign-in").await;
    h.sign_in(&h.demo.email, &h.demo.password).await;
    h.click("nav a[href='/webhooks']").await;
    h.wait_text("h1", w.title).await;
    h.wait_for_any("[data-testid=webhooks-empty]").await;

    // Checked before anything is sent: an address and at least one event.
    h.click("[data-testid=save-webhook]").await;
    h.wait_for_any("#webhook-url-error:not(:empty)").await;
    h.wait_for_any("#webhook-events-error:not(:empty)").await;
    h.fill("#webhook-url", &receiver.url("/espace")).await;
    h.fill("#webhook-description", "Annuaire RH").await;
    h.click("#webhook-event-user-deactivated").await;
    h.click("#webhook-event-user-reactivated").await;
    clean(&h).await;
    h.click("[data-testid=save-webhook]").await;
    let secret = h.wait_for_any("[data-testid=token-secret]").await.prop("value").await.unwrap().unwrap();
    assert!(secret.starts_with("whsec_"), "{secret}");
    receiver.set(&[&secret], 200, 0.0).await;
    h.screenshot(&format!("webhooks-secret-{lang}")).await;
    h.click("[data-testid=token-done]").await;
    h.wait_for_any("[data-testid=webhooks-table] [data-testid=webhook-row]").await;
    clean(&h).await;
    h.screenshot(&format!("webhooks-list-{lang}")).await;

    // Its page: a test event, delivered, its payload shown.
    h.click("[data-testid=webhook-row] a").await;
    h.wait_contains("h1", "/espace").await;
    h.wait_for_any("[data-testid=deliveries-empty]").await;
    h.click("[data-testid=send-test]").await;
    h.wait_text(".toast p", w.test_sent).await;
    h.wait_contains("[data-testid=delivery-row][data-status=delivered]", w.delivered).await;
    let tests = received(&receiver, "webhook.test").await;
    assert_eq!(tests.len(), 1);
    assert_eq!(tests[0]["verified"][0], true, "signed with the secret shown");
    h.click("[data-testid=delivery-row] details summary").await;
    h.wait_contains("[data-testid=delivery-payload]", "\"webhook.test\"").await;
    clean(&h).await;
    h.screenshot(&format!("webhooks-detail-{lang}")).await;

    // A user deactivated: the event reaches the receiver, signed.
    let id = h.user_id(HELENE).await;
    h.goto(&format!("/users/{id}")).await;
    h.click("[data-action=deactivate]").await;
    h.click("dialog[open] [data-testid=confirm]").await;
    h.wait_text(".toast p", w.deactivated_toast).await;
    let events = received(&receiver, "user.deactivated").await;
    assert_eq!(events.len(), 1, "the deactivation, once");
    assert_eq!(events[0]["verified"][0], true);
    let body: Value = serde_json::from_str(events[0]["body"].as_str().unwrap()).unwrap();
    assert_eq!(body["data"]["user"]["email"], HELENE);

    // On a phone, the endpoint's page lists it too, and fits.
    h.driver.set_window_rect(0, 0, 390, 844).await.unwrap();
    h.goto("/webhooks").await;
    h.click("[data-testid=webhook-row] a").await;
    h.wait_contains("[data-testid=delivery-row]", "user.deactivated").await;
    clean(&h).await;
    h.screenshot(&format!("webhooks-phone-{lang}")).await;
    h.stop().await;
}

#[tokio::test]
async fn an_administrator_adds_an_endpoint_tests_it_and_receives_a_deactivation_in_french() {
    journey(Browser::French, FR, "fr").await;
}

#[tokio::test]
async fn an_administrator_adds_an_endpoint_tests_it_and_receives_a_deactivation_in_english() {
    journey(Browser::English, EN, "en").await;
}

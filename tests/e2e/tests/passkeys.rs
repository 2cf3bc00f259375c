//! Passkeys in a real browser with Chromium's virtual authenticator (the WebAuthn domain that
//! WebDriver's `addVirtualAuthenticator` drives): a person registers a passkey from the profile
//! (a first second step: recovery codes shown), signs out, and signs back in with the
//! password then the passkey; renames it; and signs in with the passkey alone ("Sign in with a
//! passkey", no e-mail typed); in English and French. The site is opened as `localhost`:
//! browsers refuse an IP address as a passkey's site.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)] // tests: a failed unwrap is a failed test

use std::sync::Arc;

use espace_e2e::thirtyfour::common::command::{Command, ExtensionCommand};
use espace_e2e::{release, App, Browser, Harness};
use serde_json::{json, Value};

/// WebDriver's Add Virtual Authenticator (WebAuthn Level 2, §11.3), which chromedriver serves.
#[derive(Debug)]
struct AddVirtualAuthenticator;

impl ExtensionCommand for AddVirtualAuthenticator {
    fn parameters_json(&self) -> Option<Value> {
        // A platform authenticator that verifies the person (as a fingerprint would) at once.
        Some(json!({
            "protocol": "ctap2", "transport": "internal", "hasResidentKey": true,
            "hasUserVerification": true, "isUserVerified": true, "isUserConsenting": true
        }))
    }

    fn method(&self) -> http::Method {
        http::Method::POST
    }

    fn endpoint(&self) -> Arc<str> {
        "/webauthn/authenticator".into()
    }
}

/// Makes the browser answer that it cannot offer passkeys among an input's suggestions, as
/// browsers without conditional mediation do (Chrome's DevTools protocol, which chromedriver
/// passes on, runs the script in each new page before the page's own).
#[derive(Debug)]
struct NoSuggestions;

impl ExtensionCommand for NoSuggestions {
    fn parameters_json(&self) -> Option<Value> {
        Some(json!({
            "cmd": "Page.addScriptToEvaluateOnNewDocument",
            "params": { "source": "PublicKeyCredential.isConditionalMediationAvailable = async () => false;" }
        }))
    }

    fn method(&self) -> http::Method {
        http::Method::POST
    }

    fn endpoint(&self) -> Arc<str> {
        "/goog/cdp/execute".into()
    }
}

fn assert_clean(problems: Vec<String>) {
    assert!(problems.is_empty(), "{problems:#?}");
}

async fn on_localhost(browser: Browser) -> (Harness, String) {
    let port = release::free_port().expect("a free port");
    let base = format!("http://localhost:{port}");
    let public = base.clone();
    let h = Harness::start_with(browser, App::Release, move |config| {
        config.addr = std::net::SocketAddr::from(([127, 0, 0, 1], port));
        config.public_url = Some(public);
    })
    .await;
    h.driver.cmd(Command::ExtensionCommand(Box::new(AddVirtualAuthenticator))).await.expect("a virtual authenticator");
    (h, base)
}

async fn registers_and_signs_in_with_a_passkey(browser: Browser, texts: [&str; 5]) {
    let [added, on, passkey_button, last_used, alone] = texts;
    let (h, base) = on_localhost(browser).await;
    let (email, password) = (h.demo.email.clone(), h.demo.password.clone());
    h.driver.goto(format!("{base}/sign-in")).await.unwrap();
    h.sign_in(&email, &password).await;
    h.wait_for_any("[data-testid=services]").await;
    h.driver.goto(format!("{base}/profile")).await.unwrap();
    h.fill("#passkey-name", "Laptop").await;
    h.click("[data-testid=add-passkey]").await;
    // The first second step: its recovery codes, once.
    h.wait_for_any("[data-testid=recovery-codes] li").await;
    h.click("[data-testid=codes-saved]").await;
    h.wait_text("[data-testid=second-step-state]", on).await;
    h.wait_contains("[data-testid=passkey]", "Laptop").await;
    h.wait_contains("[data-testid=passkey]", added).await;
    assert_clean(h.axe().await);
    h.screenshot(&format!("passkeys-{browser:?}")).await;

    // With the password (the way a company's break-glass administrators come in: the browser
    // does not offer the passkey there), then the passkey as the second step.
    h.driver.delete_all_cookies().await.unwrap();
    h.driver.goto(format!("{base}/sign-in?method=password&email={email}")).await.unwrap();
    h.sign_in(&email, &password).await;
    h.wait_text("[data-testid=sign-in-passkey]", passkey_button).await;
    assert_clean(h.axe().await);
    h.screenshot(&format!("passkeys-sign-in-{browser:?}")).await;
    h.click("[data-testid=sign-in-passkey]").await;
    h.wait_for_any("[data-testid=services]").await;

    // Renamed from the profile, where its last use now shows.
    h.driver.goto(format!("{base}/profile")).await.unwrap();
    h.wait_contains("[data-testid=passkey]", last_used).await;
    h.click("[data-testid=passkey] button[id^=passkey-rename-]").await;
    h.fill("#passkey-rename", "Work laptop").await;
    assert_clean(h.axe().await);
    h.click("[data-testid=passkey] button[type=submit]").await;
    h.wait_contains("[data-testid=passkey]", "Work laptop").await;

    // The passkey alone, offered among the e-mail field's suggestions as the page opens: the
    // virtual authenticator picks it at once, as a person would, and it names the account.
    h.driver.delete_all_cookies().await.unwrap();
    h.driver.goto(format!("{base}/sign-in")).await.unwrap();
    h.wait_for_any("[data-testid=services]").await;

    // A browser that offers no passkeys among suggestions: the button asks for one.
    h.driver.delete_all_cookies().await.unwrap();
    h.driver.cmd(Command::ExtensionCommand(Box::new(NoSuggestions))).await.expect("a browser without suggestions");
    h.driver.goto(format!("{base}/sign-in")).await.unwrap();
    h.wait_text("[data-testid=sign-in-with-passkey]", alone).await;
    assert_clean(h.axe().await);
    h.screenshot(&format!("passkeys-alone-{browser:?}")).await;
    h.click("[data-testid=sign-in-with-passkey]").await;
    h.wait_for_any("[data-testid=services]").await;
    h.stop().await;
}

#[tokio::test]
async fn a_passkey_in_english() {
    registers_and_signs_in_with_a_passkey(
        Browser::English,
        ["Added", "Two-step sign-in is on.", "Use my passkey", "last used", "Sign in with a passkey"],
    )
    .await;
}

#[tokio::test]
async fn a_passkey_in_french() {
    registers_and_signs_in_with_a_passkey(
        Browser::French,
        [
            "Ajoutée le",
            "La connexion en deux étapes est activée.",
            "Utiliser ma clé d’accès",
            "dernière utilisation le",
            "Se connecter avec une clé d’accès",
        ],
    )
    .await;
}

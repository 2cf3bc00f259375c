//! Two-step sign-in in a real browser, in English and French: set up an authenticator app from
//! the profile (the test computes codes from the key the page shows, as the app would), sign
//! out and back in with a code, then with a recovery code; the company requires it and a user
//! sets it up before reaching anything; an administrator resets it. axe-clean, on a phone too.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)] // tests: a failed unwrap is a failed test

use espace_e2e::{Browser, Harness};
use totp_rs::{Builder, Secret, Totp};

const PASSWORD: &str = "a-good-long-password";
const HELENE: &str = "helene.dubois@acme.example";

fn now() -> u64 {
    std::time::SystemTime::now().duration_since(std::time::UNIX_EPOCH).unwrap().as_secs()
}

/// What the app shows `steps` steps of 30 s from now.
fn code(app: &Totp, steps: u64) -> String {
    app.generate(now() + steps * 30).to_string()
}

/// Brings `css` into view for the screenshot that follows.
async fn show(h: &Harness, css: &str) {
    let script = format!("document.querySelector('{css}').scrollIntoView()");
    h.driver.execute(&script, Vec::new()).await.expect("scrolls");
}

fn assert_clean(problems: Vec<String>) {
    assert!(problems.is_empty(), "{problems:#?}");
}

/// Sets up an app on the page open (profile or required setup): reads the key, types the
/// app's code; returns the app and the recovery codes shown.
async fn set_up(h: &Harness, screenshot: &str) -> (Totp, Vec<String>) {
    let key = h.wait_for_any("[data-testid=totp-secret]").await.text().await.unwrap().replace(' ', "");
    let app = Builder::new().with_secret(Secret::try_from_base32(&key).unwrap()).build().unwrap();
    h.wait_for_any("svg.qr-code path").await;
    assert_clean(h.axe().await);
    show(h, ".setup-steps").await;
    h.screenshot(&format!("{screenshot}-setup")).await;
    // A wrong code first: said next to the field, nothing lost.
    h.fill("#second-step-setup-code", "000000").await;
    h.click(".setup-steps form button[type=submit]").await;
    h.wait_for_any("#second-step-setup-code-error:not(:empty)").await;
    h.fill("#second-step-setup-code", &code(&app, 0)).await;
    h.click(".setup-steps form button[type=submit]").await;
    h.wait_for_any("[data-testid=recovery-codes] li").await;
    let codes = h.texts("[data-testid=recovery-codes] li code").await;
    assert_eq!(codes.len(), 10, "{codes:?}");
    assert_clean(h.axe().await);
    show(h, "[data-testid=recovery-codes]").await;
    h.screenshot(&format!("{screenshot}-codes")).await;
    (app, codes)
}

async fn sign_out(h: &Harness) {
    h.driver.delete_all_cookies().await.unwrap();
    h.goto("/sign-in").await;
}

/// Signs in up to the code step, which must appear.
async fn to_code_step(h: &Harness, email: &str, password: &str) {
    h.sign_in(email, password).await;
    h.wait_for_any("#sign-in-code").await;
}

#[tokio::test]
async fn a_person_sets_up_an_app_and_signs_in_with_a_code_then_a_recovery_code() {
    let h = Harness::start(Browser::English).await;
    let (email, password) = (h.demo.email.clone(), h.demo.password.clone());
    h.goto("/sign-in").await;
    h.sign_in(&email, &password).await;
    h.wait_for_any("[data-testid=services]").await;
    h.goto("/profile").await;
    h.wait_text("[data-testid=second-step-state]", "Two-step sign-in is off.").await;
    h.click("[data-testid=set-up-app]").await;
    let (app, codes) = set_up(&h, "second-step-en").await;
    h.click("[data-testid=codes-saved]").await;
    h.wait_text("[data-testid=second-step-state]", "Two-step sign-in is on.").await;
    h.wait_text("[data-testid=second-step-app]", "Set up.").await;
    h.wait_text("[data-testid=recovery-codes-left]", "You have 10 recovery codes left.").await;

    // Back in: the password, then the app's next code.
    sign_out(&h).await;
    to_code_step(&h, &email, &password).await;
    h.wait_contains(".sign-in", "Open your authenticator app").await;
    assert_clean(h.axe().await);
    h.screenshot("second-step-code-en").await;
    // A wrong code is said next to the field, and focus stays there.
    h.fill("#sign-in-code", "123 456").await;
    h.click("form button[type=submit]").await;
    h.wait_contains("#sign-in-code-error", "This code does not work").await;
    h.fill("#sign-in-code", &code(&app, 1)).await;
    h.click("form button[type=submit]").await;
    h.wait_for_any("[data-testid=services]").await;

    // And with a recovery code, on a phone.
    sign_out(&h).await;
    h.driver.set_window_rect(0, 0, 390, 844).await.unwrap();
    to_code_step(&h, &email, &password).await;
    h.click("#sign-in-code-switch").await;
    h.wait_text("label[for=sign-in-code]", "Recovery code").await;
    let (over, culprits) = h.overflow().await;
    assert_eq!(over, 0, "nothing scrolls sideways on a phone: {culprits:?}");
    h.screenshot("second-step-recovery-phone-en").await;
    h.fill("#sign-in-code", &codes[0]).await;
    h.click("form button[type=submit]").await;
    h.wait_for_any("[data-testid=services]").await;
    h.goto("/profile").await;
    h.wait_text("[data-testid=recovery-codes-left]", "You have 9 recovery codes left.").await;
    let (over, culprits) = h.overflow().await;
    assert_eq!(over, 0, "the profile fits a phone: {culprits:?}");
    h.stop().await;
}

#[tokio::test]
async fn the_company_requires_it_a_user_sets_it_up_first_and_an_administrator_resets_it() {
    let h = Harness::start(Browser::French).await;
    let (email, password) = (h.demo.email.clone(), h.demo.password.clone());
    h.set_password(HELENE, PASSWORD).await;
    h.goto("/sign-in").await;
    h.sign_in(&email, &password).await;
    h.wait_for_any("[data-testid=services]").await;
    // The administrator sets it up first (the rule will apply to them too).
    h.goto("/profile").await;
    h.click("[data-testid=set-up-app]").await;
    let (admin_app, _) = set_up(&h, "second-step-fr").await;
    h.click("[data-testid=codes-saved]").await;
    h.goto("/company").await;
    h.click("label[for=company-second-step-everyone]").await;
    assert_clean(h.axe().await);
    h.screenshot("company-second-step-fr").await;
    h.click("form.card button[type=submit]").await;
    h.wait_text(".toast p", "Réglages de l’entreprise enregistrés.").await;

    // Hélène signs in with her password and meets the setup before anything else.
    sign_out(&h).await;
    h.sign_in(HELENE, PASSWORD).await;
    h.wait_text("[data-testid=second-step-required] h1", "Configurez la connexion en deux étapes").await;
    // A passkey instead is offered (made in `passkeys`), and the app again.
    h.click("#use-passkey").await;
    h.wait_for_any("#passkey-name").await;
    assert_clean(h.axe().await);
    h.click("#use-app").await;
    let (_, _) = set_up(&h, "second-step-required-fr").await;
    h.click("[data-testid=codes-saved]").await;
    h.wait_for_any("[data-testid=services]").await;

    // Her administrator resets it from her page: she is told, and has none any more.
    sign_out(&h).await;
    to_code_step(&h, &email, &password).await;
    h.fill("#sign-in-code", &code(&admin_app, 1)).await;
    h.click("form button[type=submit]").await;
    h.wait_for_any("[data-testid=services]").await;
    let helene = h.user_id(HELENE).await;
    h.goto(&format!("/users/{helene}")).await;
    h.wait_text("[data-testid=user-second-step]", "Activée (application d’authentification)").await;
    h.click("[data-action=reset-second-step]").await;
    h.wait_contains("#confirm-dialog-title", "Réinitialiser la connexion en deux étapes").await;
    assert_clean(h.axe().await);
    h.screenshot("second-step-reset-fr").await;
    h.click("[data-testid=confirm]").await;
    h.wait_contains(".toast p", "Connexion en deux étapes réinitialisée").await;
    h.wait_text("[data-testid=user-second-step]", "Désactivée").await;
    let subject: String = sqlx::query_scalar("SELECT subject FROM outbox WHERE kind = 'second-step-reset'")
        .fetch_one(&h.server.state.pool)
        .await
        .unwrap();
    assert!(subject.contains("connexion en deux étapes"), "{subject}");

    // The rule still applies: at her next sign-in she sets it up again.
    sign_out(&h).await;
    h.sign_in(HELENE, PASSWORD).await;
    h.wait_for_any("[data-testid=second-step-required]").await;
    h.stop().await;
}

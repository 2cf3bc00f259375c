//! The operator console in a real browser, in English and French: a new operator opens the
//! link `espace-server operator add` makes (the same function here), chooses a password and
//! sets up an app (the test computes codes from the key shown); creates a company with its
//! first administrator, who is e-mailed, and closes it; suspends the demo company, whose administrator is
//! signed out at once and told why at sign-in; signs out and back in at the sign-in page with
//! a code; finds the reference the administrator was shown. axe-clean, on a phone too.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)] // tests: a failed unwrap is a failed test

use espace_api::Language;
use espace_e2e::{Browser, Harness};
use totp_rs::{Builder, Secret, Totp};

const PASSWORD: &str = "a-good-long-password";
const OPERATOR: &str = "olivia.ops@provider.example";

fn now() -> u64 {
    std::time::SystemTime::now().duration_since(std::time::UNIX_EPOCH).unwrap().as_secs()
}

fn assert_clean(problems: Vec<String>) {
    assert!(problems.is_empty(), "{problems:#?}");
}

/// The texts a flow checks, in the browser's language.
struct Texts {
    signed_in: &'static str,
    created: &'static str,
    suspended: &'static str,
    suspended_sign_in: &'static str,
    closing: &'static str,
}

async fn operator_console(browser: Browser, language: Language, texts: Texts) {
    let h = Harness::start(browser).await;
    let link = espace_server::operators::account::invite(&h.server.state, "Olivia Ops", OPERATOR, language)
        .await
        .expect("an invitation");
    let path = &link[h.base.len()..];
    // The admin signs in first, in another window's place: their session must end at suspension.
    let (admin, admin_password) = (h.demo.email.clone(), h.demo.password.clone());
    h.goto("/sign-in").await;
    h.sign_in(&admin, &admin_password).await;
    h.wait_for_any("[data-testid=services]").await;
    let admin_session = h.driver.get_named_cookie("espace_session").await.expect("the admin's session");
    h.driver.delete_all_cookies().await.unwrap();

    // Activation: a password, the app's key, a first code.
    h.goto(path).await;
    let key = h.wait_for_any("[data-testid=totp-secret]").await.text().await.unwrap().replace(' ', "");
    let app: Totp = Builder::new().with_secret(Secret::try_from_base32(&key).unwrap()).build().unwrap();
    h.wait_for_any("svg.qr-code path").await;
    assert_clean(h.axe().await);
    h.screenshot(&format!("operator-activate-{browser:?}")).await;
    h.fill("#operator-password", PASSWORD).await;
    h.fill("#operator-code", "000000").await;
    h.click("[data-testid=operator-activate] button[type=submit]").await;
    h.wait_for_any("#operator-code-error:not(:empty)").await;
    h.fill("#operator-code", &app.generate(now()).to_string()).await;
    h.click("[data-testid=operator-activate] button[type=submit]").await;
    h.wait_contains("[data-testid=operator-name]", texts.signed_in).await;
    h.wait_for_any("[data-testid=operator-company]").await;

    // A company and its first administrator, checked field by field first.
    h.click("[data-testid=operator-new-company] button[type=submit]").await;
    h.wait_for_any("#company-name-error:not(:empty)").await;
    h.fill("#company-name", "Globex").await;
    h.fill("#company-admin-first-name", "Hank").await;
    h.fill("#company-admin-last-name", "Scorpio").await;
    h.fill("#company-admin-email", "hank@globex.example").await;
    h.click("[data-testid=operator-new-company] button[type=submit]").await;
    h.wait_contains("[data-testid=operator-created]", texts.created).await;
    h.wait_texts("[data-testid=operator-company] th", &["Acme", "Globex"]).await;
    assert!(h.last_link("hank@globex.example").await.starts_with("/activate"));
    assert_clean(h.axe().await);
    h.driver.execute("window.scrollTo(0, 0)", Vec::new()).await.unwrap();
    h.screenshot(&format!("operator-console-{browser:?}")).await;

    // Acme suspended: its administrator's open session ends, and sign-in says why.
    h.click("[data-testid=operator-company]:first-child button").await;
    assert_clean(h.axe().await);
    h.click("dialog[open] [data-testid=confirm]").await;
    h.wait_text("[data-testid=operator-company]:first-child [data-testid=operator-company-status]", texts.suspended)
        .await;
    // Globex closed: its data offered for download, erased after the grace period.
    let globex = "[data-testid=operator-company]:nth-child(2)";
    h.wait_for_any(&format!("{globex} [data-testid=operator-export]")).await;
    // Above the suspension's notice, which sits at the bottom of the window for a while.
    let close = format!("{globex} button[data-change=operator-close]");
    let script = format!("document.querySelector('{close}').scrollIntoView({{ block: 'center' }})");
    h.driver.execute(&script, Vec::new()).await.unwrap();
    h.click(&close).await;
    h.click("dialog[open] [data-testid=confirm]").await;
    h.wait_contains(&format!("{globex} [data-testid=operator-company-status]"), texts.closing).await;
    let (overflow, _) = {
        h.driver.set_window_rect(0, 0, 390, 844).await.unwrap();
        h.overflow().await
    };
    assert_eq!(overflow, 0, "the console scrolls sideways at 390 px");
    h.driver.set_window_rect(0, 0, 1280, 900).await.unwrap();

    // Signed out, then in again at the sign-in page: password, then the app's code.
    h.click("[data-testid=operator-sign-out]").await;
    h.wait_for_any("#sign-in-email").await;
    h.sign_in(OPERATOR, PASSWORD).await;
    h.wait_for_any("#sign-in-code").await;
    h.fill("#sign-in-code", &app.generate(now() + 30).to_string()).await;
    h.click("form button[type=submit]").await;
    h.wait_contains("[data-testid=operator-name]", texts.signed_in).await;

    // The suspended company's administrator, in the same browser (the console's cookie goes
    // only to its API): the old session is gone, the password is told why, with a reference.
    h.driver.add_cookie(admin_session).await.unwrap();
    h.goto("/users").await;
    h.wait_for_any("#sign-in-email").await;
    h.sign_in(&admin, &admin_password).await;
    h.wait_contains("[data-testid=sign-in-error]", texts.suspended_sign_in).await;
    let reference = h.wait_for_any("[data-testid=error-reference]").await.text().await.unwrap();

    // The administrator quotes it; the operator finds it.
    h.goto("/operator").await;
    h.fill("#operator-reference", &reference.to_lowercase()).await;
    h.click("form[role=search] button[type=submit]").await;
    h.wait_contains("[data-testid=operator-ref-account]", &admin).await;
    h.wait_text("[data-testid=operator-ref-company]", "Acme").await;
    h.wait_text("[data-testid=operator-ref-request]", "POST /api/session — 403 company-suspended").await;
    assert_clean(h.axe().await);
    h.screenshot(&format!("operator-reference-{browser:?}")).await;
    h.stop().await;
}

#[tokio::test]
async fn the_operator_console_in_english() {
    operator_console(
        Browser::English,
        Language::En,
        Texts {
            signed_in: "Signed in as Olivia Ops",
            created: "Globex was created",
            suspended: "Suspended",
            suspended_sign_in: "access to this space is suspended",
            closing: "Closing: erased on",
        },
    )
    .await;
}

#[tokio::test]
async fn the_operator_console_in_french() {
    operator_console(
        Browser::French,
        Language::Fr,
        Texts {
            signed_in: "Connecté en tant que Olivia Ops",
            created: "Globex a été créée",
            suspended: "Suspendue",
            suspended_sign_in: "cet espace est suspendu",
            closing: "En fermeture : effacée le",
        },
    )
    .await;
}

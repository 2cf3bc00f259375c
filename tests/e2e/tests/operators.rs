//! The operator console in a real browser, in English and French: a new operator opens the
//! link `espace-server operator add` makes (the same function here), chooses a password and
//! sets up an app (the test computes codes from the key shown); adds a service to the
//! catalogue; creates a company with its first administrator and orders it one seat; the
//! administrator activates and adds a user with the service; the operator lowers the seats
//! below use and is refused; suspends the company, whose administrator is signed out and told
//! why at sign-in; closes the demo company; signs out and back in at the sign-in page with a
//! code; finds the reference the administrator was shown. axe-clean, on a phone too.
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
    service: &'static str,
    seats_free: &'static str,
    seats_held: &'static str,
    seats_in_use: &'static str,
    invited: &'static str,
    suspended: &'static str,
    suspended_sign_in: &'static str,
    closing: &'static str,
}

async fn scalar(h: &Harness, sql: &str, value: &str) -> i64 {
    sqlx::query_scalar(sql).bind(value).fetch_one(&h.server.state.pool).await.unwrap()
}

/// Brings `css` to the middle of the window, above the notices at its bottom.
async fn into_view(h: &Harness, css: &str) {
    let script = format!("document.querySelector('{css}').scrollIntoView({{ block: 'center' }})");
    h.driver.execute(&script, Vec::new()).await.unwrap();
}

async fn operator_console(browser: Browser, language: Language, texts: Texts) {
    let h = Harness::start(browser).await;
    let link = espace_server::operators::account::invite(&h.server.state, "Olivia Ops", OPERATOR, language)
        .await
        .expect("an invitation");
    let path = &link[h.base.len()..];

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

    // The catalogue gains a service, named in both languages, with the address it opens.
    h.goto("/operator/catalogue").await;
    h.wait_for_any("[data-testid=operator-catalogue-service]").await;
    h.click("[data-testid=operator-service-form] button[type=submit]").await;
    h.wait_for_any("#service-name-en-error:not(:empty)").await;
    h.fill("#service-name-en", "Teams Phone").await;
    h.fill("#service-name-fr", "Téléphonie Teams").await;
    h.fill("#service-description-en", "Calls from Teams").await;
    h.fill("#service-description-fr", "Appels depuis Teams").await;
    h.fill("#service-url", "https://teams.microsoft.com/").await;
    h.click("[data-testid=operator-service-form] button[type=submit]").await;
    h.wait_contains("[data-testid=operator-catalogue]", "Téléphonie Teams").await;
    assert_clean(h.axe().await);
    h.screenshot(&format!("operator-catalogue-{browser:?}")).await;

    // A company and its first administrator, checked field by field first.
    h.goto("/operator").await;
    h.click("[data-testid=operator-new-company] button[type=submit]").await;
    h.wait_for_any("#company-name-error:not(:empty)").await;
    h.fill("#company-name", "Globex").await;
    h.fill("#company-admin-first-name", "Hank").await;
    h.fill("#company-admin-last-name", "Scorpio").await;
    h.fill("#company-admin-email", "hank@globex.example").await;
    h.click("[data-testid=operator-new-company] button[type=submit]").await;
    h.wait_contains("[data-testid=operator-created]", texts.created).await;
    h.wait_texts("[data-testid=operator-company] th", &["Acme", "Globex"]).await;
    assert_clean(h.axe().await);
    h.driver.execute("window.scrollTo(0, 0)", Vec::new()).await.unwrap();
    h.screenshot(&format!("operator-console-{browser:?}")).await;

    // Globex orders one seat of the new service.
    h.click("[data-testid=operator-company]:nth-child(2) [data-testid=operator-company-link]").await;
    h.wait_text("[data-testid=operator-company-name]", "Globex").await;
    h.wait_for_any("[data-testid=operator-no-services]").await;
    let teams = scalar(&h, "SELECT id FROM provider_services WHERE name_en = $1", "Teams Phone").await;
    h.choose("#order-service", &teams.to_string()).await;
    h.fill("#order-seats", "1").await;
    h.click("[data-testid=operator-new-order] button[type=submit]").await;
    h.wait_text("[data-testid=operator-service] th", texts.service).await;
    h.wait_text("[data-testid=operator-seats]", texts.seats_free).await;
    let globex_page = h.path().await;
    assert_clean(h.axe().await);
    h.screenshot(&format!("operator-company-{browser:?}")).await;

    // Its administrator activates and adds a user with the service, in the same browser (the
    // console's cookie goes only to its API).
    let activation = h.last_link("hank@globex.example").await;
    assert!(activation.starts_with("/activate"), "{activation}");
    h.goto(&activation).await;
    h.click("[data-testid=continue]").await;
    h.click("[data-testid=generate]").await;
    let hank_password = h.wait_for_any("[data-testid=generated] .generated-value").await.text().await.unwrap();
    h.click("[data-testid=set-password]").await;
    h.click("#privacy-accept").await;
    h.click("[data-testid=accept]").await;
    h.wait_contains("[data-testid=services]", texts.service).await;
    h.wait_for_any("[data-testid=service] a[href='https://teams.microsoft.com/']").await;
    let entity =
        scalar(&h, "SELECT e.id FROM entities e JOIN companies c ON c.id = e.company_id WHERE c.name = $1", "Globex")
            .await;
    let phone =
        scalar(&h, "SELECT s.id FROM services s JOIN companies c ON c.id = s.company_id WHERE c.name = $1", "Globex")
            .await;
    h.goto("/users/new").await;
    h.fill("#wizard-first-name", "Marge").await;
    h.fill("#wizard-last-name", "Bouvier").await;
    h.click("#wizard-role-user").await;
    h.choose("#wizard-entity", &entity.to_string()).await;
    h.fill("#wizard-email", "marge@globex.example").await;
    h.click("#wizard-assign").await;
    h.click("[data-testid=next]").await;
    h.click(&format!("#wizard-service-{phone}")).await;
    h.click("[data-testid=next]").await;
    h.click("[data-testid=next]").await;
    h.click("[data-testid=finish]").await;
    h.wait_text("h1", "Marge Bouvier").await;

    // The operator lowers the order below the seat now held: refused, saying what to free.
    h.goto(&globex_page).await;
    h.wait_text("[data-testid=operator-seats]", texts.seats_held).await;
    h.click("[data-testid=operator-order-change]").await;
    h.fill("#order-change-seats", "0").await;
    h.click("dialog[open] button[type=submit]").await;
    h.wait_contains("#order-change-seats-error", texts.seats_in_use).await;
    assert_clean(h.axe().await);
    h.screenshot(&format!("operator-seats-refused-{browser:?}")).await;
    h.click("dialog[open] .dialog-buttons button.secondary").await;
    h.wait_text("[data-testid=operator-seats]", texts.seats_held).await;
    h.driver.set_window_rect(0, 0, 390, 844).await.unwrap();
    let (overflow, _) = h.overflow().await;
    assert_eq!(overflow, 0, "the company page scrolls sideways at 390 px");
    h.screenshot(&format!("operator-company-phone-{browser:?}")).await;
    h.driver.set_window_rect(0, 0, 1280, 900).await.unwrap();

    // Globex suspended: its administrator's open session ends, and sign-in says why.
    h.goto("/operator").await;
    let globex = "[data-testid=operator-company]:nth-child(2)";
    h.click(&format!("{globex} button[data-change=operator-suspend]")).await;
    assert_clean(h.axe().await);
    h.click("dialog[open] [data-testid=confirm]").await;
    h.wait_text(&format!("{globex} [data-testid=operator-company-status]"), texts.suspended).await;
    // Acme closed: its data offered for download, erased after the grace period.
    let acme = "[data-testid=operator-company]:first-child";
    h.wait_for_any(&format!("{acme} [data-testid=operator-export]")).await;
    let close = format!("{acme} button[data-change=operator-close]");
    into_view(&h, &close).await;
    h.click(&close).await;
    h.click("dialog[open] [data-testid=confirm]").await;
    h.wait_contains(&format!("{acme} [data-testid=operator-company-status]"), texts.closing).await;
    let (overflow, _) = {
        h.driver.set_window_rect(0, 0, 390, 844).await.unwrap();
        h.overflow().await
    };
    assert_eq!(overflow, 0, "the console scrolls sideways at 390 px");
    h.driver.set_window_rect(0, 0, 1280, 900).await.unwrap();

    // A colleague invited: the link to hand over is shown once.
    h.goto("/operator/operators").await;
    h.wait_for_any("[data-testid=operator-team-row]").await;
    h.fill("#operator-invite-name", "Omar Ops").await;
    h.fill("#operator-invite-email", "omar@provider.example").await;
    h.click("[data-testid=operator-invite] button[type=submit]").await;
    let handed = h.wait_for_any("[data-testid=token-secret]").await.prop("value").await.unwrap().unwrap();
    assert!(handed.contains("/operator/activate#"), "{handed}");
    h.wait_text("[data-testid=operator-team-row]:nth-child(2) [data-testid=operator-team-status]", texts.invited).await;
    assert_clean(h.axe().await);
    h.screenshot(&format!("operator-team-{browser:?}")).await;

    // Signed out, then in again at the sign-in page: password, then the app's code.
    h.click("[data-testid=operator-sign-out]").await;
    h.wait_for_any("#sign-in-email").await;
    h.sign_in(OPERATOR, PASSWORD).await;
    h.wait_for_any("#sign-in-code").await;
    h.fill("#sign-in-code", &app.generate(now() + 30).to_string()).await;
    h.click("form button[type=submit]").await;
    h.wait_contains("[data-testid=operator-name]", texts.signed_in).await;

    // The suspended company's administrator: the session is gone, the password is told why,
    // with a reference.
    h.goto("/users").await;
    h.wait_for_any("#sign-in-email").await;
    h.sign_in("hank@globex.example", &hank_password).await;
    h.wait_contains("[data-testid=sign-in-error]", texts.suspended_sign_in).await;
    h.wait_contains("[data-testid=sign-in-contact]", "support@provider.example").await;
    let reference = h.wait_for_any("[data-testid=error-reference]").await.text().await.unwrap();

    // The administrator quotes it; the operator finds it.
    h.goto("/operator").await;
    h.fill("#operator-reference", &reference.to_lowercase()).await;
    h.click("form[role=search] button[type=submit]").await;
    h.wait_contains("[data-testid=operator-ref-account]", "hank@globex.example").await;
    h.wait_text("[data-testid=operator-ref-company]", "Globex").await;
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
            service: "Teams Phone",
            seats_free: "0 of 1",
            seats_held: "1 of 1",
            seats_in_use: "One person holds a seat beyond this number",
            invited: "Invited",
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
            service: "Téléphonie Teams",
            seats_free: "0 sur 1",
            seats_held: "1 sur 1",
            seats_in_use: "Une personne occupe une licence au-delà de ce nombre",
            invited: "Invité",
            suspended: "Suspendue",
            suspended_sign_in: "cet espace est suspendu",
            closing: "En fermeture : effacée le",
        },
    )
    .await;
}

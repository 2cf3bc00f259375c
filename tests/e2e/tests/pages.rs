//! Every page in both languages, on a 390 × 844 phone: nothing scrolls sideways (the page is
//! never wider than the screen; wide tables scroll inside their own box), and axe-core (Deque's
//! engine, from npm) finds no violation: WCAG A and AA, best practices, and Label in Name; and
//! every text is found in the build's messages.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)] // tests: a failed unwrap is a failed test

use espace_e2e::{Browser, Harness};
use thirtyfour::{By, Key};

const WIDTH: u32 = 390;
const HEIGHT: u32 = 844;

async fn check(h: &Harness, path: &str, ready: &str, problems: &mut Vec<String>) {
    h.goto(path).await;
    h.wait_for_any(ready).await;
    // Fonts and late rows settle first.
    tokio::time::sleep(std::time::Duration::from_millis(300)).await;
    let (over, culprits) = h.overflow().await;
    if over > 0 {
        problems.push(format!("{path}: {over} px too wide ({culprits:?})"));
    }
    problems.extend(h.axe().await.into_iter().map(|v| format!("{path}: {v}")));
    problems.extend(h.missing_messages().await.into_iter().map(|id| format!("{path}: message {id} missing")));
}

async fn every_page(browser: Browser, lang: &str) {
    let h = Harness::start(browser).await;
    h.driver.set_window_rect(0, 0, WIDTH, HEIGHT).await.unwrap();
    let mut problems = Vec::new();

    check(&h, "/sign-in", "#sign-in-email", &mut problems).await;
    assert_eq!(h.wasm_loaded().await, ["/entry/sign-in/espace-sign-in"], "the sign-in build only");
    check(&h, "/forgot-password", "#forgot-email", &mut problems).await;
    check(&h, "/error?code=invalid-link&ref=ABC234", "main h1", &mut problems).await;
    check(
        &h,
        "/sign-in/sso-error?code=provider-refused&ref=ABC234&at=1764000000&email=nina.roux%40sso.example&error=access_denied&error_description=The+person+cancelled+the+sign-in.",
        "[data-testid=sso-error] dl",
        &mut problems,
    )
    .await;
    assert_eq!(h.wasm_loaded().await, ["/entry/sso-error/espace-sso-error"], "the SSO error build only");
    let link = h.activation_link("jean.moreau@acme.example").await;
    check(&h, &link, "[data-testid=continue]", &mut problems).await;
    assert_eq!(h.wasm_loaded().await, ["/entry/link/espace-link"], "the link build only");

    h.goto("/sign-in").await;
    h.sign_in(&h.demo.email, &h.demo.password).await;
    h.wait_for_any("[data-testid=services]").await;
    let helene = h.user_id("helene.dubois@acme.example").await;
    for (path, ready) in [
        ("/", "[data-testid=services]"),
        ("/users", "[data-testid=users-table] tbody tr"),
        ("/users?invitation=pending", "[data-testid=users-table] tbody tr"),
        ("/users/new", "#wizard-first-name"),
        ("/users/import", "main h1"),
        (&format!("/users/{helene}") as &str, "[data-testid=history] li"),
        ("/entities", "main h1"),
        ("/audit", "main h1"),
        ("/tokens", "main h1"),
        ("/api-reference", "main h1"),
        ("/profile", "[data-testid=sessions] .session"),
        ("/sso", "#sso-issuer"),
        ("/company", "#company-time-zone"),
    ] {
        check(&h, path, ready, &mut problems).await;
    }
    // The navigation folds behind its button on a phone, opens on it, and folds again once a
    // link is followed.
    check(&h, "/users", "[data-testid=users-table] tbody tr", &mut problems).await;
    let nav_shown = r"return getComputedStyle(document.getElementById('main-nav')).display !== 'none'";
    let shown = |h: &Harness| {
        let driver = h.driver.clone();
        async move { driver.execute(nav_shown, Vec::new()).await.unwrap().convert::<bool>().unwrap() }
    };
    assert!(!shown(&h).await, "the navigation is folded on a phone");
    h.click(".nav-toggle").await;
    h.wait_for_any(".nav-toggle[aria-expanded=true]").await;
    assert!(shown(&h).await, "the menu button shows the navigation");
    problems.extend(h.axe().await.into_iter().map(|v| format!("navigation menu: {v}")));
    h.screenshot(&format!("phone-nav-{lang}")).await;
    // Escape from a link folds it and puts focus back on the button.
    let link = h.driver.find(By::Css("#main-nav a[href='/entities']")).await.unwrap();
    link.send_keys(Key::Escape).await.unwrap();
    h.wait_for_any(".nav-toggle[aria-expanded=false]").await;
    let on_toggle = r"return document.activeElement.classList.contains('nav-toggle')";
    assert!(h.driver.execute(on_toggle, Vec::new()).await.unwrap().convert::<bool>().unwrap(), "focus back on Menu");
    assert!(!shown(&h).await, "Escape folds the navigation");
    h.click(".nav-toggle").await;
    h.click("#main-nav a[href='/entities']").await;
    h.wait_path("/entities").await;
    h.wait_for_any(".nav-toggle[aria-expanded=false]").await;
    assert!(!shown(&h).await, "the navigation folds once a link is followed");
    // States in between: a confirmation dialog, the account menu, the connection test's report.
    check(&h, &format!("/users/{helene}"), "[data-testid=history] li", &mut problems).await;
    h.click("[data-action=deactivate]").await;
    h.wait_for_any("dialog[open]").await;
    problems.extend(h.axe().await.into_iter().map(|v| format!("deactivate dialog: {v}")));
    h.click("dialog[open] .dialog-buttons .secondary").await;
    h.click(".user-menu-button").await;
    h.wait_for_any("#user-menu-panel a").await;
    problems.extend(h.axe().await.into_iter().map(|v| format!("account menu: {v}")));
    h.screenshot(&format!("phone-menu-{lang}")).await;
    // The check itself works: something wider than the phone is caught.
    h.driver
        .execute("const d = document.createElement('div'); d.style.width = '600px'; d.textContent = 'x'; document.querySelector('main').append(d);", Vec::new())
        .await
        .unwrap();
    assert!(h.overflow().await.0 > 0, "a 600 px block is not caught");
    // And so is an image without a text alternative.
    h.driver.execute("document.querySelector('main').append(document.createElement('img'))", Vec::new()).await.unwrap();
    assert!(h.axe().await.iter().any(|v| v.starts_with("image-alt")), "axe-core is not running");
    assert!(
        problems.is_empty(),
        "pages wider than a {WIDTH} px phone, with accessibility violations or missing messages:\n  {}",
        problems.join("\n  ")
    );
    h.stop().await;
}

#[tokio::test]
async fn every_page_fits_a_phone_and_passes_axe_in_french() {
    every_page(Browser::French, "fr").await;
}

#[tokio::test]
async fn every_page_fits_a_phone_and_passes_axe_in_english() {
    every_page(Browser::English, "en").await;
}

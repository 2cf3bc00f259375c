//! Every page on a 390 × 844 phone, in both languages: nothing scrolls sideways (the page is
//! never wider than the screen; wide tables scroll inside their own box).
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)] // tests: a failed unwrap is a failed test

use espace_e2e::{Browser, Harness};

const WIDTH: u32 = 390;
const HEIGHT: u32 = 844;

/// The page's width beyond the viewport, in CSS pixels (0 when it fits), and what sticks out.
async fn overflow(h: &Harness) -> (i64, Vec<String>) {
    let script = r"
        const width = document.documentElement.clientWidth;
        const over = document.documentElement.scrollWidth - width;
        const culprits = [...document.querySelectorAll('body *')]
            .filter((e) => e.getBoundingClientRect().right > width + 1 && !e.closest('.table-wrap'))
            .slice(0, 5)
            .map((e) => e.tagName.toLowerCase() + (e.className ? '.' + e.className : '') + (e.id ? '#' + e.id : ''));
        return [over, culprits];
    ";
    let ret = h.driver.execute(script, Vec::new()).await.unwrap();
    let (over, culprits): (i64, Vec<String>) = ret.convert().unwrap();
    (over, culprits)
}

async fn check(h: &Harness, path: &str, ready: &str, problems: &mut Vec<String>) {
    h.goto(path).await;
    h.wait_for_any(ready).await;
    // Fonts and late rows settle first.
    tokio::time::sleep(std::time::Duration::from_millis(300)).await;
    let (over, culprits) = overflow(h).await;
    if over > 0 {
        problems.push(format!("{path}: {over} px too wide ({culprits:?})"));
    }
}

async fn every_page(browser: Browser, lang: &str) {
    let h = Harness::start(browser).await;
    h.driver.set_window_rect(0, 0, WIDTH, HEIGHT).await.unwrap();
    let mut problems = Vec::new();

    check(&h, "/sign-in", "#sign-in-email", &mut problems).await;
    check(&h, "/forgot-password", "#forgot-email", &mut problems).await;
    check(
        &h,
        "/sign-in/sso-error?code=provider-refused&ref=ABC234&at=1764000000&email=nina.roux%40sso.example&error=access_denied&error_description=The+person+cancelled+the+sign-in.",
        "[data-testid=sso-error] dl",
        &mut problems,
    )
    .await;
    let link = h.activation_link("jean.moreau@acme.example").await;
    check(&h, &link, "[data-testid=continue]", &mut problems).await;

    h.goto("/sign-in").await;
    h.sign_in(&h.demo.email, &h.demo.password).await;
    h.wait_for_any("[data-testid=services]").await;
    let helene = h.user_id("helene.dubois@acme.example").await;
    for (path, ready) in [
        ("/", "[data-testid=services]"),
        ("/users", "[data-testid=users-table] tbody tr"),
        ("/users/new", "#wizard-first-name"),
        ("/users/import", "main h1"),
        (&format!("/users/{helene}") as &str, "[data-testid=history] li"),
        ("/entities", "main h1"),
        ("/audit", "main h1"),
        ("/tokens", "main h1"),
        ("/api-reference", "main h1"),
        ("/profile", "dl.facts"),
        ("/sso", "#sso-issuer"),
    ] {
        check(&h, path, ready, &mut problems).await;
    }
    h.screenshot(&format!("phone-sso-{lang}")).await;
    // The check itself works: something wider than the phone is caught.
    h.driver
        .execute("const d = document.createElement('div'); d.style.width = '600px'; d.textContent = 'x'; document.querySelector('main').append(d);", Vec::new())
        .await
        .unwrap();
    assert!(overflow(&h).await.0 > 0, "a 600 px block is not caught");
    assert!(problems.is_empty(), "pages wider than a {WIDTH} px phone:\n  {}", problems.join("\n  "));
    h.stop().await;
}

#[tokio::test]
async fn no_page_scrolls_sideways_on_a_phone_in_french() {
    every_page(Browser::French, "fr").await;
}

#[tokio::test]
async fn no_page_scrolls_sideways_on_a_phone_in_english() {
    every_page(Browser::English, "en").await;
}

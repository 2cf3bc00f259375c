//! A first visit, signed out, gets the small sign-in build and never the whole app, whether it
//! opens the company's address or a bookmarked page; signing in then lands on the page asked
//! for. Signed in, the app comes at once, without a detour through the sign-in page, and the
//! sign-in page itself sends on to the app.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)] // tests: a failed unwrap is a failed test

use espace_e2e::{Browser, Harness};

async fn first_visit(browser: Browser) {
    let h = Harness::start(browser).await;
    let helene = h.user_id("helene.dubois@acme.example").await;

    h.goto("/").await;
    h.wait_for_any("#sign-in-email").await;
    assert_eq!(h.path().await, "/sign-in?next=%2F");
    assert_eq!(h.redirects().await, 0, "answered at once, without a redirect's round trip");
    assert_eq!(h.wasm_loaded().await, ["/entry/sign-in/espace-sign-in"], "the sign-in build only");

    let deep = format!("/users/{helene}");
    h.goto(&deep).await;
    h.wait_for_any("#sign-in-email").await;
    assert_eq!(h.path().await, format!("/sign-in?next=%2Fusers%2F{helene}"));
    assert_eq!(h.wasm_loaded().await, ["/entry/sign-in/espace-sign-in"], "the sign-in build only");
    h.sign_in(&h.demo.email, &h.demo.password).await;
    h.wait_path(&deep).await;
    h.wait_for_any("[data-testid=history] li").await;

    // Signed in: the whole app at once, no redirect, no sign-in page on the way.
    h.goto("/").await;
    h.wait_for_any("[data-testid=services]").await;
    assert_eq!(h.path().await, "/");
    assert_eq!(h.redirects().await, 0);
    assert_eq!(h.wasm_loaded().await, ["/espace-web"]);

    // Signed in, the sign-in page (a bookmark, the back button) sends on to the page asked for,
    // and never to another site.
    h.goto("/sign-in?next=%2Fusers").await;
    h.wait_for_any("[data-testid=users-table]").await;
    assert_eq!(h.path().await, "/users");
    assert_eq!(h.wasm_loaded().await, ["/espace-web"]);
    h.goto("/sign-in?next=%2F%2Fevil.example").await;
    h.wait_for_any("[data-testid=services]").await;
    assert_eq!(h.path().await, "/");
    h.stop().await;
}

#[tokio::test]
async fn first_visit_in_french() {
    first_visit(Browser::French).await;
}

#[tokio::test]
async fn first_visit_in_english() {
    first_visit(Browser::English).await;
}

//! The foundation, clicked through in a real browser: sign-in, languages, deep links, sign-out.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)] // tests: a failed unwrap is a failed test

use espace_e2e::{Browser, Harness};

#[tokio::test]
async fn french_visitor_signs_in_switches_language_reloads_a_deep_link_and_signs_out() {
    let h = Harness::start(Browser::French).await;

    // A protected page sends a signed-out visitor to sign-in, in the browser's language.
    h.goto("/").await;
    h.wait_path("/sign-in?next=%2F").await;
    h.wait_text("h1", "Connexion à votre espace").await;
    assert_eq!(h.html_lang().await, "fr");
    h.screenshot("sign-in-fr").await;

    // A wrong password: one generic message, and what was typed is still there.
    h.sign_in(&h.demo.email, "not-the-password").await;
    h.wait_contains("[data-testid=sign-in-error]", "Adresse e-mail ou mot de passe incorrect.").await;
    h.wait_contains("[data-testid=sign-in-error] .error-code", "invalid-credentials").await;
    let typed = h.driver.find(thirtyfour::By::Css("#sign-in-email")).await.unwrap().prop("value").await.unwrap();
    assert_eq!(typed.as_deref(), Some(h.demo.email.as_str()));

    h.sign_in(&h.demo.email, &h.demo.password).await;
    h.wait_path("/").await;
    h.wait_text("[data-testid=company-name]", "Acme").await;
    h.wait_text("h1", "Mes services").await;
    h.wait_contains("[data-testid=services]", "Microsoft 365 Business Standard").await;
    h.screenshot("space-fr").await;

    // Switching language changes the text and <html lang>, and back.
    h.click(".lang-switcher button[lang=en]").await;
    h.wait_text("h1", "My services").await;
    assert_eq!(h.html_lang().await, "en");
    h.wait_contains("[data-testid=services]", "Seats used: 2 of 10").await;
    h.screenshot("space-en").await;
    h.click(".lang-switcher button[lang=fr]").await;
    h.wait_text("h1", "Mes services").await;
    assert_eq!(h.html_lang().await, "fr");

    // A deep link survives a reload, and the language choice too.
    h.goto("/profile").await;
    h.wait_text("h1", "Mon profil").await;
    h.driver.refresh().await.unwrap();
    h.wait_text("h1", "Mon profil").await;
    assert_eq!(h.path().await, "/profile");
    h.wait_contains("dl.facts", &h.demo.email).await;

    // Sign out from the user menu: a toast, then sign-in again.
    h.click(".user-menu-button").await;
    h.click(".user-menu-panel .link-button").await;
    h.wait_text(".toast p", "Déconnexion effectuée.").await;
    h.wait_path("/sign-in").await;

    // After sign-out the deep link needs a session, and signing in brings the visitor back to it,
    // its query included.
    h.goto("/users?q=helene").await;
    h.wait_path("/sign-in?next=%2Fusers%3Fq%3Dhelene").await;
    h.goto("/profile").await;
    h.wait_path("/sign-in?next=%2Fprofile").await;
    h.sign_in(&h.demo.email, &h.demo.password).await;
    h.wait_path("/profile").await;
    h.wait_text("h1", "Mon profil").await;

    // Another person's e-mail language is named in the interface's language.
    let luc: i64 = sqlx::query_scalar("SELECT id FROM users WHERE email_norm = 'luc.bernard@acme.example'")
        .fetch_one(&h.server.state.pool)
        .await
        .unwrap();
    h.goto(&format!("/users/{luc}")).await;
    h.wait_contains("dl.facts", "Anglais").await;

    // A link can choose the language (`?lang=en`), and the choice stays for the next pages.
    h.goto("/profile?lang=en").await;
    h.wait_text("h1", "My profile").await;
    assert_eq!(h.html_lang().await, "en");
    h.goto("/").await;
    h.wait_text("h1", "My services").await;
    h.stop().await;
}

#[tokio::test]
async fn english_browser_gets_english_and_unknown_pages_say_not_found() {
    let h = Harness::start(Browser::English).await;
    h.goto("/sign-in").await;
    h.wait_text("h1", "Sign in to your space").await;
    assert_eq!(h.html_lang().await, "en");
    h.screenshot("sign-in-en").await;

    // The field is marked and explained before any request.
    h.sign_in("not-an-email", "x").await;
    h.wait_text("#sign-in-email-error", "Enter an e-mail address like name@example.com.").await;
    let invalid =
        h.driver.find(thirtyfour::By::Css("#sign-in-email")).await.unwrap().attr("aria-invalid").await.unwrap();
    assert_eq!(invalid.as_deref(), Some("true"));

    h.sign_in(&h.demo.email, &h.demo.password).await;
    h.wait_text("h1", "My services").await;
    h.goto("/no/such/page").await;
    h.wait_text("h1", "Page not found").await;
    h.stop().await;
}

//! The company settings page: an administrator sets the time zone e-mails write times on.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)] // tests: a failed unwrap is a failed test

use espace_e2e::{Browser, Harness};

struct Words {
    lang: &'static str,
    nav: &'static str,
    title: &'static str,
    saved: &'static str,
}

const FR: Words = Words {
    lang: "fr",
    nav: "Entreprise",
    title: "Réglages de l’entreprise",
    saved: "Réglages de l’entreprise enregistrés.",
};

const EN: Words = Words { lang: "en", nav: "Company", title: "Company settings", saved: "Company settings saved." };

async fn administrator_sets_the_time_zone_of_the_e_mails(browser: Browser, w: Words) {
    let h = Harness::start(browser).await;
    h.goto("/sign-in").await;
    h.sign_in(&h.demo.email, &h.demo.password).await;
    h.wait_for_any("[data-testid=services]").await;

    h.click(".app-header nav a[href='/company']").await;
    h.wait_text("h1", w.title).await;
    h.wait_text(".app-header nav a[aria-current=page]", w.nav).await;
    let chosen = h.driver.find(thirtyfour::By::Css("#company-time-zone")).await.unwrap().prop("value").await.unwrap();
    assert_eq!(chosen.as_deref(), Some("Europe/Paris"));
    h.choose("#company-time-zone", "America/New_York").await;
    h.click("form button[type=submit]").await;
    h.wait_text(".toast p", w.saved).await;
    h.screenshot(&format!("company-{}", w.lang)).await;

    // The next e-mail writes its deadline on the new clock, and names it (in its reader's
    // language).
    h.activation_link("jean.moreau@acme.example").await;
    let (language, text): (String, String) =
        sqlx::query_as("SELECT language, body_text FROM outbox WHERE to_address = $1 ORDER BY id DESC LIMIT 1")
            .bind("jean.moreau@acme.example")
            .fetch_one(&h.server.state.pool)
            .await
            .unwrap();
    let named = if language == "fr" { "heure de l’Est nord-américain" } else { "Eastern Time" };
    assert!(text.contains(named), "{text}");

    // Kept: the page shows it after a reload.
    h.driver.refresh().await.unwrap();
    h.wait_text("h1", w.title).await;
    let kept = h.driver.find(thirtyfour::By::Css("#company-time-zone")).await.unwrap().prop("value").await.unwrap();
    assert_eq!(kept.as_deref(), Some("America/New_York"));
    h.stop().await;
}

#[tokio::test]
async fn french_administrator_sets_the_time_zone() {
    administrator_sets_the_time_zone_of_the_e_mails(Browser::French, FR).await;
}

#[tokio::test]
async fn english_administrator_sets_the_time_zone() {
    administrator_sets_the_time_zone_of_the_e_mails(Browser::English, EN).await;
}

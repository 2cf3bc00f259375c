//! Where people are signed in, in a real browser: the profile lists the person's sessions with
//! their device in words and signs one out, then every other; an administrator signs a user
//! out of a lost phone from the user's page. In English and French, axe-clean, on a phone.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)] // tests: a failed unwrap is a failed test

use espace_e2e::{Browser, Harness};

const WINDOWS_CHROME: &str =
    "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Safari/537.36";
const IPHONE_SAFARI: &str = "Mozilla/5.0 (iPhone; CPU iPhone OS 18_1 like Mac OS X) AppleWebKit/605.1.15 \
    (KHTML, like Gecko) Version/18.1 Mobile/15E148 Safari/604.1";
const PASSWORD: &str = "a-good-long-password";

/// Another device of `email`'s, signed in over HTTP with its own `User-Agent`.
async fn device(h: &Harness, email: &str, password: &str, user_agent: &str) -> reqwest::Client {
    let client =
        reqwest::Client::builder().no_proxy().cookie_store(true).user_agent(user_agent).build().expect("client");
    let body = serde_json::json!({ "email": email, "password": password });
    let res = client.post(h.url("/api/session")).json(&body).send().await.expect("sign-in");
    assert!(res.status().is_success(), "{email} signs in on another device");
    client
}

async fn still_signed_in(h: &Harness, client: &reqwest::Client) -> bool {
    client.get(h.url("/api/me")).send().await.expect("request").status().is_success()
}

/// Brings the list into view for the screenshot that follows.
async fn show_list(h: &Harness) {
    let script = "document.getElementById('sessions-title').scrollIntoView()";
    h.driver.execute(script, Vec::new()).await.expect("scrolls");
}

fn assert_clean(problems: Vec<String>) {
    assert!(problems.is_empty(), "{problems:#?}");
}

#[tokio::test]
async fn a_person_signs_out_a_session_then_everywhere_else() {
    let h = Harness::start(Browser::English).await;
    let (email, password) = (h.demo.email.clone(), h.demo.password.clone());
    let office = device(&h, &email, &password, WINDOWS_CHROME).await;
    h.goto("/sign-in").await;
    h.sign_in(&email, &password).await;
    h.wait_for_any("[data-testid=services]").await;

    h.goto("/profile").await;
    h.wait_text("#sessions-title", "Where you are signed in").await;
    h.wait_contains(".session[data-current=true]", "This device").await;
    h.wait_contains(".session[data-current=false]", "Chrome on Windows").await;
    assert_clean(h.axe().await);
    show_list(&h).await;
    h.screenshot("sessions-en").await;

    // The button's name says which session it ends.
    let label = h
        .driver
        .find(thirtyfour::By::Css(".session[data-current=false] button"))
        .await
        .unwrap()
        .attr("aria-label")
        .await
        .unwrap()
        .unwrap_or_default();
    assert!(label.starts_with("Sign out Chrome on Windows"), "{label}");
    h.click(".session[data-current=false] button").await;
    h.wait_text(".toast p", "Session signed out.").await;
    h.wait_texts("[data-testid=sessions] .session .session-device strong", &["Chrome on Linux"]).await;
    assert!(!still_signed_in(&h, &office).await, "the office session is over");

    // Two more devices, then every one but this.
    let phone = device(&h, &email, &password, IPHONE_SAFARI).await;
    let other = device(&h, &email, &password, WINDOWS_CHROME).await;
    h.driver.refresh().await.unwrap();
    h.wait_contains("[data-testid=sessions]", "Safari on iOS").await;
    h.driver.set_window_rect(0, 0, 390, 844).await.unwrap();
    let (over, culprits) = h.overflow().await;
    assert_eq!(over, 0, "nothing scrolls sideways on a phone: {culprits:?}");
    show_list(&h).await;
    h.screenshot("sessions-phone-en").await;
    h.click("[data-testid=sessions-end-others]").await;
    h.wait_text(".toast p", "Signed out everywhere else.").await;
    h.wait_texts("[data-testid=sessions] .session .session-device strong", &["Chrome on Linux"]).await;
    assert!(!still_signed_in(&h, &phone).await && !still_signed_in(&h, &other).await);
    h.stop().await;
}

#[tokio::test]
async fn an_administrator_signs_a_user_out_of_a_lost_phone() {
    let h = Harness::start(Browser::French).await;
    let helene_email = "helene.dubois@acme.example";
    h.set_password(helene_email, PASSWORD).await;
    let phone = device(&h, helene_email, PASSWORD, IPHONE_SAFARI).await;
    h.goto("/sign-in").await;
    h.sign_in(&h.demo.email, &h.demo.password).await;
    h.wait_for_any("[data-testid=services]").await;

    let helene = h.user_id(helene_email).await;
    h.goto(&format!("/users/{helene}")).await;
    h.wait_text("#sessions-title", "Sessions ouvertes").await;
    h.wait_contains("[data-testid=sessions] .session", "Safari sous iOS").await;
    assert_clean(h.axe().await);
    show_list(&h).await;
    h.screenshot("user-sessions-fr").await;
    h.click("[data-testid=sessions] .session button").await;
    h.wait_text(".toast p", "Session déconnectée.").await;
    h.wait_text("[data-testid=sessions] .empty", "Aucune session ouverte.").await;
    assert!(!still_signed_in(&h, &phone).await, "the phone is signed out");

    // The user's history says an administrator did it.
    h.driver.refresh().await.unwrap();
    h.wait_contains("[data-testid=history]", "Déconnecté d’une session par un administrateur").await;
    h.stop().await;
}

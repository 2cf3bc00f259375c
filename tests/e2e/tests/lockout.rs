//! A person locked out by ten wrong passwords unlocks themselves from the e-mailed link, with
//! no administrator involved; once per language.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)] // tests: a failed unwrap is a failed test

use espace_e2e::{Browser, Harness};

struct Words {
    wrong: &'static str,
    locked: &'static str,
    reset_title: &'static str,
    space: &'static str,
}

const FR: Words = Words {
    wrong: "Adresse e-mail ou mot de passe incorrect.",
    locked: "Nous vous avons envoyé par e-mail un lien",
    reset_title: "Choisissez un nouveau mot de passe",
    space: "Mes services",
};

const EN: Words = Words {
    wrong: "Wrong e-mail address or password.",
    locked: "We have e-mailed you a link",
    reset_title: "Choose a new password",
    space: "My services",
};

async fn unlock_yourself(browser: Browser, w: Words, email: &str, lang: &str) {
    let h = Harness::start(browser).await;
    let hash = espace_server::auth::password::hash("my-own-long-password").expect("hash");
    sqlx::query("UPDATE users SET password_hash = $1 WHERE email_norm = $2")
        .bind(hash)
        .bind(email)
        .execute(&h.server.state.pool)
        .await
        .expect("password set");

    h.goto("/sign-in").await;
    h.continue_with(email).await;
    for attempt in 0..10 {
        h.fill("#sign-in-password", &format!("a wrong guess {attempt}")).await;
        h.click("form button[type=submit]").await;
        h.wait_contains("[data-testid=sign-in-error]", w.wrong).await;
    }
    // The right password now tells the owner what happened and where to look.
    h.fill("#sign-in-password", "my-own-long-password").await;
    h.click("form button[type=submit]").await;
    h.wait_contains("[data-testid=sign-in-error]", w.locked).await;
    h.screenshot(&format!("lockout-signin-{lang}")).await;

    let link = h.last_link(email).await;
    assert!(link.starts_with("/reset-password#t="), "{link}");
    h.goto(&link).await;
    h.wait_text("h1", w.reset_title).await;
    h.fill("#new-password", "a fresh passphrase of mine").await;
    h.click("[data-testid=set-password]").await;
    h.wait_text("h1", w.space).await;
    h.screenshot(&format!("lockout-unlocked-{lang}")).await;
    let status: String = sqlx::query_scalar("SELECT status FROM users WHERE email_norm = $1")
        .bind(email)
        .fetch_one(&h.server.state.pool)
        .await
        .expect("status");
    assert_eq!(status, "active");
    h.stop().await;
}

#[tokio::test]
async fn a_locked_person_unlocks_themselves_in_french() {
    unlock_yourself(Browser::French, FR, "helene.dubois@acme.example", "fr").await;
}

#[tokio::test]
async fn a_locked_person_unlocks_themselves_in_english() {
    unlock_yourself(Browser::English, EN, "emma.wilson@acme.example", "en").await;
}

//! Changing one's sign-in e-mail in a real browser: the profile's form (a wrong password said
//! next to its field), the link from the new address confirming it (English), then the old
//! address's link putting it back with a new password (French). axe-clean, on a phone too.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)] // tests: a failed unwrap is a failed test

use espace_e2e::{Browser, Harness};

const PASSWORD: &str = "a-good-long-password";
const HELENE: &str = "helene.dubois@acme.example";
const NEW: &str = "helene@new-address.example";

fn assert_clean(problems: Vec<String>) {
    assert!(problems.is_empty(), "{problems:#?}");
}

/// Signs Hélène in and asks for the change from her profile.
async fn ask_for_change(h: &Harness, sent: &str) {
    h.set_password(HELENE, PASSWORD).await;
    h.goto("/sign-in").await;
    h.sign_in(HELENE, PASSWORD).await;
    h.wait_for_any("[data-testid=services]").await;
    h.goto("/profile").await;
    h.fill("#email-change-new-email", NEW).await;
    h.fill("#email-change-password", "not-my-password").await;
    h.click("form:has(#email-change-new-email) button[type=submit]").await;
    h.wait_for_any("#email-change-password-error:not(:empty)").await;
    h.fill("#email-change-password", PASSWORD).await;
    h.click("form:has(#email-change-new-email) button[type=submit]").await;
    h.wait_contains("[data-testid=email-change-sent]", sent).await;
}

#[tokio::test]
async fn a_person_changes_their_sign_in_email_from_the_profile() {
    let h = Harness::start(Browser::English).await;
    ask_for_change(&h, &format!("We sent a link to {NEW}")).await;
    assert_clean(h.axe().await);
    h.screenshot("email-change-sent-en").await;

    let link = h.last_link(NEW).await;
    assert!(link.starts_with("/confirm-email#t="), "{link}");
    h.goto(&link).await;
    h.wait_text("h1", "Confirm your new sign-in e-mail").await;
    assert_clean(h.axe().await);
    h.click("[data-testid=confirm-email]").await;
    h.wait_contains("[data-testid=email-confirmed]", &format!("you now sign in with {NEW}")).await;
    h.driver.set_window_rect(0, 0, 390, 844).await.unwrap();
    let (over, culprits) = h.overflow().await;
    assert_eq!(over, 0, "nothing scrolls sideways on a phone: {culprits:?}");
    h.screenshot("email-change-confirmed-phone-en").await;
    h.goto("/profile").await;
    h.wait_contains(".facts", NEW).await;
    h.stop().await;
}

#[tokio::test]
async fn the_old_address_puts_itself_back_with_a_new_password() {
    let h = Harness::start(Browser::French).await;
    ask_for_change(&h, &format!("Nous avons envoyé un lien à {NEW}")).await;
    let link = h.last_link(NEW).await;
    h.goto(&link).await;
    h.click("[data-testid=confirm-email]").await;
    h.wait_for_any("[data-testid=email-confirmed]").await;

    // The old address's e-mail: its link opens the link page, signed out.
    h.driver.delete_all_cookies().await.unwrap();
    let undo = h.last_link(HELENE).await;
    assert!(undo.starts_with("/undo-email-change#t="), "{undo}");
    h.goto(&undo).await;
    h.wait_text("h1", "Rétablir votre e-mail de connexion").await;
    assert_clean(h.axe().await);
    h.screenshot("email-change-undo-fr").await;
    h.fill("#new-password", "mon-nouveau-mot-de-passe-sûr").await;
    h.click("[data-testid=set-password]").await;
    h.wait_for_any("[data-testid=services]").await;
    h.goto("/profile").await;
    h.wait_contains(".facts", HELENE).await;
    h.stop().await;
}

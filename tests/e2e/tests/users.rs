//! The Users page in a real browser, once per language: search, filter (an expired invitation
//! among them, renewed from there), detail, deactivate with the dialog, reactivate, and the
//! back button restoring the search.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)] // tests: a failed unwrap is a failed test

use espace_e2e::thirtyfour::By;
use espace_e2e::{Browser, Harness};

struct Words {
    users: &'static str,
    deactivated_toast: &'static str,
    deactivated_badge: &'static str,
    reactivated_toast: &'static str,
    active_badge: &'static str,
    invited_chip: &'static str,
    expired_invitation: &'static str,
    one_user: &'static str,
    renew_title: &'static str,
    renewed: &'static str,
    no_match: &'static str,
    history_deactivated: &'static str,
    history_reactivated: &'static str,
}

const FR: Words = Words {
    users: "Utilisateurs",
    deactivated_toast: "Utilisateur désactivé.",
    deactivated_badge: "Désactivé",
    reactivated_toast: "Utilisateur réactivé.",
    active_badge: "Actif",
    invited_chip: "Invité",
    expired_invitation: "Invitation expirée",
    one_user: "1 utilisateur",
    renew_title: "Envoyer une nouvelle invitation ?",
    renewed: "Nouvelles invitations envoyées.",
    no_match: "Aucun utilisateur ne correspond à cette recherche.",
    history_deactivated: "Désactivé",
    history_reactivated: "Réactivé",
};

const EN: Words = Words {
    users: "Users",
    deactivated_toast: "User deactivated.",
    deactivated_badge: "Deactivated",
    reactivated_toast: "User reactivated.",
    active_badge: "Active",
    invited_chip: "Invited",
    expired_invitation: "Invitation expired",
    one_user: "1 user",
    renew_title: "Send a new invitation?",
    renewed: "New invitations sent.",
    no_match: "No user matches this search.",
    history_deactivated: "Deactivated",
    history_reactivated: "Reactivated",
};

const ROWS: &str = "[data-testid=users-table] tbody th";

async fn journey(browser: Browser, w: Words, search: &str, name: &str, lang: &str) {
    let h = Harness::start(browser).await;
    h.goto("/sign-in").await;
    h.sign_in(&h.demo.email, &h.demo.password).await;
    h.wait_text("[data-testid=company-name]", "Acme").await;

    h.click("nav a[href='/users']").await;
    h.wait_text("h1", w.users).await;
    h.wait_texts(
        ROWS,
        &[
            "Luc Bernard",
            "Hélène Dubois",
            "Sophie Laurent",
            "Camille Martin",
            "Jean Moreau",
            "Marc Petit",
            "Emma Wilson",
        ],
    )
    .await;
    h.screenshot(&format!("users-list-{lang}")).await;

    // Filter chips, then a search without accents; both land in the URL.
    h.click(".chip[data-status=invited]").await;
    h.wait_contains(".chip[aria-pressed=true][data-status=invited]", w.invited_chip).await;
    h.wait_texts(ROWS, &["Jean Moreau"]).await;
    assert!(h.path().await.contains("status=invited"));
    // Jean's only invitation expired long ago: a state of its own, and its own filter.
    h.click(".chip[data-status=invitation-expired]").await;
    h.wait_contains(".chip[aria-pressed=true][data-status=invitation-expired]", w.expired_invitation).await;
    h.wait_texts(ROWS, &["Jean Moreau"]).await;
    h.wait_text("[data-testid=users-table] tbody .badge", w.expired_invitation).await;
    h.wait_text(".result-count", w.one_user).await;
    assert!(h.path().await.contains("invitation=expired"));
    let violations = h.axe().await;
    assert!(violations.is_empty(), "{violations:?}");
    h.screenshot(&format!("users-invitation-expired-{lang}")).await;
    // One action renews them all, confirmed first; the filter then lists nobody.
    h.click("[data-testid=renew-invitations]").await;
    h.wait_contains("dialog[open] #confirm-dialog-title", w.renew_title).await;
    h.click("dialog[open] [data-testid=confirm]").await;
    h.wait_text(".toast p", w.renewed).await;
    h.wait_text("[data-testid=users-no-match] p", w.no_match).await;
    h.click(".chip[data-status=all]").await;
    h.fill("#users-search", "zzz-nobody").await;
    h.wait_text("[data-testid=users-no-match] p", w.no_match).await;
    h.fill("#users-search", search).await;
    h.wait_texts(ROWS, &[name]).await;
    let list_path = h.path().await;
    assert!(list_path.contains(&format!("q={search}")), "{list_path}");

    // The detail page, and a deactivation confirmed in the dialog.
    h.driver.find(By::LinkText(name)).await.unwrap().click().await.unwrap();
    h.wait_text("h1", name).await;
    h.click("[data-action=deactivate]").await;
    h.wait_contains("dialog[open] #confirm-dialog-title", name).await;
    h.screenshot(&format!("users-dialog-{lang}")).await;
    h.click("dialog[open] [data-testid=confirm]").await;
    h.wait_text(".toast p", w.deactivated_toast).await;
    h.wait_text(".detail-header .badge", w.deactivated_badge).await;
    h.wait_contains("[data-testid=history] li:first-child .history-action", w.history_deactivated).await;
    h.screenshot(&format!("users-detail-{lang}")).await;

    h.click("[data-action=reactivate]").await;
    h.wait_text(".toast p", w.reactivated_toast).await;
    h.wait_text(".detail-header .badge", w.active_badge).await;
    h.wait_text("[data-testid=history] li:first-child .history-action", w.history_reactivated).await;

    // Back restores the search: URL, box and rows.
    h.driver.back().await.unwrap();
    h.wait_path(&list_path).await;
    h.wait_texts(ROWS, &[name]).await;
    let typed = h.driver.find(By::Css("#users-search")).await.unwrap().prop("value").await.unwrap();
    assert_eq!(typed.as_deref(), Some(search));
    h.stop().await;
}

#[tokio::test]
async fn admin_manages_a_user_in_french() {
    journey(Browser::French, FR, "helene", "Hélène Dubois", "fr").await;
}

#[tokio::test]
async fn admin_manages_a_user_in_english() {
    journey(Browser::English, EN, "wilson", "Emma Wilson", "en").await;
}

#[tokio::test]
async fn admin_edits_a_user_fixing_a_field_error_first() {
    let h = Harness::start(Browser::French).await;
    h.goto("/sign-in?next=%2Fusers%3Fq%3Dhelene").await;
    h.sign_in(&h.demo.email, &h.demo.password).await;
    h.wait_texts(ROWS, &["Hélène Dubois"]).await;
    h.driver.find(By::LinkText("Hélène Dubois")).await.unwrap().click().await.unwrap();
    h.click("[data-action=edit]").await;
    h.wait_text("#edit-title", "Modifier les informations").await;

    h.fill("#edit-first-name", "").await;
    h.fill("#edit-notification-email", "assistante@").await;
    h.click("[data-testid=save]").await;
    h.wait_text("#edit-first-name-error", "Ce champ est obligatoire.").await;
    h.wait_contains("#edit-notification-email-error", "adresse e-mail").await;
    let invalid = h.driver.find(By::Css("#edit-first-name")).await.unwrap().attr("aria-invalid").await.unwrap();
    assert_eq!(invalid.as_deref(), Some("true"));
    // What was typed elsewhere is still there.
    let typed = h.driver.find(By::Css("#edit-notification-email")).await.unwrap().prop("value").await.unwrap();
    assert_eq!(typed.as_deref(), Some("assistante@"));
    h.screenshot("users-edit-errors-fr").await;

    h.fill("#edit-first-name", "Héléna").await;
    h.fill("#edit-notification-email", "assistante@acme.example").await;
    h.click("[data-testid=save]").await;
    h.wait_text(".toast p", "Modifications enregistrées.").await;
    h.wait_text("h1", "Héléna Dubois").await;
    h.wait_contains(".facts", "assistante@acme.example").await;
    h.stop().await;
}

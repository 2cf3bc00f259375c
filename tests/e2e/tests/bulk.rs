#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)] // tests: a failed unwrap is a failed test
//! Acting on many people in a real browser, once per language: thirty interns over two pages,
//! a tick cleared by a new filter, "select all matching" kept across pages, a service the
//! seats cannot cover refused before any change, a deactivation of all of them with its report
//! (one already deactivated, skipped with the reason), the batch in the audit log, and the
//! selection's bar within reach on a phone.

use espace_e2e::thirtyfour::By;
use espace_e2e::{Browser, Harness};
use serde_json::{json, Value};

struct Words {
    one_selected: &'static str,
    page_selected: &'static str,
    all_selected: &'static str,
    select_all: &'static str,
    seats_refused: &'static str,
    confirm: &'static str,
    summary: &'static str,
    already: &'static str,
    batch_only: &'static str,
}

const FR: Words = Words {
    one_selected: "Une personne sélectionnée",
    page_selected: "25 personnes sélectionnées",
    all_selected: "30 personnes sélectionnées",
    select_all: "Sélectionner les 30 personnes qui correspondent",
    seats_refused: "Pas assez de licences : 29 personnes en ont besoin et seules 3 sont libres. Rien n’a été modifié.",
    confirm: "Désactiver 30 personnes ?",
    summary: "29 effectuées · 1 laissée de côté",
    already: "Déjà désactivé",
    batch_only: "Seuls les événements d’une action groupée sont affichés.",
};

const EN: Words = Words {
    one_selected: "One person selected",
    page_selected: "25 people selected",
    all_selected: "30 people selected",
    select_all: "Select all 30 matching",
    seats_refused: "Not enough seats: 29 people need one and only 3 are free. Nothing was changed.",
    confirm: "Deactivate 30 people?",
    summary: "29 done · 1 skipped",
    already: "Already deactivated",
    batch_only: "Showing the events of one bulk action.",
};

const BOXES: &str = "[data-testid=users-table] tbody [data-testid=select-person]";

/// Thirty interns in Lyon, not invited yet; the first is deactivated already.
async fn interns(h: &Harness) {
    let admin = h.admin_client().await;
    for n in 1..=30 {
        let body = json!({
            "first_name": "Stagiaire", "last_name": format!("Numéro {n:02}"), "role": "user", "entity_id": 2,
            "email": format!("stagiaire{n:02}@acme.example"), "notification_email": "", "language": "fr",
            "service_ids": [], "send_activation": false, "idempotency_key": format!("intern-{n}"),
        });
        let res = admin.post(h.url("/api/users")).json(&body).send().await.unwrap();
        let user: Value = res.json().await.unwrap();
        if n == 1 {
            let url = h.url(&format!("/api/users/{}/actions", user["id"]));
            let action = json!({ "action": "deactivate", "version": user["version"] });
            assert!(admin.post(url).json(&action).send().await.unwrap().status().is_success());
        }
    }
}

/// Whether every box on the page is ticked.
async fn all_ticked(h: &Harness) -> bool {
    let boxes = h.driver.find_all(By::Css(BOXES)).await.unwrap();
    for b in &boxes {
        if b.prop("checked").await.unwrap().as_deref() != Some("true") {
            return false;
        }
    }
    !boxes.is_empty()
}

async fn journey(browser: Browser, w: Words, lang: &str) {
    let h = Harness::start(browser).await;
    interns(&h).await;
    h.goto("/sign-in").await;
    h.sign_in(&h.demo.email, &h.demo.password).await;
    h.wait_text("[data-testid=company-name]", "Acme").await;
    h.goto("/users?q=stagiaire").await;
    h.wait_for_any(BOXES).await;

    // A tick, then a new filter: a new set of people, the selection is gone.
    h.click(BOXES).await;
    h.wait_text("#bulk-count", w.one_selected).await;
    h.click(".chip[data-status=deactivated]").await;
    h.wait_texts("[data-testid=users-table] tbody th", &["Stagiaire Numéro 01"]).await;
    assert!(h.driver.find(By::Css("[data-testid=bulk-bar]")).await.is_err(), "the selection is cleared");
    h.click(".chip[data-status=all]").await;

    // The page, then everyone matching; the ticks hold on the next page.
    h.click("[data-testid=select-page]").await;
    h.wait_text("#bulk-count", w.page_selected).await;
    h.wait_text("[data-testid=select-all-matching]", w.select_all).await.click().await.unwrap();
    h.wait_text("#bulk-count", w.all_selected).await;
    let violations = h.axe().await;
    assert!(violations.is_empty(), "{violations:?}");
    h.screenshot(&format!("bulk-selection-{lang}")).await;
    h.click(".pager button:last-of-type").await;
    let second_page: Vec<String> = (26..=30).map(|n| format!("Stagiaire Numéro {n}")).collect();
    h.wait_texts("[data-testid=users-table] tbody th", &second_page.iter().map(String::as_str).collect::<Vec<_>>())
        .await;
    assert!(all_ticked(&h).await, "the selection survives paging");
    h.wait_text("#bulk-count", w.all_selected).await;

    // A service for all thirty (29 would take one, the deactivated one cannot): three seats
    // free, refused before anything changes.
    h.choose("#bulk-action", "assign-service").await;
    let voip: i64 = sqlx::query_scalar("SELECT id FROM services WHERE name = 'VoIP line'")
        .fetch_one(&h.server.state.pool)
        .await
        .unwrap();
    h.choose("#bulk-service", &voip.to_string()).await;
    h.click("[data-testid=bulk-apply]").await;
    h.wait_for_any("dialog[open] #confirm-dialog-title").await;
    h.click("dialog[open] [data-testid=confirm]").await;
    h.wait_text("[data-testid=bulk-seats-refused]", w.seats_refused).await;
    let held: i64 = sqlx::query_scalar(
        "SELECT COUNT(*) FROM user_services us JOIN users u ON u.id = us.user_id WHERE u.email LIKE 'stagiaire%'",
    )
    .fetch_one(&h.server.state.pool)
    .await
    .unwrap();
    assert_eq!(held, 0, "nothing given");
    h.wait_text("#bulk-count", w.all_selected).await;

    // Deactivate them all: confirmed by count, then the report.
    h.choose("#bulk-action", "deactivate").await;
    h.click("[data-testid=bulk-apply]").await;
    h.wait_text("dialog[open] #confirm-dialog-title", w.confirm).await;
    h.click("dialog[open] [data-testid=confirm]").await;
    h.wait_text("[data-testid=bulk-summary]", w.summary).await;
    h.wait_texts("[data-testid=bulk-skipped] tbody th", &["Stagiaire Numéro 01"]).await;
    h.wait_text("[data-testid=bulk-skipped] tbody td[data-reason]", w.already).await;
    let violations = h.axe().await;
    assert!(violations.is_empty(), "{violations:?}");
    h.screenshot(&format!("bulk-report-{lang}")).await;
    let deactivated: i64 =
        sqlx::query_scalar("SELECT COUNT(*) FROM users WHERE email LIKE 'stagiaire%' AND status = 'deactivated'")
            .fetch_one(&h.server.state.pool)
            .await
            .unwrap();
    assert_eq!(deactivated, 30);
    assert!(h.driver.find(By::Css("[data-testid=bulk-bar]")).await.is_err(), "the selection is cleared after");

    // The batch's events in the audit log.
    h.click("[data-testid=bulk-report-audit]").await;
    h.wait_contains("[data-testid=audit-batch]", w.batch_only).await;
    let deadline = std::time::Instant::now() + std::time::Duration::from_secs(10);
    while h.driver.find_all(By::Css(".audit-results tbody tr")).await.unwrap().len() != 29 {
        assert!(std::time::Instant::now() < deadline, "29 events in the batch");
        tokio::time::sleep(std::time::Duration::from_millis(50)).await;
    }

    // On a phone: a tick brings the bar, its action within reach, nothing scrolls sideways.
    h.driver.set_window_rect(0, 0, 390, 844).await.unwrap();
    h.goto("/users?q=stagiaire").await;
    h.click(BOXES).await;
    h.wait_text("#bulk-count", w.one_selected).await;
    let action = h.driver.find(By::Css("#bulk-action")).await.unwrap();
    assert!(action.is_displayed().await.unwrap());
    let (over, culprits) = h.overflow().await;
    assert!(over <= 0, "scrolls sideways by {over}px: {culprits:?}");
    let violations = h.axe().await;
    assert!(violations.is_empty(), "{violations:?}");
    h.screenshot(&format!("bulk-phone-{lang}")).await;
    h.stop().await;
}

#[tokio::test]
async fn an_administrator_deactivates_everyone_matching_in_french() {
    journey(Browser::French, FR, "fr").await;
}

#[tokio::test]
async fn an_administrator_deactivates_everyone_matching_in_english() {
    journey(Browser::English, EN, "en").await;
}

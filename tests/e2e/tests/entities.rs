//! The Entities page in a real browser, once per language: add one (a taken name is refused
//! next to the field, what was typed stays), rename it, remove Lyon by moving its people to it,
//! and find them there in the users list.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)] // tests: a failed unwrap is a failed test

use espace_e2e::thirtyfour::By;
use espace_e2e::{Browser, Harness};

struct Words {
    title: &'static str,
    taken: &'static str,
    added: &'static str,
    renamed: &'static str,
    removed: &'static str,
    required: &'static str,
}

const FR: Words = Words {
    title: "Entités",
    taken: "Une autre entité porte déjà ce nom.",
    added: "Entité ajoutée.",
    renamed: "Entité renommée.",
    removed: "Entité supprimée.",
    required: "Ce champ est obligatoire.",
};

const EN: Words = Words {
    title: "Entities",
    taken: "Another entity already has this name.",
    added: "Entity added.",
    renamed: "Entity renamed.",
    removed: "Entity removed.",
    required: "This field is required.",
};

const ROWS: &str = "[data-testid=entities-table] tbody tr > :first-child";

async fn journey(browser: Browser, w: Words, lang: &str) {
    let h = Harness::start(browser).await;
    h.goto("/sign-in?next=%2Fentities").await;
    h.sign_in(&h.demo.email, &h.demo.password).await;
    h.wait_text("h1", w.title).await;
    h.wait_texts(ROWS, &["Agence de Bordeaux", "Agence de Lyon", "Siège — Paris"]).await;

    h.fill("#entity-name", "agence de LYON").await;
    h.click("[data-testid=add-entity]").await;
    h.wait_text("#entity-name-error", w.taken).await;
    let typed = h.driver.find(By::Css("#entity-name")).await.unwrap().prop("value").await.unwrap();
    assert_eq!(typed.as_deref(), Some("agence de LYON"), "what was typed stays");
    h.fill("#entity-name", "Agence de Lille").await;
    h.click("[data-testid=add-entity]").await;
    h.wait_text(".toast p", w.added).await;
    h.wait_texts(ROWS, &["Agence de Bordeaux", "Agence de Lille", "Agence de Lyon", "Siège — Paris"]).await;

    h.click("tr:nth-child(2) [data-action=rename]").await;
    h.fill("#entity-rename", "Agence de Lille-Nord").await;
    h.click("dialog[open] [data-testid=dialog-submit]").await;
    h.wait_text(".toast p", w.renamed).await;
    h.wait_texts(ROWS, &["Agence de Bordeaux", "Agence de Lille-Nord", "Agence de Lyon", "Siège — Paris"]).await;

    // Lyon has two people: removing it asks where they go.
    let lille: i64 = sqlx::query_scalar("SELECT id FROM entities WHERE name = 'Agence de Lille-Nord'")
        .fetch_one(&h.server.state.pool)
        .await
        .unwrap();
    h.click("tr:nth-child(3) [data-action=remove]").await;
    // Confirming without choosing says so by the choice, which takes focus.
    h.click("dialog[open] [data-testid=dialog-submit]").await;
    h.wait_text("#entity-move-to-error", w.required).await;
    h.wait_for_any("#entity-move-to[aria-invalid=true]:focus").await;
    h.choose("#entity-move-to", &lille.to_string()).await;
    h.wait_text("#entity-move-to-error", "").await;
    h.screenshot(&format!("entities-remove-{lang}")).await;
    h.click("dialog[open] [data-testid=dialog-submit]").await;
    h.wait_text(".toast p", w.removed).await;
    h.wait_texts(ROWS, &["Agence de Bordeaux", "Agence de Lille-Nord", "Siège — Paris"]).await;

    h.goto(&format!("/users?entity={lille}")).await;
    h.wait_contains("[data-testid=users-table] tbody", "Emma Wilson").await;
    h.wait_contains("[data-testid=users-table] tbody", "Jean Moreau").await;
    h.stop().await;
}

#[tokio::test]
async fn an_administrator_organises_entities_in_french() {
    journey(Browser::French, FR, "fr").await;
}

#[tokio::test]
async fn an_administrator_organises_entities_in_english() {
    journey(Browser::English, EN, "en").await;
}

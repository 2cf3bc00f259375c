//! Team administrators in a real browser, once per language: an administrator makes Emma a
//! team administrator of two entities on her page; Emma signs in and sees those entities'
//! people only; her scope is narrowed while she works and her next page shows it; she cannot
//! reach another entity's user by search or address, cannot change her own permissions, and
//! adds someone to her entity with the wizard.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)] // tests: a failed unwrap is a failed test

use espace_e2e::thirtyfour::By;
use espace_e2e::{Browser, Harness};

const EMMA: &str = "emma.wilson@acme.example";
const PASSWORD: &str = "a-good-long-password";
const LYON: i64 = 2;
const BORDEAUX: i64 = 3;

struct Words {
    saved: &'static str,
    history: &'static str,
    no_match: &'static str,
    not_found: &'static str,
    own: &'static str,
    audit: &'static str,
    created: &'static str,
}

const FR: Words = Words {
    saved: "Permissions modifiées.",
    history: "Rôle ou périmètre d’administration modifié",
    no_match: "Aucun utilisateur ne correspond à cette recherche.",
    not_found: "Cette page ou cet élément n’existe pas, ou n’existe plus.",
    own: "Vous ne pouvez pas modifier vos propres permissions : demandez à un autre administrateur.",
    audit: "Journal d’audit",
    created: "Utilisateur créé. Le compte n’est pas encore actif.",
};

const EN: Words = Words {
    saved: "Permissions changed.",
    history: "Role or admin scope changed",
    no_match: "No user matches this search.",
    not_found: "This page or item does not exist, or no longer does.",
    own: "You cannot change your own permissions: ask another administrator.",
    audit: "Audit log",
    created: "User created. The account is not active yet.",
};

const ROWS: &str = "[data-testid=users-table] tbody th";

async fn journey(browser: Browser, w: Words, lang: &str, new_email: &str) {
    let h = Harness::start(browser).await;
    let emma = h.user_id(EMMA).await;
    let helene = h.user_id("helene.dubois@acme.example").await;

    // The administrator makes Emma a team administrator of Lyon and Bordeaux.
    h.goto(&format!("/sign-in?next=%2Fusers%2F{emma}")).await;
    h.sign_in(&h.demo.email, &h.demo.password).await;
    h.wait_text("h1", "Emma Wilson").await;
    h.click("#permissions-admin").await;
    h.click("#permissions-scope-chosen").await;
    h.click(&format!("#permissions-scope-{LYON}")).await;
    h.click(&format!("#permissions-scope-{BORDEAUX}")).await;
    h.screenshot(&format!("scope-permissions-{lang}")).await;
    h.click("[data-testid=confirm-permissions]").await;
    h.wait_text(".toast p", w.saved).await;
    h.wait_contains("[data-testid=history]", w.history).await;
    h.click("nav a[href='/audit']").await;
    h.wait_text("h1", w.audit).await;
    h.wait_contains("[data-testid=audit-table] tbody", "Emma Wilson").await;
    h.screenshot(&format!("scope-audit-{lang}")).await;

    // Emma signs in: the people of her two entities, no one else.
    h.driver.delete_all_cookies().await.unwrap();
    h.set_password(EMMA, PASSWORD).await;
    h.goto("/sign-in?next=%2Fusers").await;
    h.sign_in(EMMA, PASSWORD).await;
    h.wait_texts(ROWS, &["Luc Bernard", "Jean Moreau", "Marc Petit", "Emma Wilson"]).await;
    assert!(h.driver.find_all(By::Css("nav a[href='/entities']")).await.unwrap().is_empty(), "administrators only");

    // While she works, the administrator narrows her scope to Lyon: her next page shows it.
    let admin = h.admin_client().await;
    let detail: serde_json::Value =
        admin.get(h.url(&format!("/api/users/{emma}"))).send().await.unwrap().json().await.unwrap();
    let body = serde_json::json!({ "role": "team-admin", "scope": [LYON], "version": detail["version"] });
    let res = admin.put(h.url(&format!("/api/users/{emma}/permissions"))).json(&body).send().await.unwrap();
    assert!(res.status().is_success());
    h.goto("/users").await;
    h.wait_texts(ROWS, &["Jean Moreau", "Emma Wilson"]).await;
    h.screenshot(&format!("scope-team-admin-list-{lang}")).await;

    // Another entity's people: not by search, not by address.
    h.goto("/users?q=dubois").await;
    h.wait_text("[data-testid=users-no-match] p", w.no_match).await;
    h.goto(&format!("/users/{helene}")).await;
    h.wait_contains("[role=alert]", w.not_found).await;

    // Her own permissions are not hers to change.
    h.goto(&format!("/users/{emma}")).await;
    h.wait_text("[data-testid=permissions-own]", w.own).await;
    assert!(h.driver.find_all(By::Css("[data-testid=confirm-permissions]")).await.unwrap().is_empty());

    // She adds someone to her entity (the only one she may choose).
    h.goto("/users/new").await;
    h.fill("#wizard-first-name", "Inès").await;
    h.fill("#wizard-last-name", "Roux").await;
    h.click("#wizard-role-user").await;
    let options = h.driver.find_all(By::Css("#wizard-entity option[value]:not([value=''])")).await.unwrap();
    assert_eq!(options.len(), 1, "Lyon only");
    h.fill("#wizard-email", new_email).await;
    h.click("#wizard-assign").await;
    h.click("[data-testid=next]").await;
    h.click("[data-testid=next]").await;
    h.click("#wizard-send-activation").await;
    h.click("[data-testid=next]").await;
    h.click("[data-testid=finish]").await;
    h.wait_text(".toast p", w.created).await;
    h.wait_text("h1", "Inès Roux").await;
    h.goto("/users").await;
    h.wait_texts(ROWS, &["Jean Moreau", "Inès Roux", "Emma Wilson"]).await;
    h.stop().await;
}

#[tokio::test]
async fn a_team_administrator_manages_their_entity_only_in_french() {
    journey(Browser::French, FR, "fr", "ines.roux@acme.example").await;
}

#[tokio::test]
async fn a_team_administrator_manages_their_entity_only_in_english() {
    journey(Browser::English, EN, "en", "ines.roux.en@acme.example").await;
}

//! Bulk import in a real browser, once per language: two lines added with "+", then a
//! Windows-1252 `;` CSV with French headers whose three bad rows and a seat shortage are fixed
//! in the preview, committed with a double click (each person created once), then the users
//! export as XLSX imported back: every row "already exists".
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)] // tests: a failed unwrap is a failed test

use espace_e2e::thirtyfour::By;
use espace_e2e::{Browser, Harness};

struct Words {
    title: &'static str,
}

const FR: Words = Words { title: "Importer des utilisateurs" };
const EN: Words = Words { title: "Import users" };

async fn count(h: &Harness, css: &str) -> usize {
    h.driver.find_all(By::Css(css)).await.unwrap().len()
}

async fn wait_count(h: &Harness, css: &str, expected: usize) {
    for _ in 0..300 {
        if count(h, css).await == expected {
            return;
        }
        tokio::time::sleep(std::time::Duration::from_millis(50)).await;
    }
    h.screenshot("import-timeout").await;
    panic!("{} × {css}, expected {expected}", count(h, css).await);
}

async fn users_named(h: &Harness, email: &str) -> i64 {
    sqlx::query_scalar("SELECT COUNT(*) FROM users WHERE email_norm = $1")
        .bind(email)
        .fetch_one(&h.server.state.pool)
        .await
        .unwrap()
}

async fn upload(h: &Harness, path: &std::path::Path) {
    h.click("#import-tab-file").await;
    let input = h.wait_for_any("#import-file").await;
    input.send_keys(path.display().to_string()).await.unwrap();
}

async fn journey(browser: Browser, w: Words, lang: &str) {
    let h = Harness::start(browser).await;
    let dir = tempfile::tempdir().unwrap();
    h.goto("/sign-in?next=%2Fusers").await;
    h.sign_in(&h.demo.email, &h.demo.password).await;
    let export = h.wait_for_any("[data-testid=users-export-xlsx]").await.attr("href").await.unwrap().unwrap();
    assert!(export.contains("/api/users/export.xlsx") && export.contains(&format!("lang={lang}")), "{export}");
    h.click("[data-testid=import-users]").await;
    h.wait_text("h1", w.title).await;

    // Lines: the first one, "+", the second one.
    h.fill("#import-line-1-first_name", "Ana").await;
    h.fill("#import-line-1-last_name", "Lignes").await;
    h.fill("#import-line-1-email", &format!("ana.{lang}@acme.example")).await;
    h.choose("#import-line-1-entity", "Agence de Lyon").await;
    h.click("#import-add-line").await;
    h.fill("#import-line-2-first_name", "Bruno").await;
    h.fill("#import-line-2-last_name", "Lignes").await;
    h.fill("#import-line-2-email", &format!("bruno.{lang}@acme.example")).await;
    h.choose("#import-line-2-entity", "Agence de Bordeaux").await;
    h.screenshot(&format!("import-lines-{lang}")).await;
    h.click("#import-lines-check").await;
    wait_count(&h, "[data-testid=import-preview] tr[data-status=ready]", 2).await;
    h.click("#import-commit").await;
    h.wait_for_any("[data-testid=import-report-created][data-count='2']").await;
    assert_eq!(users_named(&h, &format!("bruno.{lang}@acme.example")).await, 1);
    h.click("[data-testid=import-again]").await;

    // A French Excel CSV: Windows-1252, `;`, three bad rows, four asking for the VoIP line
    // (three seats left).
    let text = format!(
        "Prénom;Nom;E-mail de connexion;Rôle;Entité;Services\r\n\
         Élodie;Fichier;elodie.{lang}@acme.example;Utilisateur;Agence de Lyon;VoIP line\r\n\
         Gaël;Fichier;gael.{lang}@acme;Utilisateur;Agence de Lyon;\r\n\
         Hélène;;helene2.{lang}@acme.example;Utilisateur;Agence de Lyon;\r\n\
         Inès;Fichier;ines.{lang}@acme.example;Utilisateur;Agence de Nulle-part;\r\n\
         Joël;Fichier;joel.{lang}@acme.example;Utilisateur;Agence de Lyon;VoIP line\r\n\
         Kévin;Fichier;kevin.{lang}@acme.example;Utilisateur;Agence de Lyon;VoIP line\r\n\
         Léa;Fichier;lea.{lang}@acme.example;Utilisateur;Agence de Lyon;VoIP line\r\n"
    );
    let (bytes, _, _) = encoding_rs::WINDOWS_1252.encode(&text);
    let csv = dir.path().join("utilisateurs.csv");
    std::fs::write(&csv, &bytes).unwrap();
    upload(&h, &csv).await;
    wait_count(&h, "[data-testid=import-preview] tr[data-status=error]", 4).await;
    assert_eq!(count(&h, "[data-testid=import-seats] li[data-short=true]").await, 1, "VoIP: 4 asked, 3 left");
    h.wait_for_any("#import-row-3-email-error").await;
    h.screenshot(&format!("import-preview-errors-{lang}")).await;
    h.fill("#import-row-3-email", &format!("gael.{lang}@acme.example")).await;
    h.fill("#import-row-4-last_name", "Fichier").await;
    h.fill("#import-row-5-entity", "Agence de Bordeaux").await;
    h.fill("#import-row-8-services", "").await;
    h.click("#import-check-again").await;
    wait_count(&h, "[data-testid=import-preview] tr[data-status=ready]", 7).await;

    // A double click on the commit: each person once.
    let commit = h.wait_for_any("#import-commit").await;
    commit.click().await.unwrap();
    let _ = commit.click().await;
    h.wait_for_any("[data-testid=import-report-created][data-count='7']").await;
    h.screenshot(&format!("import-report-{lang}")).await;
    for name in ["elodie", "gael", "helene2", "ines", "joel", "kevin", "lea"] {
        assert_eq!(users_named(&h, &format!("{name}.{lang}@acme.example")).await, 1, "{name}");
    }
    let report = h.wait_for_any("[data-testid=import-report-download]").await.attr("href").await.unwrap().unwrap();
    assert!(report.contains("/report.csv"), "{report}");

    // The export as XLSX, imported back: every row already exists.
    let admin = h.admin_client().await;
    let xlsx = admin.get(h.url(&format!("/api/users/export.xlsx?lang={lang}"))).send().await.unwrap();
    assert!(xlsx.status().is_success());
    let file = dir.path().join("utilisateurs.xlsx");
    std::fs::write(&file, xlsx.bytes().await.unwrap()).unwrap();
    h.click("[data-testid=import-again]").await;
    upload(&h, &file).await;
    wait_count(&h, "[data-testid=import-preview] tr[data-status=exists]", 16).await;
    assert_eq!(count(&h, "[data-testid=import-preview] tr[data-status=ready]").await, 0);
    h.stop().await;
}

#[tokio::test]
async fn an_administrator_imports_lines_and_files_in_french() {
    journey(Browser::French, FR, "fr").await;
}

#[tokio::test]
async fn an_administrator_imports_lines_and_files_in_english() {
    journey(Browser::English, EN, "en").await;
}

/// A file as people already have it, with no « Entité » column: every row waits for an
/// entity, chosen once for all of them; then they are checked again and ready.
async fn a_file_without_entities(browser: Browser, title: &str, lang: &str) {
    let h = Harness::start(browser).await;
    let dir = tempfile::tempdir().unwrap();
    h.goto("/sign-in?next=%2Fusers%2Fimport").await;
    h.sign_in(&h.demo.email, &h.demo.password).await;
    h.wait_for_any("#import-tab-file").await;
    let csv = dir.path().join("people.csv");
    std::fs::write(
        &csv,
        format!(
            "Prénom;Nom;E-mail de connexion;Rôle\r\nMia;Sans;mia.{lang}@acme.example;Utilisateur\r\n\
             Noé;Sans;noe.{lang}@acme.example;Utilisateur\r\n"
        ),
    )
    .unwrap();
    upload(&h, &csv).await;
    wait_count(&h, "[data-testid=import-preview] tr[data-status=error]", 2).await;
    h.wait_text("#import-missing-entity-title", title).await;
    let violations = h.axe().await;
    assert!(violations.is_empty(), "{violations:?}");
    h.screenshot(&format!("import-missing-entity-{lang}")).await;
    h.choose("#import-missing-entity", "Agence de Lyon").await;
    h.click("[data-testid=import-missing-entity-apply]").await;
    wait_count(&h, "[data-testid=import-preview] tr[data-status=ready]", 2).await;
    assert_eq!(count(&h, "[data-testid=import-missing-entity]").await, 0, "nothing left to choose");
    // Still editable per row: the entity shows in each row's cell.
    let cell = h.driver.find(By::Css("#import-row-3-entity")).await.unwrap().prop("value").await.unwrap();
    assert_eq!(cell.as_deref(), Some("Agence de Lyon"));
    h.stop().await;
}

#[tokio::test]
async fn rows_without_an_entity_get_one_chosen_once_in_french() {
    a_file_without_entities(Browser::French, "2 lignes n’indiquent pas d’entité", "fr").await;
}

#[tokio::test]
async fn rows_without_an_entity_get_one_chosen_once_in_english() {
    a_file_without_entities(Browser::English, "2 rows name no entity", "en").await;
}

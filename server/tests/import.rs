#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)] // tests: a failed unwrap is a failed test
//! Bulk import: the parser on each kind of file (made here), the limits, the dry run (seats,
//! scope, duplicates, existing people), the commit in idempotent parts with its report, and
//! the export that imports back as "already exists".
mod common;

use axum::http::StatusCode;
use common::{body_json, start, TestApp};
use serde_json::{json, Value};

async fn preview_file(t: &TestApp, cookie: &str, bytes: Vec<u8>) -> (StatusCode, Value) {
    let res = t.upload("/api/import/file", cookie, "application/octet-stream", bytes).await;
    let status = res.status();
    (status, body_json(res).await)
}

fn statuses(preview: &Value) -> Vec<String> {
    preview["rows"].as_array().unwrap().iter().map(|r| r["status"].as_str().unwrap().to_owned()).collect()
}

fn errors(preview: &Value, row: usize) -> Vec<(String, String)> {
    preview["rows"][row]["errors"]
        .as_array()
        .map(|errors| {
            errors
                .iter()
                .map(|e| (e["field"].as_str().unwrap().to_owned(), e["code"].as_str().unwrap().to_owned()))
                .collect()
        })
        .unwrap_or_default()
}

#[tokio::test]
async fn a_windows_1252_semicolon_csv_with_french_headers_reads_as_typed() {
    let t = start().await;
    let admin = t.admin_cookie().await;
    let text = "Prénom;Nom;E-mail de connexion;Rôle;Entité;Langue;Services\r\n\
                Zoé;Lefèvre;zoe.lefevre@acme.example;Utilisateur;Agence de Lyon;Français;\"VoIP line; Exchange Online (Plan 1)\"\r\n\
                \r\n\
                Noël;Ça;noel@acme.example;Administrateur d'équipe;agence de lyon;anglais;\r\n\
                ;;;;;;\r\n\r\n";
    let (bytes, _, _) = encoding_rs::WINDOWS_1252.encode(text);
    let (status, preview) = preview_file(&t, &admin, bytes.into_owned()).await;
    assert_eq!(status, StatusCode::OK, "{preview}");
    assert_eq!(statuses(&preview), ["ready", "ready"]);
    assert_eq!(preview["rows"][0]["row"]["first_name"], "Zoé");
    assert_eq!(preview["rows"][0]["row"]["line"], 2);
    assert_eq!(preview["rows"][1]["row"]["line"], 4, "row numbers as the spreadsheet shows them");
    assert_eq!(preview["rows"][1]["row"]["last_name"], "Ça");
    let seats: Vec<(&str, u64)> = preview["seats"]
        .as_array()
        .unwrap()
        .iter()
        .map(|s| (s["name"].as_str().unwrap(), s["requested"].as_u64().unwrap()))
        .collect();
    assert_eq!(seats, [("Exchange Online (Plan 1)", 1), ("VoIP line", 1)]);
}

#[tokio::test]
async fn utf8_with_bom_commas_english_headers_in_any_order_and_an_xlsx_with_a_date() {
    let t = start().await;
    let admin = t.admin_cookie().await;
    let csv = "\u{feff}Email,Last name,First name,Entity,Role\n\"ada@acme.example\",Lovelace,Ada,Siège — Paris,user\n";
    let (status, preview) = preview_file(&t, &admin, csv.as_bytes().to_vec()).await;
    assert_eq!(status, StatusCode::OK, "{preview}");
    assert_eq!(statuses(&preview), ["ready"]);
    assert_eq!(preview["rows"][0]["row"]["email"], "ada@acme.example");

    let mut book = rust_xlsxwriter::Workbook::new();
    let sheet = book.add_worksheet();
    for (c, h) in
        ["First name", "Last name", "Login e-mail", "Role", "Entity", "Notification e-mail"].iter().enumerate()
    {
        sheet.write_string(2, u16::try_from(c).unwrap() + 1, *h).unwrap();
    }
    for (c, v) in ["Grace", "Hopper", "grace@acme.example", "Administrator", "Agence de Bordeaux"].iter().enumerate() {
        sheet.write_string(3, u16::try_from(c).unwrap() + 1, *v).unwrap();
    }
    sheet.write_number(4, 1, 1906.0).unwrap();
    let date = rust_xlsxwriter::ExcelDateTime::from_ymd(1992, 1, 1).unwrap();
    sheet
        .write_datetime_with_format(4, 2, &date, &rust_xlsxwriter::Format::new().set_num_format("yyyy-mm-dd"))
        .unwrap();
    let (status, preview) = preview_file(&t, &admin, book.save_to_buffer().unwrap()).await;
    assert_eq!(status, StatusCode::OK, "{preview}");
    assert_eq!(statuses(&preview), ["ready", "error"]);
    assert_eq!(preview["rows"][0]["row"]["line"], 4, "the sheet's own row numbers");
    assert_eq!(preview["rows"][1]["row"]["first_name"], "1906", "whole numbers without .0");
    assert_eq!(preview["rows"][1]["row"]["last_name"], "1992-01-01", "dates as dates");
}

#[tokio::test]
async fn bad_files_are_refused_whole_with_their_own_codes() {
    let t = start().await;
    let admin = t.admin_cookie().await;
    let many: String = std::iter::once("First name,Last name,Email,Role,Entity\n".to_owned())
        .chain((0..10_001).map(|i| format!("A,B,p{i}@acme.example,user,Agence de Lyon\n")))
        .collect();
    let huge = format!("First name\n{}", "x,".repeat(3_000_000));
    let mut encrypted = b"\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1".to_vec();
    encrypted.extend(std::iter::repeat_n(0u8, 4096));
    let cases: [(&str, Vec<u8>, StatusCode, &str); 7] = [
        ("too many rows", many.into_bytes(), StatusCode::UNPROCESSABLE_ENTITY, "import-too-many-rows"),
        ("over 5 MB", huge.into_bytes(), StatusCode::PAYLOAD_TOO_LARGE, "payload-too-large"),
        (
            "a PDF",
            b"%PDF-1.7\n\x00\x01\x02binary".to_vec(),
            StatusCode::UNPROCESSABLE_ENTITY,
            "import-unsupported-file",
        ),
        ("a password-protected workbook", encrypted, StatusCode::UNPROCESSABLE_ENTITY, "import-encrypted-file"),
        ("empty", b"\r\n\r\n".to_vec(), StatusCode::UNPROCESSABLE_ENTITY, "import-empty-file"),
        ("a header only", b"Prenom;Nom\r\n".to_vec(), StatusCode::UNPROCESSABLE_ENTITY, "import-empty-file"),
        ("unknown headers", b"Colour,Size\nred,XL\n".to_vec(), StatusCode::UNPROCESSABLE_ENTITY, "import-no-columns"),
    ];
    for (what, bytes, status, code) in cases {
        let (got, body) = preview_file(&t, &admin, bytes).await;
        assert_eq!((got, body["code"].as_str()), (status, Some(code)), "{what}: {body}");
        assert!(!body["message"].as_str().unwrap_or_default().is_empty(), "{what}: a message to read");
    }
    let broken_zip = b"PK\x03\x04 not really a workbook".to_vec();
    let (got, body) = preview_file(&t, &admin, broken_zip).await;
    assert_eq!((got, body["code"].as_str()), (StatusCode::UNPROCESSABLE_ENTITY, Some("import-unsupported-file")));
    let users: i64 = sqlx::query_scalar("SELECT COUNT(*) FROM users").fetch_one(&t.app.state.pool).await.unwrap();
    assert_eq!(users, 7, "nobody created");
}

fn row(line: u32, first: &str, email: &str, entity: &str, services: &str) -> Value {
    json!({ "line": line, "first_name": first, "last_name": "Import", "email": email, "role": "user",
            "entity": entity, "services": services })
}

#[tokio::test]
async fn the_dry_run_checks_seats_over_the_batch_duplicates_existing_people_and_scope() {
    let t = start().await;
    let admin = t.admin_cookie().await;
    // VoIP line: 4 seats, Emma holds one: 3 left for 4 asked.
    let rows: Vec<Value> = (0..4)
        .map(|i| row(i + 2, "Voip", &format!("voip{i}@acme.example"), "Agence de Lyon", "VoIP line"))
        .chain([
            row(6, "Dup", "voip0@acme.example", "Agence de Lyon", ""),
            row(7, "Old", "EMMA.wilson@acme.example", "Agence de Lyon", ""),
            row(8, "Bad", "bad@", "Nowhere", "Slack"),
        ])
        .collect();
    let res = t.json("POST", "/api/import/check", Some(&admin), json!({ "rows": rows })).await;
    assert_eq!(res.status(), StatusCode::OK);
    let preview = body_json(res).await;
    assert_eq!(statuses(&preview), ["ready", "ready", "ready", "error", "error", "exists", "error"]);
    assert_eq!(errors(&preview, 3), [("services".to_owned(), "no-seats-left".to_owned())]);
    assert_eq!(errors(&preview, 4), [("email".to_owned(), "duplicate".to_owned())]);
    assert_eq!(
        errors(&preview, 6),
        [
            ("email".to_owned(), "invalid-email".to_owned()),
            ("entity".to_owned(), "unknown".to_owned()),
            ("services".to_owned(), "unknown".to_owned())
        ]
    );
    assert_eq!(
        preview["seats"],
        json!([{ "service_id": t.service_id("VoIP line").await, "name": "VoIP line", "requested": 4, "left": 3 }])
    );
    assert_eq!(
        (preview["ready"].as_u64(), preview["errors"].as_u64(), preview["existing"].as_u64()),
        (Some(3), Some(3), Some(1))
    );

    // A team administrator of Lyon: Paris and the administrator level are beyond her scope.
    let emma = t.user_id("emma.wilson@acme.example").await;
    let version = t.version(&admin, emma).await;
    t.json(
        "PUT",
        &format!("/api/users/{emma}/permissions"),
        Some(&admin),
        json!({ "role": "team-admin", "scope": [2], "version": version }),
    )
    .await;
    t.set_password("emma.wilson@acme.example", "a-good-long-password").await;
    let lyon = t.sign_in("emma.wilson@acme.example", "a-good-long-password").await;
    let mut admin_row = row(3, "Boss", "boss@acme.example", "Agence de Lyon", "");
    admin_row["role"] = json!("Administrateur");
    let rows = json!([row(2, "Paris", "paris@acme.example", "Siège — Paris", ""), admin_row]);
    let preview = body_json(t.json("POST", "/api/import/check", Some(&lyon), json!({ "rows": rows })).await).await;
    assert_eq!(errors(&preview, 0), [("entity".to_owned(), "out-of-scope".to_owned())]);
    assert_eq!(errors(&preview, 1), [("role".to_owned(), "out-of-scope".to_owned())]);
}

#[tokio::test]
async fn a_commit_sent_twice_creates_each_person_once_and_reports_in_the_readers_language() {
    let t = start().await;
    let admin = t.admin_cookie().await;
    let rows = json!([
        row(2, "Alpha", "alpha@acme.example", "Agence de Lyon", "Exchange Online (Plan 1)"),
        row(3, "Beta", "emma.wilson@acme.example", "Agence de Lyon", ""),
        row(4, "Gamma", "gamma@", "Agence de Lyon", ""),
    ]);
    let body = json!({ "batch": "batch-1", "part": 0, "rows": rows, "send_activation": true });
    let (a, b) = tokio::join!(
        t.json("POST", "/api/import/commit", Some(&admin), body.clone()),
        t.json("POST", "/api/import/commit", Some(&admin), body.clone())
    );
    assert_eq!((a.status(), b.status()), (StatusCode::OK, StatusCode::OK));
    let (a, b) = (body_json(a).await, body_json(b).await);
    assert_eq!(a, b, "the second answer is the first one's");
    assert_eq!(a["created"].as_array().unwrap().len(), 1);
    assert_eq!(a["skipped"][0]["status"], "exists");
    assert_eq!(a["skipped"][1]["errors"][0]["code"], "invalid-email");
    let count: i64 = sqlx::query_scalar("SELECT COUNT(*) FROM users WHERE email_norm = 'alpha@acme.example'")
        .fetch_one(&t.app.state.pool)
        .await
        .unwrap();
    assert_eq!(count, 1);
    let log = body_json(t.get("/api/audit?action=created-by-import", Some(&admin)).await).await;
    assert_eq!(log["total"], 1);
    let mails: i64 = sqlx::query_scalar(
        "SELECT COUNT(*) FROM outbox WHERE to_address = 'alpha@acme.example' AND kind = 'activation'",
    )
    .fetch_one(&t.app.state.pool)
    .await
    .unwrap();
    assert_eq!(mails, 1);
    let other = json!({ "batch": "batch-1", "part": 0, "rows": [], "send_activation": true });
    let res = t.json("POST", "/api/import/commit", Some(&admin), other).await;
    assert_eq!(body_json(res).await["code"], "idempotency-key-reused");

    let res = t.get("/api/import/batch-1/report.csv?lang=fr", Some(&admin)).await;
    assert_eq!(res.status(), StatusCode::OK);
    let text = String::from_utf8(axum::body::to_bytes(res.into_body(), usize::MAX).await.unwrap().to_vec()).unwrap();
    let lines: Vec<&str> = text.trim_start_matches('\u{feff}').lines().collect();
    assert!(lines[0].starts_with("Ligne;"), "{text}");
    assert!(lines[1].starts_with("2;alpha@acme.example;"), "{text}");
    assert!(lines[2].starts_with("3;emma.wilson@acme.example;"), "{text}");
    assert!(text.contains("E-mail de connexion"), "the reason names its column: {text}");
    // Someone else's report is not theirs to read.
    t.set_password("helene.dubois@acme.example", "a-good-long-password").await;
    let other_admin = {
        let helene = t.user_id("helene.dubois@acme.example").await;
        let version = t.version(&admin, helene).await;
        t.json(
            "PUT",
            &format!("/api/users/{helene}/permissions"),
            Some(&admin),
            json!({ "role": "admin", "version": version }),
        )
        .await;
        t.sign_in("helene.dubois@acme.example", "a-good-long-password").await
    };
    assert_eq!(t.get("/api/import/batch-1/report.csv", Some(&other_admin)).await.status(), StatusCode::NOT_FOUND);
}

#[tokio::test]
async fn an_export_imports_back_as_already_existing_and_templates_come_in_both_formats() {
    let t = start().await;
    let admin = t.admin_cookie().await;
    for (format, lang) in [("csv", "fr"), ("csv", "en"), ("xlsx", "fr")] {
        let res = t.get(&format!("/api/users/export.{format}?sort=created&lang={lang}"), Some(&admin)).await;
        assert_eq!(res.status(), StatusCode::OK);
        let bytes = axum::body::to_bytes(res.into_body(), usize::MAX).await.unwrap().to_vec();
        let (status, preview) = preview_file(&t, &admin, bytes).await;
        assert_eq!(status, StatusCode::OK, "{format} {lang}: {preview}");
        assert_eq!(statuses(&preview), vec!["exists"; 7], "{format} {lang}");
    }
    let filtered = t.get("/api/users/export.csv?entity=3&lang=en", Some(&admin)).await;
    let text =
        String::from_utf8(axum::body::to_bytes(filtered.into_body(), usize::MAX).await.unwrap().to_vec()).unwrap();
    assert_eq!(text.lines().count(), 3, "the filter applies, every page: {text}");
    assert!(text.starts_with("\u{feff}First name,Last name,"));
    let header = text.lines().next().unwrap();
    assert!(
        header.ends_with(
            ",Added (Europe/Paris),Last sign-in (Europe/Paris),Privacy policy accepted,Accepted on (Europe/Paris)"
        ),
        "{text}"
    );

    for format in ["csv", "xlsx"] {
        let res = t.get(&format!("/api/import/template.{format}?lang=fr"), Some(&admin)).await;
        assert_eq!(res.status(), StatusCode::OK);
        let bytes = axum::body::to_bytes(res.into_body(), usize::MAX).await.unwrap().to_vec();
        let (status, preview) = preview_file(&t, &admin, bytes).await;
        assert_eq!(status, StatusCode::OK, "{format}: {preview}");
        assert_eq!(statuses(&preview), ["ready"], "the example line is valid as it stands ({format})");
    }
}

/// The files people already have name no entity (no « Entité » column). In a company of
/// several entities such rows wait for one (the preview chooses it once for all of them, then
/// checks again); in a company of one entity they go there, with nothing to choose.
#[tokio::test]
async fn rows_without_an_entity_wait_for_one_unless_the_company_has_only_one() {
    use espace_api::users::{Role, UserStatus};
    use espace_api::Language;
    use espace_server::store;

    let t = start().await;
    let admin = t.admin_cookie().await;
    let file = |email: &str| format!("Prénom;Nom;E-mail de connexion;Rôle\r\nZoé;Lefèvre;{email};Utilisateur\r\n");
    let (status, preview) = preview_file(&t, &admin, file("zoe@acme.example").into_bytes()).await;
    assert_eq!(status, StatusCode::OK, "{preview}");
    assert_eq!(statuses(&preview), ["error"]);
    assert_eq!(errors(&preview, 0), [("entity".to_owned(), "required".to_owned())]);
    let mut row = preview["rows"][0]["row"].clone();
    row["entity"] = json!("Agence de Lyon");
    let checked = body_json(t.json("POST", "/api/import/check", Some(&admin), json!({ "rows": [row] })).await).await;
    assert_eq!(statuses(&checked), ["ready"]);

    // A company of one entity, and its administrator.
    let now = store::now();
    let mut tx = store::write(&t.app.state.pool, store::Lock::Platform).await.unwrap();
    let solo = store::seed::insert_company(&mut tx, "Solo", Language::Fr, now).await.unwrap();
    let entity = store::seed::insert_entity(&mut tx, solo, "Solo — Lille", "solo lille", now).await.unwrap();
    let hash = espace_server::auth::password::hash("a long solo passphrase").unwrap();
    let email = "ada@solo.example";
    store::seed::insert_user(
        &mut tx,
        &store::seed::PastUser {
            company_id: solo,
            entity_id: entity,
            first_name: "Ada",
            last_name: "Solo",
            email,
            language: Language::Fr,
            role: Role::Admin,
            status: UserStatus::Active,
            status_reason: None,
            status_changed_at: now,
            email_verified: true,
            password_hash: Some(&hash),
            failed_sign_ins: 0,
            created_at: now,
            invited_at: Some(now),
            activated_at: Some(now),
            last_sign_in_at: Some(now),
            search_text: "ada solo ada@solo.example",
            sort_name: "solo ada",
            consent_version: Some(espace_api::links::PRIVACY_POLICY_VERSION),
            consent_at: Some(now),
        },
    )
    .await
    .unwrap();
    tx.commit().await.unwrap();
    let solo_admin = t.sign_in(email, "a long solo passphrase").await;
    let (status, preview) = preview_file(&t, &solo_admin, file("zoe@solo.example").into_bytes()).await;
    assert_eq!(status, StatusCode::OK, "{preview}");
    assert_eq!(statuses(&preview), ["ready"]);
    assert_eq!(preview["rows"][0]["row"]["entity"], "Solo — Lille", "the one entity, shown in the preview");
}

#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)] // tests: a failed unwrap is a failed test
//! Operators: invited with a single-use link, activated with a password and an authenticator
//! app, signed in at the same page as everyone; invisible to companies (their routes answer
//! 404 to anyone else, and their session reaches no company's API); companies created with
//! their first administrator invited; suspension ends sessions and refuses sign-ins and tokens.
mod common;

use axum::body::Body;
use axum::http::{header, Request, StatusCode};
use common::operator::{call, now, operator, pair, set_cookie, OPERATOR, PASSWORD};
use common::{body_json, start, TestApp};
use espace_api::Language;
use espace_server::operators::account;
use serde_json::{json, Value};

async fn bearer(t: &TestApp, uri: &str, token: &str) -> (StatusCode, Value) {
    let req = Request::builder()
        .uri(uri)
        .header(header::AUTHORIZATION, format!("Bearer {token}"))
        .header(header::ACCEPT_LANGUAGE, "en")
        .body(Body::empty())
        .unwrap();
    let res = t.request(req).await;
    let status = res.status();
    (status, body_json(res).await)
}

#[tokio::test]
async fn an_operator_is_invited_activates_and_signs_in_at_the_same_page_with_a_code() {
    let t = start().await;
    let (app, console) = operator(&t).await;
    let (status, me) = call(&t, "GET", "/api/operator/me", Some(&console), None).await;
    assert_eq!(status, StatusCode::OK);
    assert_eq!(me["email"], OPERATOR);

    // Signed out, then in again: the password answers 202, the code opens the console.
    let (status, _) = call(&t, "DELETE", "/api/operator/session", Some(&console), None).await;
    assert_eq!(status, StatusCode::NO_CONTENT);
    assert_eq!(call(&t, "GET", "/api/operator/me", Some(&console), None).await.0, StatusCode::NOT_FOUND);
    let res =
        t.json("POST", "/api/session", None, json!({ "email": OPERATOR, "password": "wrong-password-here" })).await;
    assert_eq!(res.status(), StatusCode::UNAUTHORIZED);
    let res = t.json("POST", "/api/session", None, json!({ "email": OPERATOR, "password": PASSWORD })).await;
    assert_eq!(res.status(), StatusCode::ACCEPTED);
    assert!(set_cookie(&res, "espace_session").is_none());
    let challenge = pair(&set_cookie(&res, "espace_second_step").unwrap());
    // The activation's code is spent: the same one again is a replay.
    let (status, body) =
        call(&t, "POST", "/api/session/second-step", Some(&challenge), Some(json!({ "code": "000000" }))).await;
    assert_eq!((status, body["fields"][0]["code"].clone()), (StatusCode::UNPROCESSABLE_ENTITY, json!("wrong-code")));
    let code = app.generate(now() + 30).to_string();
    let res = t.json("POST", "/api/session/second-step", Some(&challenge), json!({ "code": code })).await;
    assert_eq!(res.status(), StatusCode::OK);
    assert!(set_cookie(&res, "espace_session").is_none(), "no company session for an operator");
    let console = pair(&set_cookie(&res, "espace_operator").unwrap());
    assert_eq!(body_json(res).await["operator"], true);
    assert_eq!(call(&t, "GET", "/api/operator/me", Some(&console), None).await.0, StatusCode::OK);
    // The sign-in is in the operators' own log.
    let (_, events) = call(&t, "GET", "/api/operator/events", Some(&console), None).await;
    assert_eq!((events[0]["action"].as_str(), events[0]["operator"].as_str()), (Some("signed-in"), Some("Olivia Ops")));
    // An operator's session is nobody in a company's API.
    assert_eq!(t.get("/api/session", Some(&console)).await.status(), StatusCode::OK);
    assert_eq!(call(&t, "GET", "/api/users", Some(&console), None).await.0, StatusCode::UNAUTHORIZED);
}

#[tokio::test]
async fn operators_are_invisible_to_companies() {
    let t = start().await;
    let (_, console) = operator(&t).await;
    // An address a company's person signs in with cannot be an operator's too.
    assert!(account::invite(&t.app.state, "Camille", &t.demo.email, Language::Fr).await.is_err());
    let admin = t.admin_cookie().await;
    for (method, uri) in [
        ("GET", "/api/operator/me"),
        ("GET", "/api/operator/companies"),
        ("POST", "/api/operator/companies"),
        ("POST", "/api/operator/companies/1/suspend"),
        ("POST", "/api/operator/companies/1/reactivate"),
        ("GET", "/api/operator/companies/1"),
        ("PATCH", "/api/operator/companies/1"),
        ("POST", "/api/operator/companies/1/orders"),
        ("PATCH", "/api/operator/companies/1/orders/1"),
        ("GET", "/api/operator/catalogue"),
        ("GET", "/api/operator/tokens"),
        ("POST", "/api/operator/tokens"),
        ("GET", "/api/operator/operators"),
        ("POST", "/api/operator/operators"),
        ("POST", "/api/operator/operators/1/disable"),
        ("GET", "/api/operator/events"),
    ] {
        for cookie in [Some(admin.as_str()), None] {
            let (status, body) = call(&t, method, uri, cookie, Some(json!({}))).await;
            assert_eq!(status, StatusCode::NOT_FOUND, "{method} {uri}");
            assert_eq!(body["code"], "not-found");
        }
    }
    // No company's list, search or count holds them.
    let (_, page) = call(&t, "GET", "/api/users?q=olivia", Some(&admin), None).await;
    assert_eq!(page["total"], 0, "{page}");
    let (_, page) = call(&t, "GET", "/api/users", Some(&admin), None).await;
    assert!(!page.to_string().contains(OPERATOR));
    let (status, companies) = call(&t, "GET", "/api/operator/companies", Some(&console), None).await;
    assert_eq!(status, StatusCode::OK);
    assert_eq!(companies.as_array().unwrap().len(), 1);
    assert_eq!(companies[0]["users"], page["total"]);
}

#[tokio::test]
async fn an_operator_creates_a_company_whose_first_administrator_is_invited() {
    let t = start().await;
    let (_, console) = operator(&t).await;
    let new = json!({
        "name": "Globex", "language": "en", "time_zone": "Europe/London",
        "admin_first_name": "Hank", "admin_last_name": "Scorpio", "admin_email": "hank@globex.example"
    });
    // Checked field by field, as the form shows them.
    let (status, body) = call(
        &t,
        "POST",
        "/api/operator/companies",
        Some(&console),
        Some(json!({ "name": "", "language": "en",
        "time_zone": "Mars/Olympus", "admin_first_name": "", "admin_last_name": "S", "admin_email": "nope" })),
    )
    .await;
    assert_eq!(status, StatusCode::UNPROCESSABLE_ENTITY);
    let fields: Vec<&str> = body["fields"].as_array().unwrap().iter().map(|f| f["field"].as_str().unwrap()).collect();
    assert_eq!(fields, ["name", "time_zone", "admin_first_name", "admin_email"]);
    let (status, row) = call(&t, "POST", "/api/operator/companies", Some(&console), Some(new.clone())).await;
    assert_eq!(status, StatusCode::CREATED, "{row}");
    assert_eq!(
        (row["name"].clone(), row["users"].clone(), row["status"].clone()),
        (json!("Globex"), json!(1), json!("active"))
    );
    // An address someone already signs in with is refused next to its field.
    let taken = json!({ "admin_email": t.demo.email.clone(), "name": "Initech" });
    let mut body = new.clone();
    body.as_object_mut().unwrap().extend(taken.as_object().unwrap().clone());
    let (status, answer) = call(&t, "POST", "/api/operator/companies", Some(&console), Some(body)).await;
    assert_eq!(status, StatusCode::UNPROCESSABLE_ENTITY);
    assert_eq!(answer["fields"][0], json!({ "field": "admin_email", "code": "taken" }));

    // The administrator's invitation: activated, they manage only their own company.
    let link = t.last_link("hank@globex.example").await;
    let token = common::token_of(&link);
    let res = t.json("POST", "/api/links/complete", None, json!({ "token": token, "password": PASSWORD })).await;
    assert_eq!(res.status(), StatusCode::OK, "{:?}", body_json(res).await);
    let hank = t.sign_in("hank@globex.example", PASSWORD).await;
    let version = espace_api::links::PRIVACY_POLICY_VERSION;
    let res = t.json("POST", "/api/consent", Some(&hank), json!({ "version": version, "accepted": true })).await;
    assert!(res.status().is_success());
    let (_, page) = call(&t, "GET", "/api/users", Some(&hank), None).await;
    assert_eq!(page["total"], 1);
    let (_, list) = call(&t, "GET", "/api/operator/companies?q=glob", Some(&console), None).await;
    assert_eq!(list.as_array().unwrap().len(), 1);
    let (_, events) = call(&t, "GET", "/api/operator/events", Some(&console), None).await;
    assert_eq!(events[0]["action"], "company-created");
    assert_eq!(events[0]["company"], "Globex");
}

#[tokio::test]
async fn a_suspended_company_is_signed_out_and_refused_everywhere_until_reactivated() {
    let t = start().await;
    let (_, console) = operator(&t).await;
    let admin = t.admin_cookie().await;
    let res = t
        .json(
            "POST",
            "/api/tokens",
            Some(&admin),
            json!({ "name": "HR sync", "permission": "read", "scope": null, "days": 30 }),
        )
        .await;
    let secret = body_json(res).await["secret"].as_str().unwrap().to_owned();
    assert_eq!(bearer(&t, "/api/v1/users", &secret).await.0, StatusCode::OK);
    let (_, companies) = call(&t, "GET", "/api/operator/companies", Some(&console), None).await;
    let acme = companies[0]["id"].as_i64().unwrap();

    let (status, _) = call(&t, "POST", &format!("/api/operator/companies/{acme}/suspend"), Some(&console), None).await;
    assert_eq!(status, StatusCode::NO_CONTENT);
    // The open session ended at once; the right password is told why, a wrong one is not.
    assert_eq!(call(&t, "GET", "/api/users", Some(&admin), None).await.0, StatusCode::UNAUTHORIZED);
    let (status, body) = call(
        &t,
        "POST",
        "/api/session",
        None,
        Some(json!({ "email": t.demo.email.clone(), "password": t.demo.password.clone() })),
    )
    .await;
    assert_eq!((status, body["code"].clone()), (StatusCode::FORBIDDEN, json!("company-suspended")));
    // Whom to contact, as the provider set it (ESPACE_SUPPORT_CONTACT), in the body and the message.
    assert_eq!(body["contact"], "support@provider.example");
    assert!(body["message"].as_str().unwrap().contains("support@provider.example"), "{body}");
    let (status, _) = call(
        &t,
        "POST",
        "/api/session",
        None,
        Some(json!({ "email": t.demo.email.clone(), "password": "wrong-one-here" })),
    )
    .await;
    assert_eq!(status, StatusCode::UNAUTHORIZED);
    // Tokens and SCIM: the token is right, the company's access is not.
    let (status, body) = bearer(&t, "/api/v1/users", &secret).await;
    assert_eq!((status, body["code"].clone()), (StatusCode::FORBIDDEN, json!("company-suspended")));
    assert_eq!(body["contact"], "support@provider.example");
    assert_eq!(bearer(&t, "/scim/v2/Users", &secret).await.0, StatusCode::FORBIDDEN);
    let (_, list) = call(&t, "GET", "/api/operator/companies?status=suspended", Some(&console), None).await;
    assert_eq!(list.as_array().unwrap().len(), 1);

    let (status, _) =
        call(&t, "POST", &format!("/api/operator/companies/{acme}/reactivate"), Some(&console), None).await;
    assert_eq!(status, StatusCode::NO_CONTENT);
    t.sign_in(&t.demo.email, &t.demo.password).await;
    assert_eq!(bearer(&t, "/api/v1/users", &secret).await.0, StatusCode::OK);
    let (_, events) = call(&t, "GET", "/api/operator/events", Some(&console), None).await;
    let actions: Vec<&str> = events.as_array().unwrap().iter().map(|e| e["action"].as_str().unwrap()).collect();
    assert_eq!(actions, ["company-reactivated", "company-suspended", "operator-invited"]);
}

#[tokio::test]
async fn the_first_operator_is_invited_from_the_command_line() {
    let dir = tempfile::tempdir().unwrap();
    let url = common::database_url(&dir).await;
    let run = |args: &[&str]| {
        std::process::Command::new(env!("CARGO_BIN_EXE_espace-server"))
            .args(args)
            .env("ESPACE_DATABASE_URL", &url)
            .env("ESPACE_SECRET_KEY_FILE", dir.path().join("secret.key"))
            .env("ESPACE_PUBLIC_URL", "https://espace.provider.example")
            .env_remove("ESPACE_SEED_DEMO")
            .output()
            .unwrap()
    };
    let out = run(&["operator", "add", OPERATOR, "--name", "Olivia Ops", "--language", "fr"]);
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    let printed = String::from_utf8(out.stdout).unwrap();
    let link =
        printed.lines().find_map(|l| l.trim().strip_prefix("https://espace.provider.example/operator/activate#"));
    assert!(link.is_some_and(|token| token.len() >= 43), "{printed}");
    // Wrong use says how to use it, and changes nothing.
    let out = run(&["operator", "add", OPERATOR, "--language", "de"]);
    assert!(!out.status.success());
    let said = format!("{}{}", String::from_utf8_lossy(&out.stdout), String::from_utf8_lossy(&out.stderr));
    assert!(said.contains("--language is fr or en"), "{said}");
}

#[tokio::test]
async fn a_reference_a_customer_quotes_leads_to_its_error_and_what_happened_around_it() {
    let t = start().await;
    let (_, console) = operator(&t).await;
    let admin = t.admin_cookie().await;
    // The administrator meets two errors: a form refused, then an action refused.
    let (status, refused) = call(&t, "POST", "/api/entities", Some(&admin), Some(json!({ "name": " " }))).await;
    assert_eq!(status, StatusCode::UNPROCESSABLE_ENTITY, "{refused}");
    let reference = refused["reference"].as_str().unwrap().to_owned();
    let me = t.user_id(&t.demo.email).await;
    let (status, other) =
        call(&t, "POST", &format!("/api/users/{me}/actions"), Some(&admin), Some(json!({ "action": "deactivate" })))
            .await;
    assert!(status.is_client_error(), "{other}");
    // Anonymous noise (an unknown address) is not kept.
    let (_, noise) = call(&t, "GET", "/api/nothing-here", None, None).await;

    // Looked up as people read it out: any case.
    let (status, report) =
        call(&t, "GET", &format!("/api/operator/references/{}", reference.to_lowercase()), Some(&console), None).await;
    assert_eq!(status, StatusCode::OK, "{report}");
    let error = &report["error"];
    assert_eq!(error["reference"], reference.as_str());
    assert_eq!(error["company"], "Acme");
    assert_eq!(error["account"], t.demo.email.as_str());
    assert_eq!((error["method"].as_str(), error["route"].as_str()), (Some("POST"), Some("/api/entities")));
    assert_eq!((error["status"].clone(), error["code"].clone()), (json!(422), json!("validation")));
    assert_eq!(report["nearby"][0]["reference"], other["reference"]);
    assert_eq!(report["nearby"][0]["route"], "/api/users/{id}/actions");
    assert!(report["sso"].is_null());
    assert!(!report.to_string().contains("\"name\""), "no body is kept: {report}");

    for unknown in [noise["reference"].as_str().unwrap(), "NOPE", "../../etc", "ABCDEFGHJKLM"] {
        let (status, _) = call(&t, "GET", &format!("/api/operator/references/{unknown}"), Some(&console), None).await;
        assert_eq!(status, StatusCode::NOT_FOUND, "{unknown}");
    }
    // Nobody but an operator looks references up.
    let (status, _) = call(&t, "GET", &format!("/api/operator/references/{reference}"), Some(&admin), None).await;
    assert_eq!(status, StatusCode::NOT_FOUND);
    // Kept 30 days, then forgotten by the hourly job.
    let later = espace_server::store::now() + 31 * espace_server::store::DAY_SECS;
    espace_server::jobs::inactivity::purge(&t.app.state, later).await.unwrap();
    let (status, _) = call(&t, "GET", &format!("/api/operator/references/{reference}"), Some(&console), None).await;
    assert_eq!(status, StatusCode::NOT_FOUND);
}

/// Every table with a column named `column`, on either engine.
async fn tables_with(t: &TestApp, column: &str) -> Vec<String> {
    let pool = &t.app.state.pool;
    let postgres = std::env::var("ESPACE_TEST_POSTGRES").is_ok_and(|v| !v.is_empty());
    if postgres {
        sqlx::query_scalar(
            "SELECT table_name::text FROM information_schema.columns WHERE table_schema = 'public' AND column_name = $1",
        )
        .bind(column)
        .fetch_all(pool)
        .await
        .unwrap()
    } else {
        let tables: Vec<String> =
            sqlx::query_scalar("SELECT name FROM sqlite_master WHERE type = 'table'").fetch_all(pool).await.unwrap();
        let mut with = Vec::new();
        for table in tables {
            let sql = format!("SELECT COUNT(*) FROM pragma_table_info('{table}') WHERE name = $1");
            let n: i64 = sqlx::query_scalar(&sql).bind(column).fetch_one(pool).await.unwrap();
            if n > 0 {
                with.push(table);
            }
        }
        with
    }
}

async fn count(t: &TestApp, sql: &str, id: i64) -> i64 {
    sqlx::query_scalar(sql).bind(id).fetch_one(&t.app.state.pool).await.unwrap()
}

#[tokio::test]
async fn a_closed_company_is_exported_then_erased_leaving_nothing_behind() {
    let t = start().await;
    let (_, console) = operator(&t).await;
    let admin = t.admin_cookie().await;
    // Traces of every kind: a token, errors, sessions, links, audit events.
    let res = t
        .json(
            "POST",
            "/api/tokens",
            Some(&admin),
            json!({ "name": "HR sync", "permission": "read", "scope": null, "days": 30 }),
        )
        .await;
    assert_eq!(res.status(), StatusCode::CREATED);
    call(&t, "POST", "/api/entities", Some(&admin), Some(json!({ "name": " " }))).await;
    let (_, companies) = call(&t, "GET", "/api/operator/companies", Some(&console), None).await;
    let acme = companies[0]["id"].as_i64().unwrap();
    let users: Vec<i64> = sqlx::query_scalar("SELECT id FROM users WHERE company_id = $1")
        .bind(acme)
        .fetch_all(&t.app.state.pool)
        .await
        .unwrap();
    assert!(users.len() > 3);

    // The export first: its people, its audit log, its import reports.
    let res = t.get(&format!("/api/operator/companies/{acme}/export"), Some(&console)).await;
    assert_eq!(res.status(), StatusCode::OK);
    assert_eq!(res.headers()[header::CONTENT_TYPE], "application/zip");
    let bytes = axum::body::to_bytes(res.into_body(), 1 << 24).await.unwrap();
    let mut zip = zip::ZipArchive::new(std::io::Cursor::new(bytes.to_vec())).unwrap();
    let mut names: Vec<String> = zip.file_names().map(|n| n.unwrap().into_owned()).collect();
    names.sort();
    assert_eq!(names, ["audit-log.csv", "import-reports.csv", "users.csv"]);
    let mut people = String::new();
    std::io::Read::read_to_string(&mut zip.by_name("users.csv").unwrap(), &mut people).unwrap();
    assert!(people.contains(&t.demo.email), "{people}");
    let admin_res = t.get(&format!("/api/operator/companies/{acme}/export"), Some(&admin)).await;
    assert_eq!(admin_res.status(), StatusCode::NOT_FOUND);

    // Closed: suspended at once, with the day of its erasure.
    let (status, _) = call(&t, "POST", &format!("/api/operator/companies/{acme}/close"), Some(&console), None).await;
    assert_eq!(status, StatusCode::NO_CONTENT);
    assert_eq!(call(&t, "GET", "/api/users", Some(&admin), None).await.0, StatusCode::UNAUTHORIZED);
    let (_, list) = call(&t, "GET", "/api/operator/companies", Some(&console), None).await;
    let closes_at = list[0]["closes_at"].as_i64().expect("a day of erasure");
    assert!(closes_at > espace_server::store::now() + 29 * espace_server::store::DAY_SECS);
    // Before its time the hourly job leaves it.
    espace_server::operators::closure::erase_due(&t.app.state, espace_server::store::now()).await.unwrap();
    assert_eq!(count(&t, "SELECT COUNT(*) FROM companies WHERE id = $1", acme).await, 1);

    // The check below looks at every table: it finds them.
    let by_company = tables_with(&t, "company_id").await;
    assert!(["users", "audit_log", "api_tokens", "entities", "error_log"]
        .iter()
        .all(|n| by_company.iter().any(|t| t == n)));
    assert!(tables_with(&t, "user_id").await.iter().any(|t| t == "sessions"));
    assert!(count(&t, "SELECT COUNT(*) FROM audit_log WHERE company_id = $1", acme).await > 0);
    let erased = espace_server::operators::closure::erase_due(&t.app.state, closes_at).await.unwrap();
    assert_eq!(erased, 1);
    for table in tables_with(&t, "company_id").await {
        let n = count(&t, &format!("SELECT COUNT(*) FROM {table} WHERE company_id = $1"), acme).await;
        assert_eq!(n, 0, "{table} still holds the company");
    }
    assert_eq!(count(&t, "SELECT COUNT(*) FROM companies WHERE id = $1", acme).await, 0);
    for column in ["user_id", "actor_id", "subject_id", "created_by"] {
        for table in tables_with(&t, column).await {
            for user in &users {
                let n = count(&t, &format!("SELECT COUNT(*) FROM {table} WHERE {column} = $1"), *user).await;
                assert_eq!(n, 0, "{table}.{column} still holds user {user}");
            }
        }
    }
    let mentions: i64 = sqlx::query_scalar(
        "SELECT (SELECT COUNT(*) FROM outbox WHERE to_address LIKE '%acme.example')
              + (SELECT COUNT(*) FROM rate_limits WHERE key LIKE '%acme.example')",
    )
    .fetch_one(&t.app.state.pool)
    .await
    .unwrap();
    assert_eq!(mentions, 0);
    // The operators' log keeps who closed what, by name.
    let (_, events) = call(&t, "GET", "/api/operator/events", Some(&console), None).await;
    let actions: Vec<&str> = events.as_array().unwrap().iter().map(|e| e["action"].as_str().unwrap()).collect();
    assert_eq!(actions[..2], ["company-erased", "company-closed"]);
    assert_eq!(events[0]["company"], "Acme");
}

#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)] // tests: a failed unwrap is a failed test
//! The tenant boundary: what one company sends never stops the process, reaches another
//! company's data or routes another company's people. Each attack below is one a hostile
//! customer could try; each is refused and the server answers on afterwards.
mod common;

use std::io::Write;
use std::net::Ipv4Addr;

use axum::body::Body;
use axum::http::{header, Request, StatusCode};
use common::{body_json, start, start_with, start_with_dns, TestApp};
use espace_api::users::Role;
use espace_server::store;
use serde_json::{json, Value};

const PASSWORD: &str = "a-good-long-password";

/// A second company, Globex, with an active administrator who signs in with `PASSWORD`:
/// (company id, the administrator's cookie).
async fn globex(t: &TestApp, admin_email: &str) -> (espace_api::CompanyId, String) {
    let (company, _) = common::globex_with(t, admin_email, Role::Admin, Some(PASSWORD)).await;
    (company, t.sign_in(admin_email, PASSWORD).await)
}

async fn alive(t: &TestApp) {
    let res = t.get("/api/health", None).await;
    assert_eq!(res.status(), StatusCode::OK, "the server still answers");
}

async fn token(t: &TestApp, permission: &str) -> String {
    let admin = t.admin_cookie().await;
    let res = t
        .json("POST", "/api/tokens", Some(&admin), json!({ "name": "Probe", "permission": permission, "days": 1 }))
        .await;
    body_json(res).await["secret"].as_str().unwrap().to_owned()
}

async fn scim_search(t: &TestApp, token: &str, filter: &str) -> (StatusCode, Value) {
    let req = Request::builder()
        .method("POST")
        .uri("/scim/v2/Users/.search")
        .header(header::AUTHORIZATION, format!("Bearer {token}"))
        .header(header::CONTENT_TYPE, "application/scim+json")
        .body(Body::from(json!({ "filter": filter }).to_string()))
        .unwrap();
    let res = t.request(req).await;
    let status = res.status();
    let bytes = axum::body::to_bytes(res.into_body(), usize::MAX).await.unwrap();
    (status, serde_json::from_slice(&bytes).unwrap_or(Value::Null))
}

#[tokio::test]
async fn a_deep_or_long_scim_filter_is_refused_and_the_server_lives_on() {
    let t = start().await;
    let read_only = token(&t, "read").await;
    // What ended the process: 32,000 nested parentheses (64 KB).
    let deep = format!("{}id pr{}", "(".repeat(32_000), ")".repeat(32_000));
    let (status, body) = scim_search(&t, &read_only, &deep).await;
    assert_eq!(status, StatusCode::BAD_REQUEST, "{body}");
    assert_eq!(body["scimType"], "invalidFilter");
    // Within the length, beyond the depth, and beyond the terms.
    let nested = format!("{}id pr{}", "(".repeat(40), ")".repeat(40));
    assert_eq!(scim_search(&t, &read_only, &nested).await.1["scimType"], "invalidFilter");
    let nots = format!("{}id pr", "not ".repeat(40));
    assert_eq!(scim_search(&t, &read_only, &nots).await.1["scimType"], "invalidFilter");
    let wide = vec!["id pr"; 201].join(" or ");
    assert_eq!(scim_search(&t, &read_only, &wide).await.1["scimType"], "invalidFilter");
    // At the limits, the answer comes.
    let deepest = format!("{}userName sw \"a\"{}", "(".repeat(32), ")".repeat(32));
    assert_eq!(scim_search(&t, &read_only, &deepest).await.0, StatusCode::OK);
    let widest = vec!["userName sw \"zz\""; 200].join(" or ");
    assert_eq!(scim_search(&t, &read_only, &widest).await.0, StatusCode::OK);
    alive(&t).await;
}

#[tokio::test]
async fn deeply_nested_json_is_refused() {
    let t = start().await;
    let admin = t.admin_cookie().await;
    let deep = format!("{}{}", "[".repeat(100_000), "]".repeat(100_000));
    let req = Request::builder()
        .method("POST")
        .uri("/api/import/check")
        .header(header::CONTENT_TYPE, "application/json")
        .header(header::COOKIE, &admin)
        .body(Body::from(deep))
        .unwrap();
    let res = t.request(req).await;
    assert!(res.status().is_client_error(), "{}", res.status());
    assert!(body_json(res).await["reference"].is_string(), "the JSON error shape");
    alive(&t).await;
}

/// A workbook made by rust_xlsxwriter, with one entry's text rewritten.
fn workbook_with(rows: &[&[&str]], rewrite: impl Fn(&str, String) -> String) -> Vec<u8> {
    let mut book = rust_xlsxwriter::Workbook::new();
    let sheet = book.add_worksheet();
    for (r, row) in rows.iter().enumerate() {
        for (c, cell) in row.iter().enumerate() {
            sheet.write_string(u32::try_from(r).unwrap(), u16::try_from(c).unwrap(), *cell).unwrap();
        }
    }
    let bytes = book.save_to_buffer().unwrap();
    let mut zip = zip::ZipArchive::new(std::io::Cursor::new(bytes)).unwrap();
    let mut out = zip::ZipWriter::new(std::io::Cursor::new(Vec::new()));
    for i in 0..zip.len() {
        let mut entry = zip.by_index(i).unwrap();
        let name = entry.name().unwrap().into_owned();
        let mut text = String::new();
        std::io::Read::read_to_string(&mut entry, &mut text).unwrap();
        let options = zip::write::SimpleFileOptions::default().compression_method(zip::CompressionMethod::Deflated);
        out.start_file(name.clone(), options).unwrap();
        out.write_all(rewrite(&name, text).as_bytes()).unwrap();
    }
    out.finish().unwrap().into_inner()
}

const HEADER: &[&str] = &["First name", "Last name", "Login e-mail"];

async fn preview(t: &TestApp, cookie: &str, bytes: Vec<u8>) -> (StatusCode, Value) {
    let res = t.upload("/api/import/file", cookie, "application/octet-stream", bytes).await;
    let status = res.status();
    (status, body_json(res).await)
}

#[tokio::test]
async fn spreadsheets_that_would_exhaust_memory_are_refused_before_reading() {
    let t = start().await;
    let manager = t.admin_cookie().await;
    let sane = workbook_with(&[HEADER, &["Zoé", "Lefèvre", "zoe@acme.example"]], |_, text| text);
    let (status, body) = preview(&t, &manager, sane).await;
    assert_eq!(status, StatusCode::OK, "{body}");
    assert_eq!(body["rows"][0]["row"]["email"], "zoe@acme.example", "{body}");

    // Two cells, a sheet declaring all of Excel's rows and columns (549 GB for calamine).
    let declared = workbook_with(&[HEADER, &["Zoé", "Lefèvre", "zoe@acme.example"]], |name, text| {
        if name.starts_with("xl/worksheets/") {
            let start = text.find("<dimension ref=\"").unwrap() + "<dimension ref=\"".len();
            let end = start + text[start..].find('"').unwrap();
            format!("{}A1:XFD1048576{}", &text[..start], &text[end..])
        } else {
            text
        }
    });
    assert!(declared.len() < 10_000);
    let (status, body) = preview(&t, &manager, declared).await;
    assert_eq!(status, StatusCode::UNPROCESSABLE_ENTITY, "{body}");
    assert_eq!(body["code"], "import-too-many-rows");

    // A cell far to the right of the sheet, without a declared size.
    let wide = workbook_with(&[HEADER], |name, text| {
        if name.starts_with("xl/worksheets/") {
            text.replace("<dimension ref=\"A1:C1\"/>", "")
                .replace("</row>", "<c r=\"ZZ1\" t=\"inlineStr\"><is><t>far</t></is></c></row>")
        } else {
            text
        }
    });
    let (status, body) = preview(&t, &manager, wide).await;
    assert_eq!(status, StatusCode::UNPROCESSABLE_ENTITY, "{body}");
    assert_eq!(body["code"], "import-file-too-large");

    // A zip bomb: 60 MB of spaces that pack into a few kilobytes.
    let bomb = workbook_with(&[HEADER], |name, text| {
        if name.starts_with("xl/worksheets/") {
            text.replace("<sheetData>", &format!("<sheetData>{}", " ".repeat(60 * 1024 * 1024)))
        } else {
            text
        }
    });
    assert!(bomb.len() < espace_api::import::MAX_FILE_BYTES, "{} bytes", bomb.len());
    let (status, body) = preview(&t, &manager, bomb).await;
    assert_eq!(status, StatusCode::UNPROCESSABLE_ENTITY, "{body}");
    assert_eq!(body["code"], "import-file-too-large");
    assert!(body["message"].as_str().unwrap().contains("64"), "the limits, in words: {body}");

    // A CSV cell longer than any field.
    let csv = format!("First name,Last name,Login e-mail\n{},Lee,ada@acme.example\n", "A".repeat(5_000));
    let (status, body) = preview(&t, &manager, csv.into_bytes()).await;
    assert_eq!(status, StatusCode::UNPROCESSABLE_ENTITY, "{body}");
    assert_eq!(body["code"], "import-file-too-large");
    alive(&t).await;
}

#[tokio::test]
async fn an_import_part_larger_than_the_apps_is_refused() {
    let t = start().await;
    let admin = t.admin_cookie().await;
    let row =
        |n: usize| json!({ "line": n, "first_name": "A", "last_name": "B", "email": format!("p{n}@acme.example") });
    let rows: Vec<Value> = (0..=espace_api::import::COMMIT_PART_ROWS).map(row).collect();
    let body = json!({ "batch": "b-1", "part": 0, "rows": rows, "send_activation": false });
    let res = t.json("POST", "/api/import/commit", Some(&admin), body).await;
    assert_eq!(res.status(), StatusCode::UNPROCESSABLE_ENTITY);
    let body = body_json(res).await;
    assert_eq!(body["fields"][0]["field"], "rows", "{body}");
    assert_eq!(body["fields"][0]["code"], "too-long");
    assert_eq!(body["fields"][0]["max"], espace_api::import::COMMIT_PART_ROWS);
}

async fn save_sso(t: &TestApp, cookie: &str, domains: &[&str], secret: &str) -> (StatusCode, Value) {
    // The first entity of the signed-in administrator's company.
    let me = body_json(t.get("/api/session", Some(cookie)).await).await;
    let entity: i64 = sqlx::query_scalar("SELECT MIN(id) FROM entities WHERE company_id = $1")
        .bind(me["company"]["id"].as_i64().unwrap())
        .fetch_one(&t.app.state.pool)
        .await
        .unwrap();
    let body = json!({
        "enabled": true, "issuer": "https://idp.example.com", "client_id": "espace", "client_secret": secret,
        "domains": domains, "default_entity_id": entity, "default_service_ids": [], "break_glass_user_ids": [],
    });
    let res = t.json("PUT", "/api/sso", Some(cookie), body).await;
    let status = res.status();
    (status, body_json(res).await)
}

async fn check_domain(t: &TestApp, cookie: &str, domain: &str) -> Value {
    let res = t.json("POST", "/api/sso/domains/check", Some(cookie), json!({ "domain": domain })).await;
    assert_eq!(res.status(), StatusCode::OK);
    body_json(res).await
}

async fn method(t: &TestApp, email: &str) -> String {
    let res = t.json("POST", "/api/session/method", None, json!({ "email": email })).await;
    body_json(res).await["method"].as_str().unwrap().to_owned()
}

#[tokio::test]
async fn a_domain_is_verified_through_dns_checked_daily_and_lost() {
    let t = start_with_dns(&["acme.example"], |_| {}).await;
    let dns = t.dns.as_ref().unwrap();
    let admin = t.admin_cookie().await;
    let (status, saved) = save_sso(&t, &admin, &["acme.example"], "s3cret").await;
    assert_eq!(status, StatusCode::OK, "{saved}");
    let claim = &saved["domain_status"][0];
    assert_eq!(claim["state"], "pending");
    assert_eq!(claim["record_name"], "_espace-challenge.acme.example");
    let value = claim["record_value"].as_str().unwrap().to_owned();
    assert!(value.starts_with("espace-verification=") && value.len() > 40, "{value}");
    // A claim routes nobody.
    assert_eq!(method(&t, "helene.dubois@acme.example").await, "password");

    // No record, then someone else's value: not found.
    assert_eq!(check_domain(&t, &admin, "acme.example").await["outcome"], "not-found");
    dns.set_txt("_espace-challenge.acme.example", &["espace-verification=someone-else"]).await;
    assert_eq!(check_domain(&t, &admin, "acme.example").await["outcome"], "not-found");
    // The record, among others at that name.
    dns.set_txt("_espace-challenge.acme.example", &["v=spf1 -all", &value]).await;
    let checked = check_domain(&t, &admin, "acme.example").await;
    assert_eq!(checked["outcome"], "verified", "{checked}");
    assert_eq!(checked["status"]["state"], "verified");
    assert_eq!(method(&t, "helene.dubois@acme.example").await, "sso");
    // Another company's domain is not the administrator's to check.
    let res = t.json("POST", "/api/sso/domains/check", Some(&admin), json!({ "domain": "globex.example" })).await;
    assert_eq!(res.status(), StatusCode::NOT_FOUND);

    // The daily check: still there, then gone.
    let later = store::now() + 2 * store::DAY_SECS;
    let report = espace_server::domains::recheck_due(&t.app.state, later).await.unwrap();
    assert_eq!((report.confirmed, report.lost), (1, 0));
    dns.set_txt("_espace-challenge.acme.example", &[]).await;
    let report = espace_server::domains::recheck_due(&t.app.state, later).await.unwrap();
    assert_eq!(report, espace_server::domains::Recheck::default(), "checked today already");
    let report = espace_server::domains::recheck_due(&t.app.state, later + 2 * store::DAY_SECS).await.unwrap();
    assert_eq!((report.confirmed, report.lost), (0, 1));
    let settings = body_json(t.get("/api/sso", Some(&admin)).await).await;
    assert_eq!(settings["domain_status"][0]["state"], "lost");
    assert_eq!(method(&t, "helene.dubois@acme.example").await, "password", "a lost domain routes nobody");
    // The administrators are told, and the log says so.
    let told: Vec<(String, String)> =
        sqlx::query_as("SELECT to_address, subject FROM outbox WHERE kind = 'domain-lost'")
            .fetch_all(&t.app.state.pool)
            .await
            .unwrap();
    assert!(told.iter().any(|(to, _)| to == &t.demo.email), "{told:?}");
    assert!(told[0].1.contains("acme.example"), "{told:?}");
    let audit = body_json(t.get("/api/audit", Some(&admin)).await).await;
    let actions: Vec<&str> = audit["events"].as_array().unwrap().iter().filter_map(|e| e["action"].as_str()).collect();
    assert!(actions.contains(&"domain-verified") && actions.contains(&"domain-lost"), "{actions:?}");

    // A DNS server that does not answer loses nothing.
    dns.set_txt("_espace-challenge.acme.example", &[&value]).await;
    assert_eq!(check_domain(&t, &admin, "acme.example").await["outcome"], "verified");
    let silent = start_with(|c| c.dns_server = Some("127.0.0.1:9".parse().unwrap())).await;
    let state = espace_server::state::AppState { pool: t.app.state.pool.clone(), ..silent.app.state.clone() };
    let report = espace_server::domains::recheck_due(&state, later + 10 * store::DAY_SECS).await.unwrap();
    assert_eq!((report.lost, report.unanswered), (0, 1));
    assert_eq!(method(&t, "helene.dubois@acme.example").await, "sso");
}

#[tokio::test]
async fn public_and_foreign_domains_cannot_be_claimed_and_never_route_another_companys_people() {
    let t = start_with_dns(&["acme.example", "globex.example"], |_| {}).await;
    let dns = t.dns.as_ref().unwrap();
    let acme = t.admin_cookie().await;
    let (_, globex_admin) = globex(&t, "gus@globex.example").await;

    // Public mail domains: nobody's to claim.
    let (status, body) = save_sso(&t, &acme, &["gmail.com"], "s3cret").await;
    assert_eq!(status, StatusCode::UNPROCESSABLE_ENTITY);
    assert_eq!(body["fields"][0]["code"], "public-domain", "{body}");
    let (status, _) = save_sso(&t, &acme, &["Orange.fr"], "s3cret").await;
    assert_eq!(status, StatusCode::UNPROCESSABLE_ENTITY);

    // Acme claims Globex's domain and even proves it (it controls that DNS zone here).
    let (status, saved) = save_sso(&t, &acme, &["acme.example", "globex.example"], "s3cret").await;
    assert_eq!(status, StatusCode::OK, "{saved}");
    for claim in saved["domain_status"].as_array().unwrap() {
        dns.set_txt(claim["record_name"].as_str().unwrap(), &[claim["record_value"].as_str().unwrap()]).await;
        assert_eq!(check_domain(&t, &acme, claim["domain"].as_str().unwrap()).await["outcome"], "verified");
    }
    // Globex's people still sign in as before: their own company decides, not a domain.
    assert_eq!(method(&t, "gus@globex.example").await, "password");
    let res =
        t.json("POST", "/api/session", None, json!({ "email": "gus@globex.example", "password": PASSWORD })).await;
    assert_eq!(res.status(), StatusCode::OK, "{}", body_json(res).await);
    let res = t.get("/api/sso/start?email=gus%40globex.example", None).await;
    let to = res.headers().get(header::LOCATION).unwrap().to_str().unwrap().to_owned();
    assert!(to.starts_with("/sign-in/sso-error?code=domain-not-covered"), "{to}");
    let res = t.json("POST", "/api/password/forgot", None, json!({ "email": "gus@globex.example" })).await;
    assert!(res.status().is_success());
    // An address with no account follows the company that verified the domain.
    assert_eq!(method(&t, "newcomer@globex.example").await, "sso");

    // Now that Acme verified it, Globex cannot claim it; Acme's verified domain is refused.
    let (status, body) = save_sso(&t, &globex_admin, &["globex.example"], "s3cret").await;
    assert_eq!(status, StatusCode::UNPROCESSABLE_ENTITY);
    assert_eq!(body["fields"][0]["code"], "taken", "{body}");
}

#[tokio::test]
async fn two_companies_claim_one_domain_and_the_first_proof_wins() {
    let t = start_with_dns(&["shared.example"], |_| {}).await;
    let dns = t.dns.as_ref().unwrap();
    let acme = t.admin_cookie().await;
    let (_, globex_admin) = globex(&t, "gus@globex.example").await;
    let (_, a) = save_sso(&t, &acme, &["shared.example"], "s3cret").await;
    let (_, g) = save_sso(&t, &globex_admin, &["shared.example"], "s3cret").await;
    let value = |v: &Value| v["domain_status"][0]["record_value"].as_str().unwrap().to_owned();
    assert_ne!(value(&a), value(&g), "each claim has its own challenge");
    dns.set_txt("_espace-challenge.shared.example", &[&value(&g)]).await;
    assert_eq!(check_domain(&t, &acme, "shared.example").await["outcome"], "not-found", "Globex's proof is not Acme's");
    assert_eq!(check_domain(&t, &globex_admin, "shared.example").await["outcome"], "verified");
    dns.set_txt("_espace-challenge.shared.example", &[&value(&g), &value(&a)]).await;
    assert_eq!(check_domain(&t, &acme, "shared.example").await["outcome"], "taken");
}

/// A local HTTP service that counts the connections it gets.
async fn internal_service() -> (std::net::SocketAddr, std::sync::Arc<std::sync::atomic::AtomicUsize>) {
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
    let addr = listener.local_addr().unwrap();
    let hits = std::sync::Arc::new(std::sync::atomic::AtomicUsize::new(0));
    let counted = hits.clone();
    tokio::spawn(async move {
        while let Ok((mut socket, _)) = listener.accept().await {
            counted.fetch_add(1, std::sync::atomic::Ordering::SeqCst);
            tokio::spawn(async move {
                use tokio::io::AsyncWriteExt;
                let _ = socket.write_all(b"HTTP/1.1 200 OK\r\ncontent-length: 11\r\n\r\ninternal-ok").await;
            });
        }
    });
    (addr, hits)
}

async fn test_connection(t: &TestApp, cookie: &str, issuer: &str) -> Value {
    let body = json!({
        "enabled": true, "issuer": issuer, "client_id": "espace", "client_secret": "x",
        "domains": ["acme.example"], "default_entity_id": 1,
    });
    let res = t.json("POST", "/api/sso/test", Some(cookie), body).await;
    assert_eq!(res.status(), StatusCode::OK);
    body_json(res).await["checks"][0].clone()
}

#[tokio::test]
async fn the_server_requests_no_private_address() {
    let t = start_with_dns(&["acme.example"], |c| c.allow_loopback_urls = false).await;
    let dns = t.dns.as_ref().unwrap();
    let admin = t.admin_cookie().await;
    let (addr, hits) = internal_service().await;
    for issuer in [
        format!("http://127.0.0.1:{}/internal", addr.port()),
        format!("https://127.0.0.1:{}/internal", addr.port()),
        "https://169.254.169.254/latest".to_owned(),
        "https://[::1]/internal".to_owned(),
    ] {
        // Typed as an address: a clear field error, from the test and from saving alike.
        let body = json!({
            "enabled": true, "issuer": issuer, "client_id": "espace", "client_secret": "x",
            "domains": ["acme.example"], "default_entity_id": 1,
        });
        for (method, path) in [("POST", "/api/sso/test"), ("PUT", "/api/sso")] {
            let res = t.json(method, path, Some(&admin), body.clone()).await;
            assert_eq!(res.status(), StatusCode::UNPROCESSABLE_ENTITY, "{method} {issuer}");
            let error = body_json(res).await;
            assert_eq!(
                error["fields"][0],
                json!({ "field": "issuer", "code": "private-address" }),
                "{issuer}: {error}"
            );
        }
    }
    // A name that resolves to a private address, or to a public and a private one.
    dns.set_a("idp.acme.example", &[Ipv4Addr::new(10, 0, 0, 5)]).await;
    let discovery = test_connection(&t, &admin, "https://idp.acme.example").await;
    assert_eq!(discovery["detail"], "address not allowed: not a public address", "{discovery}");
    dns.set_a("idp.acme.example", &[Ipv4Addr::new(93, 184, 216, 34), Ipv4Addr::new(127, 0, 0, 1)]).await;
    let discovery = test_connection(&t, &admin, "https://idp.acme.example").await;
    assert_eq!(discovery["detail"], "address not allowed: not a public address", "{discovery}");
    assert_eq!(hits.load(std::sync::atomic::Ordering::SeqCst), 0, "the internal service was never reached");
}

#[tokio::test]
async fn discovery_endpoints_are_checked_and_remote_words_never_shown() {
    // Loopback allowed (the provider runs here), but a discovery document naming a private
    // address for its keys is stopped there.
    let t = start().await;
    let admin = t.admin_cookie().await;
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
    let issuer = format!("http://{}", listener.local_addr().unwrap());
    let document = json!({
        "issuer": issuer,
        "authorization_endpoint": format!("{issuer}/auth"),
        "token_endpoint": "http://10.0.0.7/token",
        "jwks_uri": "http://169.254.169.254/latest/meta-data/keys",
        "response_types_supported": ["code"],
        "subject_types_supported": ["public"],
        "id_token_signing_alg_values_supported": ["RS256"],
    });
    let router = axum::Router::new()
        .route("/.well-known/openid-configuration", axum::routing::get(move || async move { axum::Json(document) }))
        .route(
            "/leaky/.well-known/openid-configuration",
            axum::routing::get(|| async { "SECRET-INTERNAL-BODY is not JSON" }),
        );
    tokio::spawn(async move { axum::serve(listener, router).await });
    let discovery = test_connection(&t, &admin, &issuer).await;
    assert_eq!(discovery["ok"], false, "{discovery}");
    assert_eq!(discovery["detail"], "address not allowed: only public https addresses", "{discovery}");
    let res = t
        .json(
            "POST",
            "/api/sso/test",
            Some(&admin),
            json!({ "enabled": true, "issuer": format!("{issuer}/leaky"), "client_id": "espace", "client_secret": "x",
                    "domains": ["acme.example"], "default_entity_id": 1 }),
        )
        .await;
    let text = String::from_utf8(axum::body::to_bytes(res.into_body(), 1 << 20).await.unwrap().to_vec()).unwrap();
    assert!(!text.contains("SECRET-INTERNAL-BODY"), "{text}");
}

#[tokio::test]
async fn a_stored_secret_stays_with_its_issuer_and_client() {
    let t = start().await;
    let admin = t.admin_cookie().await;
    let (status, _) = save_sso(&t, &admin, &["acme.example"], "s3cret").await;
    assert_eq!(status, StatusCode::OK);
    // Same issuer and client: the field may stay empty.
    let (status, _) = save_sso(&t, &admin, &["acme.example"], "").await;
    assert_eq!(status, StatusCode::OK);
    // Another issuer with the field empty: the secret is asked for again.
    let body = json!({
        "enabled": true, "issuer": "https://evil.example.net", "client_id": "espace", "client_secret": "",
        "domains": ["acme.example"], "default_entity_id": 1,
    });
    let res = t.json("PUT", "/api/sso", Some(&admin), body.clone()).await;
    assert_eq!(res.status(), StatusCode::UNPROCESSABLE_ENTITY);
    assert_eq!(body_json(res).await["fields"][0]["field"], "client_secret");
    let mut other_client = body.clone();
    other_client["issuer"] = json!("https://idp.example.com");
    other_client["client_id"] = json!("someone-else");
    let res = t.json("PUT", "/api/sso", Some(&admin), other_client).await;
    assert_eq!(res.status(), StatusCode::UNPROCESSABLE_ENTITY);
}

/// An administrator's "Send a password link" to the user `id`.
async fn send_password_reset(t: &TestApp, admin: &str, id: i64) -> axum::http::Response<Body> {
    let version = t.version(admin, id).await;
    let body = json!({ "action": "send-password-reset", "version": version });
    t.json("POST", &format!("/api/users/{id}/actions"), Some(admin), body).await
}

/// Acme on SSO for acme.example (verified), Camille (the demo administrator) break-glass.
async fn acme_on_sso(t: &TestApp, admin: &str) {
    let camille = t.user_id(&t.demo.email).await;
    let body = json!({
        "enabled": true, "issuer": "https://idp.example.com", "client_id": "espace", "client_secret": "s3cret",
        "domains": ["acme.example"], "default_entity_id": 1, "break_glass_user_ids": [camille],
    });
    let res = t.json("PUT", "/api/sso", Some(admin), body).await;
    assert_eq!(res.status(), StatusCode::OK);
    t.verify_domains(admin, &body_json(res).await).await;
}

#[tokio::test]
async fn accounts_on_sso_get_no_password_link() {
    let t = start_with_dns(&["acme.example"], |_| {}).await;
    let admin = t.admin_cookie().await;
    t.set_password("helene.dubois@acme.example", PASSWORD).await;
    // A reset link sent before the company moved to SSO.
    let res = t.json("POST", "/api/password/forgot", None, json!({ "email": "helene.dubois@acme.example" })).await;
    assert!(res.status().is_success());
    let early = common::token_of(&t.last_link("helene.dubois@acme.example").await);
    acme_on_sso(&t, &admin).await;

    let count = || async {
        let n: i64 = sqlx::query_scalar("SELECT COUNT(*) FROM outbox WHERE link IS NOT NULL")
            .fetch_one(&t.app.state.pool)
            .await
            .unwrap();
        n
    };
    let before = count().await;
    let res = t.json("POST", "/api/password/forgot", None, json!({ "email": "helene.dubois@acme.example" })).await;
    assert!(res.status().is_success(), "the same answer as for anyone");
    assert_eq!(count().await, before, "no link sent");
    let helene = t.user_id("helene.dubois@acme.example").await;
    let res = send_password_reset(&t, &admin, helene).await;
    assert_eq!(res.status(), StatusCode::FORBIDDEN);
    assert_eq!(body_json(res).await["code"], "sso-required");
    let res = t
        .json("POST", "/api/links/complete", None, json!({ "token": early, "password": "another-long-password-1" }))
        .await;
    assert_eq!(res.status(), StatusCode::FORBIDDEN);
    assert_eq!(body_json(res).await["code"], "sso-required");
    assert_eq!(count().await, before);

    // The break-glass administrator may still get one.
    let res = t.json("POST", "/api/password/forgot", None, json!({ "email": t.demo.email })).await;
    assert!(res.status().is_success());
    assert_eq!(count().await, before + 1);
}

#[tokio::test]
async fn break_glass_ends_with_any_change_of_level() {
    let t = start_with_dns(&["acme.example"], |_| {}).await;
    let admin = t.admin_cookie().await;
    acme_on_sso(&t, &admin).await;
    // Hélène becomes an administrator, is given break-glass, then is made a team administrator.
    let helene = t.user_id("helene.dubois@acme.example").await;
    t.set_password("helene.dubois@acme.example", PASSWORD).await;
    sqlx::query("UPDATE users SET role = 'admin', break_glass = 1 WHERE id = $1")
        .bind(helene)
        .execute(&t.app.state.pool)
        .await
        .unwrap();
    let res = t
        .json("POST", "/api/session", None, json!({ "email": "helene.dubois@acme.example", "password": PASSWORD }))
        .await;
    assert_eq!(res.status(), StatusCode::OK, "break-glass administrator");
    let version = t.version(&admin, helene).await;
    let res = t
        .json(
            "PUT",
            &format!("/api/users/{helene}/permissions"),
            Some(&admin),
            json!({ "role": "team-admin", "scope": [1], "version": version }),
        )
        .await;
    assert_eq!(res.status(), StatusCode::OK, "{}", body_json(res).await);
    let flag: i64 = sqlx::query_scalar("SELECT break_glass FROM users WHERE id = $1")
        .bind(helene)
        .fetch_one(&t.app.state.pool)
        .await
        .unwrap();
    assert_eq!(flag, 0);
    let res = t
        .json("POST", "/api/session", None, json!({ "email": "helene.dubois@acme.example", "password": PASSWORD }))
        .await;
    assert_eq!(body_json(res).await["code"], "sso-required");
    // Even with the flag left on, only an administrator's counts.
    sqlx::query("UPDATE users SET break_glass = 1 WHERE id = $1")
        .bind(helene)
        .execute(&t.app.state.pool)
        .await
        .unwrap();
    let res = t
        .json("POST", "/api/session", None, json!({ "email": "helene.dubois@acme.example", "password": PASSWORD }))
        .await;
    assert_eq!(body_json(res).await["code"], "sso-required");
}

#[tokio::test]
async fn links_go_to_the_person_and_a_changed_notification_address_is_told() {
    let t = start().await;
    let admin = t.admin_cookie().await;
    let helene = t.user_id("helene.dubois@acme.example").await;
    let detail = t.detail(&admin, helene).await;
    // The manager points Hélène's notices at their own mailbox…
    let res = t
        .json(
            "PATCH",
            &format!("/api/users/{helene}"),
            Some(&admin),
            json!({
                "first_name": detail["first_name"], "last_name": detail["last_name"], "entity_id": detail["entity"]["id"],
                "notification_email": "manager@evil.example", "language": detail["language"],
                "service_ids": [], "version": detail["version"],
            }),
        )
        .await;
    assert_eq!(res.status(), StatusCode::OK, "{}", body_json(res).await);
    // …Hélène's own address hears of it…
    let told: Vec<String> =
        sqlx::query_scalar("SELECT to_address FROM outbox WHERE kind = 'notification-address-changed'")
            .fetch_all(&t.app.state.pool)
            .await
            .unwrap();
    assert_eq!(told, ["helene.dubois@acme.example"]);
    // …and the password link still goes to Hélène only.
    let res = send_password_reset(&t, &admin, helene).await;
    assert_eq!(res.status(), StatusCode::OK);
    let to: Vec<String> = sqlx::query_scalar("SELECT to_address FROM outbox WHERE link IS NOT NULL AND user_id = $1")
        .bind(helene)
        .fetch_all(&t.app.state.pool)
        .await
        .unwrap();
    assert!(!to.is_empty() && to.iter().all(|a| a == "helene.dubois@acme.example"), "{to:?}");
}

#[tokio::test]
async fn a_sent_message_keeps_no_link() {
    let t = start_with(|c| c.keep_sent_mail = false).await;
    let res = t.json("POST", "/api/password/forgot", None, json!({ "email": t.demo.email })).await;
    assert!(res.status().is_success());
    let mailer = espace_server::mail::deliver::Mailer::new(&t.app.state.config).unwrap();
    let report = espace_server::mail::deliver::deliver_due(&t.app.state.pool, &mailer, store::now() + 1).await.unwrap();
    assert!(report.sent >= 1, "{report:?}");
    let kept: Vec<(Option<String>, String)> =
        sqlx::query_as("SELECT link, body_text FROM outbox WHERE sent_at IS NOT NULL")
            .fetch_all(&t.app.state.pool)
            .await
            .unwrap();
    assert!(!kept.is_empty());
    assert!(kept.iter().all(|(link, text)| link.is_none() && !text.contains("#t=")), "{kept:?}");
}

#[tokio::test]
async fn an_address_taken_in_another_company_gets_the_same_answer_as_one_taken_here() {
    let t = start().await;
    let admin = t.admin_cookie().await;
    globex(&t, "gus@globex.example").await;
    let create = |email: &'static str| {
        let t = &t;
        let admin = admin.clone();
        async move {
            let body = json!({ "first_name": "Ann", "last_name": "Lee", "email": email, "notification_email": "",
                               "language": "en", "role": "user", "service_ids": [], "send_activation": false,
                               "entity_id": 1, "idempotency_key": email });
            let res = t.json("POST", "/api/users", Some(&admin), body).await;
            let status = res.status();
            let mut body = body_json(res).await;
            body["reference"] = Value::Null;
            (status, body)
        }
    };
    let here = create("helene.dubois@acme.example").await;
    let elsewhere = create("gus@globex.example").await;
    assert_eq!(here.0, StatusCode::UNPROCESSABLE_ENTITY);
    assert_eq!(here, elsewhere);

    let rows = json!({ "rows": [
        { "line": 2, "first_name": "A", "last_name": "B", "email": "helene.dubois@acme.example" },
        { "line": 3, "first_name": "A", "last_name": "B", "email": "gus@globex.example" },
    ]});
    let preview = body_json(t.json("POST", "/api/import/check", Some(&admin), rows).await).await;
    let row = |i: usize| {
        let mut r = preview["rows"][i].clone();
        r["row"] = Value::Null;
        r
    };
    assert_eq!(row(0), row(1), "{preview}");

    let token = token(&t, "manage").await;
    let scim = |email: &'static str| {
        let t = &t;
        let token = token.clone();
        async move {
            let req = Request::builder()
                .method("POST")
                .uri("/scim/v2/Users")
                .header(header::AUTHORIZATION, format!("Bearer {token}"))
                .header(header::CONTENT_TYPE, "application/scim+json")
                .body(Body::from(
                    json!({ "schemas": ["urn:ietf:params:scim:schemas:core:2.0:User"], "userName": email,
                            "name": { "givenName": "A", "familyName": "B" } })
                    .to_string(),
                ))
                .unwrap();
            let res = t.request(req).await;
            let status = res.status();
            (status, axum::body::to_bytes(res.into_body(), 1 << 20).await.unwrap())
        }
    };
    let here = scim("helene.dubois@acme.example").await;
    assert_eq!(here.0, StatusCode::CONFLICT);
    assert_eq!(here, scim("gus@globex.example").await);
}

#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)] // tests: a failed unwrap is a failed test
//! Single sign-on against a real OpenID provider (panva's oidc-provider, run by node): the
//! settings and their connection test, identifier first, accounts at first sign-in, and each
//! check of the way back (state, browser, provider refusal, clock skew, verified e-mail,
//! domain, deactivated account).
mod common;

use std::collections::HashMap;

use axum::http::{header, StatusCode};
use common::oidc::{self, Options, Provider};
use common::{body_json, start_with_dns, TestApp};
use serde_json::{json, Value};

const ESPACE: &str = "http://127.0.0.1:9";
const PARIS: i64 = 1;
const LYON: i64 = 2;

async fn app() -> TestApp {
    start_with_dns(&["sso.example", "acme.example"], |c| c.public_url = Some(ESPACE.into())).await
}

fn settings(provider: &Provider, services: &[i64]) -> Value {
    json!({
        "enabled": true,
        "issuer": provider.issuer,
        "client_id": oidc::CLIENT_ID,
        "client_secret": oidc::CLIENT_SECRET,
        "domains": ["sso.example"],
        "default_entity_id": LYON,
        "default_service_ids": services,
        "break_glass_user_ids": [],
    })
}

async fn configure(t: &TestApp, body: Value) -> Value {
    let admin = t.admin_cookie().await;
    let res = t.json("PUT", "/api/sso", Some(&admin), body).await;
    let status = res.status();
    let body = body_json(res).await;
    assert_eq!(status, StatusCode::OK, "{body}");
    // Domains cover nobody until verified: the tests' DNS server holds their records.
    t.verify_domains(&admin, &body).await;
    body_json(t.get("/api/sso", Some(&admin)).await).await
}

fn location(res: &axum::http::Response<axum::body::Body>) -> String {
    res.headers().get(header::LOCATION).expect("a redirect").to_str().unwrap().to_owned()
}

fn cookie(res: &axum::http::Response<axum::body::Body>, name: &str) -> Option<String> {
    res.headers()
        .get_all(header::SET_COOKIE)
        .iter()
        .filter_map(|v| v.to_str().ok())
        .find(|v| v.starts_with(&format!("{name}=")) && !v.starts_with(&format!("{name}=;")))
        .map(|v| v.split(';').next().unwrap().to_owned())
}

/// Where the provider sends the browser back: Espace's callback path and query.
struct Return {
    callback: String,
    browser_cookie: String,
}

/// Identifier first, then the browser's trip through the provider (which signs the hinted
/// account in by itself), up to the redirect back to Espace.
async fn go_to_provider(t: &TestApp, email: &str) -> Return {
    let res = t.json("POST", "/api/session/method", None, json!({ "email": email })).await;
    let method = body_json(res).await;
    assert_eq!(method["method"], "sso", "{method}");
    let res = t.get(method["start"].as_str().unwrap(), None).await;
    assert_eq!(res.status(), StatusCode::SEE_OTHER);
    let browser_cookie = cookie(&res, "espace_sso").expect("the browser cookie");
    let mut url = reqwest::Url::parse(&location(&res)).unwrap();
    let browser =
        reqwest::Client::builder().redirect(reqwest::redirect::Policy::none()).cookie_store(true).build().unwrap();
    for _ in 0..10 {
        let res = browser.get(url.clone()).send().await.unwrap();
        assert!(res.status().is_redirection(), "the provider stopped at {url}: {}", res.text().await.unwrap());
        let next = url.join(res.headers()[header::LOCATION].to_str().unwrap()).unwrap();
        if next.as_str().starts_with(ESPACE) {
            let callback = format!("{}?{}", next.path(), next.query().unwrap_or_default());
            return Return { callback, browser_cookie };
        }
        url = next;
    }
    panic!("too many redirects at the provider");
}

/// The way back: a session cookie, or the error page's query.
async fn come_back(t: &TestApp, back: &Return) -> Result<String, HashMap<String, String>> {
    let res = t.get(&back.callback, Some(&back.browser_cookie)).await;
    assert_eq!(res.status(), StatusCode::SEE_OTHER);
    let to = location(&res);
    if to == "/" {
        return Ok(cookie(&res, "espace_session").expect("a session"));
    }
    let url = reqwest::Url::parse(&format!("{ESPACE}{to}")).unwrap();
    assert_eq!(url.path(), "/sign-in/sso-error");
    Err(url.query_pairs().into_owned().collect())
}

/// The wizard's request: someone added by an administrator, with an activation e-mail.
async fn add_by_hand(
    t: &TestApp,
    admin: &str,
    first_name: &str,
    email: &str,
) -> axum::http::Response<axum::body::Body> {
    let body = json!({ "first_name": first_name, "last_name": "Lee", "email": email, "notification_email": "",
                       "language": "en", "role": "user", "service_ids": [], "send_activation": true,
                       "entity_id": PARIS, "idempotency_key": email });
    t.json("POST", "/api/users", Some(admin), body).await
}

async fn sign_in(t: &TestApp, email: &str) -> Result<String, HashMap<String, String>> {
    let back = go_to_provider(t, email).await;
    come_back(t, &back).await
}

#[tokio::test]
async fn first_and_second_sign_in_make_then_find_the_account() {
    let t = app().await;
    let provider = Provider::start(ESPACE, oidc::accounts(), Options { auto_login: true, ..Options::default() });
    let teams = t.service_id("Microsoft 365 Business Standard").await;
    let saved = configure(&t, settings(&provider, &[teams])).await;
    assert_eq!(saved["has_client_secret"], true);
    assert!(saved.get("client_secret").is_none(), "the secret never comes back");
    assert_eq!(saved["redirect_uri"], format!("{ESPACE}/api/sso/callback"));
    let stored: String =
        sqlx::query_scalar("SELECT client_secret FROM sso_providers").fetch_one(&t.app.state.pool).await.unwrap();
    assert!(!stored.contains(oidc::CLIENT_SECRET), "stored sealed");

    let session = sign_in(&t, "nina.roux@sso.example").await.expect("signed in");
    let me = body_json(t.get("/api/me", Some(&session)).await).await;
    assert_eq!(me["user"]["email"], "nina.roux@sso.example");
    assert_eq!(me["user"]["first_name"], "Nina");
    assert_eq!(me["user"]["last_name"], "Roux");
    assert_eq!(me["user"]["role"], "user");
    assert_eq!(me["user"]["language"], "fr", "from the provider's locale");
    assert_eq!(me["consent_required"], true, "the privacy policy comes first");
    let nina = t.user_id("nina.roux@sso.example").await;
    let admin = t.admin_cookie().await;
    let detail = t.detail(&admin, nina).await;
    assert_eq!(detail["status"], "active");
    assert_eq!(detail["entity"]["id"], LYON);
    let services: Vec<i64> = detail["services"].as_array().unwrap().iter().map(|s| s["id"].as_i64().unwrap()).collect();
    assert_eq!(services, [teams]);
    let actions: Vec<&str> =
        detail["history"].as_array().unwrap().iter().filter_map(|e| e["action"].as_str()).collect();
    assert!(actions.contains(&"created-by-sso") && actions.contains(&"activated-by-sso"), "{actions:?}");

    // Second time: the same account, found by the provider's subject.
    let again = sign_in(&t, "nina.roux@sso.example").await.expect("signed in again");
    let me = body_json(t.get("/api/me", Some(&again)).await).await;
    assert_eq!(me["user"]["id"], nina);
    let count: i64 = sqlx::query_scalar("SELECT COUNT(*) FROM users WHERE email_norm = 'nina.roux@sso.example'")
        .fetch_one(&t.app.state.pool)
        .await
        .unwrap();
    assert_eq!(count, 1);

    // Sign-out ends the session and offers the provider's.
    let res = t.json("DELETE", "/api/session", Some(&again), json!({})).await;
    let out = body_json(res).await;
    let end = out["provider_sign_out"].as_str().expect("the provider's sign-out");
    assert!(end.starts_with(&format!("{}/session/end?", provider.issuer)), "{end}");
    assert!(end.contains("post_logout_redirect_uri="), "{end}");
    assert_eq!(t.get("/api/me", Some(&again)).await.status(), StatusCode::UNAUTHORIZED);
}

#[tokio::test]
async fn an_account_made_by_hand_is_tied_to_its_subject_and_activated() {
    let t = app().await;
    let provider = Provider::start(ESPACE, oidc::accounts(), Options { auto_login: true, ..Options::default() });
    let admin = t.admin_cookie().await;
    let res = add_by_hand(&t, &admin, "Oscar", "oscar.lee@sso.example").await;
    assert_eq!(res.status(), StatusCode::CREATED, "{}", body_json(res).await);
    configure(&t, settings(&provider, &[])).await;
    let oscar = t.user_id("oscar.lee@sso.example").await;
    sign_in(&t, "oscar.lee@sso.example").await.expect("signed in");
    let detail = t.detail(&admin, oscar).await;
    assert_eq!(detail["status"], "active", "invited, then activated by the provider");
    assert_eq!(detail["entity"]["id"], PARIS, "kept where the administrator put them");
    let subject: Option<String> = sqlx::query_scalar("SELECT sso_subject FROM users WHERE id = $1")
        .bind(oscar)
        .fetch_one(&t.app.state.pool)
        .await
        .unwrap();
    assert_eq!(subject.as_deref(), Some("sub-oscar"));
}

#[tokio::test]
async fn no_seat_left_makes_the_account_without_the_service_and_tells_the_admins() {
    let t = app().await;
    let provider = Provider::start(ESPACE, oidc::accounts(), Options { auto_login: true, ..Options::default() });
    let teams = t.service_id("Microsoft 365 Business Standard").await;
    sqlx::query(
        "UPDATE service_orders SET seats = (SELECT COUNT(*) FROM user_services WHERE service_id = $1) WHERE service_id = $1",
    )
    .bind(teams)
    .execute(&t.app.state.pool)
    .await
    .unwrap();
    configure(&t, settings(&provider, &[teams])).await;
    sign_in(&t, "oscar.lee@sso.example").await.expect("signed in without the service");
    let oscar = t.user_id("oscar.lee@sso.example").await;
    let detail = t.detail(&t.admin_cookie().await, oscar).await;
    assert_eq!(detail["services"], json!([]));
    let told: Vec<(String, String)> =
        sqlx::query_as("SELECT to_address, body_text FROM outbox WHERE kind = 'sso-no-seat'")
            .fetch_all(&t.app.state.pool)
            .await
            .unwrap();
    assert!(!told.is_empty(), "the administrators are told");
    assert!(
        told[0].1.contains("Microsoft 365 Business Standard") && told[0].1.contains("oscar.lee@sso.example"),
        "{}",
        told[0].1
    );
}

#[tokio::test]
async fn the_way_back_is_checked() {
    let t = app().await;
    let provider = Provider::start(ESPACE, oidc::accounts(), Options { auto_login: true, ..Options::default() });
    configure(&t, settings(&provider, &[])).await;

    // Not started in this browser (no cookie), then the state already used.
    let back = go_to_provider(&t, "nina.roux@sso.example").await;
    let res = t.get(&back.callback, None).await;
    assert!(location(&res).contains("code=state-mismatch"), "{}", location(&res));
    let err = come_back(&t, &back).await.unwrap_err();
    assert_eq!(err["code"], "state-mismatch", "single use");

    // Another browser's cookie.
    let back = go_to_provider(&t, "nina.roux@sso.example").await;
    let other = go_to_provider(&t, "nina.roux@sso.example").await;
    let err = come_back(&t, &Return { callback: back.callback.clone(), browser_cookie: other.browser_cookie }).await;
    assert_eq!(err.unwrap_err()["code"], "state-mismatch");

    // The provider refused (its own words are kept), with a state that was valid.
    let back = go_to_provider(&t, "nina.roux@sso.example").await;
    let state = back.callback.split("state=").nth(1).unwrap().split('&').next().unwrap().to_owned();
    let refused = Return {
        callback: format!("/api/sso/callback?error=access_denied&error_description=Not+allowed+here&state={state}"),
        browser_cookie: back.browser_cookie,
    };
    let err = come_back(&t, &refused).await.unwrap_err();
    assert_eq!(err["code"], "provider-refused");
    assert_eq!(err["error"], "access_denied");
    assert_eq!(err["error_description"], "Not allowed here");
    assert_eq!(err["email"], "nina.roux@sso.example");
    assert!(!err["ref"].is_empty() && err["at"].parse::<i64>().unwrap() > 0);

    // After all that, a sign-in started and finished in the same browser still works.
    let back = go_to_provider(&t, "nina.roux@sso.example").await;
    assert!(come_back(&t, &back).await.is_ok());

    // The provider does not vouch for the address; the address is in another domain.
    let err = sign_in(&t, "paul.henry@sso.example").await.unwrap_err();
    assert_eq!(err["code"], "email-not-verified");
    let err = sign_in(&t, "rita.vidal@sso.example").await.unwrap_err();
    assert_eq!(err["code"], "domain-not-covered");
    assert_eq!(err["email"], "rita.vidal@elsewhere.example", "the address the provider gave");
    let nobody: i64 =
        sqlx::query_scalar("SELECT COUNT(*) FROM users WHERE email_norm LIKE 'rita%' OR email_norm LIKE 'paul%'")
            .fetch_one(&t.app.state.pool)
            .await
            .unwrap();
    assert_eq!(nobody, 0);

    // A deactivated account stays out.
    sign_in(&t, "oscar.lee@sso.example").await.expect("made");
    let oscar = t.user_id("oscar.lee@sso.example").await;
    let admin = t.admin_cookie().await;
    let version = t.version(&admin, oscar).await;
    let res = t
        .json(
            "POST",
            &format!("/api/users/{oscar}/actions"),
            Some(&admin),
            json!({ "action": "deactivate", "version": version }),
        )
        .await;
    assert_eq!(res.status(), StatusCode::OK, "{}", body_json(res).await);
    let err = sign_in(&t, "oscar.lee@sso.example").await.unwrap_err();
    assert_eq!(err["code"], "account-deactivated");

    // A locked account stays out too (locked by wrong passwords before the company moved to SSO).
    sign_in(&t, "nina.roux@sso.example").await.expect("made");
    let nina = t.user_id("nina.roux@sso.example").await;
    sqlx::query("UPDATE users SET status = 'locked' WHERE id = $1")
        .bind(nina)
        .execute(&t.app.state.pool)
        .await
        .unwrap();
    let err = sign_in(&t, "nina.roux@sso.example").await.unwrap_err();
    assert_eq!(err["code"], "account-locked");
}

#[tokio::test]
async fn a_provider_whose_clock_is_ahead_is_caught() {
    let t = app().await;
    let provider = Provider::start(ESPACE, oidc::accounts(), Options { auto_login: true, skew_seconds: 900 });
    configure(&t, settings(&provider, &[])).await;
    let err = sign_in(&t, "nina.roux@sso.example").await.unwrap_err();
    assert_eq!(err["code"], "clock-skew");
}

#[tokio::test]
async fn an_unreachable_provider_is_said_so() {
    let t = app().await;
    let provider = Provider::start(ESPACE, oidc::accounts(), Options::default());
    let mut body = settings(&provider, &[]);
    body["issuer"] = json!("http://127.0.0.1:9");
    configure(&t, body).await;
    let res = t.json("POST", "/api/session/method", None, json!({ "email": "nina.roux@sso.example" })).await;
    let start = body_json(res).await["start"].as_str().unwrap().to_owned();
    let res = t.get(&start, None).await;
    let to = location(&res);
    assert!(to.starts_with("/sign-in/sso-error?code=provider-unreachable"), "{to}");
}

#[tokio::test]
async fn password_sign_in_is_closed_except_for_break_glass_administrators() {
    let t = app().await;
    let provider = Provider::start(ESPACE, oidc::accounts(), Options::default());
    // Other domains still sign in with a password, and are told so by the first step.
    let res = t.json("POST", "/api/session/method", None, json!({ "email": "someone@elsewhere.example" })).await;
    assert_eq!(body_json(res).await["method"], "password");
    let camille = t.user_id(&t.demo.email).await;
    let mut body = settings(&provider, &[]);
    body["domains"] = json!(["sso.example", "acme.example"]);
    body["break_glass_user_ids"] = json!([camille]);
    configure(&t, body).await;
    t.set_password("helene.dubois@acme.example", "a-good-long-password").await;
    let res = t
        .json(
            "POST",
            "/api/session",
            None,
            json!({ "email": "helene.dubois@acme.example", "password": "a-good-long-password" }),
        )
        .await;
    assert_eq!(res.status(), StatusCode::FORBIDDEN);
    let body = body_json(res).await;
    assert_eq!(body["code"], "sso-required");
    assert!(body["message"].as_str().unwrap().contains("sign-in page"), "{body}");
    // The break-glass administrator still gets in with a password.
    let admin = t.admin_cookie().await;
    // Manual creation is closed once the company is on SSO.
    let res = add_by_hand(&t, &admin, "Zoé", "zoe@acme.example").await;
    assert_eq!(body_json(res).await["code"], "sso-managed");
}

#[tokio::test]
async fn settings_are_for_administrators_and_checked_field_by_field() {
    let t = app().await;
    let provider = Provider::start(ESPACE, oidc::accounts(), Options::default());
    let admin = t.admin_cookie().await;
    t.set_password("helene.dubois@acme.example", "a-good-long-password").await;
    let helene = t.sign_in("helene.dubois@acme.example", "a-good-long-password").await;
    assert_eq!(t.get("/api/sso", Some(&helene)).await.status(), StatusCode::FORBIDDEN);
    assert_eq!(
        t.json("PUT", "/api/sso", Some(&helene), settings(&provider, &[])).await.status(),
        StatusCode::FORBIDDEN
    );
    assert_eq!(t.get("/api/sso", None).await.status(), StatusCode::UNAUTHORIZED);

    let mut body = settings(&provider, &[]);
    body["issuer"] = json!("http://idp.example.com");
    body["domains"] = json!(["not a domain"]);
    body["client_secret"] = json!("");
    body["default_entity_id"] = json!(999);
    let res = t.json("PUT", "/api/sso", Some(&admin), body).await;
    assert_eq!(res.status(), StatusCode::UNPROCESSABLE_ENTITY);
    let fields: Vec<(String, String)> = body_json(res).await["fields"]
        .as_array()
        .unwrap()
        .iter()
        .map(|f| (f["field"].as_str().unwrap().to_owned(), f["code"].as_str().unwrap().to_owned()))
        .collect();
    assert!(fields.contains(&("issuer".into(), "invalid-url".into())), "{fields:?}");
    assert!(fields.contains(&("domains".into(), "invalid-domain".into())), "{fields:?}");
    assert_eq!(t.get("/api/sso", Some(&admin)).await.status(), StatusCode::OK);
    // Nothing was saved: the first step still says password.
    let res = t.json("POST", "/api/session/method", None, json!({ "email": "nina.roux@sso.example" })).await;
    assert_eq!(body_json(res).await["method"], "password");
}

#[tokio::test]
async fn the_connection_test_says_what_works_and_what_does_not() {
    let t = app().await;
    let provider = Provider::start(ESPACE, oidc::accounts(), Options::default());
    let admin = t.admin_cookie().await;
    let report = |body: Value| {
        let t = &t;
        let admin = admin.clone();
        async move {
            let res = t.json("POST", "/api/sso/test", Some(&admin), body).await;
            assert_eq!(res.status(), StatusCode::OK);
            let report = body_json(res).await;
            report["checks"]
                .as_array()
                .unwrap()
                .iter()
                .map(|c| (c["step"].as_str().unwrap().to_owned(), c["ok"].clone()))
                .collect::<Vec<_>>()
        }
    };
    let all = report(settings(&provider, &[])).await;
    assert!(all.iter().all(|(_, ok)| ok == &json!(true)), "{all:?}");

    let mut wrong_secret = settings(&provider, &[]);
    wrong_secret["client_secret"] = json!("not-the-secret");
    let checks = report(wrong_secret).await;
    assert_eq!(checks.last().unwrap(), &("client".to_owned(), json!(false)), "{checks:?}");
    assert!(checks[..4].iter().all(|(_, ok)| ok == &json!(true)), "{checks:?}");

    let mut unreachable = settings(&provider, &[]);
    unreachable["issuer"] = json!("http://127.0.0.1:9");
    let checks = report(unreachable).await;
    assert_eq!(checks[0], ("discovery".to_owned(), json!(false)));
    assert!(checks[1..].iter().all(|(_, ok)| ok.is_null()), "later steps not tried: {checks:?}");

    let mut wrong_issuer = settings(&provider, &[]);
    wrong_issuer["issuer"] = json!(format!("{}/", provider.issuer));
    let checks = report(wrong_issuer).await;
    assert_eq!(checks[1], ("issuer".to_owned(), json!(false)), "{checks:?}");
}

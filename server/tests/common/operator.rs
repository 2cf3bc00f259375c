//! An operator made the way the CLI makes one and activated through the console's API.

use axum::body::Body;
use axum::http::{header, StatusCode};
use espace_api::Language;
use espace_server::operators::account;
use serde_json::{json, Value};
use totp_rs::{Builder, Secret, Totp};

use super::{body_json, TestApp};

pub const PASSWORD: &str = "a-good-long-password";
pub const OPERATOR: &str = "olivia.ops@provider.example";

pub fn now() -> u64 {
    std::time::SystemTime::now().duration_since(std::time::UNIX_EPOCH).unwrap().as_secs()
}

pub fn set_cookie(res: &axum::http::Response<Body>, name: &str) -> Option<String> {
    res.headers()
        .get_all(header::SET_COOKIE)
        .iter()
        .map(|v| v.to_str().unwrap().to_owned())
        .find(|c| c.starts_with(&format!("{name}=")) && !c.starts_with(&format!("{name}=;")))
}

pub fn pair(cookie: &str) -> String {
    cookie.split(';').next().unwrap().to_owned()
}

/// Invites and activates an operator; their app and console cookie pair.
pub async fn operator(t: &TestApp) -> (Totp, String) {
    let link = account::invite(&t.app.state, "Olivia Ops", OPERATOR, Language::En).await.unwrap();
    let token = link.rsplit_once('#').unwrap().1.to_owned();
    assert!(link.contains("/operator/activate#"), "{link}");
    let res = t.json("POST", "/api/operator/activation/start", None, json!({ "token": token })).await;
    assert_eq!(res.status(), StatusCode::OK);
    let setup = body_json(res).await;
    let app = Builder::new()
        .with_secret(Secret::try_from_base32(setup["secret"].as_str().unwrap()).unwrap())
        .build()
        .unwrap();
    // A weak password, or a wrong code: nothing is activated.
    let res = t
        .json(
            "POST",
            "/api/operator/activation",
            None,
            json!({ "token": token, "password": "short", "code": "000000" }),
        )
        .await;
    assert_eq!(res.status(), StatusCode::UNPROCESSABLE_ENTITY);
    let res = t
        .json(
            "POST",
            "/api/operator/activation",
            None,
            json!({ "token": token, "password": PASSWORD, "code": "000000" }),
        )
        .await;
    assert_eq!(body_json(res).await["fields"][0]["code"], "wrong-code");
    let code = app.generate(now()).to_string();
    let res = t
        .json("POST", "/api/operator/activation", None, json!({ "token": token, "password": PASSWORD, "code": code }))
        .await;
    assert_eq!(res.status(), StatusCode::NO_CONTENT);
    let cookie = set_cookie(&res, "espace_operator").expect("the console's cookie");
    assert!(cookie.contains("Path=/api/operator") && cookie.contains("HttpOnly") && cookie.contains("SameSite=Strict"));
    // The link works once.
    let again = t.json("POST", "/api/operator/activation/start", None, json!({ "token": token })).await;
    assert_eq!(again.status(), StatusCode::GONE);
    (app, pair(&cookie))
}

pub async fn call(
    t: &TestApp,
    method: &str,
    uri: &str,
    cookie: Option<&str>,
    body: Option<Value>,
) -> (StatusCode, Value) {
    let res = t.json(method, uri, cookie, body.unwrap_or(json!({}))).await;
    let status = res.status();
    let bytes = axum::body::to_bytes(res.into_body(), 1 << 20).await.unwrap();
    (status, serde_json::from_slice(&bytes).unwrap_or(Value::Null))
}

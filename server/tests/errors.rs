//! Every error the API answers has one JSON shape (code, localized message, reference), the
//! reference being the request id that is also in the logs and the `x-request-id` header.

#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)] // tests: a failed unwrap is a failed test

mod common;

use axum::body::Body;
use axum::http::{header, Request, StatusCode};
use common::{body_json, start};
use tower::ServiceExt;

async fn check(res: axum::response::Response, status: StatusCode, code: &str) -> serde_json::Value {
    assert_eq!(res.status(), status, "{code}");
    assert_eq!(res.headers()[header::CONTENT_TYPE], "application/json", "{code}");
    let id = res.headers().get("x-request-id").expect("request id").to_str().unwrap().to_owned();
    let body = body_json(res).await;
    assert_eq!(body["code"], code, "{body}");
    assert_eq!(body["reference"], id.as_str(), "the reference is the request id");
    assert!(!body["message"].as_str().unwrap().is_empty(), "{body}");
    body
}

#[tokio::test]
async fn framework_rejections_come_back_in_the_error_shape_in_the_requested_language() {
    let t = start().await;
    let cookie = t.admin_cookie().await;
    let send = |method: &str, uri: &str, content_type: Option<&str>, body: Body| {
        let mut req = Request::builder()
            .method(method)
            .uri(uri)
            .header(header::COOKIE, &cookie)
            .header(header::ACCEPT_LANGUAGE, "fr");
        if let Some(ct) = content_type {
            req = req.header(header::CONTENT_TYPE, ct);
        }
        t.app.router.clone().oneshot(req.body(body).unwrap())
    };
    let json = Some("application/json");
    let bad = check(
        send("POST", "/api/session", json, Body::from("{not json")).await.unwrap(),
        StatusCode::BAD_REQUEST,
        "bad-request",
    )
    .await;
    assert!(bad["message"].as_str().unwrap().contains("Rechargez"), "French: {bad}");
    check(
        send("POST", "/api/session", json, Body::from(r#"{"email": 5}"#)).await.unwrap(),
        StatusCode::BAD_REQUEST,
        "bad-request",
    )
    .await;
    check(
        send("POST", "/api/session", Some("text/plain"), Body::from("{}")).await.unwrap(),
        StatusCode::UNSUPPORTED_MEDIA_TYPE,
        "unsupported-media-type",
    )
    .await;
    let huge = format!(r#"{{"email": "{}", "password": "x"}}"#, "a".repeat(200_000));
    check(
        send("POST", "/api/session", json, Body::from(huge)).await.unwrap(),
        StatusCode::PAYLOAD_TOO_LARGE,
        "payload-too-large",
    )
    .await;
    check(send("GET", "/api/nowhere", None, Body::empty()).await.unwrap(), StatusCode::NOT_FOUND, "not-found").await;
    check(
        send("PUT", "/api/users", json, Body::from("{}")).await.unwrap(),
        StatusCode::METHOD_NOT_ALLOWED,
        "method-not-allowed",
    )
    .await;
    check(
        send("GET", "/api/users/not-a-number", None, Body::empty()).await.unwrap(),
        StatusCode::BAD_REQUEST,
        "bad-request",
    )
    .await;
    check(
        send("GET", "/api/users?page=-4", None, Body::empty()).await.unwrap(),
        StatusCode::BAD_REQUEST,
        "bad-request",
    )
    .await;
    check(
        send("GET", "/api/users?status=gone", None, Body::empty()).await.unwrap(),
        StatusCode::BAD_REQUEST,
        "bad-request",
    )
    .await;
}

#[tokio::test]
async fn a_panicking_handler_answers_500_in_the_error_shape_and_the_server_goes_on() {
    let boom = axum::Router::new().route(
        "/boom",
        axum::routing::get(|| async {
            if true {
                panic!("a bug in a handler");
            }
            "never"
        }),
    );
    let router = espace_server::request_layers(espace_server::api_layers(boom, None));
    for _ in 0..2 {
        let res = router.clone().oneshot(Request::get("/boom").body(Body::empty()).unwrap()).await.unwrap();
        check(res, StatusCode::INTERNAL_SERVER_ERROR, "internal").await;
    }
}

#[tokio::test]
async fn a_client_cannot_choose_its_reference() {
    let t = start().await;
    let req = Request::get("/api/me").header("x-request-id", "same-for-everyone").body(Body::empty()).unwrap();
    let res = t.request(req).await;
    let body = check(res, StatusCode::UNAUTHORIZED, "unauthenticated").await;
    assert_ne!(body["reference"], "same-for-everyone");
    assert_eq!(body["reference"].as_str().unwrap().len(), 12);
}

#[test]
fn the_dev_mailbox_refuses_to_start_where_others_could_read_it() {
    let runtime = tokio::runtime::Runtime::new().unwrap();
    let dir = tempfile::tempdir().unwrap();
    let mut config = espace_server::config::Config::for_tests(
        format!("sqlite://{}", dir.path().join("db").display()),
        dir.path().join("dist"),
    );
    config.dev_mailbox = true;
    config.addr = "0.0.0.0:0".parse().unwrap();
    let error = runtime.block_on(espace_server::build(config)).err().expect("refused");
    assert!(error.to_string().contains("ESPACE_DEV_MAILBOX"), "{error}");
}

//! Limits per client address and per account; a proxy's clients are told apart only when the
//! operator trusts that proxy.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)] // tests: a failed unwrap is a failed test

mod common;

use axum::http::{header, StatusCode};
use common::{body_json, start, start_with};
use serde_json::json;

#[tokio::test]
async fn successful_sign_ins_do_not_spend_the_address_budget() {
    let t = start().await;
    let (max, _) = espace_server::rate_limit::Bucket::SignInAddress.limit();
    let body = json!({ "email": t.demo.email, "password": t.demo.password });
    for _ in 0..=max {
        let res = t.json_from([10, 0, 0, 1], &[], "POST", "/api/session", body.clone()).await;
        assert_eq!(res.status(), StatusCode::OK);
    }
}

#[tokio::test]
async fn behind_a_trusted_proxy_each_client_has_its_own_budget_and_nobody_else_can_claim_one() {
    let t = start_with(|c| c.trusted_proxies = espace_server::config::parse_proxies("10.0.0.0/8").unwrap()).await;
    let (max, _) = espace_server::rate_limit::Bucket::SignInAddress.limit();
    let proxy = [10, 0, 0, 9];
    let guess = |n: i64| json!({ "email": format!("guess{n}@acme.example"), "password": "nope-nope-nope" });
    for n in 0..max {
        let res = t.json_from(proxy, &[("x-forwarded-for", "198.51.100.7")], "POST", "/api/session", guess(n)).await;
        assert_eq!(res.status(), StatusCode::UNAUTHORIZED);
    }
    let limited = t.json_from(proxy, &[("x-forwarded-for", "198.51.100.7")], "POST", "/api/session", guess(max)).await;
    assert_eq!(limited.status(), StatusCode::TOO_MANY_REQUESTS);
    let retry: u64 = limited.headers()[header::RETRY_AFTER].to_str().unwrap().parse().unwrap();
    assert!(retry > 0 && retry <= 600);
    let body = body_json(limited).await;
    assert_eq!(body["code"], "rate-limited");
    assert!(!body["reference"].as_str().unwrap().is_empty());
    // Another client behind the same proxy is not held back by the noisy one.
    let other = t.json_from(proxy, &[("x-forwarded-for", "198.51.100.8")], "POST", "/api/session", guess(0)).await;
    assert_eq!(other.status(), StatusCode::UNAUTHORIZED);
    // A client that is not the proxy cannot pick an address with the header.
    let stranger = [203, 0, 113, 5];
    for n in 0..max {
        let forged = format!("192.0.2.{n}");
        let res = t.json_from(stranger, &[("x-forwarded-for", &forged)], "POST", "/api/session", guess(n)).await;
        assert_eq!(res.status(), StatusCode::UNAUTHORIZED);
    }
    let res = t.json_from(stranger, &[("x-forwarded-for", "192.0.2.200")], "POST", "/api/session", guess(0)).await;
    assert_eq!(res.status(), StatusCode::TOO_MANY_REQUESTS);
}

#[tokio::test]
async fn one_account_is_limited_whatever_the_addresses_guessing_it() {
    let t = start().await;
    let (max, _) = espace_server::rate_limit::Bucket::Account.limit();
    let target = json!({ "email": "nobody-real@acme.example", "password": "nope-nope-nope" });
    for n in 0..max {
        let peer = [10, 1, u8::try_from(n / 250).unwrap(), u8::try_from(n % 250).unwrap()];
        assert_eq!(
            t.json_from(peer, &[], "POST", "/api/session", target.clone()).await.status(),
            StatusCode::UNAUTHORIZED
        );
    }
    let res = t.json_from([10, 9, 9, 9], &[], "POST", "/api/session", target).await;
    assert_eq!(res.status(), StatusCode::TOO_MANY_REQUESTS);
    // Someone else's account is not affected.
    let res = t
        .json_from(
            [10, 9, 9, 9],
            &[],
            "POST",
            "/api/session",
            json!({ "email": t.demo.email, "password": t.demo.password }),
        )
        .await;
    assert_eq!(res.status(), StatusCode::OK);
}

/// The device cookie a sign-in set, as a Cookie header's pair.
fn device_cookie(res: &axum::http::Response<axum::body::Body>) -> String {
    res.headers()
        .get_all(header::SET_COOKIE)
        .iter()
        .map(|v| v.to_str().unwrap().split(';').next().unwrap().to_owned())
        .find(|pair| pair.starts_with("espace_device="))
        .expect("a device cookie")
}

#[tokio::test]
async fn a_browser_that_signed_in_before_is_not_shut_out_by_its_office_address() {
    let t = start().await;
    let (max, _) = espace_server::rate_limit::Bucket::SignInAddress.limit();
    let office = [203, 0, 113, 40];
    let camille = json!({ "email": t.demo.email, "password": t.demo.password });
    // Camille's browser has signed in from the office before.
    let first = t.json_from(office, &[], "POST", "/api/session", camille.clone()).await;
    assert_eq!(first.status(), StatusCode::OK);
    let device = device_cookie(&first);

    // With that browser, her wrong passwords count against the browser, not the office.
    let wrong = json!({ "email": t.demo.email, "password": "not-her-password" });
    for _ in 0..3 {
        let res = t.json_from(office, &[("cookie", &device)], "POST", "/api/session", wrong.clone()).await;
        assert_eq!(res.status(), StatusCode::UNAUTHORIZED);
    }
    // One client at the office guesses until the office's address is throttled: all of its
    // budget was still there.
    let guess = |n: i64| json!({ "email": format!("guess{n}@acme.example"), "password": "nope-nope-nope" });
    for n in 0..max {
        let res = t.json_from(office, &[], "POST", "/api/session", guess(n)).await;
        assert_eq!(res.status(), StatusCode::UNAUTHORIZED, "guess {n}");
    }
    let res = t.json_from(office, &[], "POST", "/api/session", guess(max)).await;
    assert_eq!(res.status(), StatusCode::TOO_MANY_REQUESTS);
    // Camille's known browser still gets its right password checked; a new browser does not.
    let res = t.json_from(office, &[("cookie", &device)], "POST", "/api/session", camille.clone()).await;
    assert_eq!(res.status(), StatusCode::OK);
    let res = t.json_from(office, &[], "POST", "/api/session", camille.clone()).await;
    assert_eq!(res.status(), StatusCode::TOO_MANY_REQUESTS);
    // The cookie is only known for her account: for another account it is a new browser.
    let helene = json!({ "email": "helene.dubois@acme.example", "password": "whatever-it-is" });
    let res = t.json_from(office, &[("cookie", &device)], "POST", "/api/session", helene).await;
    assert_eq!(res.status(), StatusCode::TOO_MANY_REQUESTS);
}

#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)] // tests: a failed unwrap is a failed test
mod common;

use axum::http::{header, StatusCode};
use common::{body_json, start};
use serde_json::json;

#[tokio::test]
async fn demo_admin_signs_in_with_a_strict_http_only_cookie() {
    let t = start().await;
    let res = t
        .json(
            "POST",
            "/api/session",
            None,
            json!({ "email": t.demo.email.to_uppercase(), "password": t.demo.password }),
        )
        .await;
    assert_eq!(res.status(), StatusCode::OK);
    let cookie = res.headers().get(header::SET_COOKIE).unwrap().to_str().unwrap().to_owned();
    assert!(cookie.starts_with("espace_session="), "{cookie}");
    assert!(cookie.contains("HttpOnly"), "{cookie}");
    assert!(cookie.contains("SameSite=Strict"), "{cookie}");
    assert!(cookie.contains("Path=/"), "{cookie}");
    assert!(!cookie.contains("Secure"), "plain http in tests: {cookie}");
    let me = body_json(res).await;
    assert_eq!(me["user"]["email"], t.demo.email);
    assert_eq!(me["user"]["role"], "admin");
    assert_eq!(me["company"]["name"], "Acme");
    assert_eq!(me["company"]["language"], "fr");

    // The cookie value is never stored as such: only its hash.
    let value = cookie.split(';').next().unwrap().trim_start_matches("espace_session=").to_owned();
    let stored: Vec<String> =
        sqlx::query_scalar("SELECT id_hash FROM sessions").fetch_all(&t.app.state.pool).await.unwrap();
    assert_eq!(stored.len(), 1);
    assert_ne!(stored[0], value);
    assert_eq!(stored[0].len(), 64);
}

#[tokio::test]
async fn wrong_password_and_unknown_email_get_the_same_localized_answer() {
    let t = start().await;
    let wrong =
        t.json("POST", "/api/session", None, json!({ "email": t.demo.email, "password": "nope-nope-nope" })).await;
    assert_eq!(wrong.status(), StatusCode::UNAUTHORIZED);
    assert!(wrong.headers().get(header::SET_COOKIE).is_none());
    let wrong = body_json(wrong).await;
    let unknown = t
        .json("POST", "/api/session", None, json!({ "email": "nobody@acme.example", "password": "nope-nope-nope" }))
        .await;
    assert_eq!(unknown.status(), StatusCode::UNAUTHORIZED);
    let unknown = body_json(unknown).await;
    assert_eq!(wrong["code"], "invalid-credentials");
    assert_eq!(unknown["code"], wrong["code"]);
    assert_eq!(unknown["message"], wrong["message"]);
    assert_eq!(
        wrong["message"],
        "Wrong e-mail address or password. Check both, or choose “Forgotten password?” to get a new one."
    );
    assert_eq!(wrong["reference"].as_str().unwrap().len(), 12);
}

#[tokio::test]
async fn malformed_sign_in_gets_field_errors_in_the_requested_language() {
    let t = start().await;
    let res = t.json("POST", "/api/session", None, json!({ "email": "not-an-email", "password": "" })).await;
    assert_eq!(res.status(), StatusCode::UNPROCESSABLE_ENTITY);
    let body = body_json(res).await;
    assert_eq!(body["code"], "validation");
    assert_eq!(body["fields"][0]["field"], "email");
    assert_eq!(body["fields"][0]["code"], "invalid-email");
    assert_eq!(body["fields"][1]["field"], "password");
    assert_eq!(body["fields"][1]["code"], "required");
    assert!(body["message"].as_str().unwrap().starts_with("Some fields need your attention."));
}

#[tokio::test]
async fn me_needs_a_session_and_sign_out_ends_it() {
    let t = start().await;
    let res = t.get("/api/me", None).await;
    assert_eq!(res.status(), StatusCode::UNAUTHORIZED);
    let body = body_json(res).await;
    assert_eq!(body["code"], "unauthenticated");
    assert_eq!(body["message"], "Votre session a pris fin. Veuillez vous reconnecter.");

    let forged = t.get("/api/me", Some("espace_session=forged")).await;
    assert_eq!(forged.status(), StatusCode::UNAUTHORIZED);

    let cookie = t.admin_cookie().await;
    let me = t.get("/api/me", Some(&cookie)).await;
    assert_eq!(me.status(), StatusCode::OK);
    assert_eq!(body_json(me).await["user"]["first_name"], "Camille");

    let out = t.json("DELETE", "/api/session", Some(&cookie), json!({})).await;
    assert_eq!(out.status(), StatusCode::OK);
    let removal = out.headers().get(header::SET_COOKIE).unwrap().to_str().unwrap();
    assert!(removal.contains("Max-Age=0"), "{removal}");
    assert_eq!(t.get("/api/me", Some(&cookie)).await.status(), StatusCode::UNAUTHORIZED);
}

#[tokio::test]
async fn the_app_asks_who_is_signed_in_without_an_error_for_no_one() {
    let t = start().await;
    for cookie in [None, Some("espace_session=forged")] {
        let res = t.get("/api/session", cookie).await;
        assert_eq!(res.status(), StatusCode::OK, "{cookie:?}");
        assert!(body_json(res).await.is_null(), "{cookie:?}");
    }
    let cookie = t.admin_cookie().await;
    let me = body_json(t.get("/api/session", Some(&cookie)).await).await;
    assert_eq!(me["user"]["first_name"], "Camille");
    // Activation links' lifetime, for the messages that name it.
    assert_eq!(me["activation_hours"], 72);
    t.json("DELETE", "/api/session", Some(&cookie), json!({})).await;
    assert!(body_json(t.get("/api/session", Some(&cookie)).await).await.is_null());
}

#[tokio::test]
async fn only_active_users_sign_in_and_a_deactivation_ends_open_sessions() {
    let t = start().await;
    for email in ["jean.moreau@acme.example", "marc.petit@acme.example"] {
        t.set_password(email, "a-good-long-password").await;
        let res =
            t.json("POST", "/api/session", None, json!({ "email": email, "password": "a-good-long-password" })).await;
        assert_eq!(res.status(), StatusCode::UNAUTHORIZED, "{email}");
    }
    t.set_password("helene.dubois@acme.example", "a-good-long-password").await;
    let cookie = t.sign_in("helene.dubois@acme.example", "a-good-long-password").await;
    assert_eq!(t.get("/api/me", Some(&cookie)).await.status(), StatusCode::OK);
    sqlx::query("UPDATE users SET status = 'deactivated' WHERE email_norm = 'helene.dubois@acme.example'")
        .execute(&t.app.state.pool)
        .await
        .unwrap();
    assert_eq!(t.get("/api/me", Some(&cookie)).await.status(), StatusCode::UNAUTHORIZED);
}

#[tokio::test]
async fn ten_wrong_passwords_lock_and_a_right_one_resets_the_count() {
    let t = start().await;
    let email = "helene.dubois@acme.example";
    t.set_password(email, "a-good-long-password").await;
    for _ in 0..9 {
        let res = t.json("POST", "/api/session", None, json!({ "email": email, "password": "wrong" })).await;
        assert_eq!(res.status(), StatusCode::UNAUTHORIZED);
    }
    t.sign_in(email, "a-good-long-password").await;
    for _ in 0..9 {
        t.json("POST", "/api/session", None, json!({ "email": email, "password": "wrong" })).await;
    }
    // The tenth locks, and answers like any wrong password: nothing to learn from it.
    let tenth = t.json("POST", "/api/session", None, json!({ "email": email, "password": "wrong" })).await;
    assert_eq!(tenth.status(), StatusCode::UNAUTHORIZED);
    assert_eq!(body_json(tenth).await["code"], "invalid-credentials");
    let status: String = sqlx::query_scalar("SELECT status FROM users WHERE email_norm = $1")
        .bind(email)
        .fetch_one(&t.app.state.pool)
        .await
        .unwrap();
    assert_eq!(status, "locked");
    let right =
        t.json("POST", "/api/session", None, json!({ "email": email, "password": "a-good-long-password" })).await;
    assert_eq!(body_json(right).await["code"], "account-locked");
}

#[tokio::test]
async fn a_user_sees_only_assigned_services_and_an_admin_sees_all_with_seats() {
    let t = start().await;
    t.set_password("helene.dubois@acme.example", "a-good-long-password").await;
    let user = t.sign_in("helene.dubois@acme.example", "a-good-long-password").await;
    let space = body_json(t.get("/api/space", Some(&user)).await).await;
    let names: Vec<&str> = space["services"].as_array().unwrap().iter().map(|s| s["name"].as_str().unwrap()).collect();
    assert_eq!(names, ["Exchange Online (Plan 1)", "Microsoft 365 Business Standard"]);
    assert!(space["services"][0].get("seats_total").is_none());
    assert!(space.get("pending_activation").is_none());

    let admin = t.admin_cookie().await;
    let space = body_json(t.get("/api/space", Some(&admin)).await).await;
    assert_eq!(space["services"].as_array().unwrap().len(), 4);
    assert_eq!(space["pending_activation"], 2);
    let m365 =
        space["services"].as_array().unwrap().iter().find(|s| s["name"] == "Microsoft 365 Business Standard").unwrap();
    assert_eq!(m365["seats_total"], 10);
    assert_eq!(m365["seats_used"], 2);
}

#[tokio::test]
async fn sign_in_attempts_are_limited_per_address() {
    use axum::extract::ConnectInfo;
    let t = start().await;
    let attempt = |ip: [u8; 4], n: i64| {
        axum::http::Request::builder()
            .method("POST")
            .uri("/api/session")
            .header(header::CONTENT_TYPE, "application/json")
            .extension(ConnectInfo(std::net::SocketAddr::from((ip, 40000))))
            .body(axum::body::Body::from(
                json!({ "email": format!("nobody{n}@acme.example"), "password": "x" }).to_string(),
            ))
            .unwrap()
    };
    let (max, _) = espace_server::rate_limit::Bucket::SignInAddress.limit();
    for n in 0..max {
        assert_eq!(t.request(attempt([10, 0, 0, 1], n)).await.status(), StatusCode::UNAUTHORIZED);
    }
    let limited = t.request(attempt([10, 0, 0, 1], max)).await;
    assert_eq!(limited.status(), StatusCode::TOO_MANY_REQUESTS);
    assert!(limited.headers().contains_key(header::RETRY_AFTER));
    assert_eq!(body_json(limited).await["code"], "rate-limited");
    assert_eq!(t.request(attempt([10, 0, 0, 2], max)).await.status(), StatusCode::UNAUTHORIZED);
}

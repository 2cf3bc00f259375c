#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)] // tests: a failed unwrap is a failed test
//! Two-step sign-in: an authenticator app set up with a first code, codes used once within a
//! step either side, recovery codes used once, wrong codes counting toward the lockout like
//! wrong passwords, the company's policy for each level, and an administrator's reset within
//! scope.
mod common;

use axum::http::{header, StatusCode};
use common::{body_json, start, start_with, TestApp};
use serde_json::{json, Value};
use totp_rs::{Builder, Secret, Totp};

const PASSWORD: &str = "a-good-long-password";
const HELENE: &str = "helene.dubois@acme.example"; // a user, Paris
const EMMA: &str = "emma.wilson@acme.example"; // a user, Lyon
const PARIS: i64 = 1;

fn now() -> u64 {
    std::time::SystemTime::now().duration_since(std::time::UNIX_EPOCH).unwrap().as_secs()
}

/// The code the app shows `steps` steps of 30 s from now.
fn code(app: &Totp, steps: i64) -> String {
    app.generate(now().saturating_add_signed(steps * 30)).to_string()
}

fn app_of(secret: &str) -> Totp {
    Builder::new().with_secret(Secret::try_from_base32(secret).unwrap()).build().unwrap()
}

/// Sets up an authenticator app for whoever `cookie` signs in; the app, the recovery codes and
/// the code the setup spent (kept, not recomputed: the 30 s step may turn during the test).
async fn set_up_app(t: &TestApp, cookie: &str) -> (Totp, Vec<String>, String) {
    let res = t.json("POST", "/api/me/second-step/authenticator", Some(cookie), json!({})).await;
    assert_eq!(res.status(), StatusCode::OK);
    let setup = body_json(res).await;
    let secret = setup["secret"].as_str().unwrap().to_owned();
    assert!(setup["uri"].as_str().unwrap().starts_with("otpauth://totp/Espace:"), "{setup}");
    let size = setup["qr"]["size"].as_u64().unwrap() as usize;
    assert_eq!(setup["qr"]["modules"].as_str().unwrap().len(), size * size);
    let app = app_of(&secret);
    // A wrong first code sets nothing up.
    let wrong =
        t.json("POST", "/api/me/second-step/authenticator/confirm", Some(cookie), json!({ "code": "000000" })).await;
    assert_eq!(wrong.status(), StatusCode::UNPROCESSABLE_ENTITY);
    assert_eq!(body_json(wrong).await["fields"][0]["code"], "wrong-code");
    let first = code(&app, 0);
    let res = t.json("POST", "/api/me/second-step/authenticator/confirm", Some(cookie), json!({ "code": first })).await;
    assert_eq!(res.status(), StatusCode::OK);
    let codes: Vec<String> =
        body_json(res).await["codes"].as_array().unwrap().iter().map(|c| c.as_str().unwrap().to_owned()).collect();
    assert_eq!(codes.len(), 10);
    assert!(codes.iter().all(|c| c.len() == 19 && c.matches('-').count() == 3), "{codes:?}");
    (app, codes, first)
}

/// The password step: its status, the challenge cookie pair if any, the session pair if any.
async fn password_step(t: &TestApp, email: &str, password: &str) -> (StatusCode, Option<String>, Option<String>) {
    let res = t.json("POST", "/api/session", None, json!({ "email": email, "password": password })).await;
    let pair = |name: &str| {
        res.headers()
            .get_all(header::SET_COOKIE)
            .iter()
            .map(|v| v.to_str().unwrap().split(';').next().unwrap().to_owned())
            .find(|pair| pair.starts_with(name) && !pair.ends_with('='))
    };
    (res.status(), pair("espace_second_step="), pair("espace_session="))
}

/// The code step with this challenge: its status and body, and the session pair if one opened.
async fn code_step(t: &TestApp, challenge: &str, code: &str) -> (StatusCode, Value, Option<String>) {
    let res = t.json("POST", "/api/session/second-step", Some(challenge), json!({ "code": code })).await;
    let session = res
        .headers()
        .get_all(header::SET_COOKIE)
        .iter()
        .map(|v| v.to_str().unwrap().split(';').next().unwrap().to_owned())
        .find(|pair| pair.starts_with("espace_session="));
    let status = res.status();
    (status, body_json(res).await, session)
}

async fn challenge(t: &TestApp, email: &str) -> String {
    let (status, challenge, session) = password_step(t, email, PASSWORD).await;
    assert_eq!(status, StatusCode::ACCEPTED);
    assert!(session.is_none(), "no session before the second step");
    challenge.expect("a challenge cookie")
}

async fn status_of(t: &TestApp, email: &str) -> String {
    sqlx::query_scalar("SELECT status FROM users WHERE email_norm = $1")
        .bind(email)
        .fetch_one(&t.app.state.pool)
        .await
        .unwrap()
}

#[tokio::test]
async fn an_app_set_up_asks_for_a_code_each_used_once_within_a_step_either_side() {
    let t = start().await;
    t.set_password(HELENE, PASSWORD).await;
    let cookie = t.sign_in(HELENE, PASSWORD).await;
    let (app, _, first) = set_up_app(&t, &cookie).await;
    let status = body_json(t.get("/api/me/second-step", Some(&cookie)).await).await;
    assert_eq!(status, json!({ "authenticator": true, "passkeys": [], "recovery_codes_left": 10, "required": false }));

    // The step the setup used is spent: the same code again is a replay.
    let pass = challenge(&t, HELENE).await;
    let (status, body, session) = code_step(&t, &pass, &first).await;
    assert_eq!(
        (status, &body["fields"][0]["code"], session),
        (StatusCode::UNPROCESSABLE_ENTITY, &json!("wrong-code"), None)
    );
    // Three steps off either way: refused.
    for off in [-3, 3] {
        let (status, _, _) = code_step(&t, &pass, &code(&app, off)).await;
        assert_eq!(status, StatusCode::UNPROCESSABLE_ENTITY, "{off} steps off");
    }
    // One step ahead (a clock a little fast): accepted, and a session opens. The code is kept so
    // that the replays below try the same one even if the step turns meanwhile.
    let ahead = code(&app, 1);
    let (status, body, session) = code_step(&t, &pass, &ahead).await;
    assert_eq!(status, StatusCode::OK, "{body}");
    assert_eq!(body["user"]["email"], HELENE);
    let session = session.expect("a session");
    assert_eq!(t.get("/api/space", Some(&session)).await.status(), StatusCode::OK);
    // The challenge was single use; the same code on a new challenge is a replay.
    let (status, body, _) = code_step(&t, &pass, &ahead).await;
    assert_eq!((status, &body["code"]), (StatusCode::UNAUTHORIZED, &json!("second-step-expired")));
    let again = challenge(&t, HELENE).await;
    let (status, _, _) = code_step(&t, &again, &ahead).await;
    assert_eq!(status, StatusCode::UNPROCESSABLE_ENTITY);
    // No challenge at all, or a made-up one: start again.
    for cookie in [None, Some("espace_second_step=bm90LWEtcmVhbC1jaGFsbGVuZ2UtdmFsdWUtYXQtYWxsISE")] {
        let res = t.json("POST", "/api/session/second-step", cookie, json!({ "code": "123456" })).await;
        assert_eq!(res.status(), StatusCode::UNAUTHORIZED);
        assert_eq!(body_json(res).await["code"], "second-step-expired");
    }
}

#[tokio::test]
async fn recovery_codes_work_once_and_are_counted() {
    let t = start().await;
    t.set_password(HELENE, PASSWORD).await;
    let cookie = t.sign_in(HELENE, PASSWORD).await;
    let (_, codes, _) = set_up_app(&t, &cookie).await;
    let pass = challenge(&t, HELENE).await;
    // Typed in lower case without dashes: the same code.
    let typed = codes[3].replace('-', " ").to_lowercase();
    let (status, _, session) = code_step(&t, &pass, &typed).await;
    assert_eq!(status, StatusCode::OK);
    let session = session.unwrap();
    let status = body_json(t.get("/api/me/second-step", Some(&session)).await).await;
    assert_eq!(status["recovery_codes_left"], 9);
    let again = challenge(&t, HELENE).await;
    let (status, _, _) = code_step(&t, &again, &codes[3]).await;
    assert_eq!(status, StatusCode::UNPROCESSABLE_ENTITY, "a recovery code works once");
    // New codes: the old ones stop working.
    let res = t.json("POST", "/api/me/second-step/recovery-codes", Some(&session), json!({})).await;
    let renewed = body_json(res).await;
    assert_eq!(renewed["codes"].as_array().unwrap().len(), 10);
    let (status, _, _) = code_step(&t, &again, &codes[4]).await;
    assert_eq!(status, StatusCode::UNPROCESSABLE_ENTITY);
    let (status, _, _) = code_step(&t, &again, renewed["codes"][0].as_str().unwrap()).await;
    assert_eq!(status, StatusCode::OK);
    let events: Vec<String> =
        sqlx::query_scalar("SELECT action FROM audit_log ORDER BY id").fetch_all(&t.app.state.pool).await.unwrap();
    for action in ["authenticator-added", "recovery-code-used", "recovery-codes-renewed"] {
        assert!(events.iter().any(|e| e == action), "{action} in {events:?}");
    }
}

#[tokio::test]
async fn wrong_codes_count_toward_the_lockout_like_wrong_passwords() {
    let t = start().await;
    t.set_password(HELENE, PASSWORD).await;
    let cookie = t.sign_in(HELENE, PASSWORD).await;
    let (app, _, _) = set_up_app(&t, &cookie).await;
    // A wrong password answers as it does for anyone: nothing says a second step exists.
    let (status, challenge_cookie, _) = password_step(&t, HELENE, "not-the-password").await;
    assert_eq!((status, challenge_cookie), (StatusCode::UNAUTHORIZED, None));
    let pass = challenge(&t, HELENE).await;
    // One wrong password above, nine wrong codes: the tenth failure in a row.
    for _ in 0..9 {
        let (status, _, _) = code_step(&t, &pass, "999999").await;
        assert_eq!(status, StatusCode::UNPROCESSABLE_ENTITY);
    }
    assert_eq!(status_of(&t, HELENE).await, "locked");
    // Even the right code now says the account is locked (they knew the password).
    let (status, body, session) = code_step(&t, &pass, &code(&app, 1)).await;
    assert_eq!((status, &body["code"], session), (StatusCode::FORBIDDEN, &json!("account-locked"), None));
    let mails: i64 = sqlx::query_scalar("SELECT COUNT(*) FROM outbox WHERE kind = 'locked'")
        .fetch_one(&t.app.state.pool)
        .await
        .unwrap();
    assert_eq!(mails, 1, "the person is e-mailed a link, as for wrong passwords");
}

async fn set_policy(t: &TestApp, admin: &str, policy: &str) {
    let res = t
        .json(
            "PUT",
            "/api/company/settings",
            Some(admin),
            json!({ "time_zone": "Europe/Paris", "second_step": policy }),
        )
        .await;
    assert_eq!(res.status(), StatusCode::OK);
    assert_eq!(body_json(res).await["second_step"], policy);
}

#[tokio::test]
async fn the_company_policy_makes_each_level_set_up_a_second_step_first() {
    let t = start().await;
    let admin = t.admin_cookie().await;
    t.set_password(HELENE, PASSWORD).await;
    let helene = t.sign_in(HELENE, PASSWORD).await;
    set_policy(&t, &admin, "managers").await;
    // The administrator, who has none: only their own details and the setup until they do.
    let me = body_json(t.get("/api/me", Some(&admin)).await).await;
    assert_eq!(me["second_step_required"], true);
    let res = t.get("/api/users", Some(&admin)).await;
    assert_eq!(res.status(), StatusCode::FORBIDDEN);
    assert_eq!(body_json(res).await["code"], "second-step-required");
    // A user is not concerned by "managers".
    assert_eq!(t.get("/api/space", Some(&helene)).await.status(), StatusCode::OK);
    set_up_app(&t, &admin).await;
    assert_eq!(t.get("/api/users", Some(&admin)).await.status(), StatusCode::OK);
    // Required: it cannot be removed.
    let res = t.json("DELETE", "/api/me/second-step", Some(&admin), json!({})).await;
    assert_eq!(body_json(res).await["code"], "second-step-required");

    set_policy(&t, &admin, "everyone").await;
    let res = t.get("/api/space", Some(&helene)).await;
    assert_eq!(body_json(res).await["code"], "second-step-required");
    set_policy(&t, &admin, "off").await;
    assert_eq!(t.get("/api/space", Some(&helene)).await.status(), StatusCode::OK);
    let events: Vec<String> =
        sqlx::query_scalar("SELECT changes FROM audit_log WHERE action = 'second-step-policy-changed' ORDER BY id")
            .fetch_all(&t.app.state.pool)
            .await
            .unwrap();
    assert_eq!(events.len(), 3, "{events:?}");
    assert!(events[0].contains("\"from\":\"off\"") && events[0].contains("\"to\":\"managers\""), "{events:?}");
}

#[tokio::test]
async fn an_administrator_resets_a_second_step_within_scope_and_the_person_is_told() {
    let t = start().await;
    let admin = t.admin_cookie().await;
    t.set_password(HELENE, PASSWORD).await;
    let helene_cookie = t.sign_in(HELENE, PASSWORD).await;
    set_up_app(&t, &helene_cookie).await;
    let camille = t.user_id(&t.demo.email).await;
    set_up_app(&t, &admin).await;
    let helene = t.user_id(HELENE).await;
    assert_eq!(t.detail(&admin, helene).await["second_step"], true);

    // A team administrator of Paris: never an administrator's.
    let emma_id = t.user_id(EMMA).await;
    let version = t.version(&admin, emma_id).await;
    let res = t
        .json(
            "PUT",
            &format!("/api/users/{emma_id}/permissions"),
            Some(&admin),
            json!({ "role": "team-admin", "scope": [PARIS], "version": version }),
        )
        .await;
    assert_eq!(res.status(), StatusCode::OK);
    t.set_password(EMMA, PASSWORD).await;
    let emma = t.sign_in(EMMA, PASSWORD).await;
    let reset = |_: i64, version: i64| json!({ "action": "reset-second-step", "version": version });
    let version = t.version(&admin, camille).await;
    let res = t.json("POST", &format!("/api/users/{camille}/actions"), Some(&emma), reset(camille, version)).await;
    assert_eq!(body_json(res).await["code"], "out-of-scope");

    // Within scope: done, in the log, e-mailed in the person's language.
    let version = t.version(&emma, helene).await;
    let res = t.json("POST", &format!("/api/users/{helene}/actions"), Some(&emma), reset(helene, version)).await;
    assert_eq!(res.status(), StatusCode::OK, "{}", body_json(res).await);
    assert_eq!(t.detail(&admin, helene).await["second_step"], false);
    let (status, _, session) = password_step(&t, HELENE, PASSWORD).await;
    assert_eq!(status, StatusCode::OK, "a password alone again");
    assert!(session.is_some());
    let (subject, language): (String, String) =
        sqlx::query_as("SELECT subject, language FROM outbox WHERE kind = 'second-step-reset'")
            .fetch_one(&t.app.state.pool)
            .await
            .unwrap();
    assert_eq!(language, "fr");
    assert!(subject.contains("double authentification") || subject.contains("deux étapes"), "{subject}");
    let actor: Option<i64> = sqlx::query_scalar("SELECT actor_id FROM audit_log WHERE action = 'second-step-reset'")
        .fetch_one(&t.app.state.pool)
        .await
        .unwrap();
    assert_eq!(actor, Some(emma_id));
    // Nothing to reset any more: refused, not silently done.
    let version = t.version(&admin, helene).await;
    let res = t.json("POST", &format!("/api/users/{helene}/actions"), Some(&admin), reset(helene, version)).await;
    assert_eq!(body_json(res).await["code"], "invalid-transition");
}

/// `Authorization: Bearer` requests, as integrators send them.
async fn bearer(t: &TestApp, method: &str, uri: &str, token: &str, body: Option<Value>) -> (StatusCode, Value) {
    let req = axum::http::Request::builder()
        .method(method)
        .uri(uri)
        .header(header::AUTHORIZATION, format!("Bearer {token}"))
        .header(header::CONTENT_TYPE, "application/json");
    let res = t.request(req.body(body.map_or_else(axum::body::Body::empty, |b| b.to_string().into())).unwrap()).await;
    let status = res.status();
    (status, body_json(res).await)
}

#[tokio::test]
async fn integrators_read_whether_a_person_has_a_second_step_and_reset_it_with_a_manage_token() {
    let t = start().await;
    let admin = t.admin_cookie().await;
    t.set_password(HELENE, PASSWORD).await;
    let helene_cookie = t.sign_in(HELENE, PASSWORD).await;
    set_up_app(&t, &helene_cookie).await;
    let helene = t.user_id(HELENE).await;
    let mut tokens = Vec::new();
    for permission in ["read", "manage"] {
        let body = json!({ "name": permission, "permission": permission, "scope": null, "days": 30 });
        let res = t.json("POST", "/api/tokens", Some(&admin), body).await;
        tokens.push(body_json(res).await["secret"].as_str().unwrap().to_owned());
    }
    let (read, manage) = (&tokens[0], &tokens[1]);

    let (status, user) = bearer(&t, "GET", &format!("/api/v1/users/{helene}"), read, None).await;
    assert_eq!((status, &user["second_step"]), (StatusCode::OK, &json!(true)));
    let (_, scim) = bearer(&t, "GET", &format!("/scim/v2/Users/{helene}"), read, None).await;
    assert_eq!(scim["urn:ietf:params:scim:schemas:extension:espace:2.0:User"]["secondStep"], true, "{scim}");
    // Read only in SCIM: a directory aiming at it is told so, and nothing changes.
    let patch = json!({
        "schemas": ["urn:ietf:params:scim:api:messages:2.0:PatchOp"],
        "Operations": [{ "op": "replace", "path": "urn:ietf:params:scim:schemas:extension:espace:2.0:User:secondStep", "value": false }]
    });
    let (status, body) = bearer(&t, "PATCH", &format!("/scim/v2/Users/{helene}"), manage, Some(patch)).await;
    assert_eq!((status, &body["scimType"]), (StatusCode::BAD_REQUEST, &json!("mutability")), "{body}");
    assert_eq!(t.detail(&admin, helene).await["second_step"], true);

    let version = user["version"].as_i64().unwrap();
    let reset = json!({ "action": "reset-second-step", "version": version });
    let (status, body) =
        bearer(&t, "POST", &format!("/api/v1/users/{helene}/actions"), read, Some(reset.clone())).await;
    assert_eq!((status, &body["code"]), (StatusCode::FORBIDDEN, &json!("read-only-token")));
    let (status, body) = bearer(&t, "POST", &format!("/api/v1/users/{helene}/actions"), manage, Some(reset)).await;
    assert_eq!(status, StatusCode::OK, "{body}");
    assert_eq!(body["second_step"], false);
}

#[tokio::test]
async fn a_passkey_sign_in_names_no_one_and_refuses_what_no_key_proves() {
    // Browsers take no IP address as relying party: the space has a name.
    let t = start_with(|c| c.public_url = Some("http://localhost:8080".into())).await;
    let res = t.json("POST", "/api/session/passkey/options", None, json!({})).await;
    assert_eq!(res.status(), StatusCode::OK);
    let cookie = res
        .headers()
        .get_all(header::SET_COOKIE)
        .iter()
        .map(|v| v.to_str().unwrap().to_owned())
        .find(|c| c.starts_with("espace_passkey_sign_in="))
        .expect("a challenge cookie");
    assert!(cookie.contains("HttpOnly") && cookie.contains("SameSite=Strict") && cookie.contains("Path=/api/session"));
    let options = body_json(res).await;
    let public_key = &options["publicKey"];
    assert!(public_key["challenge"].as_str().is_some_and(|c| c.len() >= 32), "{options}");
    // No account is named, so none is revealed: the browser offers what it holds.
    assert!(public_key["allowCredentials"].as_array().is_none_or(Vec::is_empty), "{options}");
    assert_eq!(public_key["userVerification"], "required");
    let pair = cookie.split(';').next().unwrap().to_owned();

    // A credential no one registered, with or without the challenge: the same refusal, and no session.
    let made_up = json!({
        "id": "AAAA", "rawId": "AAAA", "type": "public-key",
        "response": { "clientDataJSON": "e30", "authenticatorData": "AAAA", "signature": "AAAA", "userHandle": "AAAAAAAAAAAAAAAAAAAAAA" },
        "extensions": {}
    });
    for cookie in [Some(pair.as_str()), None] {
        let res = t.json("POST", "/api/session/passkey", cookie, made_up.clone()).await;
        assert_eq!(res.status(), StatusCode::UNPROCESSABLE_ENTITY);
        assert!(res
            .headers()
            .get_all(header::SET_COOKIE)
            .iter()
            .all(|c| !c.to_str().unwrap().starts_with("espace_session=")));
        assert_eq!(body_json(res).await["code"], "passkey-refused");
    }
    let res = t.json("POST", "/api/session/passkey", Some(&pair), json!({ "nested": [[[[]]]] })).await;
    assert_eq!(body_json(res).await["code"], "passkey-refused");

    // Each start keeps a challenge for a few minutes: one address may start only so many.
    let mut statuses = Vec::new();
    for _ in 0..60 {
        statuses.push(t.json("POST", "/api/session/passkey/options", None, json!({})).await.status());
    }
    assert_eq!(statuses.iter().filter(|s| **s == StatusCode::OK).count(), 59, "{statuses:?}");
    assert_eq!(statuses.last(), Some(&StatusCode::TOO_MANY_REQUESTS));
}

#[tokio::test]
async fn a_person_renames_only_their_own_passkeys() {
    let t = start().await;
    t.set_password(HELENE, PASSWORD).await;
    let helene = t.sign_in(HELENE, PASSWORD).await;
    // No passkey of hers with this id (nor anyone's): not found, whoever holds it.
    let res = t.json("PATCH", "/api/me/passkeys/1", Some(&helene), json!({ "name": "Laptop" })).await;
    assert_eq!(res.status(), StatusCode::NOT_FOUND);
    let res = t.json("PATCH", "/api/me/passkeys/1", Some(&helene), json!({ "name": "  " })).await;
    assert_eq!(res.status(), StatusCode::UNPROCESSABLE_ENTITY);
    assert_eq!(body_json(res).await["fields"][0]["field"], "name");
}

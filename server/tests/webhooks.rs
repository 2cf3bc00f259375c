#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)] // tests: a failed unwrap is a failed test
//! Webhooks delivered to a real receiver (`scripts/webhook-receiver.py`) that checks every
//! signature with the Standard Webhooks reference library: signing and rotation, order,
//! retries with backoff on errors and timeouts, switch-off after three days, one delivery with
//! two instances, private addresses refused, and what each company and level sees.
mod common;

use axum::http::StatusCode;
use common::receiver::Receiver;
use common::{body_json, start, start_with_dns, TestApp};
use espace_api::webhooks::RETRY_WINDOW_SECS;
use espace_server::store;
use espace_server::webhooks::deliver::{backoff, deliver_due};
use serde_json::{json, Value};

const PASSWORD: &str = "a-good-long-password";
const EMMA: &str = "emma.wilson@acme.example"; // Lyon
const HELENE: &str = "helene.dubois@acme.example"; // Paris
const PARIS: i64 = 1;
const LYON: i64 = 2;

async fn create(t: &TestApp, cookie: &str, body: Value) -> (StatusCode, Value) {
    let res = t.json("POST", "/api/webhooks", Some(cookie), body).await;
    let status = res.status();
    (status, body_json(res).await)
}

/// An endpoint of the admin's to `url` for `events`: (id, secret).
async fn endpoint(t: &TestApp, cookie: &str, url: &str, events: &[&str]) -> (i64, String) {
    let (status, body) = create(t, cookie, json!({ "url": url, "description": "HR", "events": events })).await;
    assert_eq!(status, StatusCode::CREATED, "{body}");
    (body["endpoint"]["id"].as_i64().unwrap(), body["secret"].as_str().unwrap().to_owned())
}

async fn act(t: &TestApp, cookie: &str, email: &str, action: &str) {
    let (status, body) = t.act(cookie, t.user_id(email).await, action).await;
    assert_eq!(status, StatusCode::OK, "{action} {email}: {body}");
}

async fn detail(t: &TestApp, cookie: &str, id: i64) -> Value {
    let res = t.get(&format!("/api/webhooks/{id}"), Some(cookie)).await;
    assert_eq!(res.status(), StatusCode::OK);
    body_json(res).await
}

fn body_of(message: &Value) -> Value {
    serde_json::from_str(message["body"].as_str().unwrap()).unwrap()
}

fn types(received: &[Value]) -> Vec<String> {
    received.iter().map(|m| body_of(m)["type"].as_str().unwrap().to_owned()).collect()
}

#[tokio::test]
async fn a_change_reaches_the_endpoint_signed_once_as_the_reference_library_verifies() {
    let t = start().await;
    let admin = t.admin_cookie().await;
    let receiver = Receiver::start();
    let (id, secret) = endpoint(&t, &admin, &receiver.url("/hooks"), &["user.deactivated", "user.reactivated"]).await;
    assert!(secret.starts_with("whsec_"));
    receiver.set(&[&secret, "whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw"], 200, 0.0).await;

    // No event without its change: a refused deactivation (of oneself) tells nobody.
    let camille = t.user_id(&t.demo.email).await;
    assert_eq!(t.act(&admin, camille, "deactivate").await.0, StatusCode::FORBIDDEN);
    act(&t, &admin, HELENE, "deactivate").await;
    let report = deliver_due(&t.app.state, store::now()).await.unwrap();
    assert_eq!(report.delivered, 1, "{report:?}");
    let received = receiver.received().await;
    assert_eq!(received.len(), 1);
    let message = &received[0];
    assert_eq!(message["verified"], json!([true, false]), "only the endpoint's secret verifies");
    assert_eq!(message["path"], "/hooks");
    let body = body_of(message);
    assert_eq!(body["type"], "user.deactivated");
    assert_eq!(body["data"]["user"]["email"], HELENE);
    assert_eq!(body["data"]["entity"]["name"], "Siège — Paris");
    assert_eq!(body["data"]["actor"]["kind"], "person");
    assert!(message["headers"]["webhook-id"].as_str().unwrap().starts_with("msg_"));

    // The page shows the delivery: 200, one try, its latency; and its exact body.
    let page = detail(&t, &admin, id).await;
    let delivery = &page["deliveries"][0];
    assert_eq!(delivery["status"], "delivered");
    assert_eq!((delivery["attempts"].as_i64(), delivery["http_status"].as_i64()), (Some(1), Some(200)));
    assert!(delivery["latency_ms"].is_number());
    assert_eq!(delivery["message_id"], message["headers"]["webhook-id"]);
    let res = t.get(&format!("/api/webhooks/{id}/deliveries/{}", delivery["id"]), Some(&admin)).await;
    assert_eq!(body_json(res).await["payload"], message["body"]);

    // Delivered once: another pass sends nothing.
    assert_eq!(deliver_due(&t.app.state, store::now()).await.unwrap().delivered, 0);
    assert_eq!(receiver.received().await.len(), 1);

    // Resent on request: same id, signed again.
    let res = t
        .json("POST", &format!("/api/webhooks/{id}/deliveries/{}/resend", delivery["id"]), Some(&admin), json!({}))
        .await;
    assert_eq!(res.status(), StatusCode::ACCEPTED);
    deliver_due(&t.app.state, store::now()).await.unwrap();
    let received = receiver.received().await;
    assert_eq!(received.len(), 2);
    assert_eq!(received[1]["headers"]["webhook-id"], received[0]["headers"]["webhook-id"]);
    assert_eq!(received[1]["verified"][0], true);

    // The test event, on request.
    let res = t.json("POST", &format!("/api/webhooks/{id}/test"), Some(&admin), json!({})).await;
    assert_eq!(res.status(), StatusCode::ACCEPTED);
    deliver_due(&t.app.state, store::now()).await.unwrap();
    assert_eq!(types(&receiver.received().await)[2], "webhook.test");

    // Who pointed the company's events where is in the audit log.
    let log = body_json(t.get("/api/audit?action=webhook-added", Some(&admin)).await).await;
    assert_eq!(log["events"][0]["subject"], receiver.url("/hooks"));
    assert_eq!(log["events"][0]["actor"], "Camille Martin");

    // Kept 30 days, then purged by the hourly pass.
    let month = store::now() + espace_api::webhooks::KEEP_SECS + 60;
    let purged = espace_server::jobs::inactivity::purge(&t.app.state, month).await.unwrap();
    assert_eq!(purged.webhook_messages, 2, "the deactivation (sent twice) and the test");
    let left: i64 =
        sqlx::query_scalar("SELECT COUNT(*) FROM webhook_messages").fetch_one(&t.app.state.pool).await.unwrap();
    assert_eq!(left, 0);
}

#[tokio::test]
async fn after_a_rotation_both_secrets_sign_for_a_day_then_only_the_new_one() {
    let t = start().await;
    let admin = t.admin_cookie().await;
    let receiver = Receiver::start();
    let (id, old) = endpoint(&t, &admin, &receiver.url("/"), &["user.deactivated", "user.reactivated"]).await;
    let res = t.json("POST", &format!("/api/webhooks/{id}/rotate"), Some(&admin), json!({})).await;
    assert_eq!(res.status(), StatusCode::OK);
    let rotated = body_json(res).await;
    let new = rotated["secret"].as_str().unwrap().to_owned();
    assert_ne!(new, old);
    assert!(rotated["endpoint"]["previous_secret_until"].as_i64().unwrap() > store::now() + 23 * 3600);
    receiver.set(&[&old, &new], 200, 0.0).await;

    act(&t, &admin, HELENE, "deactivate").await;
    deliver_due(&t.app.state, store::now()).await.unwrap();
    act(&t, &admin, HELENE, "reactivate").await;
    deliver_due(&t.app.state, store::now() + 25 * 3600).await.unwrap();
    let received = receiver.received().await;
    assert_eq!(received.len(), 2);
    assert_eq!(received[0]["verified"], json!([true, true]), "within the day, a receiver with either secret verifies");
    assert_eq!(received[1]["verified"], json!([false, true]), "after it, only the new secret signs");
    assert_eq!(received[0]["headers"]["webhook-signature"].as_str().unwrap().split(' ').count(), 2);
}

#[tokio::test]
async fn failures_are_retried_with_backoff_in_order_and_timeouts_count_as_failures() {
    let t = start().await;
    let admin = t.admin_cookie().await;
    let receiver = Receiver::start();
    let (id, secret) = endpoint(&t, &admin, &receiver.url("/"), &["user.deactivated", "user.reactivated"]).await;
    receiver.set(&[&secret], 500, 0.0).await;
    act(&t, &admin, HELENE, "deactivate").await;
    act(&t, &admin, HELENE, "reactivate").await;
    act(&t, &admin, EMMA, "deactivate").await;

    let now = store::now();
    let report = deliver_due(&t.app.state, now).await.unwrap();
    assert_eq!((report.delivered, report.failed), (0, 1), "the first fails; nothing overtakes it");
    assert_eq!(receiver.received().await.len(), 1);
    let page = detail(&t, &admin, id).await;
    let first = &page["deliveries"][2];
    assert_eq!((first["status"].as_str(), first["http_status"].as_i64()), (Some("pending"), Some(500)));
    assert_eq!(first["error"], "status");
    assert_eq!(first["next_attempt_at"].as_i64().unwrap(), now + backoff(1));
    assert!(page["endpoint"]["failing_since"].is_number());

    // Not due before its backoff.
    deliver_due(&t.app.state, now + backoff(1) - 1).await.unwrap();
    assert_eq!(receiver.received().await.len(), 1);

    // A receiver that does not answer within 10 s: a timeout, tried again later.
    receiver.set(&[&secret], 200, 11.0).await;
    deliver_due(&t.app.state, now + backoff(1)).await.unwrap();
    let page = detail(&t, &admin, id).await;
    assert_eq!(page["deliveries"][2]["error"], "timeout");
    assert_eq!(page["deliveries"][2]["attempts"], 2);

    // Back to health: everything arrives, in the order it happened.
    receiver.set(&[&secret], 200, 0.0).await;
    let later = now + backoff(1) + backoff(2);
    let report = deliver_due(&t.app.state, later).await.unwrap();
    assert_eq!(report.delivered, 3, "{report:?}");
    let received = receiver.received().await;
    let ids: Vec<&str> = received.iter().map(|m| m["headers"]["webhook-id"].as_str().unwrap()).collect();
    assert_eq!(ids[0], ids[1]);
    assert_eq!(ids[1], ids[2], "the same message each try");
    assert_eq!(types(&received)[2..], ["user.deactivated", "user.reactivated", "user.deactivated"]);
    assert_eq!(body_of(&received[4])["data"]["user"]["email"], EMMA);
    assert!(received.iter().all(|m| m["verified"][0] == true));
    assert!(detail(&t, &admin, id).await["endpoint"].get("failing_since").is_none(), "a delivery ends the run");
}

#[tokio::test]
async fn an_endpoint_failing_for_three_days_is_switched_off_and_the_administrators_told() {
    let t = start().await;
    let admin = t.admin_cookie().await;
    let receiver = Receiver::start();
    let (id, secret) = endpoint(&t, &admin, &receiver.url("/"), &["user.deactivated", "user.reactivated"]).await;
    receiver.set(&[&secret], 503, 0.0).await;
    act(&t, &admin, HELENE, "deactivate").await;
    let now = store::now();
    deliver_due(&t.app.state, now).await.unwrap();
    assert_eq!(detail(&t, &admin, id).await["endpoint"]["state"], "on", "one failure is not three days");

    let report = deliver_due(&t.app.state, now + RETRY_WINDOW_SECS).await.unwrap();
    assert_eq!(report.switched_off, 1, "{report:?}");
    let page = detail(&t, &admin, id).await;
    assert_eq!(page["endpoint"]["state"], "failing");
    assert_eq!(page["deliveries"][0]["status"], "failed");
    let told: Vec<(String, String)> =
        sqlx::query_as("SELECT to_address, subject FROM outbox WHERE kind = 'webhook-off' ORDER BY id")
            .fetch_all(&t.app.state.pool)
            .await
            .unwrap();
    assert!(!told.is_empty() && told.iter().any(|(to, _)| to == &t.demo.email), "{told:?}");
    assert!(told[0].1.contains("webhook"), "{told:?}");

    // Switched off, it queues nothing; switched on again, it starts afresh.
    act(&t, &admin, HELENE, "reactivate").await;
    assert_eq!(detail(&t, &admin, id).await["deliveries"].as_array().unwrap().len(), 1);
    let put = json!({ "url": receiver.url("/"), "description": "HR", "events": ["user.deactivated"], "enabled": true });
    let res = t.json("PUT", &format!("/api/webhooks/{id}"), Some(&admin), put).await;
    assert_eq!(res.status(), StatusCode::OK);
    let on = body_json(res).await;
    assert_eq!(on["state"], "on");
    assert!(on.get("failing_since").is_none());
}

#[tokio::test]
async fn two_instances_deliver_each_message_once_and_in_order() {
    let t = start().await;
    let other = t.another_instance().await;
    let admin = t.admin_cookie().await;
    let receiver = Receiver::start();
    let (_, secret) = endpoint(&t, &admin, &receiver.url("/"), &["user.deactivated", "user.reactivated"]).await;
    receiver.set(&[&secret], 200, 0.0).await;
    for _ in 0..5 {
        act(&t, &admin, HELENE, "deactivate").await;
        act(&t, &admin, HELENE, "reactivate").await;
    }
    let now = store::now();
    for _ in 0..3 {
        let (a, b) = tokio::join!(deliver_due(&t.app.state, now), deliver_due(&other.app.state, now));
        a.unwrap();
        b.unwrap();
    }
    let received = receiver.received().await;
    assert_eq!(received.len(), 10, "each message once");
    let ids: Vec<i64> = received
        .iter()
        .map(|m| m["headers"]["webhook-id"].as_str().unwrap().trim_start_matches("msg_").parse().unwrap())
        .collect();
    assert!(ids.windows(2).all(|w| w[0] < w[1]), "in order: {ids:?}");
    assert_eq!(types(&received)[..2], ["user.deactivated", "user.reactivated"]);
}

#[tokio::test]
async fn private_addresses_are_refused_as_typed_and_when_a_name_resolves_to_one() {
    let t = start_with_dns(&["hooks.test"], |c| c.allow_loopback_urls = false).await;
    t.dns.as_ref().unwrap().set_a("inside.hooks.test", &["127.0.0.1".parse().unwrap()]).await;
    let admin = t.admin_cookie().await;
    for (url, code) in [
        ("https://10.0.0.1/hook", "private-address"),
        ("https://169.254.169.254/latest", "private-address"),
        ("https://[::1]/", "private-address"),
        ("https://localhost/", "private-address"),
        ("https://0x7f000001/", "private-address"),
        ("http://127.0.0.1:9/", "private-address"),
        ("http://hooks.example.com/", "invalid-url"),
    ] {
        let (status, body) = create(&t, &admin, json!({ "url": url, "events": ["user.deactivated"] })).await;
        assert_eq!(status, StatusCode::UNPROCESSABLE_ENTITY, "{url}");
        assert_eq!(body["fields"][0]["field"], "url", "{url}: {body}");
        assert_eq!(body["fields"][0]["code"], code, "{url}");
    }
    // A name is resolved at each delivery, and refused there when it leads inside.
    let (id, _) = endpoint(&t, &admin, "https://inside.hooks.test/hook", &["user.deactivated"]).await;
    act(&t, &admin, HELENE, "deactivate").await;
    deliver_due(&t.app.state, store::now()).await.unwrap();
    let page = detail(&t, &admin, id).await;
    assert_eq!(page["deliveries"][0]["error"], "private-address");
    assert!(page["deliveries"][0].get("http_status").is_none());
}

/// Emma, team administrator of Lyon: she sees and manages endpoints limited to Lyon only, and
/// such an endpoint receives nothing of Paris; another company sees none of Acme's.
#[tokio::test]
async fn scope_and_company_bound_what_an_endpoint_receives_and_who_sees_it() {
    let t = start().await;
    let admin = t.admin_cookie().await;
    let emma = t.user_id(EMMA).await;
    let version = t.version(&admin, emma).await;
    let perms = json!({ "role": "team-admin", "scope": [LYON], "version": version });
    assert_eq!(
        t.json("PUT", &format!("/api/users/{emma}/permissions"), Some(&admin), perms).await.status(),
        StatusCode::OK
    );
    t.set_password(EMMA, PASSWORD).await;
    let lyon_admin = t.sign_in(EMMA, PASSWORD).await;
    let receiver = Receiver::start();

    let (company_wide, _) = endpoint(&t, &admin, &receiver.url("/all"), &["user.created", "user.updated"]).await;
    let whole = json!({ "url": receiver.url("/lyon"), "events": ["user.created"] });
    let (status, body) = create(&t, &lyon_admin, whole).await;
    assert_eq!(status, StatusCode::UNPROCESSABLE_ENTITY, "the whole company is beyond her scope: {body}");
    assert_eq!(body["fields"][0]["field"], "scope");
    let paris = json!({ "url": receiver.url("/lyon"), "events": ["user.created"], "scope": [PARIS] });
    assert_eq!(create(&t, &lyon_admin, paris).await.0, StatusCode::UNPROCESSABLE_ENTITY);
    let lyon = json!({ "url": receiver.url("/lyon"), "events": ["user.created"], "scope": [LYON] });
    let (status, body) = create(&t, &lyon_admin, lyon).await;
    assert_eq!(status, StatusCode::CREATED, "{body}");
    let lyon_id = body["endpoint"]["id"].as_i64().unwrap();

    // Her list holds hers only; the company-wide one is as good as absent.
    let mine = body_json(t.get("/api/webhooks", Some(&lyon_admin)).await).await;
    assert_eq!(mine.as_array().unwrap().len(), 1);
    assert_eq!(
        t.get(&format!("/api/webhooks/{company_wide}"), Some(&lyon_admin)).await.status(),
        StatusCode::NOT_FOUND
    );
    assert_eq!(body_json(t.get("/api/webhooks", Some(&admin)).await).await.as_array().unwrap().len(), 2);

    // A person created in Paris, then one in Lyon.
    for (email, entity) in [("p@acme.example", PARIS), ("l@acme.example", LYON)] {
        let res = t
            .json(
                "POST",
                "/api/users",
                Some(&admin),
                json!({ "first_name": "New", "last_name": "Person", "role": "user", "entity_id": entity, "scope": [],
                        "email": email, "language": "fr", "send_activation": false, "idempotency_key": email }),
            )
            .await;
        assert_eq!(res.status(), StatusCode::CREATED);
    }
    deliver_due(&t.app.state, store::now()).await.unwrap();
    let received = receiver.received().await;
    let at = |path: &str| -> Vec<String> {
        received
            .iter()
            .filter(|m| m["path"] == path)
            .map(|m| body_of(m)["data"]["user"]["email"].as_str().unwrap().to_owned())
            .collect()
    };
    assert_eq!(at("/all"), ["p@acme.example", "l@acme.example"]);
    assert_eq!(at("/lyon"), ["l@acme.example"], "Lyon's endpoint hears nothing of Paris");

    // Another company: nothing of Acme's, by list or by id, and its changes reach no Acme endpoint.
    common::globex_with(&t, "gus@globex.example", espace_api::users::Role::Admin, Some(PASSWORD)).await;
    let globex = t.sign_in("gus@globex.example", PASSWORD).await;
    assert_eq!(body_json(t.get("/api/webhooks", Some(&globex)).await).await, json!([]));
    for path in [format!("/api/webhooks/{lyon_id}"), format!("/api/webhooks/{company_wide}/deliveries/1")] {
        assert_eq!(t.get(&path, Some(&globex)).await.status(), StatusCode::NOT_FOUND, "{path}");
    }
    let res = t.json("POST", &format!("/api/webhooks/{company_wide}/test"), Some(&globex), json!({})).await;
    assert_eq!(res.status(), StatusCode::NOT_FOUND);
    let res = t.json("DELETE", &format!("/api/webhooks/{company_wide}"), Some(&globex), json!({})).await;
    assert_eq!(res.status(), StatusCode::NOT_FOUND);
    let entities = body_json(t.get("/api/entities", Some(&globex)).await).await;
    let globex_entity = entities[0]["id"].as_i64().unwrap();
    let res = t
        .json(
            "POST",
            "/api/users",
            Some(&globex),
            json!({ "first_name": "Hank", "last_name": "Scorpio", "role": "user", "entity_id": globex_entity,
                    "scope": [], "email": "hank@globex.example", "language": "en", "send_activation": false,
                    "idempotency_key": "hank" }),
        )
        .await;
    assert_eq!(res.status(), StatusCode::CREATED);
    deliver_due(&t.app.state, store::now()).await.unwrap();
    assert_eq!(receiver.received().await.len(), 3, "nothing new");
}

#[tokio::test]
async fn the_public_api_manages_endpoints_with_a_token_that_may_manage() {
    let t = start().await;
    let admin = t.admin_cookie().await;
    let token = |permission: &'static str| {
        let t = &t;
        let admin = admin.clone();
        async move {
            let body = json!({ "name": permission, "permission": permission, "days": 30 });
            let res = t.json("POST", "/api/tokens", Some(&admin), body).await;
            body_json(res).await["secret"].as_str().unwrap().to_owned()
        }
    };
    let (manage, read) = (token("manage").await, token("read").await);
    let call = |method: &'static str, uri: String, secret: String, body: Value| {
        let t = &t;
        async move {
            let req = axum::http::Request::builder()
                .method(method)
                .uri(uri)
                .header("authorization", format!("Bearer {secret}"))
                .header("content-type", "application/json")
                .body(axum::body::Body::from(body.to_string()))
                .unwrap();
            let res = t.request(req).await;
            let status = res.status();
            let bytes = axum::body::to_bytes(res.into_body(), 1 << 20).await.unwrap();
            (status, serde_json::from_slice::<Value>(&bytes).unwrap_or(Value::Null))
        }
    };
    let body = json!({ "url": "https://hooks.example.com/espace", "events": ["user.created", "token.revoked"] });
    let (status, _) = call("POST", "/api/v1/webhooks".into(), read.clone(), body.clone()).await;
    assert_eq!(status, StatusCode::FORBIDDEN, "a read-only token reads only");
    let (status, created) = call("POST", "/api/v1/webhooks".into(), manage.clone(), body).await;
    assert_eq!(status, StatusCode::CREATED, "{created}");
    let id = created["endpoint"]["id"].as_i64().unwrap();
    let (status, listed) = call("GET", "/api/v1/webhooks".into(), read.clone(), Value::Null).await;
    assert_eq!((status, listed[0]["url"].as_str()), (StatusCode::OK, Some("https://hooks.example.com/espace")));
    assert!(listed[0].get("secret").is_none(), "the secret is shown once");
    let (status, _) = call("POST", format!("/api/v1/webhooks/{id}/test"), manage.clone(), json!({})).await;
    assert_eq!(status, StatusCode::ACCEPTED);
    let (status, _) = call("DELETE", format!("/api/v1/webhooks/{id}"), manage.clone(), Value::Null).await;
    assert_eq!(status, StatusCode::NO_CONTENT);
    let (status, _) = call("GET", format!("/api/v1/webhooks/{id}"), read, Value::Null).await;
    assert_eq!(status, StatusCode::NOT_FOUND);
}

/// A pass serves at most two endpoints of one company, so that one company's slow endpoints
/// never hold every sender: the others' come first.
#[tokio::test]
async fn a_company_takes_at_most_two_senders_at_once() {
    let t = start().await;
    let admin = t.admin_cookie().await;
    let receiver = Receiver::start();
    for path in ["/a", "/b", "/c"] {
        endpoint(&t, &admin, &receiver.url(path), &["user.deactivated"]).await;
    }
    act(&t, &admin, HELENE, "deactivate").await;
    deliver_due(&t.app.state, store::now()).await.unwrap();
    assert_eq!(receiver.received().await.len(), 2, "two of Acme's three endpoints in one pass");
    deliver_due(&t.app.state, store::now()).await.unwrap();
    let mut paths: Vec<String> =
        receiver.received().await.iter().map(|m| m["path"].as_str().unwrap().to_owned()).collect();
    // The first two were served side by side, in either order; the third waited its turn.
    paths[..2].sort();
    assert_eq!(paths, ["/a", "/b", "/c"]);
}

#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)] // tests: a failed unwrap is a failed test
//! The provider's catalogue and each company's orders: seats are the sum of the orders current
//! today, what administrators read everywhere; lowering them below those held is refused with
//! the number to free; administrators are told before an order ends. The same operations
//! through `/api/operator/v1` with an operator token, bearer only, each in the operators' log.
mod common;

use axum::body::Body;
use axum::http::{header, Request, StatusCode};
use common::operator::{call, operator};
use common::{body_json, start, TestApp};
use espace_server::store::{day_of, now, DAY_SECS};
use serde_json::{json, Value};

async fn acme(t: &TestApp, console: &str) -> i64 {
    let (_, companies) = call(t, "GET", "/api/operator/companies?q=acme", Some(console), None).await;
    companies[0]["id"].as_i64().unwrap()
}

fn service<'a>(detail: &'a Value, name_en: &str) -> &'a Value {
    detail["services"].as_array().unwrap().iter().find(|s| s["service"]["name_en"] == name_en).unwrap()
}

/// The seats the company's own space shows an administrator: `(used, total)`.
async fn space_seats(t: &TestApp, admin: &str, name: &str) -> (i64, i64) {
    let (_, space) = call(t, "GET", "/api/space", Some(admin), None).await;
    let card = space["services"].as_array().unwrap().iter().find(|s| s["name"] == name).unwrap().clone();
    (card["seats_used"].as_i64().unwrap(), card["seats_total"].as_i64().unwrap())
}

async fn with_token(t: &TestApp, method: &str, uri: &str, token: &str, body: Option<Value>) -> (StatusCode, Value) {
    let mut req = Request::builder()
        .method(method)
        .uri(uri)
        .header(header::AUTHORIZATION, format!("Bearer {token}"))
        .header(header::ACCEPT_LANGUAGE, "en");
    if body.is_some() {
        req = req.header(header::CONTENT_TYPE, "application/json");
    }
    let body = body.map_or_else(Body::empty, |b| Body::from(b.to_string()));
    let res = t.request(req.body(body).unwrap()).await;
    let status = res.status();
    let bytes = axum::body::to_bytes(res.into_body(), 1 << 20).await.unwrap();
    (status, serde_json::from_slice(&bytes).unwrap_or(Value::Null))
}

#[tokio::test]
async fn seats_are_the_sum_of_current_orders_and_never_fall_below_those_held() {
    let t = start().await;
    let (_, console) = operator(&t).await;
    let admin = t.admin_cookie().await;
    let id = acme(&t, &console).await;
    let m365 = "Microsoft 365 Business Standard";
    let (status, detail) = call(&t, "GET", &format!("/api/operator/companies/{id}"), Some(&console), None).await;
    assert_eq!(status, StatusCode::OK);
    let held = service(&detail, m365)["seats_used"].as_i64().unwrap();
    assert_eq!(service(&detail, m365)["seats_total"], 10);
    assert_eq!(space_seats(&t, &admin, m365).await, (held, 10));
    let service_id = service(&detail, m365)["service"]["id"].as_i64().unwrap();
    let first_order = service(&detail, m365)["orders"][0]["id"].as_i64().unwrap();

    // A second order counts from its first day; one starting tomorrow, not yet; one that ended, no more.
    let today = day_of(now());
    let tomorrow = day_of(now() + DAY_SECS);
    let yesterday = day_of(now() - DAY_SECS);
    let orders = format!("/api/operator/companies/{id}/orders");
    let ten_days_ago = day_of(now() - 10 * DAY_SECS);
    for (seats, starts, ends) in [(1, &today, None), (100, &tomorrow, None), (50, &ten_days_ago, Some(&yesterday))] {
        let body = json!({ "service_id": service_id, "seats": seats, "starts_on": starts, "ends_on": ends });
        let (status, _) = call(&t, "POST", &orders, Some(&console), Some(body)).await;
        assert_eq!(status, StatusCode::CREATED);
    }
    let (_, detail) = call(&t, "GET", &format!("/api/operator/companies/{id}"), Some(&console), None).await;
    assert_eq!(service(&detail, m365)["seats_total"], 11);
    assert_eq!(service(&detail, m365)["orders"].as_array().unwrap().len(), 4);
    // The administrators' space (which the wizard and the users page read) says the same.
    assert_eq!(space_seats(&t, &admin, m365).await, (held, 11));

    // Lowering the first order to leave fewer seats than people hold: refused, naming how many to free.
    assert!(held >= 2, "the demo company gives Microsoft 365 to several people");
    let change = format!("/api/operator/companies/{id}/orders/{first_order}");
    let (status, body) = call(&t, "PATCH", &change, Some(&console), Some(json!({ "seats": 0 }))).await;
    assert_eq!(status, StatusCode::UNPROCESSABLE_ENTITY, "{body}");
    assert_eq!(body["fields"][0]["field"], "seats");
    assert_eq!(body["fields"][0]["code"], "seats-in-use");
    assert_eq!(body["fields"][0]["max"], held - 1);
    assert_eq!(space_seats(&t, &admin, m365).await, (held, 11), "nothing changed");
    // Ending it yesterday would do the same.
    let body = json!({ "seats": 10, "ends_on": yesterday });
    let (status, body) = call(&t, "PATCH", &change, Some(&console), Some(body)).await;
    assert_eq!(status, StatusCode::UNPROCESSABLE_ENTITY, "{body}");
    assert_eq!(body["fields"][0]["field"], "ends_on");
    // Lowering to exactly what is held is fine; so is an end in ten days.
    let in_ten_days = day_of(now() + 10 * DAY_SECS);
    let body = json!({ "seats": held - 1, "ends_on": in_ten_days });
    let (status, detail) = call(&t, "PATCH", &change, Some(&console), Some(body)).await;
    assert_eq!(status, StatusCode::OK, "{detail}");
    assert_eq!(service(&detail, m365)["seats_total"], held);
    // No seat is left: an administrator cannot give the service to one more person.
    let emma = t.user_id("emma.wilson@acme.example").await;
    let u = t.detail(&admin, emma).await;
    let mut services: Vec<Value> = u["services"].as_array().unwrap().iter().map(|s| s["id"].clone()).collect();
    services.push(json!(t.service_id(m365).await));
    let body = json!({
        "first_name": u["first_name"], "last_name": u["last_name"], "entity_id": u["entity"]["id"],
        "notification_email": u["notification_email"].as_str().unwrap_or(""), "language": u["language"],
        "service_ids": services, "version": u["version"],
    });
    let (status, body) = call(&t, "PATCH", &format!("/api/users/{emma}"), Some(&admin), Some(body)).await;
    assert_eq!((status, body["code"].clone()), (StatusCode::CONFLICT, json!("no-seats-left")));

    // Administrators are told once, before the order's last day, in their language.
    let told = espace_server::operators::orders::tell_endings(&t.app.state, now()).await.unwrap();
    assert_eq!(told, 1);
    assert_eq!(espace_server::operators::orders::tell_endings(&t.app.state, now()).await.unwrap(), 0);
    let mails: Vec<(String, String)> =
        sqlx::query_as("SELECT subject, body_text FROM outbox WHERE kind = 'order-ending' ORDER BY id")
            .fetch_all(&t.app.state.pool)
            .await
            .unwrap();
    assert!(!mails.is_empty());
    assert!(mails[0].0.contains(m365), "{:?}", mails[0]);
    assert!(mails[0].1.contains("prend fin le"), "Acme writes French: {:?}", mails[0]);
    // The operators' log says what was ordered and changed.
    let (_, events) = call(&t, "GET", "/api/operator/events", Some(&console), None).await;
    assert_eq!(events[0]["action"], "order-changed");
    assert!(events[0]["detail"].as_str().unwrap().contains(&in_ten_days));
    assert_eq!(events[1]["action"], "order-placed");
}

#[tokio::test]
async fn a_catalogue_service_reaches_a_company_in_its_language_and_a_space_links_to_it() {
    let t = start().await;
    let (_, console) = operator(&t).await;
    let admin = t.admin_cookie().await;
    let id = acme(&t, &console).await;
    let new = json!({
        "name_en": "Teams Phone", "name_fr": "Téléphonie Teams",
        "description_en": "Calls from Teams", "description_fr": "Appels depuis Teams",
        "url": "https://teams.microsoft.com/"
    });
    let (status, added) = call(&t, "POST", "/api/operator/catalogue", Some(&console), Some(new.clone())).await;
    assert_eq!(status, StatusCode::CREATED);
    // Its English name is its key; links are https addresses.
    let (status, body) = call(&t, "POST", "/api/operator/catalogue", Some(&console), Some(new.clone())).await;
    assert_eq!((status, body["fields"][0]["code"].clone()), (StatusCode::UNPROCESSABLE_ENTITY, json!("taken")));
    let mut bad = new.clone();
    bad["name_en"] = json!("Other");
    bad["url"] = json!("javascript:alert(1)");
    let (_, body) = call(&t, "POST", "/api/operator/catalogue", Some(&console), Some(bad)).await;
    assert_eq!(body["fields"][0]["field"], "url");

    let order = json!({ "service_id": added["id"], "seats": 3 });
    let orders = format!("/api/operator/companies/{id}/orders");
    let (status, detail) = call(&t, "POST", &orders, Some(&console), Some(order)).await;
    assert_eq!(status, StatusCode::CREATED, "{detail}");
    assert_eq!(service(&detail, "Teams Phone")["seats_total"], 3);
    // Acme is French: its own name of the service (its files, its exports) is the French one.
    let (_, space) = call(&t, "GET", "/api/space", Some(&admin), None).await;
    let card = space["services"].as_array().unwrap().iter().find(|s| s["name"] == "Téléphonie Teams").unwrap().clone();
    assert_eq!(card["url"], "https://teams.microsoft.com/");
    assert_eq!(card["words"]["name_en"], "Teams Phone");
    assert_eq!(card["words"]["description_fr"], "Appels depuis Teams");
    assert_eq!(card["seats_total"], 3);
    // Renamed in the catalogue, the company's name follows.
    let mut renamed = new.clone();
    renamed["name_fr"] = json!("Teams Téléphonie");
    let (status, _) =
        call(&t, "PATCH", &format!("/api/operator/catalogue/{}", added["id"]), Some(&console), Some(renamed)).await;
    assert_eq!(status, StatusCode::OK);
    let (_, space) = call(&t, "GET", "/api/space", Some(&admin), None).await;
    assert!(space.to_string().contains("\"name\":\"Teams Téléphonie\""), "{space}");

    // Unknown services and companies, bad days and too many seats are refused before anything.
    let (status, body) =
        call(&t, "POST", &orders, Some(&console), Some(json!({ "service_id": 999, "seats": 1 }))).await;
    assert_eq!((status, body["fields"][0]["field"].clone()), (StatusCode::UNPROCESSABLE_ENTITY, json!("service_id")));
    let body = json!({ "service_id": added["id"], "seats": 1, "starts_on": "2026-02-30" });
    let (_, body) = call(&t, "POST", &orders, Some(&console), Some(body)).await;
    assert_eq!(body["fields"][0]["code"], "invalid-date");
    let body = json!({ "service_id": added["id"], "seats": 2_000_000 });
    let (_, body) = call(&t, "POST", &orders, Some(&console), Some(body)).await;
    assert_eq!(body["fields"][0]["code"], "too-large");
    let (status, _) = call(
        &t,
        "POST",
        "/api/operator/companies/9999/orders",
        Some(&console),
        Some(json!({ "service_id": added["id"], "seats": 1 })),
    )
    .await;
    assert_eq!(status, StatusCode::NOT_FOUND);
    // Another company's order is not this one's.
    let (status, _) =
        call(&t, "PATCH", "/api/operator/companies/9999/orders/1", Some(&console), Some(json!({ "seats": 1 }))).await;
    assert_eq!(status, StatusCode::NOT_FOUND);

    // A company's administrator reaches none of it.
    for (method, uri) in [
        ("GET", "/api/operator/catalogue".to_owned()),
        ("POST", "/api/operator/catalogue".to_owned()),
        ("GET", format!("/api/operator/companies/{id}")),
        ("PATCH", format!("/api/operator/companies/{id}")),
        ("POST", orders.clone()),
        ("GET", "/api/operator/tokens".to_owned()),
    ] {
        let (status, _) = call(&t, method, &uri, Some(&admin), Some(json!({ "name": "X" }))).await;
        assert_eq!(status, StatusCode::NOT_FOUND, "{method} {uri}");
    }
}

#[tokio::test]
async fn a_company_is_renamed_and_the_log_keeps_its_former_name() {
    let t = start().await;
    let (_, console) = operator(&t).await;
    let id = acme(&t, &console).await;
    let uri = format!("/api/operator/companies/{id}");
    let (status, body) = call(&t, "PATCH", &uri, Some(&console), Some(json!({ "name": "\u{200b}" }))).await;
    assert_eq!(status, StatusCode::UNPROCESSABLE_ENTITY, "{body}");
    let (status, detail) = call(&t, "PATCH", &uri, Some(&console), Some(json!({ "name": "  Acme Group " }))).await;
    assert_eq!(status, StatusCode::OK);
    assert_eq!(detail["company"]["name"], "Acme Group");
    let (_, events) = call(&t, "GET", "/api/operator/events", Some(&console), None).await;
    assert_eq!(events[0]["action"], "company-renamed");
    assert_eq!(events[0]["company"], "Acme Group");
    assert_eq!(events[0]["detail"], "Acme");
    // The company's people see it at once (their e-mails and pages name the company).
    let admin = t.admin_cookie().await;
    let (_, me) = call(&t, "GET", "/api/session", Some(&admin), None).await;
    assert!(me.to_string().contains("Acme Group"), "{me}");
}

#[tokio::test]
async fn operator_tokens_reach_the_operator_api_only_bearer_and_only_while_live() {
    let t = start().await;
    let (_, console) = operator(&t).await;
    let admin = t.admin_cookie().await;
    let (status, body) =
        call(&t, "POST", "/api/operator/tokens", Some(&console), Some(json!({ "name": "Billing", "days": 0 }))).await;
    assert_eq!((status, body["fields"][0]["field"].clone()), (StatusCode::UNPROCESSABLE_ENTITY, json!("days")));
    let (status, created) =
        call(&t, "POST", "/api/operator/tokens", Some(&console), Some(json!({ "name": "Billing", "days": 30 }))).await;
    assert_eq!(status, StatusCode::CREATED);
    let secret = created["secret"].as_str().unwrap().to_owned();
    assert!(secret.starts_with("espop_"));
    let stored: String =
        sqlx::query_scalar("SELECT hash FROM operator_tokens").fetch_one(&t.app.state.pool).await.unwrap();
    assert_ne!(stored, secret, "only a hash is kept");
    let (_, list) = call(&t, "GET", "/api/operator/tokens", Some(&console), None).await;
    assert!(!list.to_string().contains(&secret));

    // The billing system provisions a company with its order.
    let (status, companies) = with_token(&t, "GET", "/api/operator/v1/companies", &secret, None).await;
    assert_eq!(status, StatusCode::OK);
    assert_eq!(companies[0]["name"], "Acme");
    let new = json!({
        "name": "Globex", "language": "en", "time_zone": "Europe/London",
        "admin_first_name": "Hank", "admin_last_name": "Scorpio", "admin_email": "hank@globex.example"
    });
    let mut new = new;
    new["idempotency_key"] = json!("billing-order-7731");
    let (status, globex) = with_token(&t, "POST", "/api/operator/v1/companies", &secret, Some(new.clone())).await;
    assert_eq!(status, StatusCode::CREATED, "{globex}");
    // Sent again after a lost answer: the same company, not a second one nor a refusal.
    let (status, again) = with_token(&t, "POST", "/api/operator/v1/companies", &secret, Some(new.clone())).await;
    assert_eq!((status, again["id"].clone()), (StatusCode::CREATED, globex["id"].clone()));
    let mut other = new.clone();
    other["name"] = json!("Globex Two");
    let (status, body) = with_token(&t, "POST", "/api/operator/v1/companies", &secret, Some(other)).await;
    assert_eq!((status, body["code"].clone()), (StatusCode::UNPROCESSABLE_ENTITY, json!("idempotency-key-reused")));
    let (_, catalogue) = with_token(&t, "GET", "/api/operator/v1/catalogue", &secret, None).await;
    let service_id = catalogue[0]["id"].clone();
    let uri = format!("/api/operator/v1/companies/{}/orders", globex["id"]);
    let (status, detail) =
        with_token(&t, "POST", &uri, &secret, Some(json!({ "service_id": service_id, "seats": 20 }))).await;
    assert_eq!(status, StatusCode::CREATED, "{detail}");
    assert_eq!(detail["services"][0]["seats_total"], 20);
    let uri = format!("/api/operator/v1/companies/{}/suspend", globex["id"]);
    assert_eq!(with_token(&t, "POST", &uri, &secret, None).await.0, StatusCode::NO_CONTENT);
    // Each change names the token in the operators' log.
    let (_, events) = call(&t, "GET", "/api/operator/events", Some(&console), None).await;
    assert_eq!(events[0]["action"], "company-suspended");
    assert_eq!(events[0]["token"], "Billing");
    assert_eq!(events[1]["action"], "order-placed");
    assert_eq!(events[2]["action"], "company-created");

    // Bearer only: the console's cookie is not read there; a company's token is nothing there.
    let (status, body) = call(&t, "GET", "/api/operator/v1/companies", Some(&console), None).await;
    assert_eq!((status, body["code"].clone()), (StatusCode::UNAUTHORIZED, json!("invalid-token")));
    let res =
        t.json("POST", "/api/tokens", Some(&admin), json!({ "name": "HR", "permission": "manage", "days": 30 })).await;
    let company_token = body_json(res).await["secret"].as_str().unwrap().to_owned();
    let (status, _) = with_token(&t, "GET", "/api/operator/v1/companies", &company_token, None).await;
    assert_eq!(status, StatusCode::UNAUTHORIZED);
    let (status, _) = with_token(&t, "GET", "/api/v1/users", &secret, None).await;
    assert_eq!(status, StatusCode::UNAUTHORIZED, "an operator token reaches no company's API");
    // A token makes no tokens.
    let (status, _) = with_token(&t, "GET", "/api/operator/tokens", &secret, None).await;
    assert_eq!(status, StatusCode::NOT_FOUND);

    // Revoked, it stops at once.
    let revoke = format!("/api/operator/tokens/{}/revoke", created["token"]["id"]);
    let (status, revoked) = call(&t, "POST", &revoke, Some(&console), None).await;
    assert_eq!(status, StatusCode::OK);
    assert!(revoked["revoked_at"].is_i64());
    let (status, _) = with_token(&t, "GET", "/api/operator/v1/companies", &secret, None).await;
    assert_eq!(status, StatusCode::UNAUTHORIZED);
    // The document is public, and names every operation with the bearer scheme.
    let (status, doc) = call(&t, "GET", "/api/operator/v1/openapi.json", None, None).await;
    assert_eq!(status, StatusCode::OK);
    assert_eq!(doc["openapi"], "3.1.0");
    assert!(doc["paths"]["/api/operator/v1/companies/{id}/orders/{order}"]["patch"].is_object());
    assert_eq!(doc["components"]["securitySchemes"]["bearer"]["scheme"], "bearer");
}

#[tokio::test]
async fn operators_invite_disable_and_reset_each_other_in_their_log() {
    let t = start().await;
    let (_, console) = operator(&t).await;
    let admin = t.admin_cookie().await;
    let invite = json!({ "name": "Omar Ops", "email": "omar@provider.example", "language": "fr" });
    // A company's person's address is theirs; a company's administrator reaches none of it.
    let taken = json!({ "name": "X", "email": t.demo.email, "language": "fr" });
    let (status, body) = call(&t, "POST", "/api/operator/operators", Some(&console), Some(taken)).await;
    assert_eq!((status, body["fields"][0]["code"].clone()), (StatusCode::UNPROCESSABLE_ENTITY, json!("taken")));
    let (status, _) = call(&t, "POST", "/api/operator/operators", Some(&admin), Some(invite.clone())).await;
    assert_eq!(status, StatusCode::NOT_FOUND);
    let (status, invited) = call(&t, "POST", "/api/operator/operators", Some(&console), Some(invite)).await;
    assert_eq!(status, StatusCode::CREATED, "{invited}");
    assert_eq!(invited["operator"]["status"], "invited");
    assert!(invited["link"].as_str().unwrap().contains("/operator/activate#"));
    let omar = invited["operator"]["id"].as_i64().unwrap();
    let (_, list) = call(&t, "GET", "/api/operator/operators", Some(&console), None).await;
    assert_eq!(list.as_array().unwrap().len(), 2);
    let me = list.as_array().unwrap().iter().find(|o| o["id"] != omar).unwrap()["id"].as_i64().unwrap();

    // Nobody disables or resets themselves; the verbs are only these three.
    for verb in ["disable", "reset"] {
        let (status, _) = call(&t, "POST", &format!("/api/operator/operators/{me}/{verb}"), Some(&console), None).await;
        assert_eq!(status, StatusCode::CONFLICT, "{verb}");
    }
    let (status, _) = call(&t, "POST", &format!("/api/operator/operators/{omar}/promote"), Some(&console), None).await;
    assert_eq!(status, StatusCode::NOT_FOUND);
    let (status, _) = call(&t, "POST", "/api/operator/operators/999/disable", Some(&console), None).await;
    assert_eq!(status, StatusCode::NOT_FOUND);

    // Disabled, Omar's token stops; enabled, still to activate (no password yet).
    let (status, done) =
        call(&t, "POST", &format!("/api/operator/operators/{omar}/disable"), Some(&console), None).await;
    assert_eq!((status, done["operator"]["status"].clone()), (StatusCode::OK, json!("disabled")));
    let (_, done) = call(&t, "POST", &format!("/api/operator/operators/{omar}/enable"), Some(&console), None).await;
    assert_eq!(done["operator"]["status"], "invited");
    // A reset makes a new link, the old one void.
    let (_, reset) = call(&t, "POST", &format!("/api/operator/operators/{omar}/reset"), Some(&console), None).await;
    let old = invited["link"].as_str().unwrap().rsplit_once('#').unwrap().1.to_owned();
    let new = reset["link"].as_str().unwrap().rsplit_once('#').unwrap().1.to_owned();
    assert_ne!(old, new);
    let (status, _) = call(&t, "POST", "/api/operator/activation/start", None, Some(json!({ "token": old }))).await;
    assert_eq!(status, StatusCode::GONE);
    let (status, _) = call(&t, "POST", "/api/operator/activation/start", None, Some(json!({ "token": new }))).await;
    assert_eq!(status, StatusCode::OK);

    let (_, events) = call(&t, "GET", "/api/operator/events", Some(&console), None).await;
    let actions: Vec<&str> = events.as_array().unwrap().iter().map(|e| e["action"].as_str().unwrap()).collect();
    assert_eq!(actions[..4], ["operator-reset", "operator-enabled", "operator-disabled", "operator-invited"]);
    assert_eq!(events[0]["detail"], "omar@provider.example");
}

#[tokio::test]
async fn a_disabled_operator_is_signed_out_and_their_tokens_stop() {
    let t = start().await;
    let (_, console) = operator(&t).await;
    let (_, created) =
        call(&t, "POST", "/api/operator/tokens", Some(&console), Some(json!({ "name": "Billing", "days": 30 }))).await;
    let secret = created["secret"].as_str().unwrap().to_owned();
    assert_eq!(with_token(&t, "GET", "/api/operator/v1/catalogue", &secret, None).await.0, StatusCode::OK);
    // Another operator, made here from the command line's function, disables the first.
    espace_server::operators::account::invite(&t.app.state, "Omar", "omar@provider.example", espace_api::Language::En)
        .await
        .unwrap();
    let first: i64 = sqlx::query_scalar("SELECT id FROM operators WHERE email_norm = $1")
        .bind(common::operator::OPERATOR)
        .fetch_one(&t.app.state.pool)
        .await
        .unwrap();
    let mut conn = t.app.state.pool.acquire().await.unwrap();
    let omar = espace_server::store::operators::by_email(&mut conn, "omar@provider.example").await.unwrap().unwrap();
    drop(conn);
    let disable = espace_server::operators::team::Change::Disable;
    espace_server::operators::team::change(&t.app.state, &omar, first, disable).await.unwrap();
    let (status, _) = call(&t, "GET", "/api/operator/me", Some(&console), None).await;
    assert_eq!(status, StatusCode::NOT_FOUND, "their session ended");
    assert_eq!(with_token(&t, "GET", "/api/operator/v1/catalogue", &secret, None).await.0, StatusCode::UNAUTHORIZED);
    // Their password no longer starts a sign-in.
    let res = t
        .json(
            "POST",
            "/api/session",
            None,
            json!({ "email": common::operator::OPERATOR, "password": common::operator::PASSWORD }),
        )
        .await;
    assert_eq!(res.status(), StatusCode::UNAUTHORIZED);
}

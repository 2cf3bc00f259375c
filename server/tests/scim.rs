#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)] // tests: a failed unwrap is a failed test
//! SCIM 2.0: discovery, create (activation e-mail unless on SSO), filters, paging, replace,
//! PATCH as Entra ID and Okta send it, deactivation through the lifecycle, department and
//! externalId, scope, and the SCIM error shape.
mod common;

use axum::body::Body;
use axum::http::{header, Request, StatusCode};
use common::{start, TestApp};
use serde_json::{json, Value};

const ENTERPRISE: &str = "urn:ietf:params:scim:schemas:extension:enterprise:2.0:User";

async fn token(t: &TestApp, scope: Option<&[i64]>) -> String {
    let admin = t.admin_cookie().await;
    let res = t
        .json(
            "POST",
            "/api/tokens",
            Some(&admin),
            json!({ "name": "Entra ID", "permission": "manage", "scope": scope, "days": 30 }),
        )
        .await;
    common::body_json(res).await["secret"].as_str().unwrap().to_owned()
}

async fn scim(t: &TestApp, method: &str, uri: &str, token: &str, body: Option<Value>) -> (StatusCode, Value, String) {
    let req = Request::builder()
        .method(method)
        .uri(uri)
        .header(header::AUTHORIZATION, format!("Bearer {token}"))
        .header(header::CONTENT_TYPE, "application/scim+json");
    let res = t.request(req.body(body.map_or_else(Body::empty, |b| Body::from(b.to_string()))).unwrap()).await;
    let status = res.status();
    let kind = res.headers().get(header::CONTENT_TYPE).map(|v| v.to_str().unwrap().to_owned()).unwrap_or_default();
    let bytes = axum::body::to_bytes(res.into_body(), usize::MAX).await.unwrap();
    (status, serde_json::from_slice(&bytes).unwrap_or(Value::Null), kind)
}

fn new_user(user_name: &str) -> Value {
    json!({
        "schemas": ["urn:ietf:params:scim:schemas:core:2.0:User", ENTERPRISE],
        "userName": user_name,
        "externalId": "entra-42",
        "name": { "givenName": "Zoé", "familyName": "Lefèvre" },
        "emails": [{ "value": user_name, "type": "work", "primary": true }],
        "active": true,
        ENTERPRISE: { "department": "Agence de Lyon" }
    })
}

#[tokio::test]
async fn discovery_and_the_error_shape() {
    let t = start().await;
    let token = token(&t, None).await;
    let (status, config, kind) = scim(&t, "GET", "/scim/v2/ServiceProviderConfig", &token, None).await;
    assert_eq!(status, StatusCode::OK);
    assert!(kind.starts_with("application/scim+json"));
    assert_eq!(config["patch"]["supported"], true);
    let (_, types, _) = scim(&t, "GET", "/scim/v2/ResourceTypes", &token, None).await;
    assert_eq!(types["Resources"][0]["schemaExtensions"][0]["schema"], ENTERPRISE);
    let (_, schemas, _) = scim(&t, "GET", "/scim/v2/Schemas", &token, None).await;
    assert_eq!(schemas["totalResults"], 3);
    let (status, error, _) = scim(&t, "GET", "/scim/v2/Users?filter=userName%20zz%20%22x%22", &token, None).await;
    assert_eq!(
        (status, error["scimType"].as_str(), error["status"].as_str()),
        (StatusCode::BAD_REQUEST, Some("invalidFilter"), Some("400"))
    );
    assert_eq!(error["schemas"][0], "urn:ietf:params:scim:api:messages:2.0:Error");
    let (status, _, _) = scim(&t, "GET", "/scim/v2/Users", "esp_wrong", None).await;
    assert_eq!(status, StatusCode::UNAUTHORIZED);
    let (status, error, _) = scim(&t, "GET", "/scim/v2/Users/999999", &token, None).await;
    assert_eq!((status, error["status"].as_str()), (StatusCode::NOT_FOUND, Some("404")));
    let (status, error, _) = scim(&t, "POST", "/scim/v2/Users", &token, Some(json!("not an object"))).await;
    assert_eq!((status, error["scimType"].as_str()), (StatusCode::BAD_REQUEST, Some("invalidSyntax")));
}

#[tokio::test]
async fn provisioning_as_a_directory_does_it() {
    let t = start().await;
    let token = token(&t, None).await;
    let (status, created, _) = scim(&t, "POST", "/scim/v2/Users", &token, Some(new_user("zoe@acme.example"))).await;
    assert_eq!(status, StatusCode::CREATED, "{created}");
    let id = created["id"].as_str().unwrap().to_owned();
    assert_eq!(created["externalId"], "entra-42");
    assert_eq!(created[ENTERPRISE]["department"], "Agence de Lyon");
    let mails: i64 =
        sqlx::query_scalar("SELECT COUNT(*) FROM outbox WHERE to_address = 'zoe@acme.example' AND kind = 'activation'")
            .fetch_one(&t.app.state.pool)
            .await
            .unwrap();
    assert_eq!(mails, 1, "the activation e-mail goes out");
    let (status, taken, _) = scim(&t, "POST", "/scim/v2/Users", &token, Some(new_user("ZOE@acme.example"))).await;
    assert_eq!((status, taken["scimType"].as_str()), (StatusCode::CONFLICT, Some("uniqueness")));

    // Filters as directories send them, and paging.
    for (filter, expected) in [
        ("userName eq \"Zoe@Acme.example\"", 1),
        ("externalId eq \"entra-42\"", 1),
        ("name.familyName co \"fèv\" and active eq true", 1),
        ("emails.value sw \"zoe\" or name.givenName eq \"Nobody\"", 1),
        ("not (externalId pr)", 7),
        ("active eq false", 1),
    ] {
        let uri = format!("/scim/v2/Users?filter={}", urlencode(filter));
        let (status, list, _) = scim(&t, "GET", &uri, &token, None).await;
        assert_eq!((status, list["totalResults"].as_i64()), (StatusCode::OK, Some(expected)), "{filter}: {list}");
    }
    let (_, page, _) = scim(&t, "GET", "/scim/v2/Users?startIndex=3&count=2", &token, None).await;
    assert_eq!(
        (page["startIndex"].as_i64(), page["itemsPerPage"].as_i64(), page["totalResults"].as_i64()),
        (Some(3), Some(2), Some(8))
    );

    // Entra ID's PATCH: "Replace", a path in any case, "False" as a string.
    let entra = json!({ "schemas": ["urn:ietf:params:scim:api:messages:2.0:PatchOp"], "Operations": [
        { "op": "Replace", "path": "NAME.familyName", "value": "Lefèvre-Martin" },
        { "op": "Replace", "path": format!("{ENTERPRISE}:department"), "value": "Agence de Bordeaux" },
        { "op": "Replace", "path": "active", "value": "False" }
    ]});
    let (status, patched, _) = scim(&t, "PATCH", &format!("/scim/v2/Users/{id}"), &token, Some(entra)).await;
    assert_eq!(status, StatusCode::OK, "{patched}");
    assert_eq!(
        (patched["active"].as_bool(), patched["name"]["familyName"].as_str()),
        (Some(false), Some("Lefèvre-Martin"))
    );
    assert_eq!(patched[ENTERPRISE]["department"], "Agence de Bordeaux");
    let status: String = sqlx::query_scalar(&format!("SELECT status FROM users WHERE id = {id}"))
        .fetch_one(&t.app.state.pool)
        .await
        .unwrap();
    assert_eq!(status, "deactivated", "through the lifecycle");
    let admin = t.admin_cookie().await;
    let detail = common::body_json(t.get(&format!("/api/users/{id}"), Some(&admin)).await).await;
    assert_eq!(detail["history"][0]["action"], "deactivate");
    assert_eq!(detail["history"][0]["actor"], "Entra ID");

    // Okta's PATCH: no path, a value object.
    let okta = json!({ "schemas": ["urn:ietf:params:scim:api:messages:2.0:PatchOp"], "Operations": [
        { "op": "replace", "value": { "active": true, "externalId": "okta-7" } }
    ]});
    let (status, patched, _) = scim(&t, "PATCH", &format!("/scim/v2/Users/{id}"), &token, Some(okta)).await;
    assert_eq!(
        (status, patched["active"].as_bool(), patched["externalId"].as_str()),
        (StatusCode::OK, Some(true), Some("okta-7"))
    );

    // Replace, then a PATCH the directory cannot do, then delete (never activated: removed).
    let mut replaced = new_user("zoe@acme.example");
    replaced["name"]["givenName"] = json!("Zoë");
    let (status, body, _) = scim(&t, "PUT", &format!("/scim/v2/Users/{id}"), &token, Some(replaced)).await;
    assert_eq!((status, body["name"]["givenName"].as_str()), (StatusCode::OK, Some("Zoë")));
    let remove = json!({ "Operations": [{ "op": "remove", "path": "userName" }] });
    let (status, body, _) = scim(&t, "PATCH", &format!("/scim/v2/Users/{id}"), &token, Some(remove)).await;
    assert_eq!((status, body["scimType"].as_str()), (StatusCode::BAD_REQUEST, Some("mutability")));
    let (status, _, _) = scim(&t, "DELETE", &format!("/scim/v2/Users/{id}"), &token, None).await;
    assert_eq!(status, StatusCode::NO_CONTENT);
    let (status, _, _) = scim(&t, "GET", &format!("/scim/v2/Users/{id}"), &token, None).await;
    assert_eq!(status, StatusCode::NOT_FOUND);
}

#[tokio::test]
async fn someone_sent_inactive_is_created_deactivated_and_not_invited() {
    let t = start().await;
    let token = token(&t, None).await;
    let mut inactive = new_user("yann@acme.example");
    inactive["active"] = serde_json::json!(false);
    inactive["externalId"] = serde_json::json!("entra-43");
    let (status, created, _) = scim(&t, "POST", "/scim/v2/Users", &token, Some(inactive)).await;
    assert_eq!((status, &created["active"]), (StatusCode::CREATED, &serde_json::json!(false)), "{created}");
    let mails: i64 = sqlx::query_scalar("SELECT COUNT(*) FROM outbox WHERE to_address = 'yann@acme.example'")
        .fetch_one(&t.app.state.pool)
        .await
        .unwrap();
    assert_eq!(mails, 0, "no invitation for someone created inactive");
}

#[tokio::test]
async fn a_scoped_token_sees_and_places_people_in_its_entities_only_and_sso_sends_no_mail() {
    let t = start().await;
    let token = token(&t, Some(&[2])).await;
    let (_, list, _) = scim(&t, "GET", "/scim/v2/Users", &token, None).await;
    assert_eq!(list["totalResults"], 2, "Lyon's two people");
    let mut paris = new_user("paris@acme.example");
    paris[ENTERPRISE]["department"] = json!("Siège — Paris");
    let (status, body, _) = scim(&t, "POST", "/scim/v2/Users", &token, Some(paris)).await;
    assert_eq!((status, body["scimType"].as_str()), (StatusCode::BAD_REQUEST, Some("invalidValue")));
    let helene = t.user_id("helene.dubois@acme.example").await;
    let (status, _, _) = scim(&t, "GET", &format!("/scim/v2/Users/{helene}"), &token, None).await;
    assert_eq!(status, StatusCode::NOT_FOUND);

    sqlx::query("UPDATE companies SET sso_enabled = 1").execute(&t.app.state.pool).await.unwrap();
    let (status, _, _) = scim(&t, "POST", "/scim/v2/Users", &token, Some(new_user("sso@acme.example"))).await;
    assert_eq!(status, StatusCode::CREATED);
    let mails: i64 = sqlx::query_scalar("SELECT COUNT(*) FROM outbox WHERE to_address = 'sso@acme.example'")
        .fetch_one(&t.app.state.pool)
        .await
        .unwrap();
    assert_eq!(mails, 0, "on SSO, people sign in through their provider: no activation e-mail");
}

#[tokio::test]
async fn a_patch_is_atomic_nothing_of_it_stays_when_a_step_is_refused() {
    let t = start().await;
    let token = token(&t, None).await;
    let camille = t.user_id(&t.demo.email).await;
    // The name would change, but deactivating the company's only active administrator is
    // refused: the whole PATCH is.
    let patch = json!({ "Operations": [
        { "op": "replace", "path": "name.familyName", "value": "Changed" },
        { "op": "replace", "path": "active", "value": false }
    ]});
    let (status, error, _) = scim(&t, "PATCH", &format!("/scim/v2/Users/{camille}"), &token, Some(patch)).await;
    assert_eq!(status, StatusCode::FORBIDDEN, "{error}");
    let (_, user, _) = scim(&t, "GET", &format!("/scim/v2/Users/{camille}"), &token, None).await;
    assert_eq!((user["name"]["familyName"].as_str(), user["active"].as_bool()), (Some("Martin"), Some(true)));
}

fn urlencode(text: &str) -> String {
    text.bytes()
        .map(|b| match b {
            b'A'..=b'Z' | b'a'..=b'z' | b'0'..=b'9' | b'-' | b'.' | b'_' => (b as char).to_string(),
            _ => format!("%{b:02X}"),
        })
        .collect()
}

//! The public API, `/api/v1`, for other software: `Authorization: Bearer <API token>`, the
//! same domain, validation, errors and scope as the app.

use axum::extract::{Path, Query, State};
use axum::http::StatusCode;
use axum::Json;
use espace_api::bulk::{BulkReport, BulkRequest};
use espace_api::entities::Entity;
use espace_api::services::ServiceCard;
use espace_api::users::{
    ActionRequest, CreateUserRequest, PermissionsRequest, RenewReport, UpdateUserRequest, UserDetail, UserListQuery,
    UserPage,
};
use espace_api::{ApiError, UserId};

use crate::account;
use crate::auth::bearer::ApiCaller;
use crate::entities;
use crate::error::AppError;
use crate::state::AppState;
use crate::users::{answers, detail, search};
use utoipa::openapi::security::{HttpAuthScheme, HttpBuilder, SecurityScheme};
use utoipa::OpenApi;

/// What a call that reads may answer besides its success.
#[allow(dead_code)] // only its documentation is used
#[derive(utoipa::IntoResponses)]
pub(super) enum ReadErrors {
    #[response(status = 400, description = "A query value is not what this endpoint takes")]
    BadRequest(ApiError),
    #[response(status = 401, description = "No token, or an unknown, expired or revoked one")]
    Unauthorized(ApiError),
    #[response(status = 404, description = "Not found, or outside the token's scope")]
    NotFound(ApiError),
    #[response(status = 429, description = "Too many calls with this token; retry after Retry-After seconds")]
    TooMany(ApiError),
}

/// What a call that changes something may answer besides its success.
#[allow(dead_code)] // only its documentation is used
#[derive(utoipa::IntoResponses)]
pub(super) enum WriteErrors {
    #[response(status = 400, description = "The body or a query value is not what this endpoint takes")]
    BadRequest(ApiError),
    #[response(status = 401, description = "No token, or an unknown, expired or revoked one")]
    Unauthorized(ApiError),
    #[response(status = 403, description = "Beyond the token's permission or scope")]
    Forbidden(ApiError),
    #[response(status = 404, description = "Not found, or outside the token's scope")]
    NotFound(ApiError),
    #[response(status = 409, description = "Someone changed it first, or the status does not allow it")]
    Conflict(ApiError),
    #[response(status = 413, description = "The body is too large")]
    TooLarge(ApiError),
    #[response(status = 415, description = "The body is not sent as application/json")]
    UnsupportedMediaType(ApiError),
    #[response(status = 422, description = "Invalid fields, each with its code")]
    Invalid(ApiError),
    #[response(status = 429, description = "Too many calls with this token; retry after Retry-After seconds")]
    TooMany(ApiError),
}

/// The OpenAPI 3.1 document of `/api/v1`, from the handlers and the contract's types.
#[derive(OpenApi)]
#[openapi(
    info(
        title = "Espace API",
        version = "1",
        description = "Manage your company's users from your own tools. Every call carries an API token \
            (`Authorization: Bearer esp_…`), created by an administrator on the API tokens page; it acts \
            within its scope and permission. Errors share one shape: a code, a message in the language of \
            `Accept-Language`, and a reference for support."
    ),
    paths(
        list_users,
        create_user,
        get_user,
        update_user,
        set_permissions,
        user_action,
        bulk_action,
        renew_invitations,
        services,
        entities,
        super::v1_webhooks::list_webhooks,
        super::v1_webhooks::create_webhook,
        super::v1_webhooks::get_webhook,
        super::v1_webhooks::update_webhook,
        super::v1_webhooks::delete_webhook,
        super::v1_webhooks::rotate_webhook_secret,
        super::v1_webhooks::send_test_event,
        super::v1_webhooks::get_delivery,
        super::v1_webhooks::resend_delivery
    ),
    components(schemas(
        espace_api::users::SortKey,
        espace_api::users::UserStatus,
        espace_api::users::Invitation,
        espace_api::users::PolicyFilter,
        espace_api::users::Role,
        ApiError,
        espace_api::ErrorCode,
        espace_api::FieldError,
        espace_api::FieldErrorCode,
        espace_api::webhooks::EventPayload
    )),
    modifiers(&BearerToken),
    security(("bearer" = [])),
    tags(
        (name = "users", description = "Users: list, search, read, create, edit, permissions, lifecycle actions"),
        (name = "services", description = "The company's services and their seats"),
        (name = "entities", description = "The company's entities in the token's scope"),
        (name = "webhooks", description = "Endpoints told of every change as it happens (see `webhooks` for the \
            messages), their signing secrets and deliveries")
    )
)]
pub struct ApiDoc;

struct BearerToken;

impl utoipa::Modify for BearerToken {
    fn modify(&self, openapi: &mut utoipa::openapi::OpenApi) {
        let scheme = HttpBuilder::new().scheme(HttpAuthScheme::Bearer).bearer_format("esp_…").build();
        openapi
            .components
            .get_or_insert_with(Default::default)
            .add_security_scheme("bearer", SecurityScheme::Http(scheme));
        // Not the crate's (empty) licence: the API's terms are the customer's contract.
        openapi.info.license = None;
    }
}

/// What a created thing's id leads to (OpenAPI links), so that clients and test generators
/// such as schemathesis call its own operations with a real id: `created` is the JSON pointer
/// of the creation's answer, each operation takes the id as `id`. Added to the JSON: utoipa 5.5
/// writes a link's fields in snake case (`operation_id`), which readers reject.
pub(super) fn add_created_links(document: &mut serde_json::Value, created: &str, id: &str, operations: &[&str]) {
    let Some(created) = document.pointer_mut(created) else { return };
    let links: serde_json::Map<String, serde_json::Value> = operations
        .iter()
        .map(|operation| {
            let link =
                serde_json::json!({ "operationId": operation, "parameters": { "id": format!("$response.body#{id}") } });
            ((*operation).to_owned(), link)
        })
        .collect();
    created["links"] = serde_json::Value::Object(links);
}

/// The document's `webhooks`: one POST per event type, its body `EventPayload`, its headers
/// those of the Standard Webhooks specification. Added to the JSON: utoipa 5 has no
/// `webhooks` of its own.
pub(super) fn add_webhooks(document: &mut serde_json::Value) {
    let mut webhooks = serde_json::Map::new();
    for event in espace_api::webhooks::EventType::ALL {
        let operation = serde_json::json!({
            "post": {
                "operationId": format!("webhook_{}", event.as_str().replace(['.', '-'], "_")),
                "summary": format!("`{}`", event.as_str()),
                "description": "Sent to each endpoint that chose this event type (and, for an endpoint limited to \
                    entities, whose entities it concerns). Verify `webhook-signature` with the endpoint's secret as \
                    the Standard Webhooks specification says (HMAC-SHA256 of `<webhook-id>.<webhook-timestamp>.<body>`), \
                    answer 2xx within 10 seconds; anything else is tried again with exponential backoff for 3 days.",
                "parameters": [
                    { "name": "webhook-id", "in": "header", "required": true, "schema": { "type": "string" },
                      "description": "`msg_<id>`, the same on every try: drop a repeat" },
                    { "name": "webhook-timestamp", "in": "header", "required": true,
                      "schema": { "type": "string" }, "description": "Unix seconds of this try" },
                    { "name": "webhook-signature", "in": "header", "required": true,
                      "schema": { "type": "string" }, "description": "`v1,<base64>`, two separated by a space for 24 hours after a rotation" }
                ],
                "requestBody": { "required": true, "content": { "application/json": {
                    "schema": { "$ref": "#/components/schemas/EventPayload" } } } },
                "responses": { "200": { "description": "Received (any 2xx)" } }
            }
        });
        webhooks.insert(event.as_str().to_owned(), operation);
    }
    document["webhooks"] = serde_json::Value::Object(webhooks);
}

pub async fn openapi() -> impl axum::response::IntoResponse {
    // Built once: the document depends on the code only.
    static DOCUMENT: std::sync::LazyLock<String> = std::sync::LazyLock::new(|| {
        let mut document = serde_json::to_value(ApiDoc::openapi()).unwrap_or_default();
        add_created_links(
            &mut document,
            "/paths/~1api~1v1~1users/post/responses/201",
            "/id",
            &["get_user", "update_user", "set_permissions", "user_action"],
        );
        add_created_links(
            &mut document,
            "/paths/~1api~1v1~1webhooks/post/responses/201",
            "/endpoint/id",
            &["get_webhook", "update_webhook", "rotate_webhook_secret", "send_test_event", "delete_webhook"],
        );
        add_webhooks(&mut document);
        document.to_string()
    });
    ([(axum::http::header::CONTENT_TYPE, "application/json")], DOCUMENT.as_str())
}

#[utoipa::path(get, path = "/api/v1/users", tag = "users", params(UserListQuery),
    responses((status = 200, description = "A page of the users in the token's scope", body = UserPage),
        ReadErrors))]
pub async fn list_users(
    State(state): State<AppState>,
    ApiCaller(caller): ApiCaller,
    Query(query): Query<UserListQuery>,
) -> Result<Json<UserPage>, AppError> {
    Ok(Json(search::list(&state.pool, &caller, query).await?))
}

#[utoipa::path(get, path = "/api/v1/users/{id}", tag = "users", params(("id" = i64, Path, description = "The user's id")),
    responses((status = 200, description = "The user, with their history", body = UserDetail),
        ReadErrors))]
pub async fn get_user(
    State(state): State<AppState>,
    ApiCaller(caller): ApiCaller,
    Path(id): Path<UserId>,
) -> Result<Json<UserDetail>, AppError> {
    Ok(Json(detail::load(&state.pool, &caller, id).await?))
}

#[utoipa::path(post, path = "/api/v1/users", tag = "users", request_body = CreateUserRequest,
    responses((status = 201, description = "Created (or, with the same idempotency key and body, created before)", body = UserDetail),
        WriteErrors))]
pub async fn create_user(
    State(state): State<AppState>,
    caller: ApiCaller,
    Json(req): Json<CreateUserRequest>,
) -> Result<(StatusCode, Json<UserDetail>), AppError> {
    Ok((StatusCode::CREATED, Json(answers::create(&state, caller.manager()?, req).await?)))
}

#[utoipa::path(patch, path = "/api/v1/users/{id}", tag = "users", request_body = UpdateUserRequest,
    params(("id" = i64, Path, description = "The user's id")),
    responses((status = 200, description = "The user as changed", body = UserDetail),
        WriteErrors))]
pub async fn update_user(
    State(state): State<AppState>,
    caller: ApiCaller,
    Path(id): Path<UserId>,
    Json(req): Json<UpdateUserRequest>,
) -> Result<Json<UserDetail>, AppError> {
    Ok(Json(answers::update(&state, caller.manager()?, id, req).await?))
}

#[utoipa::path(put, path = "/api/v1/users/{id}/permissions", tag = "users", request_body = PermissionsRequest,
    params(("id" = i64, Path, description = "The user's id")),
    responses((status = 200, description = "The user with their new level and scope", body = UserDetail),
        WriteErrors))]
pub async fn set_permissions(
    State(state): State<AppState>,
    caller: ApiCaller,
    Path(id): Path<UserId>,
    Json(req): Json<PermissionsRequest>,
) -> Result<Json<UserDetail>, AppError> {
    Ok(Json(answers::set_permissions(&state, caller.manager()?, id, req).await?))
}

#[utoipa::path(post, path = "/api/v1/users/{id}/actions", tag = "users", request_body = ActionRequest,
    params(("id" = i64, Path, description = "The user's id")),
    responses((status = 200, description = "The user after the action; null after a deletion", body = Option<UserDetail>),
        WriteErrors))]
/// Runs the action and answers with the user as it is now (`null` after a deletion).
pub async fn user_action(
    State(state): State<AppState>,
    caller: ApiCaller,
    Path(id): Path<UserId>,
    Json(req): Json<ActionRequest>,
) -> Result<Json<Option<UserDetail>>, AppError> {
    Ok(Json(answers::act(&state, caller.manager()?, id, req).await?))
}

#[utoipa::path(post, path = "/api/v1/users/bulk", tag = "users", request_body = BulkRequest,
    responses((status = 200, description = "One line per person: done, or skipped with the reason; the batch id \
        its audit events share", body = BulkReport),
        WriteErrors))]
/// One action on up to 500 people, each through the same scope, lifecycle and seats as one
/// at a time; seats are checked for everyone before anything changes.
pub async fn bulk_action(
    State(state): State<AppState>,
    caller: ApiCaller,
    Json(req): Json<BulkRequest>,
) -> Result<Json<BulkReport>, AppError> {
    Ok(Json(crate::users::bulk::run(&state, caller.manager()?, req).await?))
}

#[utoipa::path(post, path = "/api/v1/users/invitations/renew", tag = "users",
    responses((status = 200, description = "How many invitations were renewed and how many left as they were",
        body = RenewReport),
        WriteErrors))]
/// A new activation link for every invited person in the token's scope whose links all
/// expired unused (500 at most per call: call again while `renewed` is 500).
pub async fn renew_invitations(
    State(state): State<AppState>,
    caller: ApiCaller,
) -> Result<Json<RenewReport>, AppError> {
    Ok(Json(crate::users::invitations::renew_expired(&state, caller.manager()?).await?))
}

#[utoipa::path(get, path = "/api/v1/services", tag = "services",
    responses((status = 200, description = "The company's services and their seats", body = Vec<ServiceCard>),
        ReadErrors))]
pub async fn services(
    State(state): State<AppState>,
    ApiCaller(caller): ApiCaller,
) -> Result<Json<Vec<ServiceCard>>, AppError> {
    Ok(Json(account::catalogue(&mut *state.pool.acquire().await?, caller.company_id).await?))
}

#[utoipa::path(get, path = "/api/v1/entities", tag = "entities",
    responses((status = 200, description = "The entities in the token's scope", body = Vec<Entity>),
        ReadErrors))]
pub async fn entities(
    State(state): State<AppState>,
    ApiCaller(caller): ApiCaller,
) -> Result<Json<Vec<Entity>>, AppError> {
    Ok(Json(entities::list(&state.pool, &caller).await?))
}

#[cfg(test)]
mod tests {
    use std::collections::BTreeSet;

    use espace_api::v1::{OPERATIONS, PREFIX};

    use super::*;

    /// The document and the contract's list of operations (which the app's reference page
    /// shows, and its end-to-end test compares with the served document) say the same.
    #[test]
    fn the_document_has_exactly_the_contracts_operations() {
        let document = serde_json::to_value(ApiDoc::openapi()).unwrap();
        let mut documented = BTreeSet::new();
        for (path, item) in document["paths"].as_object().unwrap() {
            for (method, operation) in item.as_object().unwrap() {
                let id = operation["operationId"].as_str().unwrap().to_owned();
                documented.insert((id, method.to_uppercase(), path.clone()));
            }
        }
        let contract: BTreeSet<_> = OPERATIONS
            .iter()
            .map(|op| (op.id.to_owned(), op.method.as_str().to_owned(), format!("{PREFIX}{}", op.path)))
            .collect();
        assert_eq!(documented, contract);
    }

    /// Every event type is in the document's `webhooks`, with a body the document defines.
    #[test]
    fn every_event_type_is_documented_as_a_webhook() {
        let mut document = serde_json::to_value(ApiDoc::openapi()).unwrap();
        add_webhooks(&mut document);
        for event in espace_api::webhooks::EventType::ALL {
            let post = &document["webhooks"][event.as_str()]["post"];
            let body = &post["requestBody"]["content"]["application/json"]["schema"]["$ref"];
            assert_eq!(body, "#/components/schemas/EventPayload", "{}", event.as_str());
        }
        let payload = &document["components"]["schemas"]["EventPayload"]["properties"];
        assert!(payload["type"].is_object() && payload["data"].is_object(), "{payload}");
    }

    /// The limits the document states are the ones the contract checks.
    #[test]
    fn the_bulk_limit_is_documented_as_checked() {
        let document = serde_json::to_value(ApiDoc::openapi()).unwrap();
        let ids = &document["components"]["schemas"]["BulkRequest"]["properties"]["ids"];
        assert_eq!(ids["maxItems"].as_u64(), Some(espace_api::bulk::REQUEST_MAX as u64), "{ids}");
        let batch = &document["components"]["schemas"]["BulkRequest"]["properties"]["batch"]["pattern"];
        assert_eq!(batch.as_str(), Some(format!("^[A-Za-z0-9-]{{1,{}}}$", espace_api::bulk::BATCH_MAX).as_str()));
    }
}

//! `/scim/v2`: HTTP in and out for SCIM (its own error shape and media type).

use axum::body::Bytes;
use axum::extract::{Path, Query, State};
use axum::http::{header, StatusCode};
use axum::response::{IntoResponse, Response};
use axum::routing::get;
use axum::Router;
use serde::Deserialize;
use serde_json::Value;

use crate::auth::bearer::ApiCaller;
use crate::error::AppError;
use crate::scim::{self, meta, scim_json, ScimError};
use crate::state::AppState;

/// Where resources live, for `meta.location`: the configured public address, never a
/// client-chosen `Host`.
fn base(state: &AppState) -> String {
    state.config.public_url_or(state.config.addr)
}

type Caller = Result<ApiCaller, AppError>;

fn reader(caller: Caller) -> Result<crate::auth::extract::CurrentUser, ScimError> {
    Ok(caller?.0)
}

fn writer(caller: Caller) -> Result<crate::auth::extract::CurrentUser, ScimError> {
    let caller = caller?;
    caller.manager()?;
    Ok(caller.0)
}

fn body(bytes: &Bytes) -> Result<Value, ScimError> {
    serde_json::from_slice(bytes).map_err(|e| ScimError::bad("invalidSyntax", e.to_string()))
}

/// A query's parameters, or a `.search` body's (RFC 7644 §3.4.3): the same names.
#[derive(Debug, Default, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct ListParams {
    filter: Option<String>,
    start_index: Option<i64>,
    count: Option<i64>,
    attributes: Option<String>,
    excluded_attributes: Option<String>,
}

impl ListParams {
    fn projection(&self) -> scim::Projection {
        scim::Projection { attributes: self.attributes.clone(), excluded: self.excluded_attributes.clone() }
    }
}

async fn list(
    State(state): State<AppState>,
    caller: Caller,
    Query(p): Query<ListParams>,
) -> Result<Response, ScimError> {
    let caller = reader(caller)?;
    let b = base(&state);
    let body = scim::list(&state, &caller, p.filter.as_deref(), p.start_index, p.count, &b, &p.projection()).await?;
    Ok(scim_json(StatusCode::OK, &body))
}

/// `POST /Users/.search`: a query too long (or too private) for a URL.
async fn search(State(state): State<AppState>, caller: Caller, bytes: Bytes) -> Result<Response, ScimError> {
    let caller = reader(caller)?;
    let value = body(&bytes)?;
    let mut p = ListParams::default();
    if let Some(map) = value.as_object() {
        let field = |name: &str| map.iter().find(|(k, _)| k.eq_ignore_ascii_case(name)).map(|(_, v)| v);
        let list = |v: Option<&Value>| match v {
            Some(Value::Array(items)) => Some(items.iter().filter_map(Value::as_str).collect::<Vec<_>>().join(",")),
            Some(Value::String(s)) => Some(s.clone()),
            _ => None,
        };
        p.filter = field("filter").and_then(Value::as_str).map(str::to_owned);
        p.start_index = field("startIndex").and_then(Value::as_i64);
        p.count = field("count").and_then(Value::as_i64);
        p.attributes = list(field("attributes"));
        p.excluded_attributes = list(field("excludedAttributes"));
    }
    let b = base(&state);
    let body = scim::list(&state, &caller, p.filter.as_deref(), p.start_index, p.count, &b, &p.projection()).await?;
    Ok(scim_json(StatusCode::OK, &body))
}

async fn show(
    State(state): State<AppState>,
    caller: Caller,
    Path(id): Path<String>,
    Query(p): Query<ListParams>,
) -> Result<Response, ScimError> {
    let caller = reader(caller)?;
    Ok(scim_json(StatusCode::OK, &scim::get_user(&state, &caller, &id, &base(&state), &p.projection()).await?))
}

async fn create(State(state): State<AppState>, caller: Caller, bytes: Bytes) -> Result<Response, ScimError> {
    let caller = writer(caller)?;
    let created = scim::create(&state, &caller, &body(&bytes)?, &base(&state)).await?;
    let mut response = scim_json(StatusCode::CREATED, &created);
    if let Some(location) = created.pointer("/meta/location").and_then(Value::as_str).and_then(|l| l.parse().ok()) {
        response.headers_mut().insert(header::LOCATION, location);
    }
    Ok(response)
}

async fn replace(
    State(state): State<AppState>,
    caller: Caller,
    Path(id): Path<String>,
    bytes: Bytes,
) -> Result<Response, ScimError> {
    let caller = writer(caller)?;
    Ok(scim_json(StatusCode::OK, &scim::replace(&state, &caller, &id, &body(&bytes)?, &base(&state)).await?))
}

async fn patch(
    State(state): State<AppState>,
    caller: Caller,
    Path(id): Path<String>,
    bytes: Bytes,
) -> Result<Response, ScimError> {
    let caller = writer(caller)?;
    Ok(scim_json(StatusCode::OK, &scim::patch(&state, &caller, &id, &body(&bytes)?, &base(&state)).await?))
}

async fn delete(State(state): State<AppState>, caller: Caller, Path(id): Path<String>) -> Result<Response, ScimError> {
    let caller = writer(caller)?;
    scim::delete(&state, &caller, &id).await?;
    Ok(StatusCode::NO_CONTENT.into_response())
}

async fn service_provider_config(State(state): State<AppState>, caller: Caller) -> Result<Response, ScimError> {
    reader(caller)?;
    Ok(scim_json(StatusCode::OK, &meta::service_provider_config(&base(&state))))
}

async fn resource_types(State(state): State<AppState>, caller: Caller) -> Result<Response, ScimError> {
    reader(caller)?;
    let b = base(&state);
    Ok(scim_json(StatusCode::OK, &meta::list(vec![meta::resource_type(&b)], 1, 1)))
}

async fn resource_type(
    State(state): State<AppState>,
    caller: Caller,
    Path(id): Path<String>,
) -> Result<Response, ScimError> {
    reader(caller)?;
    if id != "User" {
        return Err(ScimError {
            status: StatusCode::NOT_FOUND,
            scim_type: None,
            detail: "no such resource type".into(),
        });
    }
    Ok(scim_json(StatusCode::OK, &meta::resource_type(&base(&state))))
}

async fn schemas(State(state): State<AppState>, caller: Caller) -> Result<Response, ScimError> {
    reader(caller)?;
    let b = base(&state);
    let all = vec![meta::user_schema(&b), meta::enterprise_schema(&b), meta::espace_schema(&b)];
    Ok(scim_json(StatusCode::OK, &meta::list(all, 3, 1)))
}

async fn schema(State(state): State<AppState>, caller: Caller, Path(id): Path<String>) -> Result<Response, ScimError> {
    reader(caller)?;
    let b = base(&state);
    match id.as_str() {
        meta::USER => Ok(scim_json(StatusCode::OK, &meta::user_schema(&b))),
        meta::ENTERPRISE => Ok(scim_json(StatusCode::OK, &meta::enterprise_schema(&b))),
        meta::ESPACE => Ok(scim_json(StatusCode::OK, &meta::espace_schema(&b))),
        _ => Err(ScimError { status: StatusCode::NOT_FOUND, scim_type: None, detail: "no such schema".into() }),
    }
}

async fn not_found() -> ScimError {
    ScimError { status: StatusCode::NOT_FOUND, scim_type: None, detail: "no such endpoint".into() }
}

pub fn router() -> Router<AppState> {
    Router::new()
        .route("/ServiceProviderConfig", get(service_provider_config))
        .route("/ResourceTypes", get(resource_types))
        .route("/ResourceTypes/{id}", get(resource_type))
        .route("/Schemas", get(schemas))
        .route("/Schemas/{id}", get(schema))
        .route("/Users", get(list).post(create))
        .route("/Users/.search", axum::routing::post(search))
        .route("/.search", axum::routing::post(search))
        .route("/Users/{id}", get(show).put(replace).patch(patch).delete(delete))
        .fallback(not_found)
        .layer(axum::extract::DefaultBodyLimit::max(super::BODY_LIMIT))
}

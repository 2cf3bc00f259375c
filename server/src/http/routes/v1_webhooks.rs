//! `/api/v1/webhooks`: the Webhooks page's operations for other software, through the same
//! domain (`webhooks::endpoints`) with the token's scope and permission.

use axum::extract::{Path, State};
use axum::http::StatusCode;
use axum::Json;
use espace_api::webhooks::{
    Delivery, DeliveryDetail, DeliveryId, Endpoint, EndpointDetail, EndpointId, EndpointRequest, EndpointWithSecret,
};

use super::v1::{ReadErrors, WriteErrors};
use crate::auth::bearer::ApiCaller;
use crate::error::AppError;
use crate::state::AppState;
use crate::webhooks::endpoints;

#[utoipa::path(get, path = "/api/v1/webhooks", tag = "webhooks",
    responses((status = 200, description = "The webhook endpoints the token sees", body = Vec<Endpoint>),
        ReadErrors))]
pub async fn list_webhooks(
    State(state): State<AppState>,
    ApiCaller(caller): ApiCaller,
) -> Result<Json<Vec<Endpoint>>, AppError> {
    Ok(Json(endpoints::list(&state, &caller).await?))
}

#[utoipa::path(post, path = "/api/v1/webhooks", tag = "webhooks", request_body = EndpointRequest,
    responses((status = 201, description = "Created, with its signing secret (shown this once)", body = EndpointWithSecret),
        WriteErrors))]
pub async fn create_webhook(
    State(state): State<AppState>,
    caller: ApiCaller,
    Json(req): Json<EndpointRequest>,
) -> Result<(StatusCode, Json<EndpointWithSecret>), AppError> {
    Ok((StatusCode::CREATED, Json(endpoints::create(&state, caller.manager()?, req).await?)))
}

#[utoipa::path(get, path = "/api/v1/webhooks/{id}", tag = "webhooks",
    params(("id" = i64, Path, description = "The endpoint's id")),
    responses((status = 200, description = "The endpoint and its latest deliveries", body = EndpointDetail),
        ReadErrors))]
pub async fn get_webhook(
    State(state): State<AppState>,
    ApiCaller(caller): ApiCaller,
    Path(id): Path<EndpointId>,
) -> Result<Json<EndpointDetail>, AppError> {
    Ok(Json(endpoints::detail(&state, &caller, id).await?))
}

#[utoipa::path(put, path = "/api/v1/webhooks/{id}", tag = "webhooks", request_body = EndpointRequest,
    params(("id" = i64, Path, description = "The endpoint's id")),
    responses((status = 200, description = "The endpoint as changed", body = Endpoint),
        WriteErrors))]
pub async fn update_webhook(
    State(state): State<AppState>,
    caller: ApiCaller,
    Path(id): Path<EndpointId>,
    Json(req): Json<EndpointRequest>,
) -> Result<Json<Endpoint>, AppError> {
    Ok(Json(endpoints::update(&state, caller.manager()?, id, req).await?))
}

#[utoipa::path(delete, path = "/api/v1/webhooks/{id}", tag = "webhooks",
    params(("id" = i64, Path, description = "The endpoint's id")),
    responses((status = 204, description = "Deleted, with its messages"),
        WriteErrors))]
pub async fn delete_webhook(
    State(state): State<AppState>,
    caller: ApiCaller,
    Path(id): Path<EndpointId>,
) -> Result<StatusCode, AppError> {
    endpoints::remove(&state, caller.manager()?, id).await?;
    Ok(StatusCode::NO_CONTENT)
}

#[utoipa::path(post, path = "/api/v1/webhooks/{id}/rotate", tag = "webhooks",
    params(("id" = i64, Path, description = "The endpoint's id")),
    responses((status = 200, description = "A new secret (shown this once); the previous one still signs for 24 hours",
        body = EndpointWithSecret),
        WriteErrors))]
pub async fn rotate_webhook_secret(
    State(state): State<AppState>,
    caller: ApiCaller,
    Path(id): Path<EndpointId>,
) -> Result<Json<EndpointWithSecret>, AppError> {
    Ok(Json(endpoints::rotate(&state, caller.manager()?, id).await?))
}

#[utoipa::path(post, path = "/api/v1/webhooks/{id}/test", tag = "webhooks",
    params(("id" = i64, Path, description = "The endpoint's id")),
    responses((status = 202, description = "A `webhook.test` message, queued", body = Delivery),
        WriteErrors))]
pub async fn send_test_event(
    State(state): State<AppState>,
    caller: ApiCaller,
    Path(id): Path<EndpointId>,
) -> Result<(StatusCode, Json<Delivery>), AppError> {
    Ok((StatusCode::ACCEPTED, Json(endpoints::send_test(&state, caller.manager()?, id).await?)))
}

#[utoipa::path(get, path = "/api/v1/webhooks/{id}/deliveries/{delivery}", tag = "webhooks",
    params(("id" = i64, Path, description = "The endpoint's id"), ("delivery" = i64, Path, description = "The message's id")),
    responses((status = 200, description = "The message, its tries and the body it sends", body = DeliveryDetail),
        ReadErrors))]
pub async fn get_delivery(
    State(state): State<AppState>,
    ApiCaller(caller): ApiCaller,
    Path((id, delivery)): Path<(EndpointId, DeliveryId)>,
) -> Result<Json<DeliveryDetail>, AppError> {
    Ok(Json(endpoints::delivery_detail(&state, &caller, id, delivery).await?))
}

#[utoipa::path(post, path = "/api/v1/webhooks/{id}/deliveries/{delivery}/resend", tag = "webhooks",
    params(("id" = i64, Path, description = "The endpoint's id"), ("delivery" = i64, Path, description = "The message's id")),
    responses((status = 202, description = "Queued again, with the same `webhook-id`", body = Delivery),
        WriteErrors))]
pub async fn resend_delivery(
    State(state): State<AppState>,
    caller: ApiCaller,
    Path((id, delivery)): Path<(EndpointId, DeliveryId)>,
) -> Result<(StatusCode, Json<Delivery>), AppError> {
    Ok((StatusCode::ACCEPTED, Json(endpoints::resend(&state, caller.manager()?, id, delivery).await?)))
}

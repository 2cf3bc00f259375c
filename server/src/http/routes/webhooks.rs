use axum::extract::{Path, State};
use axum::http::StatusCode;
use axum::Json;
use espace_api::webhooks::{
    Delivery, DeliveryDetail, DeliveryId, Endpoint, EndpointDetail, EndpointId, EndpointRequest, EndpointWithSecret,
};

use crate::auth::extract::Manager;
use crate::error::AppError;
use crate::state::AppState;
use crate::webhooks::endpoints;

pub async fn list(State(state): State<AppState>, Manager(reader): Manager) -> Result<Json<Vec<Endpoint>>, AppError> {
    Ok(Json(endpoints::list(&state, &reader).await?))
}

pub async fn create(
    State(state): State<AppState>,
    Manager(actor): Manager,
    Json(req): Json<EndpointRequest>,
) -> Result<(StatusCode, Json<EndpointWithSecret>), AppError> {
    Ok((StatusCode::CREATED, Json(endpoints::create(&state, &actor, req).await?)))
}

pub async fn show(
    State(state): State<AppState>,
    Manager(reader): Manager,
    Path(id): Path<EndpointId>,
) -> Result<Json<EndpointDetail>, AppError> {
    Ok(Json(endpoints::detail(&state, &reader, id).await?))
}

pub async fn update(
    State(state): State<AppState>,
    Manager(actor): Manager,
    Path(id): Path<EndpointId>,
    Json(req): Json<EndpointRequest>,
) -> Result<Json<Endpoint>, AppError> {
    Ok(Json(endpoints::update(&state, &actor, id, req).await?))
}

pub async fn remove(
    State(state): State<AppState>,
    Manager(actor): Manager,
    Path(id): Path<EndpointId>,
) -> Result<StatusCode, AppError> {
    endpoints::remove(&state, &actor, id).await?;
    Ok(StatusCode::NO_CONTENT)
}

pub async fn rotate(
    State(state): State<AppState>,
    Manager(actor): Manager,
    Path(id): Path<EndpointId>,
) -> Result<Json<EndpointWithSecret>, AppError> {
    Ok(Json(endpoints::rotate(&state, &actor, id).await?))
}

pub async fn test(
    State(state): State<AppState>,
    Manager(actor): Manager,
    Path(id): Path<EndpointId>,
) -> Result<(StatusCode, Json<Delivery>), AppError> {
    Ok((StatusCode::ACCEPTED, Json(endpoints::send_test(&state, &actor, id).await?)))
}

pub async fn delivery(
    State(state): State<AppState>,
    Manager(reader): Manager,
    Path((id, delivery)): Path<(EndpointId, DeliveryId)>,
) -> Result<Json<DeliveryDetail>, AppError> {
    Ok(Json(endpoints::delivery_detail(&state, &reader, id, delivery).await?))
}

pub async fn resend(
    State(state): State<AppState>,
    Manager(actor): Manager,
    Path((id, delivery)): Path<(EndpointId, DeliveryId)>,
) -> Result<(StatusCode, Json<Delivery>), AppError> {
    Ok((StatusCode::ACCEPTED, Json(endpoints::resend(&state, &actor, id, delivery).await?)))
}

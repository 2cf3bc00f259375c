//! Webhooks (`/api/webhooks`): the company's endpoints, their secrets and deliveries.
//! Administrators see every endpoint; team administrators those limited to their entities.

use espace_api::webhooks::{
    Delivery, DeliveryDetail, DeliveryId, Endpoint, EndpointDetail, EndpointId, EndpointRequest, EndpointWithSecret,
};

use super::client::{self, ApiResult};

pub async fn list() -> ApiResult<Vec<Endpoint>> {
    client::get("/api/webhooks").await
}

/// A new endpoint, with its secret: the only time the server sends it.
pub async fn create(request: &EndpointRequest) -> ApiResult<EndpointWithSecret> {
    client::send(client::Method::POST, "/api/webhooks", request).await
}

pub async fn detail(id: EndpointId) -> ApiResult<EndpointDetail> {
    client::get(&format!("/api/webhooks/{id}")).await
}

pub async fn update(id: EndpointId, request: &EndpointRequest) -> ApiResult<Endpoint> {
    client::send(client::Method::PUT, &format!("/api/webhooks/{id}"), request).await
}

pub async fn remove(id: EndpointId) -> ApiResult<()> {
    client::send_no_content(client::Method::DELETE, &format!("/api/webhooks/{id}")).await
}

/// A new secret, shown once; the previous one still signs for a day.
pub async fn rotate(id: EndpointId) -> ApiResult<EndpointWithSecret> {
    client::send_without_body(client::Method::POST, &format!("/api/webhooks/{id}/rotate")).await
}

pub async fn send_test(id: EndpointId) -> ApiResult<Delivery> {
    client::send_without_body(client::Method::POST, &format!("/api/webhooks/{id}/test")).await
}

pub async fn delivery(id: EndpointId, delivery: DeliveryId) -> ApiResult<DeliveryDetail> {
    client::get(&format!("/api/webhooks/{id}/deliveries/{delivery}")).await
}

pub async fn resend(id: EndpointId, delivery: DeliveryId) -> ApiResult<Delivery> {
    client::send_without_body(client::Method::POST, &format!("/api/webhooks/{id}/deliveries/{delivery}/resend")).await
}

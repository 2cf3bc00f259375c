//! The company's entities (`/api/entities`): read by team administrators and Administrators,
//! changed by Administrators only.

use espace_api::entities::{Entity, EntityRequest, RemoveEntityRequest};
use espace_api::EntityId;

use super::client::{self, ApiResult};

/// The entities in the reader's scope, with their user counts.
pub async fn list() -> ApiResult<Vec<Entity>> {
    client::get("/api/entities").await
}

pub async fn create(request: &EntityRequest) -> ApiResult<Entity> {
    client::send(client::Method::POST, "/api/entities", request).await
}

pub async fn rename(id: EntityId, request: &EntityRequest) -> ApiResult<Entity> {
    client::send(client::Method::PATCH, &format!("/api/entities/{id}"), request).await
}

/// Removes an entity; one with users needs `move_to`, where they (and the team
/// administrators' scopes) go.
pub async fn remove(id: EntityId, request: &RemoveEntityRequest) -> ApiResult<()> {
    client::send_json_no_content(client::Method::POST, &format!("/api/entities/{id}/remove"), request).await
}

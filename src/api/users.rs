use espace_api::bulk::{BulkReport, BulkRequest, SeatsCheck, SeatsRequest, SelectionExport, SelectionIds};
use espace_api::users::{ActionRequest, PermissionsRequest, UserDetail, UserListQuery, UserPage};
use espace_api::UserId;

use super::client::{self, ApiResult};

/// Where the users list downloads from, as filtered and sorted, every page, in `lang`.
pub fn export_href(query: &UserListQuery, format: super::import::SheetFormat, lang: espace_api::Language) -> String {
    // Every page: the page number and size do not apply.
    let all = UserListQuery { page: 1, size: UserListQuery::default().normalized().size, ..query.clone() };
    super::query::url_in_language(&format!("/api/users/export.{}", format.extension()), &all, lang)
}

pub async fn list(query: &UserListQuery) -> ApiResult<UserPage> {
    client::get(&format!("/api/users?{}", super::query::to_string(query))).await
}

pub async fn detail(id: UserId) -> ApiResult<UserDetail> {
    client::get(&format!("/api/users/{id}")).await
}

/// The user after the action, or `None` when it deleted them.
pub async fn act(id: UserId, request: &ActionRequest) -> ApiResult<Option<UserDetail>> {
    client::send(client::Method::POST, &format!("/api/users/{id}/actions"), request).await
}

/// A new invitation for every invited person in reach whose links all expired unused.
pub async fn renew_invitations() -> ApiResult<espace_api::users::RenewReport> {
    client::send(client::Method::POST, "/api/users/invitations/renew", &()).await
}

pub async fn update(id: UserId, request: &espace_api::users::UpdateUserRequest) -> ApiResult<UserDetail> {
    client::send(client::Method::PATCH, &format!("/api/users/{id}"), request).await
}

pub async fn create(request: &espace_api::users::CreateUserRequest) -> ApiResult<UserDetail> {
    client::send(client::Method::POST, "/api/users", request).await
}

/// The level and scope: `PUT /api/users/:id/permissions`.
pub async fn set_permissions(id: UserId, request: &PermissionsRequest) -> ApiResult<UserDetail> {
    client::send(client::Method::PUT, &format!("/api/users/{id}/permissions"), request).await
}

/// Where a user is signed in (for whoever may read their page).
pub async fn sessions(id: UserId) -> ApiResult<Vec<espace_api::devices::OpenSession>> {
    client::get(&format!("/api/users/{id}/sessions")).await
}

/// Signs a user out of one of their sessions.
pub async fn end_session(id: UserId, session: &str) -> ApiResult<()> {
    client::send_no_content(client::Method::DELETE, &format!("/api/users/{id}/sessions/{session}")).await
}

/// One action on up to `bulk::REQUEST_MAX` people (a part of a batch).
pub async fn bulk(request: &BulkRequest) -> ApiResult<BulkReport> {
    client::send(client::Method::POST, "/api/users/bulk", request).await
}

/// Whether a service's seats cover the people of a selection who would take one.
pub async fn bulk_seats(request: &SeatsRequest) -> ApiResult<SeatsCheck> {
    client::send(client::Method::POST, "/api/users/bulk/seats", request).await
}

/// Every id the list's query matches ("select all matching").
pub async fn matching_ids(query: &UserListQuery) -> ApiResult<SelectionIds> {
    let all = UserListQuery { page: 1, ..query.clone() };
    client::get(&format!("/api/users/ids?{}", super::query::to_string(&all))).await
}

/// The selected people as the list's CSV export has them, in `lang`.
pub async fn export_selection(ids: Vec<UserId>, lang: espace_api::Language) -> ApiResult<String> {
    let path = format!("/api/users/export-selection.csv?lang={}", lang.as_str());
    client::send_for_text(&path, &SelectionExport { ids }).await
}

/// A reminder to accept the privacy policy in effect, to those in reach who have not.
pub async fn policy_reminders() -> ApiResult<espace_api::privacy::PolicyReminders> {
    client::send(client::Method::POST, "/api/users/policy-reminders", &()).await
}

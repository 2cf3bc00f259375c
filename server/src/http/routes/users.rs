use axum::extract::{Path, Query, State};
use axum::http::StatusCode;
use axum::response::Response;
use axum::Json;
use espace_api::bulk::{BulkReport, BulkRequest, SeatsCheck, SeatsRequest, SelectionExport, SelectionIds};
use espace_api::devices::OpenSession;
use espace_api::users::{
    ActionRequest, CreateUserRequest, PermissionsRequest, UpdateUserRequest, UserDetail, UserListQuery, UserPage,
};
use espace_api::UserId;

use crate::account;
use crate::auth::extract::Manager;
use crate::error::AppError;
use crate::routes::DownloadLanguage;
use crate::spreadsheet::{self, Kind};
use crate::state::AppState;
use crate::users::{answers, detail, export, search};

pub async fn list(
    State(state): State<AppState>,
    Manager(admin): Manager,
    Query(query): Query<UserListQuery>,
) -> Result<Json<UserPage>, AppError> {
    Ok(Json(search::list(&state.pool, &admin, query).await?))
}

pub async fn show(
    State(state): State<AppState>,
    Manager(admin): Manager,
    Path(id): Path<UserId>,
) -> Result<Json<UserDetail>, AppError> {
    Ok(Json(detail::load(&state.pool, &admin, id).await?))
}

/// Runs the action and answers with the user as it is now (`null` after a deletion).
pub async fn action(
    State(state): State<AppState>,
    Manager(admin): Manager,
    Path(id): Path<UserId>,
    Json(req): Json<ActionRequest>,
) -> Result<Json<Option<UserDetail>>, AppError> {
    Ok(Json(answers::act(&state, &admin, id, req).await?))
}

/// One action on many people: a report line per person.
pub async fn bulk(
    State(state): State<AppState>,
    Manager(admin): Manager,
    Json(req): Json<BulkRequest>,
) -> Result<Json<BulkReport>, AppError> {
    Ok(Json(crate::users::bulk::run(&state, &admin, req).await?))
}

/// Before a service is given to a selection sent in parts: whether its seats cover them all.
pub async fn bulk_seats(
    State(state): State<AppState>,
    Manager(admin): Manager,
    Json(req): Json<SeatsRequest>,
) -> Result<Json<SeatsCheck>, AppError> {
    Ok(Json(crate::users::bulk::check_seats(&state, &admin, req).await?))
}

/// Every id the list's query matches: "select all matching".
pub async fn matching_ids(
    State(state): State<AppState>,
    Manager(admin): Manager,
    Query(query): Query<UserListQuery>,
) -> Result<Json<SelectionIds>, AppError> {
    Ok(Json(search::matching_ids(&state.pool, &admin, query).await?))
}

/// A reminder to accept the privacy policy in effect, to those in reach who have not.
pub async fn policy_reminders(
    State(state): State<AppState>,
    Manager(admin): Manager,
) -> Result<Json<espace_api::privacy::PolicyReminders>, AppError> {
    Ok(Json(crate::privacy::remind(&state, &admin).await?))
}

/// A new invitation for every invited person in reach whose links all expired unused.
pub async fn renew_invitations(
    State(state): State<AppState>,
    Manager(admin): Manager,
) -> Result<Json<espace_api::users::RenewReport>, AppError> {
    Ok(Json(crate::users::invitations::renew_expired(&state, &admin).await?))
}

pub async fn update(
    State(state): State<AppState>,
    Manager(admin): Manager,
    Path(id): Path<UserId>,
    Json(req): Json<UpdateUserRequest>,
) -> Result<Json<UserDetail>, AppError> {
    Ok(Json(answers::update(&state, &admin, id, req).await?))
}

pub async fn create(
    State(state): State<AppState>,
    Manager(admin): Manager,
    Json(req): Json<CreateUserRequest>,
) -> Result<(StatusCode, Json<UserDetail>), AppError> {
    Ok((StatusCode::CREATED, Json(answers::create(&state, &admin, req).await?)))
}

pub async fn permissions(
    State(state): State<AppState>,
    Manager(admin): Manager,
    Path(id): Path<UserId>,
    Json(req): Json<PermissionsRequest>,
) -> Result<Json<UserDetail>, AppError> {
    Ok(Json(answers::set_permissions(&state, &admin, id, req).await?))
}

pub async fn export_csv(
    State(state): State<AppState>,
    Manager(reader): Manager,
    Query(query): Query<UserListQuery>,
    Query(lang): Query<DownloadLanguage>,
) -> Result<Response, AppError> {
    export(&state, &reader, query, lang, Kind::Csv).await
}

pub async fn export_xlsx(
    State(state): State<AppState>,
    Manager(reader): Manager,
    Query(query): Query<UserListQuery>,
    Query(lang): Query<DownloadLanguage>,
) -> Result<Response, AppError> {
    export(&state, &reader, query, lang, Kind::Xlsx).await
}

/// The people selected on the list, as its CSV export has them.
pub async fn export_selection_csv(
    State(state): State<AppState>,
    Manager(reader): Manager,
    Query(lang): Query<DownloadLanguage>,
    Json(selection): Json<SelectionExport>,
) -> Result<Response, AppError> {
    AppError::check(selection.validate())?;
    let lang = lang.lang.unwrap_or(reader.language);
    let query = UserListQuery::default();
    let body = export::export(&state.pool, &reader, query, Some(&selection.ids), (lang, Kind::Csv)).await?;
    Ok(spreadsheet::download(Kind::Csv, "espace-users-selection", body))
}

async fn export(
    state: &AppState,
    reader: &crate::auth::extract::CurrentUser,
    query: UserListQuery,
    lang: DownloadLanguage,
    kind: Kind,
) -> Result<Response, AppError> {
    let body = export::export(&state.pool, reader, query, None, (lang.lang.unwrap_or(reader.language), kind)).await?;
    Ok(spreadsheet::download(kind, "espace-users", body))
}

/// `GET /api/users/:id/sessions`: where the user is signed in.
pub async fn sessions(
    State(state): State<AppState>,
    Manager(admin): Manager,
    Path(id): Path<UserId>,
) -> Result<Json<Vec<OpenSession>>, AppError> {
    Ok(Json(account::sessions::of_user(&state, &admin, id).await?))
}

/// `DELETE /api/users/:id/sessions/:session`: signs the user out of one of them.
pub async fn end_session(
    State(state): State<AppState>,
    Manager(admin): Manager,
    Path((id, session)): Path<(UserId, String)>,
) -> Result<StatusCode, AppError> {
    account::sessions::end_for_user(&state, &admin, id, &session).await?;
    Ok(StatusCode::NO_CONTENT)
}

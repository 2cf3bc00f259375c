use axum::extract::{Path, Query, State};
use axum::http::StatusCode;
use axum::response::Response;
use axum::Json;
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

async fn export(
    state: &AppState,
    reader: &crate::auth::extract::CurrentUser,
    query: UserListQuery,
    lang: DownloadLanguage,
    kind: Kind,
) -> Result<Response, AppError> {
    let body = export::export(&state.pool, reader, query, lang.lang.unwrap_or(reader.language), kind).await?;
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

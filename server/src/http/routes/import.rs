use axum::body::Bytes;
use axum::extract::{Path, Query, State};
use axum::response::Response;
use axum::Json;
use espace_api::import::{CheckRequest, CommitReport, CommitRequest, ImportPreview};

use crate::auth::extract::Manager;
use crate::error::AppError;
use crate::import;
use crate::routes::DownloadLanguage;
use crate::spreadsheet::{self, Kind};
use crate::state::AppState;

pub async fn check(
    State(state): State<AppState>,
    Manager(actor): Manager,
    Json(req): Json<CheckRequest>,
) -> Result<Json<ImportPreview>, AppError> {
    Ok(Json(import::check_rows(&state, &actor, req.rows).await?))
}

/// The file itself is the body (CSV or XLSX), whatever its declared type: it is recognised by
/// its content.
pub async fn file(
    State(state): State<AppState>,
    Manager(actor): Manager,
    body: Bytes,
) -> Result<Json<ImportPreview>, AppError> {
    Ok(Json(import::check_file(&state, &actor, body).await?))
}

pub async fn commit(
    State(state): State<AppState>,
    Manager(actor): Manager,
    Json(req): Json<CommitRequest>,
) -> Result<Json<CommitReport>, AppError> {
    Ok(Json(import::commit(&state, &actor, req).await?))
}

pub async fn report(
    State(state): State<AppState>,
    Manager(actor): Manager,
    Path(batch): Path<String>,
    Query(lang): Query<DownloadLanguage>,
) -> Result<Response, AppError> {
    let body = import::report_csv(&state, &actor, &batch, lang.lang.unwrap_or(actor.language)).await?;
    Ok(spreadsheet::download(Kind::Csv, "espace-import-report", body))
}

pub async fn template_csv(
    State(state): State<AppState>,
    Manager(actor): Manager,
    Query(lang): Query<DownloadLanguage>,
) -> Result<Response, AppError> {
    template(&state, &actor, lang, Kind::Csv).await
}

pub async fn template_xlsx(
    State(state): State<AppState>,
    Manager(actor): Manager,
    Query(lang): Query<DownloadLanguage>,
) -> Result<Response, AppError> {
    template(&state, &actor, lang, Kind::Xlsx).await
}

async fn template(
    state: &AppState,
    actor: &crate::auth::extract::CurrentUser,
    lang: DownloadLanguage,
    kind: Kind,
) -> Result<Response, AppError> {
    let body = import::template(state, actor, lang.lang.unwrap_or(actor.language), kind).await?;
    Ok(spreadsheet::download(kind, "espace-import", body))
}

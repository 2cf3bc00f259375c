use axum::extract::{Query, State};
use axum::response::Response;
use axum::Json;
use espace_api::audit::{AuditPage, AuditQuery};

use crate::audit;
use crate::auth::extract::Manager;
use crate::error::AppError;
use crate::routes::DownloadLanguage;
use crate::spreadsheet::{self, Kind};
use crate::state::AppState;

pub async fn page(
    State(state): State<AppState>,
    Manager(reader): Manager,
    Query(query): Query<AuditQuery>,
) -> Result<Json<AuditPage>, AppError> {
    Ok(Json(audit::page(&state.pool, &reader, query).await?))
}

/// Every matching event, as a spreadsheet in the interface's language (`lang`), else the
/// reader's.
pub async fn csv(
    State(state): State<AppState>,
    Manager(reader): Manager,
    Query(query): Query<AuditQuery>,
    Query(lang): Query<DownloadLanguage>,
) -> Result<Response, AppError> {
    let lang = lang.lang.unwrap_or(reader.language);
    let body = audit::csv(&state.pool, &reader, query, lang).await?;
    Ok(spreadsheet::download(Kind::Csv, "espace-audit", body))
}

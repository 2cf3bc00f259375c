use axum::extract::{Query, State};
use axum::http::header;
use axum::response::IntoResponse;
use axum::Json;
use espace_api::audit::{AuditPage, AuditQuery};

use crate::audit;
use crate::auth::extract::Manager;
use crate::error::AppError;
use crate::state::AppState;

pub async fn page(
    State(state): State<AppState>,
    Manager(reader): Manager,
    Query(query): Query<AuditQuery>,
) -> Result<Json<AuditPage>, AppError> {
    Ok(Json(audit::page(&state.pool, &reader, query).await?))
}

/// Every matching event, as a spreadsheet in the reader's language.
pub async fn csv(
    State(state): State<AppState>,
    Manager(reader): Manager,
    Query(query): Query<AuditQuery>,
) -> Result<impl IntoResponse, AppError> {
    let body = audit::csv(&state.pool, &reader, query, reader.language).await?;
    let filename = format!("attachment; filename=\"espace-audit-{}.csv\"", crate::store::now());
    Ok(([(header::CONTENT_TYPE, "text/csv; charset=utf-8".to_owned()), (header::CONTENT_DISPOSITION, filename)], body))
}

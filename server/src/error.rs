use axum::body::Body;
use axum::extract::Request;
use axum::http::{header, HeaderValue, StatusCode};
use axum::middleware::Next;
use axum::response::{IntoResponse, Response};
use espace_api::{ApiError, ErrorCode, FieldError, Language};
use fluent_templates::fluent_bundle::FluentValue;
use thiserror::Error;

use crate::i18n;

/// Every way a request can fail. Mapped to an `ErrorCode` (and so a Fluent id) at the edge.
#[derive(Debug, Error)]
pub enum AppError {
    #[error("wrong e-mail or password")]
    InvalidCredentials,
    #[error("no valid session")]
    Unauthenticated,
    #[error("forbidden for this role")]
    Forbidden,
    #[error("not found")]
    NotFound,
    #[error("invalid fields: {0:?}")]
    Validation(Vec<FieldError>),
    #[error("account locked")]
    AccountLocked,
    /// Someone else changed the user since the admin loaded it.
    #[error("stale version")]
    Conflict,
    /// A business rule refused the request (own role, last admin, no seat left…).
    #[error("refused: {0:?}")]
    Refused(ErrorCode),
    #[error("database: {0}")]
    Database(#[from] sqlx::Error),
    #[error("password hashing: {0}")]
    Hashing(String),
    #[error("task: {0}")]
    Task(#[from] tokio::task::JoinError),
}

impl AppError {
    pub fn code(&self) -> ErrorCode {
        match self {
            AppError::InvalidCredentials => ErrorCode::InvalidCredentials,
            AppError::Unauthenticated => ErrorCode::Unauthenticated,
            AppError::Forbidden => ErrorCode::Forbidden,
            AppError::NotFound => ErrorCode::NotFound,
            AppError::Validation(_) => ErrorCode::Validation,
            AppError::AccountLocked => ErrorCode::AccountLocked,
            AppError::Conflict => ErrorCode::Conflict,
            AppError::Refused(code) => *code,
            AppError::Database(_) | AppError::Hashing(_) | AppError::Task(_) => ErrorCode::Internal,
        }
    }
}

fn reference() -> String {
    use rand::Rng;
    let n: u32 = rand::thread_rng().gen();
    format!("{n:08X}")
}

impl IntoResponse for AppError {
    fn into_response(self) -> Response {
        let code = self.code();
        let mut body = match &self {
            AppError::Validation(fields) => ApiError::validation(fields.clone()),
            _ => ApiError::new(code),
        };
        body.reference = reference();
        if code == ErrorCode::Internal {
            tracing::error!(reference = %body.reference, error = %self, "request failed");
        } else {
            tracing::info!(reference = %body.reference, code = code.as_str(), "request refused");
        }
        let status = StatusCode::from_u16(code.http_status()).unwrap_or(StatusCode::INTERNAL_SERVER_ERROR);
        (status, axum::Json(body)).into_response()
    }
}

/// The request's language: `Accept-Language` (the app sends its current one), else French.
pub fn request_language(headers: &axum::http::HeaderMap) -> Language {
    headers
        .get(header::ACCEPT_LANGUAGE)
        .and_then(|v| v.to_str().ok())
        .and_then(Language::from_accept_language)
        .unwrap_or_default()
}

/// Fills in `message` of every API error body in the request's language, in one place, so
/// handlers only deal with codes.
pub async fn localize_errors(req: Request, next: Next) -> Response {
    let lang = request_language(req.headers());
    let response = next.run(req).await;
    let is_json =
        response.headers().get(header::CONTENT_TYPE).is_some_and(|v| v.as_bytes().starts_with(b"application/json"));
    if response.status().is_success() || !is_json {
        return response;
    }
    let (mut parts, body) = response.into_parts();
    let Ok(bytes) = axum::body::to_bytes(body, 64 * 1024).await else {
        return Response::from_parts(parts, Body::empty());
    };
    let Ok(mut error) = serde_json::from_slice::<ApiError>(&bytes) else {
        return Response::from_parts(parts, Body::from(bytes));
    };
    error.message = localized_message(lang, &error);
    let Ok(json) = serde_json::to_vec(&error) else {
        return Response::from_parts(parts, Body::from(bytes));
    };
    parts.headers.insert(header::CONTENT_LENGTH, HeaderValue::from(json.len()));
    Response::from_parts(parts, Body::from(json))
}

/// The error's sentence followed by each field's, e.g. "Check the highlighted fields. email: …".
pub fn localized_message(lang: Language, error: &ApiError) -> String {
    let mut message = i18n::t(lang, &error.code.message_id());
    for field in &error.fields {
        let max = FluentValue::from(field.max.unwrap_or_default());
        let text = i18n::t_args(lang, &field.code.message_id(), &[("max", max)]);
        message.push_str(&format!(" {}: {}", field.field, text));
    }
    message
}

/// `/api/...` paths that match no route answer JSON, not the app's HTML.
pub async fn api_not_found() -> AppError {
    AppError::NotFound
}

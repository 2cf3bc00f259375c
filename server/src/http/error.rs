use axum::body::Body;
use axum::extract::Request;
use axum::http::{header, HeaderValue, StatusCode};
use axum::middleware::Next;
use axum::response::{IntoResponse, Response};
use espace_api::{ApiError, ErrorCode, FieldError, FieldErrorCode, Language};
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
    /// The right password for a locked account: the person is told, and that an e-mail went out.
    #[error("account locked")]
    AccountLocked,
    /// Someone else changed the user since the admin loaded it.
    #[error("stale version")]
    Conflict,
    #[error("too many attempts; retry in {retry_after_secs} s")]
    RateLimited { retry_after_secs: u64 },
    /// A business rule refused the request (own role, last admin, no seat left…).
    #[error("refused: {0:?}")]
    Refused(ErrorCode),
    #[error("database: {0}")]
    Database(#[from] sqlx::Error),
    #[error("password hashing: {0}")]
    Hashing(String),
    #[error("task: {0}")]
    Task(#[from] tokio::task::JoinError),
    /// JSON kept in storage (an audit event's changes) that does not read back.
    #[error("stored JSON: {0}")]
    StoredJson(#[from] serde_json::Error),
    #[error("export: {0}")]
    Export(String),
    /// A secret kept at rest (an authenticator app's) that cannot be sealed or opened.
    #[error("secret at rest: {0}")]
    Secret(String),
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
            AppError::RateLimited { .. } => ErrorCode::RateLimited,
            AppError::Refused(code) => *code,
            // Every connection busy for longer than a client waits: try again shortly.
            AppError::Database(sqlx::Error::PoolTimedOut) => ErrorCode::NotReady,
            AppError::Database(_)
            | AppError::Hashing(_)
            | AppError::Task(_)
            | AppError::StoredJson(_)
            | AppError::Export(_)
            | AppError::Secret(_) => ErrorCode::Internal,
        }
    }

    /// A write that broke a unique index is `field`'s `taken`: what must be unique across
    /// companies (a sign-in e-mail) is kept so by the database, not by a lock that two
    /// companies' writes would share. Any other error stays as it is.
    pub fn taken_if_unique(field: &'static str) -> impl FnOnce(sqlx::Error) -> AppError {
        move |error| match &error {
            sqlx::Error::Database(db) if db.is_unique_violation() => AppError::field(field, FieldErrorCode::Taken),
            _ => AppError::Database(error),
        }
    }

    /// One field refused for one reason.
    pub fn field(field: &str, code: FieldErrorCode) -> AppError {
        AppError::Validation(vec![FieldError { field: field.to_owned(), code, max: None }])
    }

    /// The first password rule broken, next to `field`.
    pub fn password(field: &str, rule: espace_api::password::PasswordRule) -> AppError {
        let code = rule.field_error();
        let max = (code == FieldErrorCode::TooLong)
            .then(|| u32::try_from(espace_api::password::MAX_CHARS).unwrap_or(u32::MAX));
        AppError::Validation(vec![FieldError { field: field.to_owned(), code, max }])
    }

    /// The request's own validation, as an error when it found anything.
    pub fn check(errors: Vec<FieldError>) -> Result<(), AppError> {
        if errors.is_empty() {
            Ok(())
        } else {
            Err(AppError::Validation(errors))
        }
    }
}

/// When to try again after every connection stayed busy.
const POOL_RETRY_AFTER_SECS: u64 = 2;

impl IntoResponse for AppError {
    fn into_response(self) -> Response {
        let code = self.code();
        let body = match &self {
            AppError::Validation(fields) => ApiError::validation(fields.clone()),
            _ => ApiError::new(code),
        };
        // The request's span carries its id, which `localize_errors` puts in the body as the
        // reference: the log line and what the person quotes to support match.
        if code == ErrorCode::Internal {
            tracing::error!(error = %self, "request failed");
        } else {
            tracing::info!(code = code.as_str(), "request refused");
        }
        let status = StatusCode::from_u16(code.http_status()).unwrap_or(StatusCode::INTERNAL_SERVER_ERROR);
        let mut response = (status, axum::Json(body)).into_response();
        if let AppError::RateLimited { retry_after_secs } = self {
            response.headers_mut().insert(header::RETRY_AFTER, HeaderValue::from(retry_after_secs));
        }
        if matches!(self, AppError::Database(sqlx::Error::PoolTimedOut)) {
            tracing::warn!("no database connection came free in time");
            metrics::counter!("espace_db_pool_exhausted_total").increment(1);
            response.headers_mut().insert(header::RETRY_AFTER, HeaderValue::from(POOL_RETRY_AFTER_SECS));
        }
        response
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

/// What a bare status from the framework (a rejected body, an unknown method…) means.
fn code_for_status(status: StatusCode) -> ErrorCode {
    match status.as_u16() {
        401 => ErrorCode::Unauthenticated,
        403 => ErrorCode::Forbidden,
        404 => ErrorCode::NotFound,
        405 => ErrorCode::MethodNotAllowed,
        413 => ErrorCode::PayloadTooLarge,
        415 => ErrorCode::UnsupportedMediaType,
        429 => ErrorCode::RateLimited,
        400..=499 => ErrorCode::BadRequest,
        _ => ErrorCode::Internal,
    }
}

/// Every non-2xx answer of the API leaves in one shape: the code, the message in the
/// request's language, and the request id as the reference. Answers the framework wrote as
/// plain text (a body that is not JSON, a wrong method, a body too large, a panic) are
/// turned into that shape here too, so the app never meets an error it cannot read.
///
/// `contact` is whom the provider says to contact (`ESPACE_SUPPORT_CONTACT`), added to the
/// errors only the provider can solve.
pub async fn localize_errors(contact: Option<std::sync::Arc<str>>, req: Request, next: Next) -> Response {
    let lang = request_language(req.headers());
    let reference = crate::request_id::of(req.headers()).to_owned();
    let response = next.run(req).await;
    let status = response.status();
    if status.is_success() || status.is_redirection() || status.is_informational() {
        return response;
    }
    let (mut parts, body) = response.into_parts();
    let bytes = axum::body::to_bytes(body, 64 * 1024).await.unwrap_or_default();
    let mut error = match serde_json::from_slice::<ApiError>(&bytes) {
        Ok(error) => error,
        Err(_) => {
            let code = code_for_status(status);
            tracing::info!(status = status.as_u16(), code = code.as_str(), "request rejected");
            // Wrong types in a JSON body come as 422 from the framework; they are a bad request.
            parts.status = StatusCode::from_u16(code.http_status()).unwrap_or(status);
            ApiError::new(code)
        }
    };
    if error.code == ErrorCode::CompanySuspended {
        error.contact = contact.as_deref().map(str::to_owned);
    }
    error.message = localized_message(lang, &error);
    error.reference = reference;
    // For the layer that keeps error answers for support.
    parts.extensions.insert(error.code);
    let Ok(json) = serde_json::to_vec(&error) else {
        return Response::from_parts(parts, Body::from(bytes));
    };
    parts.headers.insert(header::CONTENT_TYPE, HeaderValue::from_static("application/json"));
    parts.headers.insert(header::CONTENT_LENGTH, HeaderValue::from(json.len()));
    Response::from_parts(parts, Body::from(json))
}

/// The error's sentence followed by each field's, e.g. "Check the highlighted fields. email: …"
/// (each field's sentence is a message of its own, punctuation included).
pub fn localized_message(lang: Language, error: &ApiError) -> String {
    let mut sentences = vec![i18n::error_text(lang, error.code)];
    if let Some(contact) = &error.contact {
        sentences.push(i18n::t_args(lang, "error-contact", &[("contact", FluentValue::from(contact.as_str()))]));
    }
    for field in &error.fields {
        let text = i18n::field_error_text(lang, field.code, field.max);
        let args = [("field", FluentValue::from(field.field.as_str())), ("problem", FluentValue::from(text))];
        sentences.push(i18n::t_args(lang, "error-field-problem", &args));
    }
    sentences.join(" ")
}

/// `/api/...` paths that match no route answer JSON, not the app's HTML.
pub async fn api_not_found() -> AppError {
    AppError::NotFound
}

/// A panic in a handler: the process stays up and the person gets the usual error shape
/// (the layer above adds the reference; the panic itself is logged with the request's span).
pub fn panic_response(panic: Box<dyn std::any::Any + Send + 'static>) -> Response {
    let detail = panic
        .downcast_ref::<String>()
        .map(String::as_str)
        .or_else(|| panic.downcast_ref::<&str>().copied())
        .unwrap_or("unknown");
    tracing::error!(panic = detail, "handler panicked");
    (StatusCode::INTERNAL_SERVER_ERROR, axum::Json(ApiError::new(ErrorCode::Internal))).into_response()
}

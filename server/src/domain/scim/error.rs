//! SCIM's error shape (RFC 7644 §3.12) and its JSON answers: what the domain refuses, mapped
//! to a status and a `scimType`.

use axum::http::StatusCode;
use axum::response::{IntoResponse, Response};
use espace_api::{ErrorCode, FieldErrorCode, Language};
use serde_json::{json, Value};

use super::meta;
use crate::error::AppError;
use crate::i18n;

/// A SCIM error body (RFC 7644 §3.12).
#[derive(Debug)]
pub struct ScimError {
    pub status: StatusCode,
    pub scim_type: Option<&'static str>,
    pub detail: String,
}

impl ScimError {
    pub fn not_found() -> ScimError {
        ScimError { status: StatusCode::NOT_FOUND, scim_type: None, detail: "no such user".into() }
    }

    pub fn bad(scim_type: &'static str, detail: impl Into<String>) -> ScimError {
        ScimError { status: StatusCode::BAD_REQUEST, scim_type: Some(scim_type), detail: detail.into() }
    }
}

impl IntoResponse for ScimError {
    fn into_response(self) -> Response {
        let mut body =
            json!({ "schemas": [meta::ERROR], "status": self.status.as_u16().to_string(), "detail": self.detail });
        if let (Some(kind), Some(map)) = (self.scim_type, body.as_object_mut()) {
            map.insert("scimType".into(), kind.into());
        }
        if self.status.is_server_error() {
            tracing::error!(status = %self.status, detail = %self.detail, "SCIM request failed");
        }
        scim_json(self.status, &body)
    }
}

impl From<AppError> for ScimError {
    fn from(e: AppError) -> ScimError {
        let code = e.code();
        let detail = i18n::error_text(Language::En, code);
        let (status, scim_type) = match &e {
            AppError::Validation(fields) if fields.iter().any(|f| f.code == FieldErrorCode::Taken) => {
                (StatusCode::CONFLICT, Some("uniqueness"))
            }
            AppError::Validation(_) | AppError::Refused(ErrorCode::InvalidTransition) => {
                (StatusCode::BAD_REQUEST, Some("invalidValue"))
            }
            AppError::Conflict => (StatusCode::PRECONDITION_FAILED, None),
            _ => (StatusCode::from_u16(code.http_status()).unwrap_or(StatusCode::INTERNAL_SERVER_ERROR), None),
        };
        ScimError { status, scim_type, detail }
    }
}

impl From<sqlx::Error> for ScimError {
    fn from(e: sqlx::Error) -> ScimError {
        ScimError::from(AppError::from(e))
    }
}

/// A SCIM answer: JSON as `application/scim+json`.
pub fn scim_json(status: StatusCode, body: &Value) -> Response {
    let mut response = (status, axum::Json(body)).into_response();
    response.headers_mut().insert(
        axum::http::header::CONTENT_TYPE,
        axum::http::HeaderValue::from_static("application/scim+json; charset=utf-8"),
    );
    response
}

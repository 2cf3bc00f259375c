//! `/api/operator/v1`: the operator console's operations on companies, orders and the catalogue
//! for the provider's own systems (billing), with `Authorization: Bearer espop_…` (an operator
//! token, made in the console). Bearer only: no cookie is read there. The handlers are the
//! console's (`operator`); this module documents them as OpenAPI 3.1.

use utoipa::openapi::security::{HttpAuthScheme, HttpBuilder, SecurityScheme};
use utoipa::OpenApi;

use espace_api::ApiError;

use super::operator;

/// What a call that reads may answer besides its success.
#[allow(dead_code)] // only its documentation is used
#[derive(utoipa::IntoResponses)]
pub enum ReadErrors {
    #[response(status = 400, description = "A query or path value is not what this endpoint takes")]
    BadRequest(ApiError),
    #[response(status = 401, description = "No operator token, or an unknown, expired or revoked one")]
    Unauthorized(ApiError),
    #[response(status = 404, description = "No such company or service")]
    NotFound(ApiError),
    #[response(status = 429, description = "Too many calls with this token; retry after Retry-After seconds")]
    TooMany(ApiError),
}

/// What a call that changes something may answer besides its success.
#[allow(dead_code)] // only its documentation is used
#[derive(utoipa::IntoResponses)]
pub enum WriteErrors {
    #[response(status = 400, description = "The body or a path value is not what this endpoint takes")]
    BadRequest(ApiError),
    #[response(status = 401, description = "No operator token, or an unknown, expired or revoked one")]
    Unauthorized(ApiError),
    #[response(status = 404, description = "No such company, order or service")]
    NotFound(ApiError),
    #[response(status = 409, description = "Someone changed it first")]
    Conflict(ApiError),
    #[response(status = 413, description = "The body is too large")]
    TooLarge(ApiError),
    #[response(status = 415, description = "The body is not sent as application/json")]
    UnsupportedMediaType(ApiError),
    #[response(
        status = 422,
        description = "Invalid fields, each with its code (`seats-in-use`: `max` seats to \
        free first)"
    )]
    Invalid(ApiError),
    #[response(status = 429, description = "Too many calls with this token; retry after Retry-After seconds")]
    TooMany(ApiError),
}

#[derive(OpenApi)]
#[openapi(
    info(
        title = "Espace operator API",
        version = "1",
        description = "Provision the companies of your customer space from your own systems (billing): \
            companies, their suspension, the catalogue of services and each company's orders. Every call \
            carries an operator token (`Authorization: Bearer espop_…`) made in the operator console; it acts \
            as the operator who made it, and each change is in the operators' log with the token's name. \
            Days are `YYYY-MM-DD` in UTC; a company's seats of a service are the sum of its orders current \
            that day."
    ),
    paths(
        operator::companies,
        operator::create_company,
        operator::company,
        operator::rename,
        operator::suspend,
        operator::reactivate,
        operator::place_order,
        operator::change_order,
        operator::catalogue,
        operator::add_service,
        operator::change_service
    ),
    components(schemas(ApiError, espace_api::ErrorCode, espace_api::FieldError, espace_api::FieldErrorCode)),
    modifiers(&OperatorBearer),
    security(("bearer" = [])),
    tags(
        (name = "companies", description = "Companies: list, create with a first administrator, rename, suspend"),
        (name = "orders", description = "What a company ordered: services, seats, first and last days"),
        (name = "catalogue", description = "The services the provider offers")
    )
)]
pub struct OperatorApiDoc;

struct OperatorBearer;

impl utoipa::Modify for OperatorBearer {
    fn modify(&self, openapi: &mut utoipa::openapi::OpenApi) {
        let scheme = HttpBuilder::new().scheme(HttpAuthScheme::Bearer).bearer_format("espop_…").build();
        openapi
            .components
            .get_or_insert_with(Default::default)
            .add_security_scheme("bearer", SecurityScheme::Http(scheme));
        openapi.info.license = None;
    }
}

pub async fn openapi() -> impl axum::response::IntoResponse {
    // Built once: the document depends on the code only.
    static DOCUMENT: std::sync::LazyLock<String> =
        std::sync::LazyLock::new(|| serde_json::to_string(&OperatorApiDoc::openapi()).unwrap_or_default());
    ([(axum::http::header::CONTENT_TYPE, "application/json")], DOCUMENT.as_str())
}

/// Refuses a call without `Authorization` before any handler reads a cookie.
pub async fn bearer_only(
    request: axum::extract::Request,
    next: axum::middleware::Next,
) -> Result<axum::response::Response, crate::error::AppError> {
    if request.headers().contains_key(axum::http::header::AUTHORIZATION) {
        Ok(next.run(request).await)
    } else {
        Err(crate::error::AppError::Refused(espace_api::ErrorCode::InvalidToken))
    }
}

//! Single sign-on over HTTP: the settings page's API, the first step of signing in, and the
//! two browser navigations (to the provider, and back from it).

use axum::extract::{Query, State};
use axum::http::HeaderMap;
use axum::response::{IntoResponse, Redirect, Response};
use axum::Json;
use axum_extra::extract::cookie::{Cookie, SameSite};
use axum_extra::extract::CookieJar;
use espace_api::sso::{
    DomainCheck, DomainCheckRequest, ErrorDetails, MethodRequest, SignInMethod, SsoSettings, SsoSettingsRequest,
    TestReport,
};

use crate::auth::device::Device;
use crate::auth::extract::AdminUser;
use crate::auth::session::{self, new_token};
use crate::error::AppError;
use crate::request_id;
use crate::sso;
use crate::sso::sign_in::{self, CallbackParams, Failed};
use crate::state::AppState;
use crate::store;

/// Ties a sign-in's way back to the browser that started it. `Lax`: the provider's redirect
/// back is a cross-site navigation, which a `Strict` cookie would not follow.
const BROWSER_COOKIE: &str = "espace_sso";
const BROWSER_COOKIE_PATH: &str = "/api/sso";

pub async fn settings(
    State(state): State<AppState>,
    AdminUser(admin): AdminUser,
) -> Result<Json<SsoSettings>, AppError> {
    Ok(Json(sso::settings(&state, &admin).await?))
}

pub async fn save(
    State(state): State<AppState>,
    AdminUser(admin): AdminUser,
    Json(req): Json<SsoSettingsRequest>,
) -> Result<Json<SsoSettings>, AppError> {
    Ok(Json(sso::save(&state, &admin, req).await?))
}

pub async fn test(
    State(state): State<AppState>,
    AdminUser(admin): AdminUser,
    Json(req): Json<SsoSettingsRequest>,
) -> Result<Json<TestReport>, AppError> {
    Ok(Json(sso::test(&state, &admin, req).await?))
}

/// "Check now": looks for one of the company's domains' TXT record.
pub async fn check_domain(
    State(state): State<AppState>,
    AdminUser(admin): AdminUser,
    Json(req): Json<DomainCheckRequest>,
) -> Result<Json<DomainCheck>, AppError> {
    Ok(Json(crate::domains::check(&state, &admin, &req.domain).await?))
}

pub async fn method(
    State(state): State<AppState>,
    Json(req): Json<MethodRequest>,
) -> Result<Json<SignInMethod>, AppError> {
    AppError::check(req.validate())?;
    Ok(Json(sign_in::method(&state, &req.email).await?))
}

#[derive(Debug, serde::Deserialize)]
pub struct StartParams {
    #[serde(default)]
    email: String,
}

/// `GET /api/sso/start?email=…`: off to the provider, with the browser cookie set.
pub async fn start(
    State(state): State<AppState>,
    headers: HeaderMap,
    jar: CookieJar,
    Query(params): Query<StartParams>,
) -> Result<Response, AppError> {
    let browser = new_token();
    match sign_in::start(&state, &params.email, &browser).await? {
        Ok(url) => {
            let cookie = Cookie::build((BROWSER_COOKIE, browser))
                .http_only(true)
                .same_site(SameSite::Lax)
                .path(BROWSER_COOKIE_PATH)
                .secure(state.config.secure_cookies)
                .max_age(time::Duration::minutes(10))
                .build();
            Ok((jar.add(cookie), Redirect::to(&url)).into_response())
        }
        Err(failed) => Ok(error_page(&headers, failed).into_response()),
    }
}

/// `GET /api/sso/callback`: signed in and on to the app, or on to the error page.
pub async fn callback(
    State(state): State<AppState>,
    headers: HeaderMap,
    device: Device,
    jar: CookieJar,
    Query(params): Query<CallbackParams>,
) -> Result<Response, AppError> {
    let browser = jar.get(BROWSER_COOKIE).map(|c| c.value().to_owned());
    let jar = jar.remove(Cookie::build(BROWSER_COOKIE).path(BROWSER_COOKIE_PATH));
    match sign_in::callback(&state, params, browser.as_deref(), &device).await? {
        Ok((token, _user)) => {
            let jar = jar.add(session::cookie(token, state.config.secure_cookies, state.config.session_ttl_secs));
            Ok((jar, Redirect::to("/")).into_response())
        }
        Err(failed) => Ok((jar, error_page(&headers, failed)).into_response()),
    }
}

/// The app's page for a failed sign-in, with everything support asks for in its address.
fn error_page(headers: &HeaderMap, failed: Failed) -> Redirect {
    let reference = request_id::of(headers).to_owned();
    let Failed { failure, email } = failed;
    tracing::warn!(code = failure.code.as_str(), error = %failure.error, detail = %failure.detail, reference, "SSO sign-in failed");
    let details = ErrorDetails {
        code: failure.code.as_str().to_owned(),
        reference,
        at: store::now(),
        email,
        error: failure.error,
        // What the provider said to the person (its `error_description`); the technical detail
        // of other failures stays in the log, under the reference.
        error_description: if failure.code == espace_api::sso::SsoError::ProviderRefused {
            failure.detail
        } else {
            String::new()
        },
    };
    let query = serde_urlencoded::to_string(&details).unwrap_or_default();
    Redirect::to(&format!("/sign-in/sso-error?{query}"))
}

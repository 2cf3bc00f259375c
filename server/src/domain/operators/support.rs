//! Support by reference: every error answer carries the request id as its reference, which
//! people quote ("the full error message, the date and the e-mail"). Each one a person may be
//! shown is kept for 30 days with its company, account, route and code (no body, no query, no
//! secret), so that an operator finds it, with the account's recent events and the company's
//! single sign-on when the error is about it.

use std::sync::{Arc, Mutex};

use axum::extract::{MatchedPath, Request, State};
use axum::http::request::Parts;
use axum::middleware::Next;
use axum::response::Response;
use espace_api::operator::{reference_shape, ReferenceReport, SsoState};
use espace_api::{CompanyId, ErrorCode, UserId};

use crate::error::AppError;
use crate::state::AppState;
use crate::store::{self, support::NewError};

/// How long error answers are kept.
pub const KEEP_SECS: i64 = 30 * store::DAY_SECS;
/// The window around an error in which the account's events and other errors are shown.
const AROUND_SECS: i64 = 3600;

/// Whose request this is, once an extractor knows: filled by the session and token
/// extractors, read when the answer is an error.
#[derive(Clone, Default)]
pub struct Whose(Arc<Mutex<Option<Owner>>>);

/// A request's company, and its account when a person's or a token's creator's.
type Owner = (CompanyId, Option<UserId>);

/// Notes whose request `parts` is (the company, and the account when a person's or a token's
/// creator's).
pub fn note(parts: &Parts, company: CompanyId, user: Option<UserId>) {
    if let Some(Whose(slot)) = parts.extensions.get::<Whose>() {
        if let Ok(mut whose) = slot.lock() {
            *whose = Some((company, user));
        }
    }
}

/// The same for a sign-in refused: the account its e-mail names, if any, so that the
/// reference of "wrong password" or "company suspended" leads to it.
pub async fn note_email(state: &AppState, whose: Option<&Whose>, email: &str) {
    let Some(Whose(slot)) = whose else { return };
    let Ok(mut conn) = state.pool.acquire().await else { return };
    let email = espace_api::validation::normalize_email(email);
    if let Ok(Some(user)) = store::users::by_email(&mut conn, &email).await {
        if let Ok(mut whose) = slot.lock() {
            *whose = Some((user.company_id, Some(user.id)));
        }
    }
}

/// Whether an error is worth keeping: every 5xx, and the 4xx a person is shown; not the
/// anonymous noise of a missing session, an unknown address or a throttled client, which
/// anyone can produce at will.
fn kept(status: u16, code: ErrorCode, known: bool) -> bool {
    status >= 500
        || (status >= 400
            && (known || !matches!(code, ErrorCode::Unauthenticated | ErrorCode::NotFound | ErrorCode::RateLimited)))
}

/// The layer that keeps error answers (outside `localize_errors`, which names their code).
pub async fn keep_errors(State(state): State<AppState>, mut req: Request, next: Next) -> Response {
    let whose = Whose::default();
    req.extensions_mut().insert(whose.clone());
    let method = req.method().as_str().to_owned();
    let route = req.extensions().get::<MatchedPath>().map(|p| p.as_str().to_owned());
    let reference = crate::request_id::of(req.headers()).to_owned();
    let response = next.run(req).await;
    let status = response.status().as_u16();
    let Some(code) = response.extensions().get::<ErrorCode>().copied() else { return response };
    let who = whose.0.lock().ok().and_then(|w| *w);
    if reference.is_empty() || !kept(status, code, who.is_some()) {
        return response;
    }
    let at = store::now();
    let keeping = async move {
        let error = NewError {
            reference: &reference,
            at,
            company_id: who.map(|(company, _)| company),
            user_id: who.and_then(|(_, user)| user),
            method: &method,
            route: route.as_deref().unwrap_or("(none)"),
            status,
            code,
        };
        if let Err(e) = keep(&state, &error).await {
            tracing::warn!(error = %e, "error answer not kept for support");
        }
    };
    // Kept before the answer leaves, so that the reference it carries can be looked up at
    // once; but an answer saying the database is saturated (or the instance stopping) does
    // not wait on it once more: kept after.
    if code == ErrorCode::NotReady {
        tokio::spawn(keeping);
    } else {
        keeping.await;
    }
    response
}

/// One row of its own, read by nothing that writes: a single statement, no lock to queue for.
async fn keep(state: &AppState, error: &NewError<'_>) -> Result<(), AppError> {
    store::support::insert(&mut *state.pool.acquire().await?, error).await?;
    Ok(())
}

/// What a reference leads to; `NotFound` for one unknown, forgotten, or not shaped like one.
pub async fn lookup(state: &AppState, reference: &str) -> Result<ReferenceReport, AppError> {
    let reference = reference.trim().to_uppercase();
    if !reference_shape(&reference) {
        return Err(AppError::NotFound);
    }
    let mut conn = state.pool.acquire().await?;
    let (error, user_id) = store::support::by_reference(&mut conn, &reference).await?.ok_or(AppError::NotFound)?;
    let window = (error.at - AROUND_SECS, error.at + AROUND_SECS);
    let events = match user_id {
        Some(user) => store::support::events(&mut conn, user, window).await?,
        None => Vec::new(),
    };
    let nearby = store::support::nearby(&mut conn, (user_id, error.company_id), window, &reference).await?;
    let sso = match error.company_id {
        Some(company) if error.code.as_str().starts_with("sso") => {
            let provider = store::sso::provider(&mut conn, company).await?;
            Some(SsoState {
                enabled: provider.as_ref().is_some_and(|p| p.enabled != 0),
                issuer: provider.map(|p| p.issuer),
            })
        }
        _ => None,
    };
    Ok(ReferenceReport { error, events, nearby, sso })
}

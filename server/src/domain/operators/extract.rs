//! The operator behind a request to `/api/operator`: a live operator session, or `404` as for
//! a route that does not exist, so the console's API says nothing to anyone else (a company's
//! administrator included).

use axum::extract::FromRequestParts;
use axum::http::request::Parts;
use axum_extra::extract::CookieJar;

use super::account::{self, COOKIE};
use crate::error::AppError;
use crate::state::AppState;
use crate::store::operators::Operator;

/// The signed-in operator, read fresh on every request.
#[derive(Debug, Clone)]
pub struct SignedInOperator(pub Operator);

impl FromRequestParts<AppState> for SignedInOperator {
    type Rejection = AppError;

    async fn from_request_parts(parts: &mut Parts, state: &AppState) -> Result<Self, Self::Rejection> {
        let jar = CookieJar::from_headers(&parts.headers);
        let token = jar.get(COOKIE).map(|c| c.value().to_owned()).ok_or(AppError::NotFound)?;
        let operator = account::resolve(state, &token).await?.ok_or(AppError::NotFound)?;
        Ok(SignedInOperator(operator))
    }
}

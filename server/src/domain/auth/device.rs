//! What a session is opened from: the client's address, its `User-Agent`, kept so that the
//! person can recognise the session in their list (`account::sessions`), and the browser's
//! device cookie: a browser that has not signed in to the account before gets one, and the
//! person an e-mail saying where the sign-in came from.

use std::net::IpAddr;

use axum::extract::FromRequestParts;
use axum::http::header::USER_AGENT;
use axum::http::request::Parts;
use axum_extra::extract::cookie::Cookie;
use axum_extra::extract::CookieJar;
use espace_api::mail::EmailKind;

use super::client_ip::ClientIp;
use super::session::{new_token, strict_cookie, token_hash};
use crate::error::AppError;
use crate::mail::{self, render};
use crate::state::AppState;
use crate::store::users::User;
use crate::store::{self, Conn};

pub const DEVICE_COOKIE: &str = "espace_device";
/// Browsers keep a cookie at most 400 days; each sign-in sets it again.
pub const DEVICE_COOKIE_DAYS: i64 = 400;

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Device {
    pub address: IpAddr,
    /// At most `espace_api::devices::USER_AGENT_MAX` bytes of the header; empty without one.
    pub user_agent: String,
    /// The browser's device cookie, when it sent one of the right shape.
    pub cookie: Option<String>,
}

impl FromRequestParts<AppState> for Device {
    type Rejection = std::convert::Infallible;

    async fn from_request_parts(parts: &mut Parts, state: &AppState) -> Result<Self, Self::Rejection> {
        let ClientIp(address) = ClientIp::from_request_parts(parts, state).await?;
        let user_agent = parts.headers.get(USER_AGENT).and_then(|v| v.to_str().ok()).unwrap_or_default();
        let cookie = CookieJar::from_headers(&parts.headers)
            .get(DEVICE_COOKIE)
            .map(|c| c.value().to_owned())
            .filter(|v| espace_api::links::plausible_token(v));
        Ok(Device { address, user_agent: espace_api::devices::bounded(user_agent).to_owned(), cookie })
    }
}

/// Records this browser as one `user` signs in from, in the caller's transaction; returns the
/// device cookie's value to set (the one it came with, or a new one). When the person has
/// signed in before and never from this browser, they are e-mailed where it came from: a
/// first sign-in (an activation) is not news to them.
pub async fn recognise(conn: &mut Conn, state: &AppState, user: &User, device: &Device) -> Result<String, AppError> {
    let value = device.cookie.clone().unwrap_or_else(new_token);
    let now = store::now();
    let signed_in_before = store::devices::any(conn, user.id).await?;
    let known = store::devices::seen(conn, user.id, &token_hash(&value), now).await?;
    if signed_in_before && !known {
        let (subject, text) = render::new_sign_in(&render::NewSignIn {
            language: user.language,
            company: &user.company_name,
            time_zone: &user.company_time_zone,
            first_name: &user.first_name,
            user_agent: &device.user_agent,
            address: &device.address.to_string(),
            at: now,
            link: &state.config.page_url("/profile"),
        });
        let email = mail::Email {
            user_id: Some(user.id),
            kind: EmailKind::NewSignIn,
            to: user.mail_to().to_owned(),
            language: user.language,
            subject,
            text,
            // The profile's address is in the text: the link column is for the links that
            // sign in (activation, new password), which the mailbox and the tests look for.
            link: None,
        };
        mail::queue(conn, &email).await?;
    }
    Ok(value)
}

/// The device cookie: HttpOnly, sent back only to this site, for as long as browsers allow.
pub fn cookie(value: String, secure: bool) -> Cookie<'static> {
    strict_cookie((DEVICE_COOKIE, value), "/api/", secure, time::Duration::days(DEVICE_COOKIE_DAYS))
}

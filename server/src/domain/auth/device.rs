//! What a session is opened from: the client's address and its `User-Agent`, kept so that the
//! person can recognise the session in their list (`account::sessions`).

use std::net::IpAddr;

use axum::extract::FromRequestParts;
use axum::http::header::USER_AGENT;
use axum::http::request::Parts;

use super::client_ip::ClientIp;
use crate::state::AppState;

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Device {
    pub address: IpAddr,
    /// At most `espace_api::devices::USER_AGENT_MAX` bytes of the header; empty without one.
    pub user_agent: String,
}

impl FromRequestParts<AppState> for Device {
    type Rejection = std::convert::Infallible;

    async fn from_request_parts(parts: &mut Parts, state: &AppState) -> Result<Self, Self::Rejection> {
        let ClientIp(address) = ClientIp::from_request_parts(parts, state).await?;
        let user_agent = parts.headers.get(USER_AGENT).and_then(|v| v.to_str().ok()).unwrap_or_default();
        Ok(Device { address, user_agent: espace_api::devices::bounded(user_agent).to_owned() })
    }
}

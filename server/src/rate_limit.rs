//! Attempts per IP address on the doors people knock at (sign-in, forgotten password, links):
//! a fixed window, counted in memory. Behind a reverse proxy every client shares the proxy's
//! address, so the limit is generous.

use std::collections::HashMap;
use std::net::{IpAddr, SocketAddr};
use std::sync::Mutex;
use std::time::{Duration, Instant};

use axum::extract::{ConnectInfo, Request, State};
use axum::http::{header, HeaderValue};
use axum::middleware::Next;
use axum::response::{IntoResponse, Response};
use espace_api::ErrorCode;

use crate::error::AppError;
use crate::state::AppState;

pub const WINDOW: Duration = Duration::from_secs(600);
pub const MAX_ATTEMPTS: u32 = 30;

#[derive(Default)]
pub struct RateLimiter {
    windows: Mutex<HashMap<IpAddr, (Instant, u32)>>,
}

impl RateLimiter {
    /// Counts one attempt; `Err(seconds to wait)` once over the limit.
    pub fn hit(&self, ip: IpAddr, now: Instant) -> Result<(), u64> {
        let mut windows = self.windows.lock().unwrap_or_else(|poisoned| poisoned.into_inner());
        if windows.len() > 100_000 {
            windows.retain(|_, (start, _)| now.duration_since(*start) < WINDOW);
        }
        let entry = windows.entry(ip).or_insert((now, 0));
        if now.duration_since(entry.0) >= WINDOW {
            *entry = (now, 0);
        }
        entry.1 += 1;
        if entry.1 > MAX_ATTEMPTS {
            Err(WINDOW.saturating_sub(now.duration_since(entry.0)).as_secs().max(1))
        } else {
            Ok(())
        }
    }
}

pub async fn limit(State(state): State<AppState>, req: Request, next: Next) -> Response {
    let ip = req.extensions().get::<ConnectInfo<SocketAddr>>().map(|c| c.0.ip());
    if let Some(ip) = ip {
        if let Err(wait) = state.rate_limiter.hit(ip, Instant::now()) {
            let mut response = AppError::Refused(ErrorCode::RateLimited).into_response();
            if let Ok(value) = HeaderValue::from_str(&wait.to_string()) {
                response.headers_mut().insert(header::RETRY_AFTER, value);
            }
            return response;
        }
    }
    next.run(req).await
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn counts_per_address_and_forgets_after_the_window() {
        let limiter = RateLimiter::default();
        let (a, b) = ("10.0.0.1".parse().unwrap(), "10.0.0.2".parse().unwrap());
        let t0 = Instant::now();
        for _ in 0..MAX_ATTEMPTS {
            assert!(limiter.hit(a, t0).is_ok());
        }
        assert!(limiter.hit(a, t0).is_err());
        assert!(limiter.hit(b, t0).is_ok(), "another address has its own count");
        assert!(limiter.hit(a, t0 + WINDOW).is_ok(), "a new window starts afresh");
    }
}

use std::sync::Arc;

use crate::config::Config;
use crate::rate_limit::RateLimiter;
use crate::store::Pool;

#[derive(Clone)]
pub struct AppState {
    pub pool: Pool,
    pub config: Arc<Config>,
    pub rate_limiter: Arc<RateLimiter>,
}

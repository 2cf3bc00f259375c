use std::sync::Arc;

use sqlx::SqlitePool;

use crate::config::Config;
use crate::rate_limit::RateLimiter;

#[derive(Clone)]
pub struct AppState {
    pub pool: SqlitePool,
    pub config: Arc<Config>,
    pub rate_limiter: Arc<RateLimiter>,
}

use std::sync::Arc;

use crate::config::Config;
use crate::store::Pool;

#[derive(Clone)]
pub struct AppState {
    pub pool: Pool,
    pub config: Arc<Config>,
    /// Talks to identity providers: no redirects followed, short timeouts.
    pub http: reqwest::Client,
    pub discoveries: crate::sso::provider::Discoveries,
}

use std::sync::Arc;

use crate::config::Config;
use crate::store::Pool;

#[derive(Clone)]
pub struct AppState {
    pub pool: Pool,
    pub config: Arc<Config>,
    /// Talks to identity providers: public https addresses only, no redirects, short
    /// timeouts, bounded answers.
    pub http: crate::outbound::Outbound,
    pub discoveries: crate::sso::provider::Discoveries,
    /// Spreadsheets parsed at once: one per core, on blocking threads, so that files sent by
    /// one company never hold every worker (`import::check_file`).
    pub parses: Arc<tokio::sync::Semaphore>,
    /// Looks up the TXT records that prove a company holds a domain.
    pub dns: crate::domains::dns::Dns,
    /// Set when the process was asked to stop: `/api/ready` says 503 so that the load
    /// balancer sends nothing new, while what comes in is still served (`serve`).
    pub draining: Arc<std::sync::atomic::AtomicBool>,
    /// The last word on whether the database is fit to serve (`/api/ready`).
    pub readiness: Arc<crate::readiness::Readiness>,
}

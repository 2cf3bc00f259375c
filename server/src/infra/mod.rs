//! What the domain stands on besides the database: configuration, the clock, mail (outbox,
//! rendering, delivery), the jobs, metrics, rate limits, outbound HTTPS, the server's
//! messages, the demo seed and the shared state.

pub mod clock;
pub mod config;
pub mod i18n;
pub mod jobs;
pub mod mail;
pub mod metrics;
pub mod outbound;
pub mod rate_limit;
pub mod readiness;
pub mod seal;
pub mod seed;
pub mod state;

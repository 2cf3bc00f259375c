//! Prometheus metrics on their own address (`ESPACE_METRICS_ADDR`), never on the public one:
//! requests by route and status, latency histograms, the outbox's backlog and failures, and
//! the database pool's use.

use std::sync::OnceLock;
use std::time::Instant;

use axum::extract::{MatchedPath, Request, State};
use axum::middleware::Next;
use axum::response::{IntoResponse, Response};
use metrics_exporter_prometheus::{PrometheusBuilder, PrometheusHandle};

use crate::state::AppState;
use crate::store;

/// Latency buckets in seconds: from a cached read to a slow password hash.
const BUCKETS: [f64; 12] = [0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1.0, 2.5, 5.0];

/// The process's recorder, installed once (tests build several servers in one process).
pub fn handle() -> Option<PrometheusHandle> {
    static HANDLE: OnceLock<Option<PrometheusHandle>> = OnceLock::new();
    HANDLE
        .get_or_init(|| {
            let recorder =
                PrometheusBuilder::new().set_buckets(&BUCKETS).map(PrometheusBuilder::build_recorder).ok()?;
            let handle = recorder.handle();
            metrics::set_global_recorder(recorder).ok()?;
            describe();
            Some(handle)
        })
        .clone()
}

fn describe() {
    metrics::describe_counter!("espace_http_requests_total", "API requests answered, by route, method and status.");
    metrics::describe_histogram!(
        "espace_http_request_duration_seconds",
        metrics::Unit::Seconds,
        "Time to answer an API request, by route and method."
    );
    metrics::describe_gauge!("espace_outbox_pending", "E-mails waiting to leave, retries included.");
    metrics::describe_gauge!("espace_outbox_failed", "E-mails given up (their users' pages say why).");
    metrics::describe_gauge!("espace_db_pool_connections", "Database connections open in this instance's pool.");
    metrics::describe_gauge!("espace_db_pool_idle_connections", "Of those, connections waiting for work.");
    metrics::describe_counter!(
        "espace_db_pool_exhausted_total",
        "Requests answered 503 because no database connection came free in time."
    );
}

/// Counts and times every API request, by its route (the pattern, not the path: no ids).
pub async fn track(req: Request, next: Next) -> Response {
    let route = req.extensions().get::<MatchedPath>().map_or("unmatched", MatchedPath::as_str).to_owned();
    let method = req.method().to_string();
    let started = Instant::now();
    let response = next.run(req).await;
    let status = response.status().as_u16().to_string();
    metrics::counter!("espace_http_requests_total", "route" => route.clone(), "method" => method.clone(), "status" => status)
        .increment(1);
    metrics::histogram!("espace_http_request_duration_seconds", "route" => route, "method" => method)
        .record(started.elapsed().as_secs_f64());
    response
}

/// `GET /metrics`: the counters, plus what is read at scrape time (outbox, pool).
pub async fn render(State(state): State<AppState>) -> Response {
    let Some(handle) = handle() else {
        return (axum::http::StatusCode::SERVICE_UNAVAILABLE, "no metrics recorder").into_response();
    };
    if let Ok(stats) = store::outbox::stats(&state.pool).await {
        metrics::gauge!("espace_outbox_pending").set(stats.pending as f64);
        metrics::gauge!("espace_outbox_failed").set(stats.failed as f64);
    }
    metrics::gauge!("espace_db_pool_connections").set(f64::from(state.pool.size()));
    metrics::gauge!("espace_db_pool_idle_connections").set(state.pool.num_idle() as f64);
    ([(axum::http::header::CONTENT_TYPE, "text/plain; version=0.0.4")], handle.render()).into_response()
}

/// The metrics service, for its own listener.
pub fn router(state: AppState) -> axum::Router {
    axum::Router::new().route("/metrics", axum::routing::get(render)).with_state(state)
}

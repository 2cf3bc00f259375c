//! Espace's server: the JSON API under `/api` and the built app, in one process.
//!
//! Layers, top to bottom: `http` (routes, extractors' answers, errors, static files) →
//! `domain` (the rules: `users`, with its `lifecycle`, the only writer of a user's status;
//! `auth`, `sso`, `scim`, …) → `store`, which owns every SQL statement → the database; `infra`
//! (config, clock, mail, jobs, metrics, rate limits) beside them. See ARCHITECTURE.md.

pub mod domain;
pub mod http;
pub mod infra;
pub mod store;

// Each layer's modules by their short names (`crate::users`, `crate::config`), as the code and
// the tests name them; the tree above says which layer each belongs to.
pub use domain::{
    account, api_tokens, audit, auth, company, domains, entities, import, operators, privacy, scim, spreadsheet, sso,
    users, webhooks,
};
pub use http::{error, request_id, routes, security, static_files};
pub use infra::{clock, config, i18n, jobs, mail, metrics, outbound, rate_limit, readiness, seal, seed, state};

use std::future::Future;
use std::net::SocketAddr;
use std::sync::Arc;
use std::time::Duration;

use axum::http::{header, HeaderName, HeaderValue, Request};
use axum::{middleware, Router};
use thiserror::Error;
use tokio_util::sync::CancellationToken;
use tower_http::catch_panic::CatchPanicLayer;
use tower_http::request_id::{PropagateRequestIdLayer, SetRequestIdLayer};
use tower_http::set_header::SetResponseHeaderLayer;
use tower_http::trace::{DefaultOnResponse, TraceLayer};

use crate::config::{Config, ConfigError};
use crate::mail::deliver::{Mailer, MailerError};
use crate::seed::DemoCredentials;
use crate::state::AppState;

#[derive(Debug, Error)]
pub enum StartError {
    #[error("{0}")]
    Config(#[from] ConfigError),
    #[error("database: {0}")]
    Database(#[from] store::ConnectError),
    #[error("seeding the demo company: {0}")]
    Seed(#[from] error::AppError),
    #[error("{0}")]
    Mailer(#[from] MailerError),
    #[error("{0}")]
    Io(#[from] std::io::Error),
    #[error("invalid header value for the Content-Security-Policy")]
    Header,
    #[error("HTTP client for identity providers: {0}")]
    Http(#[from] reqwest::Error),
}

pub struct App {
    pub router: Router,
    pub state: AppState,
    pub mailer: Mailer,
    pub demo: Option<DemoCredentials>,
}

/// Opens and migrates the database, seeds the demo if asked, prepares the static files:
/// everything but listening, so tests can drive the router directly.
pub async fn build(mut config: Config) -> Result<App, StartError> {
    config.check()?;
    config.load_secret_key()?;
    store::lock_platform_only(config.platform_lock_only);
    let pool = store::connect(
        &config.database_url,
        config.database_max_connections,
        Duration::from_secs(config.database_acquire_secs),
    )
    .await?;
    let demo =
        if config.seed_demo { seed::seed_demo(&pool, config.demo_credentials_file.as_deref()).await? } else { None };
    let mailer = Mailer::new(&config)?;
    let dist = config.dist_dir.clone();
    if dist.join("index.html").exists() {
        let dir = dist.clone();
        if let Err(e) = tokio::task::spawn_blocking(move || static_files::precompress(&dir))
            .await
            .map_err(|e| std::io::Error::other(e.to_string()))?
        {
            tracing::warn!(error = %e, "could not precompress the app; serving it uncompressed");
        }
    } else {
        tracing::warn!(dist = %dist.display(), "no built app found: only the API is served");
    }
    let csp = HeaderValue::from_str(&security::csp_for_dist(&dist)).map_err(|_| StartError::Header)?;
    let secure = config.secure_cookies;
    let dns = domains::dns::Dns::new(config.dns_server);
    let http = outbound::Outbound::new(dns.clone(), config.allow_loopback_urls)?;
    let state = AppState {
        pool,
        config: Arc::new(config),
        http,
        discoveries: sso::provider::Discoveries::default(),
        parses: Arc::new(tokio::sync::Semaphore::new(std::thread::available_parallelism().map_or(1, usize::from))),
        dns,
        draining: Arc::default(),
        readiness: Arc::default(),
    };

    let contact = state.config.support_contact.as_deref().map(Arc::from);
    let api = api_layers(routes::api(state.clone()).with_state(state.clone()), contact)
        .layer(middleware::from_fn_with_state(state.clone(), operators::support::keep_errors));
    // Recorded only where an operator asked for metrics.
    let api = if state.config.metrics_addr.is_some() && metrics::handle().is_some() {
        api.layer(middleware::from_fn(metrics::track))
    } else {
        api
    };
    // SCIM has its own error shape: only a panic and caching are handled as for /api.
    let scim = routes::scim::router()
        .with_state(state.clone())
        .layer(CatchPanicLayer::custom(error::panic_response))
        .layer(SetResponseHeaderLayer::overriding(header::CACHE_CONTROL, HeaderValue::from_static("no-store")));
    // With the sign-in build there, signed-out visits to the app's pages go to it first.
    let files = match static_files::entry_page(&dist, espace_api::pages::EntryBuild::SignIn) {
        Some(page) => static_files::router(&dist)
            .layer(middleware::from_fn_with_state((state.clone(), page), static_files::sign_in_first)),
        None => static_files::router(&dist),
    };
    let app = Router::new().nest("/api", api).nest("/scim/v2", scim).merge(files);
    let mut router = with_security_headers(app, csp);
    if secure {
        router = router.layer(SetResponseHeaderLayer::overriding(
            header::STRICT_TRANSPORT_SECURITY,
            HeaderValue::from_static("max-age=31536000; includeSubDomains"),
        ));
    }
    Ok(App { router: request_layers(router), state, mailer, demo })
}

/// What every API answer goes through: a panic becomes a 500, every error leaves in the
/// JSON error shape with its reference, nothing is cached.
pub fn api_layers(api: Router, contact: Option<Arc<str>>) -> Router {
    api.layer(CatchPanicLayer::custom(error::panic_response))
        .layer(middleware::from_fn(move |req, next| error::localize_errors(contact.clone(), req, next)))
        // Answers depend on who asks: no browser or proxy may keep them.
        .layer(SetResponseHeaderLayer::overriding(header::CACHE_CONTROL, HeaderValue::from_static("no-store")))
}

/// Outermost: a client's own request id is dropped, a new one set, the request traced with
/// it (an access log line at INFO), and the id sent back.
pub fn request_layers(router: Router) -> Router {
    router
        .layer(PropagateRequestIdLayer::new(request_id::HEADER))
        .layer(
            TraceLayer::new_for_http()
                .make_span_with(|req: &Request<_>| {
                    let id = request_id::of(req.headers());
                    tracing::info_span!("request", id, method = %req.method(), path = req.uri().path())
                })
                .on_response(DefaultOnResponse::new().level(tracing::Level::INFO)),
        )
        .layer(SetRequestIdLayer::new(request_id::HEADER, request_id::MakeReference))
        .layer(middleware::from_fn(request_id::drop_incoming))
}

fn with_security_headers(router: Router, csp: HeaderValue) -> Router {
    let fixed: [(HeaderName, &'static str); 5] = [
        (header::X_CONTENT_TYPE_OPTIONS, "nosniff"),
        (header::REFERRER_POLICY, "no-referrer"),
        (header::X_FRAME_OPTIONS, "DENY"),
        (HeaderName::from_static("cross-origin-opener-policy"), "same-origin"),
        (HeaderName::from_static("permissions-policy"), "camera=(), microphone=(), geolocation=(), payment=()"),
    ];
    let mut router = router.layer(SetResponseHeaderLayer::overriding(header::CONTENT_SECURITY_POLICY, csp));
    for (name, value) in fixed {
        router = router.layer(SetResponseHeaderLayer::overriding(name, HeaderValue::from_static(value)));
    }
    router
}

/// Serves until `shutdown` resolves: requests in flight finish, then the mail loop and the
/// hourly job stop (each between two passes, never in the middle of one).
pub async fn serve(
    listener: tokio::net::TcpListener,
    metrics_listener: Option<tokio::net::TcpListener>,
    app: App,
    shutdown: impl Future<Output = ()> + Send + 'static,
) -> std::io::Result<()> {
    let stop = CancellationToken::new();
    if let Some(listener) = metrics_listener {
        let router = metrics::router(app.state.clone());
        let stopped = stop.clone();
        tokio::spawn(async move {
            let served = axum::serve(listener, router).with_graceful_shutdown(async move { stopped.cancelled().await });
            if let Err(e) = served.await {
                tracing::error!(error = %e, "metrics listener stopped");
            }
        });
    }
    // Asked to stop: first unready (the load balancer's health check sees 503 and sends the
    // next requests elsewhere) while serving on for the drain period, then no new connection,
    // and the requests in flight finish.
    let draining = app.state.draining.clone();
    let drain = Duration::from_secs(app.state.config.drain_secs);
    let shutdown = async move {
        shutdown.await;
        draining.store(true, std::sync::atomic::Ordering::SeqCst);
        tracing::info!(seconds = drain.as_secs(), "draining: unready, still serving");
        tokio::time::sleep(drain).await;
        tracing::info!("shutting down: finishing requests in flight");
    };
    let mail = mail::deliver::spawn_loop(app.state.pool.clone(), app.mailer, stop.clone());
    let hourly = jobs::inactivity::spawn_hourly(app.state.clone(), stop.clone());
    let webhooks = webhooks::deliver::spawn_loop(app.state.clone(), stop.clone());
    let served = axum::serve(listener, app.router.into_make_service_with_connect_info::<SocketAddr>())
        .with_graceful_shutdown(shutdown)
        .await;
    stop.cancel();
    if tokio::time::timeout(Duration::from_secs(30), async {
        let _ = mail.await;
        let _ = hourly.await;
        let _ = webhooks.await;
    })
    .await
    .is_err()
    {
        tracing::warn!("background work did not stop within 30 s");
    }
    app.state.pool.close().await;
    served
}

/// A server listening in the background, for the end-to-end tests and benchmarks.
pub struct Running {
    pub addr: SocketAddr,
    pub demo: Option<DemoCredentials>,
    pub state: AppState,
    /// Cancel to stop the server gracefully.
    pub stop: CancellationToken,
    /// Where `/metrics` answers, when `metrics_addr` was set.
    pub metrics_addr: Option<SocketAddr>,
}

pub async fn spawn(mut config: Config) -> Result<Running, StartError> {
    let listener = tokio::net::TcpListener::bind(config.addr).await?;
    let addr = listener.local_addr()?;
    config.public_url = Some(config.public_url_or(addr));
    let metrics_listener = match config.metrics_addr {
        Some(at) => Some(tokio::net::TcpListener::bind(at).await?),
        None => None,
    };
    let metrics_addr = metrics_listener.as_ref().map(tokio::net::TcpListener::local_addr).transpose()?;
    let app = build(config).await?;
    let (demo, state) = (app.demo.clone(), app.state.clone());
    let stop = CancellationToken::new();
    let shutdown = stop.clone();
    tokio::spawn(async move {
        if let Err(e) = serve(listener, metrics_listener, app, async move { shutdown.cancelled().await }).await {
            tracing::error!(error = %e, "server stopped");
        }
    });
    Ok(Running { addr, demo, state, stop, metrics_addr })
}

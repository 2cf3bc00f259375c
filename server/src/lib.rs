//! Espace's server: the JSON API under `/api` and the built app, in one process.

pub mod auth;
pub mod config;
pub mod db;
pub mod error;
pub mod i18n;
pub mod jobs;
pub mod mail;
pub mod rate_limit;
pub mod routes;
pub mod security;
pub mod seed;
pub mod state;
pub mod static_files;
pub mod tokens;
pub mod users;

use std::net::SocketAddr;
use std::sync::Arc;

use axum::http::{header, HeaderName, HeaderValue};
use axum::{middleware, Router};
use thiserror::Error;
use tower_http::set_header::SetResponseHeaderLayer;
use tower_http::trace::TraceLayer;

use crate::config::Config;
use crate::seed::DemoCredentials;
use crate::state::AppState;

#[derive(Debug, Error)]
pub enum StartError {
    #[error("database: {0}")]
    Database(#[from] sqlx::Error),
    #[error("seeding the demo company: {0}")]
    Seed(#[from] error::AppError),
    #[error("{0}")]
    Io(#[from] std::io::Error),
    #[error("invalid header value for the Content-Security-Policy")]
    Header,
}

pub struct App {
    pub router: Router,
    pub state: AppState,
    pub demo: Option<DemoCredentials>,
}

/// Opens and migrates the database, seeds the demo, prepares the static files: everything but
/// listening, so tests can drive the router directly.
pub async fn build(config: Config) -> Result<App, StartError> {
    let pool = db::connect(&config.database_url).await?;
    let demo =
        if config.seed_demo { seed::seed_demo(&pool, config.demo_credentials_file.as_deref()).await? } else { None };
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
    let state = AppState { pool, config: Arc::new(config), rate_limiter: Arc::default() };

    let api = routes::api(state.clone())
        .layer(middleware::from_fn(error::localize_errors))
        // Answers depend on who asks: no browser or proxy may keep them.
        .layer(SetResponseHeaderLayer::overriding(header::CACHE_CONTROL, HeaderValue::from_static("no-store")))
        .with_state(state.clone());
    let app = Router::new().nest("/api", api).fallback_service(
        tower::ServiceBuilder::new()
            .layer(middleware::from_fn(static_files::cache_control))
            .service(static_files::service(&dist)),
    );
    let mut router = with_security_headers(app, csp).layer(TraceLayer::new_for_http());
    if secure {
        router = router.layer(SetResponseHeaderLayer::overriding(
            header::STRICT_TRANSPORT_SECURITY,
            HeaderValue::from_static("max-age=31536000; includeSubDomains"),
        ));
    }
    Ok(App { router, state, demo })
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

/// A server listening in the background, for the end-to-end tests.
pub struct Running {
    pub addr: SocketAddr,
    pub demo: Option<DemoCredentials>,
    pub state: AppState,
}

pub async fn spawn(mut config: Config) -> Result<Running, StartError> {
    let listener = tokio::net::TcpListener::bind(config.addr).await?;
    let addr = listener.local_addr()?;
    config.public_url = Some(config.public_url_or(addr));
    let app = build(config).await?;
    let router = app.router;
    mail::deliver::spawn_loop(app.state.clone());
    tokio::spawn(async move {
        if let Err(e) = axum::serve(listener, router.into_make_service_with_connect_info::<SocketAddr>()).await {
            tracing::error!(error = %e, "server stopped");
        }
    });
    Ok(Running { addr, demo: app.demo, state: app.state })
}

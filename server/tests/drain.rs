#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)] // tests: a failed unwrap is a failed test
//! Stopping gracefully: asked to stop, an instance first answers `/api/ready` with 503 (the
//! load balancer's health check takes it out) while still serving what comes in, for the drain
//! period; then it takes no new connection.
mod common;

use espace_server::config::Config;
use std::time::Duration;

#[tokio::test]
async fn a_stopping_instance_is_unready_but_serves_through_the_drain_period() {
    let dir = tempfile::tempdir().unwrap();
    let url = common::database_url(&dir).await;
    let dist = dir.path().join("dist");
    std::fs::create_dir_all(&dist).unwrap();
    std::fs::write(dist.join("index.html"), "<!doctype html><title>Espace</title>").unwrap();
    let mut config = Config::for_tests(url, dist);
    config.addr = "127.0.0.1:0".parse().unwrap();
    config.drain_secs = 2;
    let running = espace_server::spawn(config).await.expect("server starts");
    let base = format!("http://{}", running.addr);
    let client = reqwest::Client::new();
    let status = |path: &'static str| {
        let (client, base) = (client.clone(), base.clone());
        async move { client.get(format!("{base}{path}")).send().await.map(|r| r.status().as_u16()) }
    };
    assert_eq!(status("/api/ready").await.unwrap(), 200);
    running.stop.cancel();
    tokio::time::sleep(Duration::from_millis(200)).await;
    assert_eq!(status("/api/ready").await.unwrap(), 503, "unready at once");
    assert_eq!(status("/api/health").await.unwrap(), 200, "still serving");
    // Past the drain period, nothing listens any more.
    tokio::time::sleep(Duration::from_secs(3)).await;
    assert!(status("/api/health").await.is_err(), "stopped after the drain");
}

/// Every connection busy past the wait: 503 with `Retry-After` at once, not a hang or a 500.
/// Readiness, asked before anything answered it, says the same.
#[tokio::test]
async fn an_exhausted_pool_answers_503_with_retry_after_quickly() {
    let t = common::start_with(|c| {
        c.database_max_connections = 1;
        c.database_acquire_secs = 1;
    })
    .await;
    let held = t.app.state.pool.acquire().await.unwrap();
    let started = std::time::Instant::now();
    for res in [
        t.json("POST", "/api/session", None, serde_json::json!({ "email": "a@b.example", "password": "x" })).await,
        t.get("/api/ready", None).await,
    ] {
        assert_eq!(res.status().as_u16(), 503);
        assert_eq!(res.headers()["retry-after"], "2");
        assert_eq!(common::body_json(res).await["code"], "not-ready");
    }
    assert!(started.elapsed() < Duration::from_secs(10));
    drop(held);
    assert_eq!(t.get("/api/ready", None).await.status().as_u16(), 200);
}

/// A busy instance is not a broken one: with every connection taken by requests, readiness
/// answers at once from what the database said a moment ago, so that a load balancer does not
/// take every busy instance out together. Once nothing has answered for a while, it says 503.
#[tokio::test]
async fn a_busy_instance_stays_ready_from_its_last_check() {
    let t = common::start_with(|c| {
        c.database_max_connections = 1;
        c.database_acquire_secs = 30;
    })
    .await;
    assert_eq!(t.get("/api/ready", None).await.status().as_u16(), 200);
    let held = t.app.state.pool.acquire().await.unwrap();
    let started = std::time::Instant::now();
    let res = t.get("/api/ready", None).await;
    assert_eq!(res.status().as_u16(), 200, "ready from the check a moment ago");
    assert!(started.elapsed() < Duration::from_secs(2), "answered without waiting for a connection");
    // Past the verdict's freshness (10 s) with the check still waiting: unready.
    tokio::time::sleep(Duration::from_secs(11)).await;
    assert_eq!(t.get("/api/ready", None).await.status().as_u16(), 503);
    drop(held);
    tokio::time::sleep(Duration::from_millis(300)).await;
    assert_eq!(t.get("/api/ready", None).await.status().as_u16(), 200);
}

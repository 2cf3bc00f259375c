//! Prometheus metrics on their own address, in a format Prometheus's own checker accepts.

#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)] // tests: a failed unwrap is a failed test

mod common;

use std::net::SocketAddr;

use tokio::io::{AsyncReadExt, AsyncWriteExt};

async fn get(addr: SocketAddr, path: &str) -> String {
    let mut stream = tokio::net::TcpStream::connect(addr).await.unwrap();
    let request = format!("GET {path} HTTP/1.1\r\nHost: {addr}\r\nConnection: close\r\n\r\n");
    stream.write_all(request.as_bytes()).await.unwrap();
    let mut out = String::new();
    stream.read_to_string(&mut out).await.unwrap();
    out
}

#[tokio::test]
async fn requests_latencies_outbox_and_pool_are_exposed_apart_and_pass_promtool() {
    let dir = tempfile::tempdir().unwrap();
    let mut config =
        espace_server::config::Config::for_tests(common::database_url(&dir).await, dir.path().join("dist"));
    config.metrics_addr = Some("127.0.0.1:0".parse().unwrap());
    let server = espace_server::spawn(config).await.unwrap();
    let metrics = server.metrics_addr.expect("metrics listener");
    assert!(get(server.addr, "/api/health").await.starts_with("HTTP/1.1 200"));
    assert!(get(server.addr, "/api/users/12").await.starts_with("HTTP/1.1 401"));
    // Not on the public address.
    assert!(!get(server.addr, "/metrics").await.contains("espace_http_requests_total"));

    let answer = get(metrics, "/metrics").await;
    assert!(answer.starts_with("HTTP/1.1 200"), "{answer}");
    let body = answer.split_once("\r\n\r\n").unwrap().1.to_owned();
    assert!(
        body.contains(r#"espace_http_requests_total{route="/api/users/{id}",method="GET",status="401"} 1"#),
        "{body}"
    );
    assert!(body.contains("espace_http_request_duration_seconds_bucket"), "{body}");
    assert!(body.contains("espace_outbox_pending"), "{body}");
    assert!(body.contains("espace_db_pool_connections"), "{body}");

    let promtool = which_promtool().expect("promtool is missing: `make test-tools` installs Debian's prometheus");
    let mut child = std::process::Command::new(promtool)
        .args(["check", "metrics"])
        .stdin(std::process::Stdio::piped())
        .stdout(std::process::Stdio::piped())
        .stderr(std::process::Stdio::piped())
        .spawn()
        .unwrap();
    std::io::Write::write_all(&mut child.stdin.take().unwrap(), body.as_bytes()).unwrap();
    let out = child.wait_with_output().unwrap();
    assert!(
        out.status.success(),
        "promtool: {}{}",
        String::from_utf8_lossy(&out.stdout),
        String::from_utf8_lossy(&out.stderr)
    );
    server.stop.cancel();
}

fn which_promtool() -> Option<std::path::PathBuf> {
    ["/usr/bin/promtool", "/usr/local/bin/promtool"].into_iter().map(std::path::PathBuf::from).find(|p| p.exists())
}

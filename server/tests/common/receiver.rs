//! The webhook receiver the tests start (`scripts/webhook-receiver.py`): every message it gets
//! is checked by the Standard Webhooks reference library against the secrets it was given.
//! The server's tests and the end-to-end tests share this file (`#[path]`).

use serde_json::{json, Value};

pub struct Receiver {
    pub port: u16,
    child: std::process::Child,
    http: reqwest::Client,
}

impl Receiver {
    pub fn start() -> Receiver {
        use std::io::BufRead;
        // The workspace's root, above whichever crate's tests include this file.
        let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR"))
            .ancestors()
            .find(|dir| dir.join("scripts/webhook-receiver.py").exists())
            .expect("the workspace's scripts")
            .to_owned();
        let python = root.join("target/test-venv/bin/python");
        assert!(
            python.exists(),
            "{} is missing: run `make test-tools` (it installs standardwebhooks)",
            python.display()
        );
        let port = std::net::TcpListener::bind("127.0.0.1:0").expect("free port").local_addr().expect("addr").port();
        let mut child = std::process::Command::new(python)
            .arg(root.join("scripts/webhook-receiver.py"))
            .args(["--port", &port.to_string()])
            .stdout(std::process::Stdio::piped())
            .spawn()
            .expect("the webhook receiver starts");
        let stdout = child.stdout.take().expect("stdout");
        let mut line = String::new();
        std::io::BufReader::new(stdout).read_line(&mut line).expect("ready line");
        assert_eq!(line.trim(), "ready");
        Receiver { port, child, http: reqwest::Client::new() }
    }

    /// Its address, for an endpoint (`http://127.0.0.1:…`, allowed on test machines only).
    pub fn url(&self, path: &str) -> String {
        format!("http://127.0.0.1:{}{path}", self.port)
    }

    /// Verify with `secrets`; answer `status` after `delay` seconds.
    pub async fn set(&self, secrets: &[&str], status: u16, delay: f64) {
        let res = self
            .http
            .post(self.url("/_control"))
            .json(&json!({ "secrets": secrets, "status": status, "delay": delay }))
            .send()
            .await
            .expect("control");
        assert!(res.status().is_success());
    }

    /// Every message so far: `{ path, headers, body, verified: [bool per secret], answered }`.
    pub async fn received(&self) -> Vec<Value> {
        let res = self.http.get(self.url("/_received")).send().await.expect("received");
        res.json().await.expect("json")
    }
}

impl Drop for Receiver {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

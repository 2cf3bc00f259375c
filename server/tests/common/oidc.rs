//! A real OpenID provider for the tests: `tests/oidc/provider.mjs` (panva's oidc-provider)
//! run by node, on a free loopback port, stopped when dropped. Shared by the server tests
//! and the end-to-end tests.
#![allow(dead_code)]
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

use std::io::{BufRead, BufReader};
use std::path::PathBuf;
use std::process::{Child, Command, Stdio};

pub const CLIENT_ID: &str = "espace";
pub const CLIENT_SECRET: &str = "espace-test-secret-3b1f9c";

pub struct Provider {
    pub issuer: String,
    child: Child,
}

#[derive(Default)]
pub struct Options {
    /// The provider's clock runs ahead by this much.
    pub skew_seconds: i64,
    /// The account named by `login_hint` signs in without the page.
    pub auto_login: bool,
}

fn script() -> PathBuf {
    let root = PathBuf::from(env!("CARGO_MANIFEST_DIR"));
    // The server crate and the e2e crate both include this file: find the workspace root.
    let root = root.ancestors().find(|dir| dir.join("tests/oidc/provider.mjs").exists()).expect("tests/oidc found");
    let script = root.join("tests/oidc/provider.mjs");
    assert!(
        root.join("tests/oidc/node_modules/oidc-provider").exists(),
        "oidc-provider is not installed: run `make test-tools` (npm ci in tests/oidc)"
    );
    script
}

impl Provider {
    /// `espace` is Espace's public URL: the client's redirect and sign-out addresses.
    pub fn start(espace: &str, accounts: serde_json::Value, options: Options) -> Provider {
        let clients = serde_json::json!([{
            "client_id": CLIENT_ID,
            "client_secret": CLIENT_SECRET,
            "redirect_uris": [format!("{espace}/api/sso/callback")],
            "post_logout_redirect_uris": [format!("{espace}/sign-in")],
        }]);
        let mut child = Command::new("node")
            .arg(script())
            .env("CLIENTS", clients.to_string())
            .env("ACCOUNTS", accounts.to_string())
            .env("SKEW_SECONDS", options.skew_seconds.to_string())
            .env("AUTO_LOGIN", if options.auto_login { "1" } else { "0" })
            .stdout(Stdio::piped())
            .stderr(Stdio::null())
            .spawn()
            .expect("node starts");
        let stdout = child.stdout.take().expect("stdout");
        let mut line = String::new();
        let mut reader = BufReader::new(stdout);
        reader.read_line(&mut line).expect("the provider prints its issuer");
        // Whatever it prints later is read and dropped: a closed pipe would end it.
        std::thread::spawn(move || std::io::copy(&mut reader, &mut std::io::sink()));
        let issuer = line.trim().strip_prefix("issuer ").expect("issuer line").to_owned();
        Provider { issuer, child }
    }
}

impl Drop for Provider {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

/// The people known at the test provider.
pub fn accounts() -> serde_json::Value {
    serde_json::json!({
        "sub-nina": { "email": "nina.roux@sso.example", "email_verified": true, "given_name": "Nina", "family_name": "Roux", "locale": "fr-FR" },
        "sub-oscar": { "email": "oscar.lee@sso.example", "email_verified": true, "given_name": "Oscar", "family_name": "Lee", "locale": "en" },
        "sub-paul": { "email": "paul.henry@sso.example", "email_verified": false, "given_name": "Paul", "family_name": "Henry" },
        "sub-outsider": { "email": "rita.vidal@elsewhere.example", "hint": "rita.vidal@sso.example", "email_verified": true, "given_name": "Rita", "family_name": "Vidal" },
    })
}

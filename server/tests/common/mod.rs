#![allow(dead_code)]
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

use axum::body::Body;
use axum::http::{header, Request, Response, StatusCode};
use espace_server::config::Config;
use espace_server::seed::DemoCredentials;
use espace_server::App;
use tower::ServiceExt;

pub mod dns;
pub mod oidc;
pub mod operator;
pub mod receiver;

pub struct TestApp {
    pub app: App,
    pub demo: DemoCredentials,
    /// The DNS server the app resolves through, when the test started one.
    pub dns: Option<dns::TestDns>,
    _dir: Option<tempfile::TempDir>,
}

/// A fresh server resolving through a DNS server of the test's, authoritative for `zones`.
pub async fn start_with_dns(zones: &[&str], configure: impl FnOnce(&mut Config)) -> TestApp {
    let dns = dns::TestDns::start(zones).await;
    let addr = dns.addr;
    let mut t = start_with(|c| {
        c.dns_server = Some(addr);
        configure(c);
    })
    .await;
    t.dns = Some(dns);
    t
}

/// A fresh server on its own temporary SQLite file, seeded with the demo company.
pub async fn start() -> TestApp {
    start_with(|_| {}).await
}

pub async fn start_with(configure: impl FnOnce(&mut Config)) -> TestApp {
    let dir = tempfile::tempdir().expect("temp dir");
    let url = database_url(&dir).await;
    let dist = dir.path().join("dist");
    std::fs::create_dir_all(&dist).expect("dist");
    std::fs::write(
        dist.join("index.html"),
        "<!doctype html><title>Espace</title><script type=\"module\">start()</script>",
    )
    .expect("index");
    let mut config = Config::for_tests(url, dist);
    configure(&mut config);
    let app = espace_server::build(config).await.expect("server builds");
    let demo = app.demo.clone().expect("demo seeded");
    TestApp { app, demo, dns: None, _dir: Some(dir) }
}

/// A fresh database for one test: a SQLite file, or, when `ESPACE_TEST_POSTGRES` names a
/// PostgreSQL server (`scripts/with-postgres.sh`), a new database on it.
pub async fn database_url(dir: &tempfile::TempDir) -> String {
    match std::env::var("ESPACE_TEST_POSTGRES") {
        Ok(admin) if !admin.is_empty() => {
            use sqlx::Connection;
            static NEXT: std::sync::atomic::AtomicU32 = std::sync::atomic::AtomicU32::new(0);
            let n = NEXT.fetch_add(1, std::sync::atomic::Ordering::Relaxed);
            let name = format!("espace_{}_{n}_{}", std::process::id(), rand_suffix());
            let mut conn = sqlx::postgres::PgConnection::connect(&admin).await.expect("PostgreSQL reachable");
            sqlx::query(&format!("CREATE DATABASE {name}")).execute(&mut conn).await.expect("database created");
            let base = admin.rsplit_once('/').expect("a database in the URL").0;
            format!("{base}/{name}")
        }
        _ => format!("sqlite://{}", dir.path().join("test.db").display()),
    }
}

fn rand_suffix() -> u64 {
    use std::hash::{BuildHasher, Hasher};
    std::collections::hash_map::RandomState::new().build_hasher().finish() % 1_000_000
}

impl TestApp {
    /// Another server instance on the same database (its own pool, limits and loops).
    pub async fn another_instance(&self) -> TestApp {
        let mut config = (*self.app.state.config).clone();
        config.seed_demo = false;
        let app = espace_server::build(config).await.expect("second instance builds");
        TestApp { app, demo: self.demo.clone(), dns: None, _dir: None }
    }

    pub async fn request(&self, req: Request<Body>) -> Response<Body> {
        self.app.router.clone().oneshot(req).await.expect("infallible")
    }

    pub async fn json(&self, method: &str, uri: &str, cookie: Option<&str>, body: serde_json::Value) -> Response<Body> {
        let mut req = Request::builder()
            .method(method)
            .uri(uri)
            .header(header::CONTENT_TYPE, "application/json")
            .header(header::ACCEPT_LANGUAGE, "en");
        if let Some(c) = cookie {
            req = req.header(header::COOKIE, c);
        }
        self.request(req.body(Body::from(body.to_string())).expect("request")).await
    }

    /// A raw body (a file), as the app uploads it.
    pub async fn upload(&self, uri: &str, cookie: &str, content_type: &str, bytes: Vec<u8>) -> Response<Body> {
        let req = Request::builder()
            .method("POST")
            .uri(uri)
            .header(header::CONTENT_TYPE, content_type)
            .header(header::ACCEPT_LANGUAGE, "en")
            .header(header::COOKIE, cookie)
            .body(Body::from(bytes))
            .expect("request");
        self.request(req).await
    }

    pub async fn get(&self, uri: &str, cookie: Option<&str>) -> Response<Body> {
        let mut req = Request::builder().uri(uri).header(header::ACCEPT_LANGUAGE, "fr");
        if let Some(c) = cookie {
            req = req.header(header::COOKIE, c);
        }
        self.request(req.body(Body::empty()).expect("request")).await
    }

    /// Signs in and returns the `name=value` pair to send back as a Cookie header.
    pub async fn sign_in(&self, email: &str, password: &str) -> String {
        let res =
            self.json("POST", "/api/session", None, serde_json::json!({ "email": email, "password": password })).await;
        assert_eq!(res.status(), StatusCode::OK, "sign-in of {email}");
        let set_cookie = res.headers().get(header::SET_COOKIE).expect("cookie set").to_str().expect("ascii");
        set_cookie.split(';').next().expect("pair").to_owned()
    }

    pub async fn admin_cookie(&self) -> String {
        let (email, password) = (self.demo.email.clone(), self.demo.password.clone());
        self.sign_in(&email, &password).await
    }

    pub async fn user_id(&self, email: &str) -> i64 {
        sqlx::query_scalar("SELECT id FROM users WHERE email_norm = $1")
            .bind(email)
            .fetch_one(&self.app.state.pool)
            .await
            .expect("a seeded user")
    }

    pub async fn service_id(&self, name: &str) -> i64 {
        sqlx::query_scalar("SELECT id FROM services WHERE name = $1")
            .bind(name)
            .fetch_one(&self.app.state.pool)
            .await
            .expect("a seeded service")
    }

    /// `GET /api/users/:id` as JSON.
    pub async fn detail(&self, cookie: &str, id: i64) -> serde_json::Value {
        body_json(self.get(&format!("/api/users/{id}"), Some(cookie)).await).await
    }

    /// Gives a seeded user a known password, so a test can sign in as them.
    pub async fn set_password(&self, email: &str, password: &str) {
        let hash = espace_server::auth::password::hash(password).expect("hash");
        sqlx::query("UPDATE users SET password_hash = $1 WHERE email_norm = $2")
            .bind(hash)
            .bind(email)
            .execute(&self.app.state.pool)
            .await
            .expect("update");
    }
}

impl TestApp {
    /// Publishes the TXT record that `settings` (the SSO page's) asks for each domain in the
    /// test's DNS server, then "Check now": each domain verified.
    pub async fn verify_domains(&self, cookie: &str, settings: &serde_json::Value) {
        let dns = self.dns.as_ref().expect("started with a DNS server (start_with_dns)");
        for domain in settings["domain_status"].as_array().expect("domain_status") {
            let name = domain["record_name"].as_str().unwrap();
            dns.set_txt(name, &[domain["record_value"].as_str().unwrap()]).await;
            let res = self
                .json("POST", "/api/sso/domains/check", Some(cookie), serde_json::json!({ "domain": domain["domain"] }))
                .await;
            let body = body_json(res).await;
            assert_eq!(body["outcome"], "verified", "{body}");
        }
    }

    /// `(id, version, status)` of a user, read through the API.
    pub async fn version(&self, cookie: &str, id: i64) -> i64 {
        self.detail(cookie, id).await["version"].as_i64().expect("version")
    }

    /// A lifecycle action on user `id` at their current version: the answer's status and body.
    pub async fn act(&self, cookie: &str, id: i64, action: &str) -> (StatusCode, serde_json::Value) {
        let version = self.version(cookie, id).await;
        let body = serde_json::json!({ "action": action, "version": version });
        let res = self.json("POST", &format!("/api/users/{id}/actions"), Some(cookie), body).await;
        let status = res.status();
        (status, body_json(res).await)
    }

    /// The link of the newest e-mail to `to`.
    pub async fn last_link(&self, to: &str) -> String {
        sqlx::query_scalar(
            "SELECT link FROM outbox WHERE to_address = $1 AND link IS NOT NULL ORDER BY id DESC LIMIT 1",
        )
        .bind(to)
        .fetch_one(&self.app.state.pool)
        .await
        .expect("an e-mail with a link")
    }

    /// A JSON request from a given client address (as the socket would report it).
    pub async fn json_from(
        &self,
        peer: [u8; 4],
        headers: &[(&str, &str)],
        method: &str,
        uri: &str,
        body: serde_json::Value,
    ) -> Response<Body> {
        let mut req = Request::builder()
            .method(method)
            .uri(uri)
            .header(header::CONTENT_TYPE, "application/json")
            .header(header::ACCEPT_LANGUAGE, "en")
            .extension(axum::extract::ConnectInfo(std::net::SocketAddr::from((peer, 40000))));
        for (name, value) in headers {
            req = req.header(*name, *value);
        }
        self.request(req.body(Body::from(body.to_string())).expect("request")).await
    }
}

/// The token at the end of a link (`…#t=<token>`).
pub fn token_of(link: &str) -> String {
    link.rsplit_once("#t=").expect("a link with a token").1.to_owned()
}

/// The real SMTP server the tests start (`scripts/smtp-server.py`, aiosmtpd), on a free port.
pub struct SmtpServer {
    pub port: u16,
    pub dir: tempfile::TempDir,
    child: std::process::Child,
}

impl SmtpServer {
    pub fn start(smtputf8: bool) -> SmtpServer {
        use std::io::BufRead;
        let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("..");
        let python = root.join("target/test-venv/bin/python");
        assert!(python.exists(), "{} is missing: run `make test-tools` (it installs aiosmtpd)", python.display());
        let port = std::net::TcpListener::bind("127.0.0.1:0").expect("free port").local_addr().expect("addr").port();
        let dir = tempfile::tempdir().expect("mail dir");
        let mut command = std::process::Command::new(python);
        command
            .arg(root.join("scripts/smtp-server.py"))
            .args(["--port", &port.to_string(), "--dir"])
            .arg(dir.path())
            .stdout(std::process::Stdio::piped());
        if smtputf8 {
            command.arg("--smtputf8");
        }
        let mut child = command.spawn().expect("the SMTP server starts");
        let stdout = child.stdout.take().expect("stdout");
        let mut line = String::new();
        std::io::BufReader::new(stdout).read_line(&mut line).expect("ready line");
        assert_eq!(line.trim(), "ready");
        SmtpServer { port, dir, child }
    }

    pub fn url(&self) -> String {
        format!("smtp://127.0.0.1:{}", self.port)
    }

    /// (recipients, message) of every message received, in order.
    pub fn received(&self) -> Vec<(String, String)> {
        let mut n = 1;
        let mut out = Vec::new();
        while let Ok(message) = std::fs::read_to_string(self.dir.path().join(format!("{n}.eml"))) {
            let rcpt = std::fs::read_to_string(self.dir.path().join(format!("{n}.rcpt"))).unwrap_or_default();
            out.push((rcpt, message));
            n += 1;
        }
        out
    }
}

impl Drop for SmtpServer {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

pub async fn body_json(res: Response<Body>) -> serde_json::Value {
    let bytes = axum::body::to_bytes(res.into_body(), 1 << 20).await.expect("body");
    serde_json::from_slice(&bytes).expect("json body")
}

/// A second company, Globex, with one entity and one active person who accepted the privacy
/// policy (signing in with `password`, if given): (company, person).
pub async fn globex_with(
    t: &TestApp,
    email: &str,
    role: espace_api::users::Role,
    password: Option<&str>,
) -> (espace_api::CompanyId, espace_api::UserId) {
    use espace_api::users::UserStatus;
    use espace_api::Language;
    use espace_server::store;
    let mut conn = t.app.state.pool.acquire().await.unwrap();
    let company = store::seed::insert_company(&mut conn, "Globex", Language::En, 1).await.unwrap();
    let entity = store::seed::insert_entity(&mut conn, company, "Globex HQ", "globex hq", 1).await.unwrap();
    let hash = password.map(|p| espace_server::auth::password::hash(p).unwrap());
    let user = store::seed::insert_user(
        &mut conn,
        &store::seed::PastUser {
            company_id: company,
            entity_id: entity,
            first_name: "Gus",
            last_name: "Globex",
            email,
            language: Language::En,
            role,
            status: UserStatus::Active,
            status_reason: None,
            status_changed_at: 1,
            email_verified: true,
            password_hash: hash.as_deref(),
            failed_sign_ins: 0,
            created_at: 1,
            invited_at: Some(1),
            activated_at: Some(1),
            last_sign_in_at: None,
            search_text: "gus globex",
            sort_name: "globex gus",
            consent_version: Some(espace_api::links::PRIVACY_POLICY_VERSION),
            consent_at: Some(1),
        },
    )
    .await
    .unwrap();
    (company, user)
}

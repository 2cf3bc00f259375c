#![allow(dead_code)]

use axum::body::Body;
use axum::http::{header, Request, Response, StatusCode};
use espace_server::config::Config;
use espace_server::seed::DemoCredentials;
use espace_server::App;
use tower::ServiceExt;

pub struct TestApp {
    pub app: App,
    pub demo: DemoCredentials,
    _dir: tempfile::TempDir,
}

/// A fresh server on its own temporary SQLite file, seeded with the demo company.
pub async fn start() -> TestApp {
    start_with(|_| {}).await
}

pub async fn start_with(configure: impl FnOnce(&mut Config)) -> TestApp {
    let dir = tempfile::tempdir().expect("temp dir");
    let url = format!("sqlite://{}", dir.path().join("test.db").display());
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
    TestApp { app, demo, _dir: dir }
}

impl TestApp {
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
        sqlx::query_scalar("SELECT id FROM users WHERE email_norm = ?")
            .bind(email)
            .fetch_one(&self.app.state.pool)
            .await
            .expect("a seeded user")
    }

    pub async fn service_id(&self, name: &str) -> i64 {
        sqlx::query_scalar("SELECT id FROM services WHERE name = ?")
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
        sqlx::query("UPDATE users SET password_hash = ? WHERE email_norm = ?")
            .bind(hash)
            .bind(email)
            .execute(&self.app.state.pool)
            .await
            .expect("update");
    }
}

pub async fn body_json(res: Response<Body>) -> serde_json::Value {
    let bytes = axum::body::to_bytes(res.into_body(), 1 << 20).await.expect("body");
    serde_json::from_slice(&bytes).expect("json body")
}

//! A harness for end-to-end tests: the real server on a free port with a temporary database
//! and the release build in `dist/`, and a fresh headless Chromium driven through chromedriver.

// A test harness: a failing expect is a failing test.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

use std::path::PathBuf;
use std::process::Stdio;
use std::time::{Duration, Instant};

use espace_api::users::UserStatus;
use espace_server::config::Config;
use espace_server::seed::DemoCredentials;
use espace_server::store;
use espace_server::users::lifecycle::{self, Actor, Transition};
use espace_server::Running;
use thirtyfour::prelude::*;
use tokio::process::{Child, Command};

pub mod load;
pub mod release;

pub use thirtyfour;

const WAIT: Duration = Duration::from_secs(15);

pub struct Harness {
    pub server: Running,
    pub driver: WebDriver,
    pub demo: DemoCredentials,
    pub base: String,
    chromedriver: Child,
    _dir: tempfile::TempDir,
}

/// A browser language, as a French or an English visitor's Chromium would announce it.
#[derive(Clone, Copy, Debug)]
pub enum Browser {
    French,
    English,
}

/// A SQLite file, or a new database on the PostgreSQL server named by `ESPACE_TEST_POSTGRES`
/// (`scripts/with-postgres.sh`, which `make test-e2e` uses for some flows).
async fn database_url(dir: &tempfile::TempDir) -> String {
    match std::env::var("ESPACE_TEST_POSTGRES") {
        Ok(admin) if !admin.is_empty() => {
            use sqlx::Connection;
            let name = format!("espace_e2e_{}_{}", std::process::id(), free_port());
            let mut conn = sqlx::postgres::PgConnection::connect(&admin).await.expect("PostgreSQL reachable");
            sqlx::query(&format!("CREATE DATABASE {name}")).execute(&mut conn).await.expect("database created");
            format!("{}/{name}", admin.rsplit_once('/').expect("a database in the URL").0)
        }
        _ => format!("sqlite://{}", dir.path().join("e2e.db").display()),
    }
}

fn free_port() -> u16 {
    release::free_port().expect("a free port")
}

/// Which build of the app the server serves.
#[derive(Clone, Copy, Debug)]
pub enum App {
    /// The product: `dist/`, from `make app`.
    Release,
    /// The same with the pseudo-locale: `target/dist-pseudo/`, from `make app-pseudo`.
    Pseudo,
}

fn dist_dir(app: App) -> PathBuf {
    let (dir, target) = match app {
        App::Release => ("../../dist", "app"),
        App::Pseudo => ("../../target/dist-pseudo", "app-pseudo"),
    };
    let dist = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join(dir);
    assert!(
        dist.join("index.html").exists(),
        "no build in {}: run `make test` (it runs `make {target}` first)",
        dist.display()
    );
    dist
}

impl Harness {
    pub async fn start(browser: Browser) -> Harness {
        Self::start_app(browser, App::Release).await
    }

    pub async fn start_app(browser: Browser, app: App) -> Harness {
        Self::start_with(browser, app, |_| {}).await
    }

    /// With settings of the test's own (a DNS server, say).
    pub async fn start_with(browser: Browser, app: App, configure: impl FnOnce(&mut Config)) -> Harness {
        let dir = tempfile::tempdir().expect("temp dir");
        let url = database_url(&dir).await;
        let mut config = Config::for_tests(url, dist_dir(app));
        configure(&mut config);
        let server = espace_server::spawn(config).await.expect("server starts");
        let demo = server.demo.clone().expect("demo seeded");
        let base = format!("http://{}", server.addr);

        let port = free_port();
        let chromedriver_bin = std::env::var("CHROMEDRIVER").unwrap_or_else(|_| "/usr/bin/chromedriver".into());
        let chromedriver = Command::new(&chromedriver_bin)
            .arg(format!("--port={port}"))
            .stdout(Stdio::null())
            .stderr(Stdio::null())
            .kill_on_drop(true)
            .spawn()
            .unwrap_or_else(|e| panic!("cannot start {chromedriver_bin} ({e}): `make test` installs chromium-driver"));
        let deadline = Instant::now() + WAIT;
        while tokio::net::TcpStream::connect(("127.0.0.1", port)).await.is_err() {
            assert!(Instant::now() < deadline, "chromedriver did not start");
            tokio::time::sleep(Duration::from_millis(50)).await;
        }

        let (lang, accept) = match browser {
            Browser::French => ("fr-FR", "fr-FR,fr"),
            Browser::English => ("en-GB", "en-GB,en"),
        };
        let mut caps = DesiredCapabilities::chrome();
        caps.set_binary(&std::env::var("CHROMIUM").unwrap_or_else(|_| "/usr/bin/chromium".into())).expect("binary");
        let profile = dir.path().join("profile");
        for arg in [
            "--headless=new",
            "--no-sandbox",
            "--disable-gpu",
            "--disable-dev-shm-usage",
            "--disable-background-networking",
            "--disable-component-update",
            "--disable-sync",
            "--no-first-run",
            "--window-size=1280,900",
            &format!("--lang={lang}"),
            &format!("--user-data-dir={}", profile.display()),
        ] {
            caps.add_arg(arg).expect("arg");
        }
        caps.add_experimental_option("prefs", serde_json::json!({ "intl.accept_languages": accept })).expect("prefs");
        let driver = WebDriver::new(format!("http://127.0.0.1:{port}"), caps).await.expect("a Chromium session");
        Harness { server, driver, demo, base, chromedriver, _dir: dir }
    }

    pub fn url(&self, path: &str) -> String {
        format!("{}{}", self.base, path)
    }

    pub async fn goto(&self, path: &str) {
        self.driver.goto(self.url(path)).await.expect("navigate");
    }

    /// Waits until an element matching `css` shows `text` (exactly, after trimming).
    pub async fn wait_text(&self, css: &str, text: &str) -> WebElement {
        self.wait_for(css, |t| t == text, text).await
    }

    /// Waits until an element matching `css` exists.
    pub async fn wait_for_any(&self, css: &str) -> WebElement {
        self.wait_for(css, |_| true, "anything").await
    }

    pub async fn wait_contains(&self, css: &str, text: &str) -> WebElement {
        self.wait_for(css, |t| t.contains(text), text).await
    }

    async fn wait_for(&self, css: &str, matches: impl Fn(&str) -> bool, wanted: &str) -> WebElement {
        let deadline = Instant::now() + WAIT;
        let mut seen = Vec::new();
        loop {
            seen.clear();
            if let Ok(elements) = self.driver.find_all(By::Css(css)).await {
                for el in elements {
                    if let Ok(t) = el.text().await {
                        if matches(t.trim()) {
                            return el;
                        }
                        seen.push(t);
                    }
                }
            }
            if Instant::now() > deadline {
                self.screenshot("timeout").await;
                panic!("no `{css}` showing {wanted:?}; saw {seen:?} at {:?}", self.path().await);
            }
            tokio::time::sleep(Duration::from_millis(50)).await;
        }
    }

    pub async fn wait_path(&self, expected: &str) {
        let deadline = Instant::now() + WAIT;
        loop {
            let path = self.path().await;
            if path == expected {
                return;
            }
            if Instant::now() > deadline {
                self.screenshot("timeout").await;
                panic!("expected to be at {expected}, still at {path}");
            }
            tokio::time::sleep(Duration::from_millis(50)).await;
        }
    }

    /// The current path with its query, e.g. `/sign-in?next=%2Fprofile`.
    pub async fn path(&self) -> String {
        let url = self.driver.current_url().await.expect("url");
        match url.query() {
            Some(q) => format!("{}?{q}", url.path()),
            None => url.path().to_owned(),
        }
    }

    pub async fn html_lang(&self) -> String {
        let ret = self.driver.execute("return document.documentElement.lang", Vec::new()).await.expect("script");
        ret.convert::<String>().expect("a string")
    }

    pub async fn fill(&self, css: &str, text: &str) {
        let input = self.wait_for_any(css).await;
        // WebDriver's clear() fires no `input` event, so the app would not see the field
        // emptied; clear it the way a person does, then type.
        self.driver
            .execute(
                "arguments[0].value = ''; arguments[0].dispatchEvent(new Event('input', { bubbles: true }));",
                vec![input.to_json().expect("element")],
            )
            .await
            .expect("clear");
        input.send_keys(text).await.expect("type");
    }

    /// Clicks the first element matching `css`, waiting for it to appear.
    pub async fn click(&self, css: &str) {
        self.wait_for_any(css).await.click().await.expect("click");
    }

    /// The text of every element matching `css`, in document order.
    pub async fn texts(&self, css: &str) -> Vec<String> {
        let mut texts = Vec::new();
        for el in self.driver.find_all(By::Css(css)).await.expect("find") {
            texts.push(el.text().await.unwrap_or_default());
        }
        texts
    }

    /// Waits until the elements matching `css` read `expected`, in order (a list's rows).
    pub async fn wait_texts(&self, css: &str, expected: &[&str]) {
        let deadline = Instant::now() + WAIT;
        while Instant::now() < deadline {
            if self.texts(css).await == expected {
                return;
            }
            tokio::time::sleep(Duration::from_millis(50)).await;
        }
        self.screenshot("texts-timeout").await;
        panic!("{css}: {:?}, expected {expected:?}", self.texts(css).await);
    }

    /// Picks the option with `value` in the `<select>` matching `css`, as a person would.
    pub async fn choose(&self, css: &str, value: &str) {
        self.click(&format!("{css} option[value='{value}']")).await;
    }

    /// Signs in as a person does, identifier first: the e-mail and Continue, then the password
    /// once the page asks for it. Stops after the first step if the page refuses the e-mail.
    pub async fn sign_in(&self, email: &str, password: &str) {
        let typed = self.driver.find(By::Css("#sign-in-email")).await.ok();
        let at_password = self.driver.find(By::Css("#sign-in-password")).await.is_ok();
        let same_email = match &typed {
            Some(input) => input.prop("value").await.ok().flatten().as_deref() == Some(email),
            None => false,
        };
        if !(at_password && same_email) {
            if at_password {
                self.click("#sign-in-change-email").await;
            }
            self.continue_with(email).await;
            if self.driver.find(By::Css("#sign-in-password")).await.is_err() {
                return;
            }
        }
        self.fill("#sign-in-password", password).await;
        self.click("form button[type=submit]").await;
    }

    /// The first step of signing in: the e-mail and Continue, then waits for what follows
    /// (the password field, an error, or leaving for the company's identity provider).
    pub async fn continue_with(&self, email: &str) {
        self.fill("#sign-in-email", email).await;
        self.click("form button[type=submit]").await;
        let deadline = Instant::now() + WAIT;
        loop {
            let password = self.driver.find(By::Css("#sign-in-password")).await.is_ok();
            let refused =
                self.texts("#sign-in-email-error, [data-testid=sign-in-error]").await.iter().any(|t| !t.is_empty());
            let left = !self.path().await.starts_with("/sign-in")
                || self.driver.find(By::Css("[data-testid=sign-in-redirecting]")).await.is_ok();
            if password || refused || left {
                return;
            }
            assert!(Instant::now() < deadline, "the sign-in page did not go on after Continue");
            tokio::time::sleep(Duration::from_millis(50)).await;
        }
    }

    /// Sends an activation e-mail to `email` as the server would, and returns the link's path.
    pub async fn activation_link(&self, email: &str) -> String {
        let state = &self.server.state;
        let user = store::users::by_email(&mut state.pool.acquire().await.expect("a connection"), email)
            .await
            .expect("read")
            .expect("a seeded user");
        let mut tx = store::write(&state.pool, store::Lock::Company(user.company_id)).await.expect("transaction");
        let transition =
            if user.status == UserStatus::Created { Transition::Invite } else { Transition::ResendInvitation };
        lifecycle::apply(&mut tx, &state.config, &user, transition, Actor::System).await.expect("link sent");
        tx.commit().await.expect("commit");
        self.last_link(email).await
    }

    /// The path of the link in the newest e-mail to `email` (as the person would open it).
    pub async fn last_link(&self, email: &str) -> String {
        let link: String = sqlx::query_scalar(
            "SELECT link FROM outbox WHERE to_address = $1 AND link IS NOT NULL ORDER BY id DESC LIMIT 1",
        )
        .bind(email)
        .fetch_one(&self.server.state.pool)
        .await
        .expect("the e-mail");
        assert!(link.starts_with(&self.base), "{link}");
        link[self.base.len()..].to_owned()
    }

    /// Gives a seeded user a known password, so a flow can sign in as them.
    pub async fn set_password(&self, email: &str, password: &str) {
        let hash = espace_server::auth::password::hash(password).expect("hash");
        sqlx::query("UPDATE users SET password_hash = $1 WHERE email_norm = $2")
            .bind(hash)
            .bind(email)
            .execute(&self.server.state.pool)
            .await
            .expect("update");
    }

    pub async fn user_id(&self, email: &str) -> i64 {
        sqlx::query_scalar("SELECT id FROM users WHERE email_norm = $1")
            .bind(email)
            .fetch_one(&self.server.state.pool)
            .await
            .expect("a seeded user")
    }

    /// Invites an operator and activates them through the console's activation page (a
    /// password, the app's key, a code): the browser is then signed in to the console.
    pub async fn operator_signed_in(&self, language: espace_api::Language) {
        let link = espace_server::operators::account::invite(
            &self.server.state,
            "Olivia Ops",
            "olivia.ops@provider.example",
            language,
        )
        .await
        .expect("an invitation");
        self.goto(&link[self.base.len()..]).await;
        let key = self.wait_for_any("[data-testid=totp-secret]").await.text().await.unwrap().replace(' ', "");
        let app = totp_rs::Builder::new().with_secret(totp_rs::Secret::try_from_base32(&key).unwrap()).build().unwrap();
        self.fill("#operator-password", "a-good-long-password").await;
        let now = std::time::SystemTime::now().duration_since(std::time::UNIX_EPOCH).unwrap().as_secs();
        self.fill("#operator-code", &app.generate(now).to_string()).await;
        self.click("[data-testid=operator-activate] button[type=submit]").await;
        self.wait_for_any("[data-testid=operator-name]").await;
    }

    /// An HTTP client signed in as the demo administrator, for what another person does at the
    /// same time as the browser's (the same API the app calls).
    pub async fn admin_client(&self) -> reqwest::Client {
        let client = reqwest::Client::builder().no_proxy().cookie_store(true).build().expect("client");
        let body = serde_json::json!({ "email": self.demo.email, "password": self.demo.password });
        let res = client.post(self.url("/api/session")).json(&body).send().await.expect("sign-in");
        assert!(res.status().is_success(), "the admin signs in");
        client
    }

    /// Messages the page asked for and its build does not carry: leptos-fluent shows
    /// "Unknown localization <id>" in their place (the entry build carries only the files in
    /// `src/entry-locales/<build>/`). Its texts, titles, names and placeholders, as "id" lines.
    pub async fn missing_messages(&self) -> Vec<String> {
        let script = r"
            const texts = [document.title, document.body.innerText];
            for (const e of document.querySelectorAll('[aria-label], [title], [placeholder], [alt]')) {
                for (const a of ['aria-label', 'title', 'placeholder', 'alt']) texts.push(e.getAttribute(a) || '');
            }
            return texts.flatMap((t) => [...t.matchAll(/Unknown localization (\S+)/g)].map((m) => m[1]));
        ";
        let ret = self.driver.execute(script, Vec::new()).await.expect("the page's texts");
        ret.convert().expect("a list of strings")
    }

    /// Saves a screenshot under `tests/e2e/screenshots/` for people to look at, once every
    /// text on it was found in the build's messages.
    /// The WebAssembly the page downloaded, by address without its hash: which build it is.
    /// What the page prefetches for later (the whole app, from an entry page) is left out.
    pub async fn wasm_loaded(&self) -> Vec<String> {
        let script = r"const later = new Set([...document.querySelectorAll('link[rel=prefetch]')].map((l) => l.href));
            return performance.getEntriesByType('resource').filter((e) => !later.has(e.name))
            .map((e) => new URL(e.name).pathname)
            .filter((p) => p.endsWith('.wasm')).map((p) => p.replace(/-[0-9a-f]+_bg\.wasm$/, ''))";
        self.driver.execute(script, Vec::new()).await.expect("script runs").convert().expect("a list of strings")
    }

    /// The page's width beyond the viewport, in CSS pixels (0 when it fits), and what sticks out.
    pub async fn overflow(&self) -> (i64, Vec<String>) {
        let script = r"
            const width = document.documentElement.clientWidth;
            const over = document.documentElement.scrollWidth - width;
            const culprits = [...document.querySelectorAll('body *')]
                .filter((e) => e.getBoundingClientRect().right > width + 1 && !e.closest('.table-wrap'))
                .slice(0, 5)
                .map((e) => e.tagName.toLowerCase() + (e.className ? '.' + e.className : '') + (e.id ? '#' + e.id : ''));
            return [over, culprits];
        ";
        let ret = self.driver.execute(script, Vec::new()).await.expect("script runs");
        ret.convert().expect("a width and a list")
    }

    /// axe-core's violations on the page as it is (dialogs open included): "rule: target" lines.
    /// Every rule axe runs by default (WCAG A and AA, best practices), and Label in Name, which
    /// it still calls experimental.
    pub async fn axe(&self) -> Vec<String> {
        let path = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../browser/node_modules/axe-core/axe.min.js");
        let source = std::fs::read_to_string(&path)
            .unwrap_or_else(|_| panic!("{} missing: run `make test-tools`", path.display()));
        self.driver.execute(&source, Vec::new()).await.expect("axe-core loads");
        // Once no animation runs (a toast fading in is half transparent: its contrast would be
        // judged mid-way), for two seconds at most.
        let run = r"
            const done = arguments[arguments.length - 1];
            const check = () => axe.run(document, { rules: { 'label-content-name-mismatch': { enabled: true } } })
              .then((r) => done(r.violations.flatMap((v) => v.nodes.map((n) => v.id + ': ' + n.target.join(' ')))))
              .catch((e) => done(['axe failed: ' + e]));
            const settle = (tries) => {
              const running = document.getAnimations().some((a) => a.playState === 'running');
              if (!running || tries > 40) { check(); } else { setTimeout(() => settle(tries + 1), 50); }
            };
            settle(0);
        ";
        let ret = self.driver.execute_async(run, Vec::new()).await.expect("axe runs");
        ret.convert().expect("a list of strings")
    }

    /// How many redirects the server answered this page's load with.
    pub async fn redirects(&self) -> u64 {
        let script = "return performance.getEntriesByType('navigation')[0].redirectCount";
        self.driver.execute(script, Vec::new()).await.expect("script runs").convert().expect("a number")
    }

    pub async fn screenshot(&self, name: &str) {
        let missing = self.missing_messages().await;
        assert!(missing.is_empty(), "{name}: messages missing from this build: {missing:?}");
        let dir = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("screenshots");
        let _ = std::fs::create_dir_all(&dir);
        let _ = self.driver.screenshot(&dir.join(format!("{name}.png"))).await;
    }

    pub async fn stop(mut self) {
        let _ = self.driver.clone().quit().await;
        let _ = self.chromedriver.kill().await;
    }
}

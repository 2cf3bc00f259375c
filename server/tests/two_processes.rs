#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)] // tests: a failed unwrap is a failed test
//! Two real `espace-server` processes on one PostgreSQL database, behind Debian's HAProxy
//! (health check on `/api/ready`), driven through the proxy as a deployment would be: a session
//! opened on one works on the other, rate limits are shared, an e-mail leaves once; one process
//! stopped with SIGTERM in the middle of traffic costs no request, and one killed with SIGKILL
//! loses only what it had in flight, whose retries with the same idempotency keys create
//! nothing twice. Runs where `scripts/with-postgres.sh` gives a cluster and HAProxy is
//! installed (`make test-tools`); elsewhere it says why and passes.

mod common;

use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::Arc;
use std::time::{Duration, Instant};

use serde_json::{json, Value};

fn free_port() -> u16 {
    std::net::TcpListener::bind("127.0.0.1:0").unwrap().local_addr().unwrap().port()
}

/// An `espace-server` process; killed when dropped.
struct Server {
    child: Child,
}

impl Drop for Server {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

fn server(dir: &Path, database: &str, port: u16, seed: bool) -> Server {
    let mut command = Command::new(env!("CARGO_BIN_EXE_espace-server"));
    command
        .env_clear()
        .env("PATH", std::env::var("PATH").unwrap_or_default())
        .env("ESPACE_ADDR", format!("127.0.0.1:{port}"))
        .env("ESPACE_DATABASE_URL", database)
        .env("ESPACE_DIST_DIR", dir.join("dist"))
        .env("ESPACE_OUTBOX_DIR", dir.join("outbox"))
        .env("ESPACE_SECRET_KEY_FILE", dir.join("secret.key"))
        .env("ESPACE_DEMO_CREDENTIALS", dir.join("demo.txt"))
        .env("ESPACE_TRUSTED_PROXIES", "127.0.0.1")
        .env("ESPACE_DRAIN_SECONDS", "3")
        .env("ESPACE_LOG", "warn")
        .stdout(Stdio::null())
        .stderr(Stdio::from(std::fs::File::create(dir.join(format!("server-{port}.log"))).unwrap()));
    if seed {
        command.env("ESPACE_SEED_DEMO", "1");
    }
    Server { child: command.spawn().expect("espace-server starts") }
}

async fn wait_until(what: &str, mut check: impl AsyncFnMut() -> bool) {
    let deadline = Instant::now() + Duration::from_secs(60);
    while !check().await {
        assert!(Instant::now() < deadline, "timed out waiting for {what}");
        tokio::time::sleep(Duration::from_millis(100)).await;
    }
}

async fn ready(client: &reqwest::Client, port: u16) -> bool {
    client.get(format!("http://127.0.0.1:{port}/api/ready")).send().await.is_ok_and(|r| r.status() == 200)
}

fn haproxy_config(dir: &Path, front: u16, backends: &[u16]) -> PathBuf {
    let servers: String = backends
        .iter()
        .enumerate()
        .map(|(n, port)| format!("    server espace{n} 127.0.0.1:{port} check inter 300ms fall 1 rise 2\n"))
        .collect();
    // The example README documents: health checks on /api/ready, a retry (elsewhere) of what
    // could not reach a stopping process, the client's address passed on.
    let text = format!(
        "global\n    maxconn 512\n\ndefaults\n    mode http\n    timeout connect 2s\n    timeout client 30s\n    \
         timeout server 30s\n    retries 3\n    option redispatch 1\n    \
         retry-on conn-failure empty-response response-timeout\n    option forwardfor\n\n\
         frontend espace\n    bind 127.0.0.1:{front}\n    default_backend servers\n\n\
         backend servers\n    balance roundrobin\n    option httpchk GET /api/ready\n    \
         http-check expect status 200\n{servers}"
    );
    let path = dir.join("haproxy.cfg");
    std::fs::write(&path, text).unwrap();
    path
}

fn new_user(key: &str) -> Value {
    json!({
        "first_name": "Proxy", "last_name": key, "role": "user", "entity_id": 1,
        "email": format!("{key}@acme.example"), "language": "fr", "service_ids": [],
        "send_activation": false, "idempotency_key": key,
    })
}

#[tokio::test(flavor = "multi_thread", worker_threads = 4)]
async fn two_processes_behind_haproxy_share_everything_and_stop_without_losing_requests() {
    let Ok(admin_url) = std::env::var("ESPACE_TEST_POSTGRES").map(|u| u.trim().to_owned()) else {
        eprintln!("skipped: no PostgreSQL (run under scripts/with-postgres.sh)");
        return;
    };
    // Debian puts it in /usr/sbin, which a user's PATH may lack.
    let haproxy_bin = ["haproxy", "/usr/sbin/haproxy"].into_iter().find(|b| Command::new(b).arg("-v").output().is_ok());
    let Some(haproxy_bin) = haproxy_bin.filter(|_| !admin_url.is_empty()) else {
        eprintln!("skipped: PostgreSQL or HAProxy missing (make test-tools installs both)");
        return;
    };
    let dir = tempfile::tempdir().unwrap();
    std::fs::create_dir_all(dir.path().join("dist")).unwrap();
    std::fs::write(dir.path().join("dist/index.html"), "<!doctype html><title>Espace</title>").unwrap();
    let database = common::database_url(&dir).await;
    let plain = reqwest::Client::new();
    let (a_port, b_port, front) = (free_port(), free_port(), free_port());
    let a = server(dir.path(), &database, a_port, true);
    wait_until("the first process", async || ready(&plain, a_port).await).await;
    let mut b = Some(server(dir.path(), &database, b_port, false));
    wait_until("the second process", async || ready(&plain, b_port).await).await;
    let config = haproxy_config(dir.path(), front, &[a_port, b_port]);
    let mut haproxy = Command::new(haproxy_bin)
        .arg("-f")
        .arg(&config)
        .arg("-db")
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .spawn()
        .expect("haproxy starts");
    let proxy = format!("http://127.0.0.1:{front}");
    wait_until("the proxy", async || ready_through(&plain, &proxy).await).await;
    let password = std::fs::read_to_string(dir.path().join("demo.txt")).unwrap().trim().to_owned();

    // Signed in through the first process, the session works on the second.
    let client = reqwest::Client::builder().cookie_store(true).build().unwrap();
    let res = client
        .post(format!("http://127.0.0.1:{a_port}/api/session"))
        .json(&json!({ "email": "camille.martin@acme.example", "password": password }))
        .send()
        .await
        .unwrap();
    assert_eq!(res.status(), 200);
    let cookie = res.headers()["set-cookie"].to_str().unwrap().split(';').next().unwrap().to_owned();
    let me = plain.get(format!("http://127.0.0.1:{b_port}/api/users")).header("cookie", &cookie).send().await.unwrap();
    assert_eq!(me.status(), 200, "a session opened on one process works on the other");

    // Rate limits are counted in the database: wrong passwords alternate between the
    // processes and still meet one budget.
    let mut limited = false;
    for n in 0..40 {
        let port = if n % 2 == 0 { a_port } else { b_port };
        let res = plain
            .post(format!("http://127.0.0.1:{port}/api/session"))
            .header("x-forwarded-for", "203.0.113.9")
            .json(&json!({ "email": "nobody@acme.example", "password": "wrong-password-here" }))
            .send()
            .await
            .unwrap();
        if res.status() == 429 {
            limited = true;
            break;
        }
    }
    assert!(limited, "the two processes share one budget per client");

    // An activation e-mail through the proxy leaves once, though both processes deliver.
    let invite = json!({
        "first_name": "Once", "last_name": "Only", "role": "user", "entity_id": 1,
        "email": "once.only@acme.example", "language": "fr", "service_ids": [],
        "send_activation": true, "idempotency_key": "mail-once",
    });
    let res = plain.post(format!("{proxy}/api/users")).header("cookie", &cookie).json(&invite).send().await.unwrap();
    assert_eq!(res.status(), 201);
    let outbox = dir.path().join("outbox");
    let sent = || {
        std::fs::read_dir(&outbox)
            .map(|entries| {
                entries
                    .filter_map(Result::ok)
                    .filter(|e| std::fs::read_to_string(e.path()).is_ok_and(|t| t.contains("once.only@acme.example")))
                    .count()
            })
            .unwrap_or(0)
    };
    wait_until("the activation e-mail", async || sent() >= 1).await;
    tokio::time::sleep(Duration::from_secs(3)).await;
    assert_eq!(sent(), 1, "one e-mail, whichever process took it");

    // Traffic through the proxy while the second process is stopped with SIGTERM: no request
    // fails (it turns unready, HAProxy sends the rest to the first, it finishes its own).
    let failures = Arc::new(AtomicUsize::new(0));
    let done = Arc::new(AtomicUsize::new(0));
    let until = Instant::now() + Duration::from_secs(8);
    let mut workers = Vec::new();
    for worker in 0..6 {
        let (plain, proxy, cookie) = (plain.clone(), proxy.clone(), cookie.clone());
        let (failures, done) = (failures.clone(), done.clone());
        workers.push(tokio::spawn(async move {
            let mut n = 0;
            while Instant::now() < until {
                n += 1;
                let res = if n % 4 == 0 {
                    let key = format!("drain-{worker}-{n}");
                    plain
                        .post(format!("{proxy}/api/users"))
                        .header("cookie", &cookie)
                        .json(&new_user(&key))
                        .send()
                        .await
                } else {
                    plain.get(format!("{proxy}/api/users?q=a")).header("cookie", &cookie).send().await
                };
                match res {
                    Ok(r) if r.status().is_success() => done.fetch_add(1, Ordering::Relaxed),
                    _ => failures.fetch_add(1, Ordering::Relaxed),
                };
            }
        }));
    }
    tokio::time::sleep(Duration::from_secs(2)).await;
    let stopping = b.as_ref().map(|s| s.child.id()).unwrap();
    assert!(Command::new("kill").arg("-TERM").arg(stopping.to_string()).status().unwrap().success());
    for w in workers {
        w.await.unwrap();
    }
    let exited = b.as_mut().map(|s| s.child.try_wait().unwrap());
    assert!(exited.flatten().is_some(), "the stopped process exited after its drain");
    assert_eq!(failures.load(Ordering::Relaxed), 0, "no request failed across the graceful stop");
    assert!(done.load(Ordering::Relaxed) > 50, "traffic went on");
    eprintln!("graceful stop: {} requests, 0 failed", done.load(Ordering::Relaxed));

    // The second process back; then killed outright while creating users. Only what it had in
    // flight is lost; the client retries each with its idempotency key, and none is created twice.
    drop(b.take());
    let b = server(dir.path(), &database, b_port, false);
    wait_until("the second process again", async || ready(&plain, b_port).await).await;
    wait_until("the proxy to use it again", async || {
        plain.get(format!("http://127.0.0.1:{b_port}/api/ready")).send().await.is_ok()
    })
    .await;
    tokio::time::sleep(Duration::from_secs(1)).await;
    let mut tasks = Vec::new();
    for n in 0..40 {
        let (plain, proxy, cookie) = (plain.clone(), proxy.clone(), cookie.clone());
        tasks.push(tokio::spawn(async move {
            let key = format!("kill-{n}");
            for _attempt in 0..20 {
                let res = plain
                    .post(format!("{proxy}/api/users"))
                    .header("cookie", &cookie)
                    .json(&new_user(&key))
                    .send()
                    .await;
                if res.is_ok_and(|r| r.status() == 201) {
                    return true;
                }
                tokio::time::sleep(Duration::from_millis(200)).await;
            }
            false
        }));
        if n == 10 {
            let _ = Command::new("kill").arg("-KILL").arg(b.child.id().to_string()).status();
        }
    }
    for t in tasks {
        assert!(t.await.unwrap(), "every creation succeeds, with retries");
    }
    let pool = sqlx::postgres::PgPoolOptions::new().max_connections(1).connect(&database).await.unwrap();
    let created: i64 =
        sqlx::query_scalar("SELECT COUNT(*) FROM users WHERE email LIKE 'kill-%'").fetch_one(&pool).await.unwrap();
    assert_eq!(created, 40, "each key created one user, retries included");
    drop(a);
    let _ = haproxy.kill();
    let _ = haproxy.wait();
}

async fn ready_through(client: &reqwest::Client, proxy: &str) -> bool {
    client.get(format!("{proxy}/api/ready")).send().await.is_ok_and(|r| r.status() == 200)
}

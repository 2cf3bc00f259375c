//! `make bench-load`: the release server (`target/release/espace-server`) on a temporary
//! database with the demo company and 300 users added through the API, then 32 clients, each
//! signed in as the demo admin with its own session, for 30 s of mixed traffic
//! (`espace_e2e::load`): lists, searches, details, lifecycle actions, edits, creations and a few
//! sign-ins. Prints requests/s, p50 and p99 per endpoint, and fails if the server answered 5xx
//! or a request got no answer.
//!
//! Then the same on a fresh server with webhooks on: an endpoint of the company hears every
//! event type and points at a receiver in this process (answering 204), so every write also
//! queues a message that the server delivers while the traffic runs. Prints both tables, how
//! many messages arrived and how long the queue took to empty, and the p99s side by side.
//!
//! `BENCH_CLIENTS` and `BENCH_SECONDS` override the 32 clients and 30 s.

use std::path::Path;
use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

use reqwest::cookie::Jar;

use espace_e2e::load::{self, Known, Op, People, Tenant, Worker, FIRST, SURNAMES};
use espace_e2e::release::{env_number, workspace_root, Launch, Res, Server};

const SETUP_USERS: usize = 300;
const ADMIN_EMAIL: &str = "camille.martin@acme.example";
/// The demo company's first entity, in a fresh database.
const ENTITY: i64 = 1;

struct Setup {
    workers: Vec<Worker>,
    shared_sessions: usize,
    aliases: bool,
}

async fn setup(base: &str, password: &str, clients: usize) -> Res<Setup> {
    let aliases = load::loopback_aliases(base).await;
    let run = load::seed();
    let password: Arc<str> = Arc::from(password);

    // 32 sessions, one sign-in each, one after the other.
    let mut signed_in = Vec::new();
    let mut first_session: Option<String> = None;
    let mut shared_sessions = 0;
    for index in 0..clients {
        let address = load::client_address(aliases, index);
        let jar = Arc::new(Jar::default());
        let http = load::client(address, Some(jar.clone()))?;
        match load::sign_in(&http, base, ADMIN_EMAIL, &password).await? {
            Some(session) => {
                first_session.get_or_insert(session);
            }
            // Over the sign-in limit for this address: share the first client's session.
            None => {
                let Some(session) = &first_session else {
                    return Err("the first sign-in was refused with 429".into());
                };
                load::keep_session(&jar, base, session)?;
                shared_sessions += 1;
            }
        }
        signed_in.push((http, load::client(address, None)?));
    }
    let Some((admin, _)) = signed_in.first() else { return Err("no clients".into()) };

    let space = load::get_json(admin, &format!("{base}/api/space")).await?;
    let services = space["services"].as_array().map(Vec::len).unwrap_or(0);
    let before = load::get_json(admin, &format!("{base}/api/users?size=25")).await?;
    println!(
        "demo company: {} users, {services} services; adding {SETUP_USERS} users through the API…",
        before["company_total"].as_u64().unwrap_or(0)
    );

    let started = Instant::now();
    let people: People = Arc::new(Mutex::new(Vec::new()));
    for n in 0..SETUP_USERS {
        let first = FIRST[n % FIRST.len()];
        let last = SURNAMES[(n / FIRST.len() + n) % SURNAMES.len()];
        let language = if n % 3 == 0 { "en" } else { "fr" };
        let email = format!("setup-{n}@bench.example");
        let body = load::create_body(first, last, &email, language, ENTITY, &format!("bench-{run}-setup-{n}"));
        let response = admin.post(format!("{base}/api/users")).json(&body).send().await?;
        let status = response.status().as_u16();
        let text = response.text().await?;
        if status != 201 {
            return Err(format!("POST /api/users (setup user {n}): {status} {text}").into());
        }
        let detail: serde_json::Value = serde_json::from_str(&text)?;
        let id = detail["id"].as_i64().ok_or_else(|| format!("POST /api/users: no id in {text}"))?;
        load::people_add(&people, Known { id, last_name: last.to_owned() });
    }
    println!("added {SETUP_USERS} users in {:.1} s", started.elapsed().as_secs_f64());

    let admin_email: Arc<str> = Arc::from(ADMIN_EMAIL);
    let workers = signed_in
        .into_iter()
        .enumerate()
        .map(|(index, (http, anon))| {
            let tenant = Tenant { http, admin_email: admin_email.clone(), entity_id: ENTITY, people: people.clone() };
            Worker::new(anon, base, password.clone(), vec![tenant], index, run)
        })
        .collect();
    Ok(Setup { workers, shared_sessions, aliases })
}

/// A webhook receiver in this process: counts the messages and answers 204.
struct Receiver {
    url: String,
    received: Arc<AtomicU64>,
}

async fn receiver() -> Res<Receiver> {
    let received = Arc::new(AtomicU64::new(0));
    let counter = received.clone();
    let app = axum::Router::new().fallback(move || {
        let counter = counter.clone();
        async move {
            counter.fetch_add(1, Ordering::Relaxed);
            axum::http::StatusCode::NO_CONTENT
        }
    });
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await?;
    let url = format!("http://{}/espace", listener.local_addr()?);
    tokio::spawn(async move { axum::serve(listener, app).await });
    Ok(Receiver { url, received })
}

/// Adds an endpoint hearing every event type at `url`: its id.
async fn add_endpoint(admin: &reqwest::Client, base: &str, url: &str) -> Res<i64> {
    let events: Vec<&str> =
        espace_api::webhooks::EventType::subscribable().map(espace_api::webhooks::EventType::as_str).collect();
    let body = serde_json::json!({ "url": url, "description": "bench-load", "events": events });
    let response = admin.post(format!("{base}/api/webhooks")).json(&body).send().await?;
    let status = response.status().as_u16();
    let answer: serde_json::Value = response.json().await?;
    if status != 201 {
        return Err(format!("POST /api/webhooks: {status} {answer}").into());
    }
    answer["endpoint"]["id"].as_i64().ok_or_else(|| "no endpoint id".into())
}

/// Waits until the endpoint has nothing pending (at most a minute): how long it took.
async fn drained(admin: &reqwest::Client, base: &str, id: i64) -> Res<(f64, u64)> {
    let started = Instant::now();
    loop {
        let detail = load::get_json(admin, &format!("{base}/api/webhooks/{id}")).await?;
        let pending = detail["endpoint"]["pending"].as_u64().unwrap_or(0);
        if pending == 0 || started.elapsed() > Duration::from_secs(60) {
            return Ok((started.elapsed().as_secs_f64(), pending));
        }
        tokio::time::sleep(Duration::from_millis(100)).await;
    }
}

async fn bench(base: &str, dir: &Path, clients: usize, seconds: u64, hooks: Option<&Receiver>) -> Res<load::Stats> {
    let password = std::fs::read_to_string(dir.join("demo.txt"))
        .map_err(|e| format!("no demo password in {}: {e}", dir.join("demo.txt").display()))?;
    let Setup { workers, shared_sessions, aliases } = setup(base, password.trim(), clients).await?;
    let admin = workers.first().and_then(|w| w.tenants.first()).map(|t| t.http.clone()).ok_or("no clients")?;
    let endpoint = match hooks {
        Some(receiver) => Some(add_endpoint(&admin, base, &receiver.url).await?),
        None => None,
    };
    let before = hooks.map(|r| r.received.load(Ordering::Relaxed)).unwrap_or(0);

    println!("{clients} clients, {seconds} s of mixed traffic…");
    let (stats, elapsed) = load::drive(workers, seconds).await?;
    let after = load::get_json(&admin, &format!("{base}/api/users?size=25")).await?;

    println!();
    stats.print(elapsed);
    println!();
    println!(
        "{clients} clients for {elapsed:.1} s; users in the company at the end: {}; 5xx: {} (must be 0)",
        after["company_total"].as_u64().unwrap_or(0),
        stats.server_errors()
    );
    if !aliases {
        println!("note: loopback aliases unavailable, every client connects from 127.0.0.1");
    }
    if shared_sessions > 0 {
        println!("note: {shared_sessions} clients share a session (their sign-in was refused with 429)");
    }
    if let (Some(receiver), Some(id)) = (hooks, endpoint) {
        let during = receiver.received.load(Ordering::Relaxed) - before;
        let (took, left) = drained(&admin, base, id).await?;
        let total = receiver.received.load(Ordering::Relaxed) - before;
        println!(
            "webhooks: {during} messages received during the run, {total} in all; the queue emptied {took:.1} s \
             after the run ({left} left)"
        );
    }
    Ok(stats)
}

/// One run on a fresh server: webhooks on or not.
async fn run(root: &Path, clients: usize, seconds: u64, webhooks: bool) -> Res<load::Stats> {
    let dir = tempfile::tempdir()?;
    let mut launch = Launch::sqlite_demo(dir.path());
    // The receiver is on this machine; a real endpoint is a public https address.
    launch.env.push(("ESPACE_ALLOW_LOOPBACK_URLS", "1".into()));
    let mut server = Server::launch(root, dir.path(), launch).await?;
    println!(
        "\n== webhooks {}: release server at {} (database in {})",
        if webhooks { "on" } else { "off" },
        server.base,
        dir.path().display()
    );
    let hooks = if webhooks { Some(receiver().await?) } else { None };
    let outcome = bench(&server.base, dir.path(), clients, seconds, hooks.as_ref()).await;
    server.stop().await;
    let stats = match outcome {
        Ok(stats) => stats,
        Err(e) => {
            server.print_log(false);
            return Err(e);
        }
    };
    if stats.failures() > 0 {
        server.print_log(false);
    }
    Ok(stats)
}

#[tokio::main]
async fn main() -> Res<()> {
    let clients = usize::try_from(env_number("BENCH_CLIENTS", 32, 10_000)?)?;
    let seconds = env_number("BENCH_SECONDS", 30, 24 * 3600)?;
    let root = workspace_root();
    let off = run(&root, clients, seconds, false).await?;
    let on = run(&root, clients, seconds, true).await?;

    println!("\n{:<28} {:>12} {:>12}", "p99 ms", "webhooks off", "webhooks on");
    for (name, ops) in [("every request", &Op::ALL[..]), ("writes", &Op::WRITES[..])] {
        let (a, b) = (off.of(ops), on.of(ops));
        println!("{name:<28} {:>12.1} {:>12.1}", load::percentile(&a.ms, 0.99), load::percentile(&b.ms, 0.99));
    }
    let failures = off.failures() + on.failures();
    if failures > 0 {
        eprintln!("\nbench-load: {failures} requests answered 5xx or not at all");
        std::process::exit(1);
    }
    Ok(())
}

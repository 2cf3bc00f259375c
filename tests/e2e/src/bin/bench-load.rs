//! `make bench-load`: the release server (`target/release/espace-server`) on a temporary
//! database with the demo company and 300 users added through the API, then 32 clients, each
//! signed in as the demo admin with its own session, for 30 s of mixed traffic: lists,
//! searches, details, lifecycle actions, edits, creations and a few sign-ins. Prints requests/s,
//! p50 and p99 per endpoint, and fails if the server answered 5xx or a request got no answer.
//!
//! `BENCH_CLIENTS` and `BENCH_SECONDS` override the 32 clients and 30 s.
//!
//! Expected answers are counted apart, not as errors: 409 when another client changed a user
//! first, 401 for a sign-in with an unknown e-mail, 429 once the sign-in limit is reached.
//! Traffic stays on loopback: the server listens on 127.0.0.1 and each client connects from its
//! own loopback address (127.0.0.2, 127.0.0.3…), as 32 machines would, so the sign-in limit per
//! address (30 attempts in 10 minutes) counts each client's attempts, not the whole benchmark's.

use std::collections::BTreeMap;
use std::net::{IpAddr, Ipv4Addr};
use std::path::Path;
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant, SystemTime, UNIX_EPOCH};

use reqwest::cookie::Jar;
use reqwest::header::{HeaderMap, HeaderValue, ACCEPT_LANGUAGE};
use reqwest::{Client, RequestBuilder, Url};
use serde_json::{json, Value};

use espace_e2e::release::{env_number, workspace_root, Res, Server};

const SETUP_USERS: usize = 300;
const ADMIN_EMAIL: &str = "camille.martin@acme.example";
const SESSION_COOKIE: &str = "espace_session";
const REQUEST_TIMEOUT: Duration = Duration::from_secs(30);
const SURNAMES: [&str; 24] = [
    "Martin", "Bernard", "Thomas", "Petit", "Robert", "Richard", "Durand", "Dubois", "Moreau", "Laurent", "Simon",
    "Michel", "Lefèvre", "Leroy", "Roux", "David", "Bertrand", "Morel", "Fournier", "Girard", "Wilson", "Nguyen",
    "Okafor", "Müller",
];
const FIRST: [&str; 12] =
    ["Hélène", "Jean", "Émilie", "Luc", "Zoë", "Marc", "Chloé", "Noé", "Inès", "Théo", "Ada", "Grace"];
const SORTS: [&str; 3] = ["name", "created", "last-sign-in"];

/// The kinds of request, as reported.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
enum Op {
    List,
    Search,
    Detail,
    Action,
    Edit,
    Create,
    SignIn,
}

impl Op {
    const ALL: [Op; 7] = [Op::List, Op::Search, Op::Detail, Op::Action, Op::Edit, Op::Create, Op::SignIn];

    /// Share of the picks, out of 100. Action and edit read the user first (counted as detail).
    fn weight(self) -> u64 {
        match self {
            Op::List => 30,
            Op::Search => 25,
            Op::Detail => 20,
            Op::Action | Op::Edit => 8,
            Op::Create => 7,
            Op::SignIn => 2,
        }
    }

    fn name(self) -> &'static str {
        match self {
            Op::List => "list",
            Op::Search => "search",
            Op::Detail => "detail",
            Op::Action => "action",
            Op::Edit => "edit",
            Op::Create => "create",
            Op::SignIn => "sign-in",
        }
    }

    /// Client errors that are a normal outcome here, not a sign of a broken benchmark.
    fn expects(self, status: u16) -> bool {
        match self {
            Op::Action | Op::Edit => status == 409,
            Op::SignIn => status == 401 || status == 429,
            _ => false,
        }
    }
}

/// One client's picks: rand's `StdRng`, seeded per client so that clients spread differently.
struct Rng(rand::rngs::StdRng);

impl Rng {
    fn new(seed: u64) -> Rng {
        Rng(rand::SeedableRng::seed_from_u64(seed))
    }

    fn next(&mut self) -> u64 {
        rand::RngCore::next_u64(&mut self.0)
    }

    /// 0..n (n > 0).
    fn below(&mut self, n: usize) -> usize {
        rand::Rng::gen_range(&mut self.0, 0..n.max(1))
    }

    fn pick<T: Copy>(&mut self, items: &[T], fallback: T) -> T {
        rand::seq::SliceRandom::choose(items, &mut self.0).copied().unwrap_or(fallback)
    }

    /// An operation, in proportion to its weight.
    fn op(&mut self) -> Op {
        match rand::distributions::WeightedIndex::new(Op::ALL.iter().map(|op| op.weight())) {
            Ok(weights) => Op::ALL[rand::distributions::Distribution::sample(&weights, &mut self.0)],
            Err(_) => Op::List,
        }
    }
}

/// What one kind of request got.
#[derive(Clone, Default)]
struct Tally {
    ms: Vec<f64>,
    ok: u64,
    client: u64,
    conflict: u64,
    limited: u64,
    server: u64,
    /// No answer: connection refused or reset, timeout, unreadable body.
    failed: u64,
}

impl Tally {
    fn requests(&self) -> u64 {
        self.ms.len() as u64 + self.failed
    }

    fn merge(&mut self, other: Tally) {
        self.ms.extend(other.ms);
        self.ok += other.ok;
        self.client += other.client;
        self.conflict += other.conflict;
        self.limited += other.limited;
        self.server += other.server;
        self.failed += other.failed;
    }
}

/// The first answer of a kind nobody expected (5xx, an unexpected 4xx, no answer), to show.
struct Sample {
    op: Op,
    status: Option<u16>,
    request: String,
    body: String,
}

#[derive(Default)]
struct Stats {
    tallies: BTreeMap<Op, Tally>,
    samples: Vec<Sample>,
    /// Unexpected 4xx answers (not 409 on a write, not 401/429 on a sign-in).
    odd_4xx: u64,
}

impl Stats {
    fn record(&mut self, op: Op, request: &str, outcome: Result<(u16, &str), &str>, ms: f64) {
        let tally = self.tallies.entry(op).or_default();
        let status = match outcome {
            Ok((status, _)) => {
                tally.ms.push(ms);
                match status {
                    200..=299 => tally.ok += 1,
                    400..=499 => {
                        tally.client += 1;
                        match status {
                            409 => tally.conflict += 1,
                            429 => tally.limited += 1,
                            _ => {}
                        }
                    }
                    500..=599 => tally.server += 1,
                    _ => {}
                }
                Some(status)
            }
            Err(_) => {
                tally.failed += 1;
                None
            }
        };
        let unexpected = match status {
            Some(s @ 400..=499) => !op.expects(s),
            Some(s) => !(200..=299).contains(&s),
            None => true,
        };
        if !unexpected {
            return;
        }
        if matches!(status, Some(400..=499)) {
            self.odd_4xx += 1;
        }
        if self.samples.iter().any(|s| s.op == op && s.status == status) {
            return;
        }
        let body = match outcome {
            Ok((_, body)) | Err(body) => body.chars().take(400).collect(),
        };
        self.samples.push(Sample { op, status, request: request.to_owned(), body });
    }

    fn merge(&mut self, other: Stats) {
        for (op, tally) in other.tallies {
            self.tallies.entry(op).or_default().merge(tally);
        }
        for sample in other.samples {
            if !self.samples.iter().any(|s| s.op == sample.op && s.status == sample.status) {
                self.samples.push(sample);
            }
        }
        self.odd_4xx += other.odd_4xx;
    }
}

/// A user added by the benchmark: the only ones it reads, edits and acts on.
#[derive(Clone)]
struct Known {
    id: i64,
    last_name: String,
}

type Pool = Arc<Mutex<Vec<Known>>>;

fn pool_pick(pool: &Pool, rng: &mut Rng) -> Option<Known> {
    let users = pool.lock().unwrap_or_else(std::sync::PoisonError::into_inner);
    users.get(rng.below(users.len())).cloned()
}

fn pool_add(pool: &Pool, user: Known) {
    pool.lock().unwrap_or_else(std::sync::PoisonError::into_inner).push(user);
}

fn seed() -> u64 {
    SystemTime::now().duration_since(UNIX_EPOCH).map(|d| d.as_nanos() as u64).unwrap_or(0x5EED)
}

/// One simulated administrator: its own connection, address and session.
struct Worker {
    http: Client,
    /// Same address, no cookies: sign-ins do not replace the worker's session.
    anon: Client,
    base: String,
    password: Arc<str>,
    pool: Pool,
    rng: Rng,
    index: usize,
    run: u64,
    seq: u64,
    stats: Stats,
}

/// The source address of client `index`: 127.0.0.2, 127.0.0.3… when loopback aliases work.
fn client_address(aliases: bool, index: usize) -> Option<IpAddr> {
    let offset = u32::try_from(index).ok()?;
    aliases.then(|| IpAddr::V4(Ipv4Addr::from(0x7F00_0002_u32.saturating_add(offset))))
}

fn client(address: Option<IpAddr>, jar: Option<Arc<Jar>>) -> Res<Client> {
    let mut headers = HeaderMap::new();
    headers.insert(ACCEPT_LANGUAGE, HeaderValue::from_static("en"));
    let mut builder =
        Client::builder().no_proxy().default_headers(headers).timeout(REQUEST_TIMEOUT).local_address(address);
    if let Some(jar) = jar {
        builder = builder.cookie_provider(jar);
    }
    Ok(builder.build()?)
}

/// Whether connecting from 127.0.0.2 works here (Linux routes all of 127.0.0.0/8 to loopback).
async fn loopback_aliases(base: &str) -> bool {
    let Ok(http) = client(client_address(true, 0), None) else { return false };
    http.get(format!("{base}/api/health")).send().await.is_ok_and(|r| r.status().is_success())
}

fn session_value(response: &reqwest::Response) -> Option<String> {
    response.cookies().find(|c| c.name() == SESSION_COOKIE).map(|c| c.value().to_owned())
}

fn create_body(first: &str, last: &str, email: &str, language: &str, key: &str) -> Value {
    json!({
        "first_name": first,
        "last_name": last,
        "role": "user", "entity_id": 1,
        "email": email,
        "notification_email": "",
        "language": language,
        "service_ids": [],
        "send_activation": false,
        "idempotency_key": key,
    })
}

impl Worker {
    /// Sends, reads the whole answer, and records status and time. `None` when nothing came back.
    async fn call(&mut self, op: Op, what: &str, request: RequestBuilder) -> Option<(u16, String)> {
        let t0 = Instant::now();
        let answer = match request.send().await {
            Ok(response) => {
                let status = response.status().as_u16();
                response.text().await.map(|body| (status, body))
            }
            Err(e) => Err(e),
        };
        let ms = t0.elapsed().as_secs_f64() * 1000.0;
        match answer {
            Ok((status, body)) => {
                self.stats.record(op, what, Ok((status, &body)), ms);
                Some((status, body))
            }
            Err(e) => {
                self.stats.record(op, what, Err(&e.to_string()), ms);
                None
            }
        }
    }

    async fn run(mut self, deadline: Instant) -> Stats {
        while Instant::now() < deadline {
            match self.rng.op() {
                Op::List => self.list().await,
                Op::Search => self.search().await,
                Op::Detail => {
                    self.detail().await;
                }
                Op::Action => self.action().await,
                Op::Edit => self.edit().await,
                Op::Create => self.create().await,
                Op::SignIn => self.sign_in().await,
            }
        }
        self.stats
    }

    async fn list(&mut self) {
        let page = 1 + self.rng.below(10);
        let sort = self.rng.pick(&SORTS, "name");
        let path = format!("/api/users?page={page}&size=25&sort={sort}");
        let request = self.http.get(format!("{}{path}", self.base));
        self.call(Op::List, &format!("GET {path}"), request).await;
    }

    async fn search(&mut self) {
        let Some(user) = pool_pick(&self.pool, &mut self.rng) else { return };
        let len = 2 + self.rng.below(3);
        let prefix: String = user.last_name.chars().take(len).collect::<String>().to_lowercase();
        let Ok(url) = Url::parse_with_params(&format!("{}/api/users", self.base), [("q", prefix.as_str())]) else {
            return;
        };
        let what = format!("GET /api/users?q={prefix}");
        let request = self.http.get(url);
        self.call(Op::Search, &what, request).await;
    }

    /// GET /api/users/{id} on a known user: the detail, if it came back as JSON.
    async fn detail(&mut self) -> Option<Value> {
        let user = pool_pick(&self.pool, &mut self.rng)?;
        let path = format!("/api/users/{}", user.id);
        let request = self.http.get(format!("{}{path}", self.base));
        let (status, body) = self.call(Op::Detail, &format!("GET {path}"), request).await?;
        if status != 200 {
            return None;
        }
        serde_json::from_str(&body).ok()
    }

    /// The next step of the lifecycle that keeps the user around: activate a created user,
    /// send an invited one a new link.
    async fn action(&mut self) {
        let Some(user) = self.detail().await else { return };
        let (Some(id), Some(version)) = (user["id"].as_i64(), user["version"].as_i64()) else { return };
        let action = match user["status"].as_str() {
            Some("created") => "activate",
            Some("invited") => "resend-activation",
            _ => return,
        };
        let path = format!("/api/users/{id}/actions");
        let request =
            self.http.post(format!("{}{path}", self.base)).json(&json!({ "action": action, "version": version }));
        self.call(Op::Action, &format!("POST {path} {action}"), request).await;
    }

    async fn edit(&mut self) {
        let Some(user) = self.detail().await else { return };
        let (Some(id), Some(version)) = (user["id"].as_i64(), user["version"].as_i64()) else { return };
        let Some(last) = user["last_name"].as_str() else { return };
        let body = json!({
            "first_name": self.rng.pick(&FIRST, "Ada"),
            "last_name": last,
            "role": "user", "entity_id": 1,
            "notification_email": "",
            "language": "en",
            "service_ids": [],
            "version": version,
        });
        let path = format!("/api/users/{id}");
        let request = self.http.patch(format!("{}{path}", self.base)).json(&body);
        self.call(Op::Edit, &format!("PATCH {path}"), request).await;
    }

    async fn create(&mut self) {
        self.seq += 1;
        let (index, run, seq) = (self.index, self.run, self.seq);
        let first = self.rng.pick(&FIRST, "Ada");
        let last = self.rng.pick(&SURNAMES, "Martin");
        let language = self.rng.pick(&["fr", "en"], "fr");
        let email = format!("load-{index}-{seq}@bench.example");
        let body = create_body(first, last, &email, language, &format!("bench-{run}-{index}-{seq}"));
        let request = self.http.post(format!("{}/api/users", self.base)).json(&body);
        let Some((201, body)) = self.call(Op::Create, "POST /api/users", request).await else { return };
        if let Some(id) = serde_json::from_str::<Value>(&body).ok().and_then(|v| v["id"].as_i64()) {
            pool_add(&self.pool, Known { id, last_name: last.to_owned() });
        }
    }

    /// Half the admin's own sign-in, half an unknown address (401).
    async fn sign_in(&mut self) {
        self.seq += 1;
        let body = if self.rng.below(2) == 0 {
            json!({ "email": ADMIN_EMAIL, "password": &*self.password })
        } else {
            json!({ "email": format!("nobody-{}-{}@acme.example", self.index, self.seq), "password": "not-the-password" })
        };
        let request = self.anon.post(format!("{}/api/session", self.base)).json(&body);
        self.call(Op::SignIn, "POST /api/session", request).await;
    }
}

/// Signs in as the admin; the session value, or `None` when refused with 429.
async fn admin_session(http: &Client, base: &str, password: &str) -> Res<Option<String>> {
    let response = http
        .post(format!("{base}/api/session"))
        .json(&json!({ "email": ADMIN_EMAIL, "password": password }))
        .send()
        .await?;
    let status = response.status().as_u16();
    if status == 429 {
        return Ok(None);
    }
    let session = session_value(&response);
    let body = response.text().await.unwrap_or_default();
    match (status, session) {
        (200, Some(session)) => Ok(Some(session)),
        (200, None) => Err("sign-in answered 200 without a session cookie".into()),
        _ => Err(format!("admin sign-in: {status} {body}").into()),
    }
}

async fn get_json(http: &Client, url: &str) -> Res<Value> {
    let response = http.get(url).send().await?;
    let status = response.status().as_u16();
    let body = response.text().await?;
    if status != 200 {
        return Err(format!("GET {url}: {status} {body}").into());
    }
    Ok(serde_json::from_str(&body)?)
}

struct Setup {
    workers: Vec<Worker>,
    shared_sessions: usize,
    aliases: bool,
}

async fn setup(base: &str, password: &str, clients: usize) -> Res<Setup> {
    let aliases = loopback_aliases(base).await;
    let run = seed();
    let password: Arc<str> = Arc::from(password);
    let base_url = Url::parse(base)?;

    // 32 sessions, one sign-in each, one after the other.
    let mut signed_in = Vec::new();
    let mut first_session: Option<String> = None;
    let mut shared_sessions = 0;
    for index in 0..clients {
        let address = client_address(aliases, index);
        let jar = Arc::new(Jar::default());
        let http = client(address, Some(jar.clone()))?;
        match admin_session(&http, base, &password).await? {
            Some(session) => {
                first_session.get_or_insert(session);
            }
            // Over the sign-in limit for this address: share the first client's session.
            None => {
                let Some(session) = &first_session else {
                    return Err("the first sign-in was refused with 429".into());
                };
                jar.add_cookie_str(&format!("{SESSION_COOKIE}={session}; Path=/"), &base_url);
                shared_sessions += 1;
            }
        }
        signed_in.push((http, client(address, None)?));
    }
    let Some((admin, _)) = signed_in.first() else { return Err("no clients".into()) };

    let space = get_json(admin, &format!("{base}/api/space")).await?;
    let services = space["services"].as_array().map(Vec::len).unwrap_or(0);
    let before = get_json(admin, &format!("{base}/api/users?size=25")).await?;
    println!(
        "demo company: {} users, {services} services; adding {SETUP_USERS} users through the API…",
        before["company_total"].as_u64().unwrap_or(0)
    );

    let started = Instant::now();
    let pool: Pool = Arc::new(Mutex::new(Vec::new()));
    let mut rng = Rng::new(run);
    for n in 0..SETUP_USERS {
        let first = FIRST[n % FIRST.len()];
        let last = SURNAMES[(n / FIRST.len() + n) % SURNAMES.len()];
        let language = if n % 3 == 0 { "en" } else { "fr" };
        let email = format!("setup-{n}@bench.example");
        let body = create_body(first, last, &email, language, &format!("bench-{run}-setup-{n}"));
        let response = admin.post(format!("{base}/api/users")).json(&body).send().await?;
        let status = response.status().as_u16();
        let text = response.text().await?;
        if status != 201 {
            return Err(format!("POST /api/users (setup user {n}): {status} {text}").into());
        }
        let detail: Value = serde_json::from_str(&text)?;
        let id = detail["id"].as_i64().ok_or_else(|| format!("POST /api/users: no id in {text}"))?;
        pool_add(&pool, Known { id, last_name: last.to_owned() });
    }
    println!("added {SETUP_USERS} users in {:.1} s", started.elapsed().as_secs_f64());

    let workers = signed_in
        .into_iter()
        .enumerate()
        .map(|(index, (http, anon))| Worker {
            http,
            anon,
            base: base.to_owned(),
            password: password.clone(),
            pool: pool.clone(),
            rng: Rng::new(rng.next() ^ index as u64),
            index,
            run,
            seq: 0,
            stats: Stats::default(),
        })
        .collect();
    Ok(Setup { workers, shared_sessions, aliases })
}

struct Report {
    stats: Stats,
    seconds: f64,
    clients: usize,
    users_after: u64,
    shared_sessions: usize,
    aliases: bool,
}

async fn bench(base: &str, dir: &Path, clients: usize, seconds: u64) -> Res<Report> {
    let password = std::fs::read_to_string(dir.join("demo.txt"))
        .map_err(|e| format!("no demo password in {}: {e}", dir.join("demo.txt").display()))?;
    let Setup { workers, shared_sessions, aliases } = setup(base, password.trim(), clients).await?;
    let admin = workers.first().map(|w| w.http.clone()).ok_or("no clients")?;

    println!("{clients} clients, {seconds} s of mixed traffic…");
    let started = Instant::now();
    let deadline = started + Duration::from_secs(seconds);
    let tasks: Vec<_> = workers.into_iter().map(|w| tokio::spawn(w.run(deadline))).collect();
    let mut stats = Stats::default();
    for task in tasks {
        stats.merge(task.await?);
    }
    for tally in stats.tallies.values_mut() {
        tally.ms.sort_by(f64::total_cmp);
    }
    let elapsed = started.elapsed().as_secs_f64();

    let after = get_json(&admin, &format!("{base}/api/users?size=25")).await?;
    let users_after = after["company_total"].as_u64().unwrap_or(0);
    Ok(Report { stats, seconds: elapsed, clients, users_after, shared_sessions, aliases })
}

fn percentile(sorted: &[f64], p: f64) -> f64 {
    if sorted.is_empty() {
        return 0.0;
    }
    let rank = (p * sorted.len() as f64).ceil() as usize;
    sorted[rank.clamp(1, sorted.len()) - 1]
}

impl Report {
    /// 5xx answers plus requests that got no answer.
    fn failures(&self) -> u64 {
        self.stats.tallies.values().map(|t| t.server + t.failed).sum()
    }

    /// One line of the table; `tally.ms` sorted.
    fn row(&self, name: &str, tally: &Tally) {
        println!(
            "{:<9} {:>8} {:>8.1} {:>8.1} {:>8.1} {:>7} {:>6} {:>6} {:>6} {:>6} {:>7}",
            name,
            tally.requests(),
            tally.requests() as f64 / self.seconds,
            percentile(&tally.ms, 0.50),
            percentile(&tally.ms, 0.99),
            tally.ok,
            tally.client,
            tally.conflict,
            tally.limited,
            tally.server,
            tally.failed,
        );
    }

    fn print(&self) {
        println!();
        println!(
            "{:<9} {:>8} {:>8} {:>8} {:>8} {:>7} {:>6} {:>6} {:>6} {:>6} {:>7}",
            "endpoint", "requests", "req/s", "p50 ms", "p99 ms", "2xx", "4xx", "409", "429", "5xx", "no-ans"
        );
        let mut total = Tally::default();
        for op in Op::ALL {
            let tally = self.stats.tallies.get(&op).cloned().unwrap_or_default();
            self.row(op.name(), &tally);
            total.merge(tally);
        }
        total.ms.sort_by(f64::total_cmp);
        self.row("total", &total);
        println!();
        println!(
            "{} clients for {:.1} s; users in the company at the end: {}; 5xx: {} (must be 0)",
            self.clients, self.seconds, self.users_after, total.server
        );
        if !self.aliases {
            println!("note: loopback aliases unavailable, every client connects from 127.0.0.1");
        }
        if self.shared_sessions > 0 {
            println!("note: {} clients share a session (their sign-in was refused with 429)", self.shared_sessions);
        }
        if self.stats.odd_4xx > 0 {
            println!(
                "note: {} unexpected 4xx answers (the benchmark's requests may be out of date)",
                self.stats.odd_4xx
            );
        }
        if !self.stats.samples.is_empty() {
            println!("\nunexpected answers, the first of each kind:");
            for s in &self.stats.samples {
                let status = match s.status {
                    Some(status) => status.to_string(),
                    None => "no answer".to_owned(),
                };
                println!("  {:<8} {status:<9} {}  {}", s.op.name(), s.request, s.body);
            }
        }
    }
}

#[tokio::main]
async fn main() -> Res<()> {
    let clients = usize::try_from(env_number("BENCH_CLIENTS", 32, 10_000)?)?;
    let seconds = env_number("BENCH_SECONDS", 30, 24 * 3600)?;
    let root = workspace_root();
    let dir = tempfile::tempdir()?;
    let mut server = Server::start(&root, dir.path()).await?;
    println!("release server at {} (database in {})", server.base, dir.path().display());

    let outcome = bench(&server.base, dir.path(), clients, seconds).await;
    server.stop().await;
    let report = match outcome {
        Ok(report) => report,
        Err(e) => {
            server.print_log(false);
            return Err(e);
        }
    };
    report.print();
    let failures = report.failures();
    if failures > 0 {
        server.print_log(false);
        eprintln!("\nbench-load: {failures} requests answered 5xx or not at all");
        drop(dir);
        std::process::exit(1);
    }
    Ok(())
}

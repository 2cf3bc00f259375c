//! Mixed traffic of administrators, for `make bench-load` and `make bench-tenants`: simulated
//! clients, each with its own connection and source address, signed in as one or several
//! companies' administrators, picking lists, searches, details, lifecycle actions, edits,
//! creations and sign-ins; what they got, tallied per kind of request and printed as a table.
//!
//! Expected answers are counted apart, not as errors: 409 when another client changed a user
//! first, 401 for a sign-in with an unknown e-mail, 429 once the sign-in limit is reached.
//! Each client connects from its own loopback address (127.0.0.2, 127.0.0.3…), as separate
//! machines would, so that the sign-in limit per address counts each client's attempts.

use std::collections::BTreeMap;
use std::net::{IpAddr, Ipv4Addr};
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant, SystemTime, UNIX_EPOCH};

use reqwest::cookie::Jar;
use reqwest::header::{HeaderMap, HeaderValue, ACCEPT_LANGUAGE};
use reqwest::{Client, RequestBuilder, Url};
use serde_json::{json, Value};

use crate::release::Res;

pub const SESSION_COOKIE: &str = "espace_session";
const REQUEST_TIMEOUT: Duration = Duration::from_secs(30);
pub const SURNAMES: [&str; 24] = [
    "Martin", "Bernard", "Thomas", "Petit", "Robert", "Richard", "Durand", "Dubois", "Moreau", "Laurent", "Simon",
    "Michel", "Lefèvre", "Leroy", "Roux", "David", "Bertrand", "Morel", "Fournier", "Girard", "Wilson", "Nguyen",
    "Okafor", "Müller",
];
pub const FIRST: [&str; 12] =
    ["Hélène", "Jean", "Émilie", "Luc", "Zoë", "Marc", "Chloé", "Noé", "Inès", "Théo", "Ada", "Grace"];
const SORTS: [&str; 3] = ["name", "created", "last-sign-in"];

/// The kinds of request, as reported.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub enum Op {
    List,
    Search,
    Detail,
    Action,
    Edit,
    Create,
    SignIn,
}

impl Op {
    pub const ALL: [Op; 7] = [Op::List, Op::Search, Op::Detail, Op::Action, Op::Edit, Op::Create, Op::SignIn];
    /// The requests that write a company's data.
    pub const WRITES: [Op; 3] = [Op::Action, Op::Edit, Op::Create];

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

    pub fn name(self) -> &'static str {
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
pub struct Rng(rand::rngs::StdRng);

impl Rng {
    pub fn new(seed: u64) -> Rng {
        Rng(rand::SeedableRng::seed_from_u64(seed))
    }

    /// 0..n (n > 0).
    pub fn below(&mut self, n: usize) -> usize {
        rand::Rng::gen_range(&mut self.0, 0..n.max(1))
    }

    pub fn pick<T: Copy>(&mut self, items: &[T], fallback: T) -> T {
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

/// A seed that differs from run to run.
pub fn seed() -> u64 {
    SystemTime::now().duration_since(UNIX_EPOCH).map(|d| d.as_nanos() as u64).unwrap_or(0x5EED)
}

/// What one kind of request got.
#[derive(Clone, Default)]
pub struct Tally {
    pub ms: Vec<f64>,
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
pub struct Stats {
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

    pub fn merge(&mut self, other: Stats) {
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

    /// Sorts each tally's times, for percentiles.
    pub fn sort(&mut self) {
        for tally in self.tallies.values_mut() {
            tally.ms.sort_by(f64::total_cmp);
        }
    }

    /// The requests of these kinds as one tally, times sorted.
    pub fn of(&self, ops: &[Op]) -> Tally {
        let mut total = Tally::default();
        for op in ops {
            if let Some(tally) = self.tallies.get(op) {
                total.merge(tally.clone());
            }
        }
        total.ms.sort_by(f64::total_cmp);
        total
    }

    /// 5xx answers plus requests that got no answer.
    pub fn failures(&self) -> u64 {
        self.tallies.values().map(|t| t.server + t.failed).sum()
    }

    pub fn server_errors(&self) -> u64 {
        self.tallies.values().map(|t| t.server).sum()
    }

    /// The table of every kind of request over `seconds`, then what was unexpected.
    pub fn print(&self, seconds: f64) {
        println!(
            "{:<9} {:>8} {:>8} {:>8} {:>8} {:>7} {:>6} {:>6} {:>6} {:>6} {:>7}",
            "endpoint", "requests", "req/s", "p50 ms", "p99 ms", "2xx", "4xx", "409", "429", "5xx", "no-ans"
        );
        for op in Op::ALL {
            row(op.name(), &self.of(&[op]), seconds);
        }
        row("total", &self.of(&Op::ALL), seconds);
        if self.odd_4xx > 0 {
            println!("note: {} unexpected 4xx answers (the benchmark's requests may be out of date)", self.odd_4xx);
        }
        if !self.samples.is_empty() {
            println!("unexpected answers, the first of each kind:");
            for s in &self.samples {
                let status = match s.status {
                    Some(status) => status.to_string(),
                    None => "no answer".to_owned(),
                };
                println!("  {:<8} {status:<9} {}  {}", s.op.name(), s.request, s.body);
            }
        }
    }
}

/// One line of the table; `tally.ms` sorted.
fn row(name: &str, tally: &Tally, seconds: f64) {
    println!(
        "{:<9} {:>8} {:>8.1} {:>8.1} {:>8.1} {:>7} {:>6} {:>6} {:>6} {:>6} {:>7}",
        name,
        tally.requests(),
        tally.requests() as f64 / seconds,
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

/// The `p` quantile (0..1) of sorted times, 0 when there are none.
pub fn percentile(sorted: &[f64], p: f64) -> f64 {
    if sorted.is_empty() {
        return 0.0;
    }
    let rank = (p * sorted.len() as f64).ceil() as usize;
    sorted[rank.clamp(1, sorted.len()) - 1]
}

/// A user the clients may read, edit and act on.
#[derive(Clone)]
pub struct Known {
    pub id: i64,
    pub last_name: String,
}

/// A company's known users, shared by the clients that act on it.
pub type People = Arc<Mutex<Vec<Known>>>;

fn people_pick(people: &People, rng: &mut Rng) -> Option<Known> {
    let users = people.lock().unwrap_or_else(std::sync::PoisonError::into_inner);
    users.get(rng.below(users.len())).cloned()
}

pub fn people_add(people: &People, user: Known) {
    people.lock().unwrap_or_else(std::sync::PoisonError::into_inner).push(user);
}

/// The source address of client `index`: 127.0.0.2, 127.0.0.3… when loopback aliases work.
pub fn client_address(aliases: bool, index: usize) -> Option<IpAddr> {
    let offset = u32::try_from(index).ok()?;
    aliases.then(|| IpAddr::V4(Ipv4Addr::from(0x7F00_0002_u32.saturating_add(offset))))
}

pub fn client(address: Option<IpAddr>, jar: Option<Arc<Jar>>) -> Res<Client> {
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
pub async fn loopback_aliases(base: &str) -> bool {
    let Ok(http) = client(client_address(true, 0), None) else { return false };
    http.get(format!("{base}/api/health")).send().await.is_ok_and(|r| r.status().is_success())
}

fn session_value(response: &reqwest::Response) -> Option<String> {
    response.cookies().find(|c| c.name() == SESSION_COOKIE).map(|c| c.value().to_owned())
}

/// Signs in; the session value, or `None` when refused with 429.
pub async fn sign_in(http: &Client, base: &str, email: &str, password: &str) -> Res<Option<String>> {
    let response =
        http.post(format!("{base}/api/session")).json(&json!({ "email": email, "password": password })).send().await?;
    let status = response.status().as_u16();
    if status == 429 {
        return Ok(None);
    }
    let session = session_value(&response);
    let body = response.text().await.unwrap_or_default();
    match (status, session) {
        (200, Some(session)) => Ok(Some(session)),
        (200, None) => Err("sign-in answered 200 without a session cookie".into()),
        _ => Err(format!("sign-in of {email}: {status} {body}").into()),
    }
}

/// Puts a session into a cookie jar, as the browser keeps it.
pub fn keep_session(jar: &Jar, base: &str, session: &str) -> Res<()> {
    jar.add_cookie_str(&format!("{SESSION_COOKIE}={session}; Path=/"), &Url::parse(base)?);
    Ok(())
}

pub async fn get_json(http: &Client, url: &str) -> Res<Value> {
    let response = http.get(url).send().await?;
    let status = response.status().as_u16();
    let body = response.text().await?;
    if status != 200 {
        return Err(format!("GET {url}: {status} {body}").into());
    }
    Ok(serde_json::from_str(&body)?)
}

/// The body of `POST /api/users` for a person with no service and no e-mail sent.
pub fn create_body(first: &str, last: &str, email: &str, language: &str, entity_id: i64, key: &str) -> Value {
    json!({
        "first_name": first,
        "last_name": last,
        "role": "user", "entity_id": entity_id,
        "email": email,
        "notification_email": "",
        "language": language,
        "service_ids": [],
        "send_activation": false,
        "idempotency_key": key,
    })
}

/// A company as one client acts on it: signed in as its administrator.
#[derive(Clone)]
pub struct Tenant {
    /// Carries the administrator's session cookie.
    pub http: Client,
    pub admin_email: Arc<str>,
    /// Where the people the client adds go.
    pub entity_id: i64,
    pub people: People,
}

/// One simulated client, acting on one or several companies.
pub struct Worker {
    /// Same address, no cookies: sign-ins do not replace the worker's sessions.
    pub anon: Client,
    pub base: String,
    /// Every administrator's password.
    pub password: Arc<str>,
    pub tenants: Vec<Tenant>,
    pub rng: Rng,
    pub index: usize,
    /// Tells this run's e-mails and idempotency keys from another's on the same database.
    pub run: u64,
    seq: u64,
    stats: Stats,
}

impl Worker {
    pub fn new(anon: Client, base: &str, password: Arc<str>, tenants: Vec<Tenant>, index: usize, run: u64) -> Worker {
        Worker {
            anon,
            base: base.to_owned(),
            password,
            tenants,
            rng: Rng::new(run ^ (index as u64).wrapping_mul(0x9E37_79B9_7F4A_7C15)),
            index,
            run,
            seq: 0,
            stats: Stats::default(),
        }
    }

    fn tenant(&mut self) -> Option<Tenant> {
        let n = self.rng.below(self.tenants.len());
        self.tenants.get(n).cloned()
    }

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

    /// Picks and sends requests until `deadline`; what they got.
    pub async fn run(mut self, deadline: Instant) -> Stats {
        while Instant::now() < deadline {
            let Some(tenant) = self.tenant() else { break };
            match self.rng.op() {
                Op::List => self.list(&tenant).await,
                Op::Search => self.search(&tenant).await,
                Op::Detail => {
                    self.detail(&tenant).await;
                }
                Op::Action => self.action(&tenant).await,
                Op::Edit => self.edit(&tenant).await,
                Op::Create => self.create(&tenant).await,
                Op::SignIn => self.sign_in(&tenant).await,
            }
        }
        self.stats
    }

    async fn list(&mut self, tenant: &Tenant) {
        let page = 1 + self.rng.below(10);
        let sort = self.rng.pick(&SORTS, "name");
        let path = format!("/api/users?page={page}&size=25&sort={sort}");
        let request = tenant.http.get(format!("{}{path}", self.base));
        self.call(Op::List, &format!("GET {path}"), request).await;
    }

    async fn search(&mut self, tenant: &Tenant) {
        let Some(user) = people_pick(&tenant.people, &mut self.rng) else { return };
        let len = 2 + self.rng.below(3);
        let prefix: String = user.last_name.chars().take(len).collect::<String>().to_lowercase();
        let Ok(url) = Url::parse_with_params(&format!("{}/api/users", self.base), [("q", prefix.as_str())]) else {
            return;
        };
        let what = format!("GET /api/users?q={prefix}");
        let request = tenant.http.get(url);
        self.call(Op::Search, &what, request).await;
    }

    /// GET /api/users/{id} on a known user: the detail, if it came back as JSON.
    async fn detail(&mut self, tenant: &Tenant) -> Option<Value> {
        let user = people_pick(&tenant.people, &mut self.rng)?;
        let path = format!("/api/users/{}", user.id);
        let request = tenant.http.get(format!("{}{path}", self.base));
        let (status, body) = self.call(Op::Detail, &format!("GET {path}"), request).await?;
        if status != 200 {
            return None;
        }
        serde_json::from_str(&body).ok()
    }

    /// The next step of the lifecycle that keeps the user around: activate a created user,
    /// send an invited one a new link.
    async fn action(&mut self, tenant: &Tenant) {
        let Some(user) = self.detail(tenant).await else { return };
        let (Some(id), Some(version)) = (user["id"].as_i64(), user["version"].as_i64()) else { return };
        let action = match user["status"].as_str() {
            Some("created") => "activate",
            Some("invited") => "resend-activation",
            _ => return,
        };
        let path = format!("/api/users/{id}/actions");
        let request =
            tenant.http.post(format!("{}{path}", self.base)).json(&json!({ "action": action, "version": version }));
        self.call(Op::Action, &format!("POST {path} {action}"), request).await;
    }

    async fn edit(&mut self, tenant: &Tenant) {
        let Some(user) = self.detail(tenant).await else { return };
        let (Some(id), Some(version), Some(entity)) =
            (user["id"].as_i64(), user["version"].as_i64(), user["entity"]["id"].as_i64())
        else {
            return;
        };
        let Some(last) = user["last_name"].as_str() else { return };
        let body = json!({
            "first_name": self.rng.pick(&FIRST, "Ada"),
            "last_name": last,
            "role": "user", "entity_id": entity,
            "notification_email": "",
            "language": "en",
            "service_ids": [],
            "version": version,
        });
        let path = format!("/api/users/{id}");
        let request = tenant.http.patch(format!("{}{path}", self.base)).json(&body);
        self.call(Op::Edit, &format!("PATCH {path}"), request).await;
    }

    async fn create(&mut self, tenant: &Tenant) {
        self.seq += 1;
        let (index, run, seq) = (self.index, self.run, self.seq);
        let first = self.rng.pick(&FIRST, "Ada");
        let last = self.rng.pick(&SURNAMES, "Martin");
        let language = self.rng.pick(&["fr", "en"], "fr");
        let email = format!("load-{run}-{index}-{seq}@bench.example");
        let key = format!("bench-{run}-{index}-{seq}");
        let body = create_body(first, last, &email, language, tenant.entity_id, &key);
        let request = tenant.http.post(format!("{}/api/users", self.base)).json(&body);
        let Some((201, body)) = self.call(Op::Create, "POST /api/users", request).await else { return };
        if let Some(id) = serde_json::from_str::<Value>(&body).ok().and_then(|v| v["id"].as_i64()) {
            people_add(&tenant.people, Known { id, last_name: last.to_owned() });
        }
    }

    /// Half the administrator's own sign-in, half an unknown address (401).
    async fn sign_in(&mut self, tenant: &Tenant) {
        self.seq += 1;
        let body = if self.rng.below(2) == 0 {
            json!({ "email": &*tenant.admin_email, "password": &*self.password })
        } else {
            json!({ "email": format!("nobody-{}-{}@bench.example", self.index, self.seq), "password": "not-the-password" })
        };
        let request = self.anon.post(format!("{}/api/session", self.base)).json(&body);
        self.call(Op::SignIn, "POST /api/session", request).await;
    }
}

/// Runs the workers until `seconds` have passed; what they got, times sorted, and how long.
pub async fn drive(workers: Vec<Worker>, seconds: u64) -> Res<(Stats, f64)> {
    let started = Instant::now();
    let deadline = started + Duration::from_secs(seconds);
    let tasks: Vec<_> = workers.into_iter().map(|w| tokio::spawn(w.run(deadline))).collect();
    let mut stats = Stats::default();
    for task in tasks {
        stats.merge(task.await?);
    }
    stats.sort();
    Ok((stats, started.elapsed().as_secs_f64()))
}

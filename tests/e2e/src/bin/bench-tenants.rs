//! `make bench-tenants`: many companies on one PostgreSQL database, served by two release
//! server processes behind Debian's HAProxy (health check on `/api/ready`, the clients'
//! addresses passed on).
//!
//! 200 companies of 5,000 users each (1,000,000 users) are seeded with `COPY`, not through the
//! API; each company's administrator signs in through the proxy. Then, for each setup (two
//! processes; one process; two processes with every write taking the platform's lock, as before
//! locks by company), 32 clients of mixed traffic (`espace_e2e::load`) spread over the
//! companies for 60 s, twice: once quiet, once while the demo company (none of the clients')
//! commits 10,000-row imports one after the other. Printed: per endpoint req/s, p50 and p99,
//! the 5xx count, and the p99 of the other companies' writes with and without the import.
//! Before the traffic, search and a deep page in a 5,000-user company are timed on one process.
//!
//! Fails on any 5xx or request without an answer, on a ratio of write p99s above 1.5 with locks
//! by company, or on a search or deep page median above 20 ms. `BENCH_COMPANIES`,
//! `BENCH_COMPANY_USERS`, `BENCH_CLIENTS` and `BENCH_SECONDS` override 200, 5,000, 32 and 60.
//! Runs under `scripts/with-postgres.sh` (a throw-away cluster: fsync off).

use std::path::{Path, PathBuf};
use std::process::Stdio;
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

use espace_api::import::{CommitReport, CommitRequest, ImportPreview, ImportRow, RowStatus, COMMIT_PART_ROWS};
use espace_api::links::PRIVACY_POLICY_VERSION;
use espace_api::users::{Role, UserStatus};
use espace_api::{CompanyId, EntityId, Language};
use espace_e2e::load::{self, Known, Op, People, Stats, Tenant, Worker, FIRST, SURNAMES};
use espace_e2e::release::{env_number, free_port, workspace_root, Launch, Res, Server};
use espace_server::store::{self, seed::PastUser};
use espace_server::users::fold::{search_text, sort_name};
use reqwest::cookie::Jar;
use reqwest::Client;
use sqlx::postgres::PgPoolCopyExt;
use tokio::process::{Child, Command};

const DEMO_ADMIN: &str = "camille.martin@acme.example";
const ENTITIES: [&str; 4] = ["Siège", "Agence de Lyon", "Agence de Nantes", "Support"];
const IMPORT_ROWS: usize = 10_000;
/// Known to each client per company: the people it reads, edits, acts on and searches for.
const KNOWN_PER_COMPANY: i64 = 300;
const TERMS: [&str; 8] = ["lefevre", "zoe dub", "chloe", "noe mor", "ines 42", "theo", "helene 7", "girard 1"];
const BUDGET_MS: f64 = 20.0;
const RATIO_BUDGET: f64 = 1.5;

/// A seeded company: its administrator and entities.
struct Company {
    id: CompanyId,
    admin_email: String,
    entities: Vec<EntityId>,
}

/// Creates the database the servers share, in the cluster `scripts/with-postgres.sh` started.
async fn create_database(admin_url: &str) -> Res<String> {
    let admin = sqlx::PgPool::connect(admin_url).await?;
    sqlx::query("DROP DATABASE IF EXISTS espace_tenants").execute(&admin).await?;
    sqlx::query("CREATE DATABASE espace_tenants").execute(&admin).await?;
    admin.close().await;
    let (base, _) = admin_url.rsplit_once('/').ok_or("ESPACE_TEST_POSTGRES has no database name")?;
    Ok(format!("{base}/espace_tenants"))
}

/// The companies, their entities and administrators through the store (as the demo seed
/// does), then their people with `COPY`, the counts folded, statistics gathered.
async fn seed(url: &str, companies: usize, per_company: usize) -> Res<Vec<Company>> {
    let started = Instant::now();
    let pool = store::connect(url, 4, Duration::from_secs(30)).await?;
    let pg = sqlx::PgPool::connect(url).await?;
    let hash: String = sqlx::query_scalar("SELECT password_hash FROM users WHERE email_norm = $1")
        .bind(DEMO_ADMIN)
        .fetch_one(&pg)
        .await?;
    let now = store::now();
    let mut seeded = Vec::new();
    let mut tx = store::write(&pool, store::Lock::Platform).await?;
    for n in 0..companies {
        let language = if n % 2 == 0 { Language::Fr } else { Language::En };
        let id = store::seed::insert_company(&mut tx, &format!("Tenant {n}"), language, now).await?;
        let mut entities = Vec::new();
        for name in ENTITIES {
            let key = espace_server::users::fold::fold(name);
            entities.push(store::seed::insert_entity(&mut tx, id, name, &key, now).await?);
        }
        let admin_email = format!("admin@tenant{n}.example");
        store::seed::insert_user(
            &mut tx,
            &PastUser {
                company_id: id,
                entity_id: entities.first().copied().unwrap_or_default(),
                first_name: "Admin",
                last_name: &format!("Tenant {n}"),
                email: &admin_email,
                language,
                role: Role::Admin,
                status: UserStatus::Active,
                status_reason: None,
                status_changed_at: now,
                email_verified: true,
                password_hash: Some(&hash),
                failed_sign_ins: 0,
                created_at: now,
                invited_at: Some(now),
                activated_at: Some(now),
                last_sign_in_at: Some(now),
                search_text: &search_text("Admin", &format!("Tenant {n}"), &admin_email),
                sort_name: &sort_name("Admin", &format!("Tenant {n}")),
                consent_version: Some(PRIVACY_POLICY_VERSION),
                consent_at: Some(now),
            },
        )
        .await?;
        seeded.push(Company { id, admin_email, entities });
    }
    tx.commit().await?;
    let companies_done = started.elapsed();

    let copy_started = Instant::now();
    for (n, company) in seeded.iter().enumerate() {
        let mut rows = String::with_capacity(per_company * 160);
        for i in 0..per_company {
            let first = FIRST[i % FIRST.len()];
            let last = format!("{} {i}", SURNAMES[(i / FIRST.len()) % SURNAMES.len()]);
            let email = format!("u{i}@tenant{n}.example");
            // One in five was created and never sent a link: what the clients' actions move on.
            let (status, invited) =
                if i % 5 == 0 { ("created", "\\N".to_owned()) } else { ("active", now.to_string()) };
            // One in ten never signed in: the last-sign-in sort has its nulls to place.
            let last_sign_in =
                if i % 10 == 1 { "\\N".to_owned() } else { (now - (i as i64 * 7919 % 100_000)).to_string() };
            let entity = company.entities.get(i % company.entities.len()).copied().unwrap_or_default();
            rows.push_str(&format!(
                "{}\t{first}\t{last}\t{email}\t{email}\t{}\tuser\t{status}\t{now}\t{}\t{invited}\t{last_sign_in}\t{}\t{}\t{}\n",
                company.id.0,
                if i % 3 == 0 { "en" } else { "fr" },
                now - i as i64,
                search_text(first, &last, &email),
                sort_name(first, &last),
                entity.0,
            ));
        }
        let mut copy = pg
            .copy_in_raw(
                "COPY users (company_id, first_name, last_name, email, email_norm, language, role, status,
                     status_changed_at, created_at, invited_at, last_sign_in_at, search_text, sort_name, entity_id)
                 FROM STDIN",
            )
            .await?;
        copy.send(rows.into_bytes()).await?;
        copy.finish().await?;
        if (n + 1) % 50 == 0 {
            println!("  {} companies' people copied ({:.0} s)", n + 1, copy_started.elapsed().as_secs_f64());
        }
    }
    let copied = copy_started.elapsed();

    let fold_started = Instant::now();
    for company in &seeded {
        let mut tx = store::write(&pool, store::Lock::Company(company.id)).await?;
        store::users::fold_counts(&mut tx, company.id).await?;
        tx.commit().await?;
    }
    let folded = fold_started.elapsed();
    // A bulk move between entities (what moving a team does): each moved person appends two
    // count deltas, no row is updated once per person, so the time grows with the people moved.
    let mut moves = Vec::new();
    for (company, people) in seeded.iter().zip([1_250_i64, 2_500, 5_000]) {
        let mut tx = store::write(&pool, store::Lock::Company(company.id)).await?;
        let to = store::seed::insert_entity(&mut tx, company.id, "Moved", "moved", now).await?;
        tx.commit().await?;
        let started = Instant::now();
        let moved = sqlx::query(
            "UPDATE users SET entity_id = $1 WHERE id IN
                 (SELECT id FROM users WHERE company_id = $2 AND role = 'user' ORDER BY id LIMIT $3)",
        )
        .bind(to.0)
        .bind(company.id.0)
        .bind(people)
        .execute(&pg)
        .await?
        .rows_affected();
        let mut tx = store::write(&pool, store::Lock::Company(company.id)).await?;
        store::users::fold_counts(&mut tx, company.id).await?;
        tx.commit().await?;
        moves.push(format!("{moved} in {:.0} ms", started.elapsed().as_secs_f64() * 1000.0));
    }
    let vacuum_started = Instant::now();
    sqlx::query("VACUUM ANALYZE").execute(&pg).await?;
    println!(
        "seeded {} companies of {per_company} users: companies {:.1} s, COPY {:.1} s, counts folded {:.1} s, \
         VACUUM ANALYZE {:.1} s",
        seeded.len(),
        companies_done.as_secs_f64(),
        copied.as_secs_f64(),
        folded.as_secs_f64(),
        vacuum_started.elapsed().as_secs_f64()
    );
    println!("people moved to another entity in one statement, counts folded: {}", moves.join(", "));
    pool.close().await;
    pg.close().await;
    Ok(seeded)
}

/// Debian's HAProxy in front of `backends`, configured as `deploy/haproxy.cfg` (without TLS).
async fn haproxy(dir: &Path, front: u16, backends: &[&Server]) -> Res<Child> {
    let bin = ["/usr/sbin/haproxy", "haproxy"]
        .into_iter()
        .find(|b| std::process::Command::new(b).arg("-v").output().is_ok())
        .ok_or("HAProxy is not installed: `make test-tools` installs it")?;
    let servers: String = backends
        .iter()
        .enumerate()
        .map(|(n, s)| {
            let addr = s.base.trim_start_matches("http://");
            format!("    server espace{n} {addr} check inter 1s fall 2 rise 2\n")
        })
        .collect();
    let config = format!(
        "global\n    maxconn 4096\n\ndefaults\n    mode http\n    timeout connect 2s\n    timeout client 60s\n    \
         timeout server 60s\n    timeout check 2s\n    retries 3\n    option redispatch 1\n    \
         retry-on conn-failure empty-response response-timeout\n    option forwardfor\n\n\
         frontend espace\n    bind 127.0.0.1:{front}\n    default_backend instances\n\n\
         backend instances\n    balance roundrobin\n    option httpchk GET /api/ready\n    \
         http-check expect status 200\n{servers}"
    );
    let path: PathBuf = dir.join("haproxy.cfg");
    std::fs::write(&path, config)?;
    let child = Command::new(bin)
        .arg("-f")
        .arg(&path)
        .arg("-db")
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .kill_on_drop(true)
        .spawn()?;
    let http = Client::builder().no_proxy().timeout(Duration::from_secs(2)).build()?;
    let deadline = Instant::now() + Duration::from_secs(30);
    // Ready once every backend has passed its checks: each answers in turn.
    let mut in_a_row = 0;
    while in_a_row < 2 * backends.len() {
        let ok =
            http.get(format!("http://127.0.0.1:{front}/api/ready")).send().await.is_ok_and(|r| r.status().is_success());
        in_a_row = if ok { in_a_row + 1 } else { 0 };
        if Instant::now() > deadline {
            return Err("HAProxy did not pass requests on within 30 s".into());
        }
        tokio::time::sleep(Duration::from_millis(250)).await;
    }
    tokio::time::sleep(Duration::from_secs(1)).await;
    Ok(child)
}

/// Each client's companies, signed in through the proxy from the client's own address:
/// client `c` acts on companies `c`, `c + clients`, `c + 2 × clients`…
async fn sign_in_all(
    base: &str,
    url: &str,
    companies: &[Company],
    clients: usize,
    password: &str,
    aliases: bool,
) -> Res<Vec<Vec<Tenant>>> {
    let pg = sqlx::PgPool::connect(url).await?;
    let mut known = Vec::new();
    for company in companies {
        let rows: Vec<(i64, String)> = sqlx::query_as(
            "SELECT id, last_name FROM users WHERE company_id = $1 AND role = 'user' ORDER BY id LIMIT $2",
        )
        .bind(company.id.0)
        .bind(KNOWN_PER_COMPANY)
        .fetch_all(&pg)
        .await?;
        let people: People =
            Arc::new(Mutex::new(rows.into_iter().map(|(id, last_name)| Known { id, last_name }).collect()));
        known.push(people);
    }
    pg.close().await;
    let mut tasks = Vec::new();
    for c in 0..clients {
        let address = load::client_address(aliases, c);
        let mine: Vec<(String, i64, People)> = companies
            .iter()
            .zip(&known)
            .skip(c)
            .step_by(clients)
            .map(|(company, people)| {
                (company.admin_email.clone(), company.entities.first().map_or(0, |e| e.0), people.clone())
            })
            .collect();
        let (base, password) = (base.to_owned(), password.to_owned());
        tasks.push(tokio::spawn(async move {
            let mut tenants = Vec::new();
            for (email, entity_id, people) in mine {
                let jar = Arc::new(Jar::default());
                let http = load::client(address, Some(jar.clone()))?;
                let session = load::sign_in(&http, &base, &email, &password)
                    .await?
                    .ok_or_else(|| format!("the sign-in of {email} was refused with 429"))?;
                load::keep_session(&jar, &base, &session)?;
                tenants.push(Tenant { http, admin_email: Arc::from(email.as_str()), entity_id, people });
            }
            Res::Ok(tenants)
        }));
    }
    let mut signed = Vec::new();
    for task in tasks {
        signed.push(task.await??);
    }
    Ok(signed)
}

fn median(mut ms: Vec<f64>) -> f64 {
    ms.sort_by(f64::total_cmp);
    ms.get(ms.len() / 2).copied().unwrap_or_default()
}

/// Medians of searches and of the last page by two sorts, straight to one process.
async fn time_reads(server: &Server, tenant: &Tenant, per_company: usize) -> Res<Vec<(String, f64)>> {
    let last_page = per_company.div_ceil(25).max(1);
    let mut paths: Vec<(String, Vec<String>)> = vec![(
        format!("search ({} terms)", TERMS.len()),
        TERMS.iter().map(|t| format!("/api/users?q={}&sort=name", t.replace(' ', "%20"))).collect(),
    )];
    for (sort, desc) in [("name", false), ("last-sign-in", true)] {
        paths.push((
            format!("page {last_page} by {sort}{}", if desc { " desc" } else { "" }),
            vec![format!("/api/users?sort={sort}&desc={desc}&page={last_page}&size=25")],
        ));
    }
    let mut medians = Vec::new();
    for (name, group) in paths {
        let mut ms = Vec::new();
        for round in 0..6 {
            for path in &group {
                let started = Instant::now();
                let response = tenant.http.get(format!("{}{path}", server.base)).send().await?;
                let status = response.status();
                response.bytes().await?;
                if !status.is_success() {
                    return Err(format!("GET {path}: {status}").into());
                }
                if round > 0 {
                    ms.push(started.elapsed().as_secs_f64() * 1000.0);
                }
            }
        }
        medians.push((name, median(ms)));
    }
    Ok(medians)
}

/// The demo company's 10,000-row imports, one after the other until `deadline`: previewed,
/// then committed in the app's parts. The number of rows committed.
async fn import_until(base: String, password: String, run: u64, deadline: Instant) -> Res<usize> {
    let http = Client::builder().no_proxy().cookie_store(true).timeout(Duration::from_secs(300)).build()?;
    let signed = http
        .post(format!("{base}/api/session"))
        .json(&serde_json::json!({ "email": DEMO_ADMIN, "password": password }))
        .send()
        .await?;
    if !signed.status().is_success() {
        return Err(format!("importer's sign-in: {}", signed.status()).into());
    }
    let mut committed = 0;
    let mut round = 0;
    while Instant::now() < deadline {
        round += 1;
        let mut file = String::from("Prénom;Nom;E-mail de connexion;Rôle;Entité;Langue;Services\r\n");
        for i in 0..IMPORT_ROWS {
            file.push_str(&format!(
                "Prénom{i};Nom{i};import-{run}-{round}-{i}@bench.example;Utilisateur;Agence de Lyon;Français;\r\n"
            ));
        }
        let response = http.post(format!("{base}/api/import/file")).body(file).send().await?;
        if !response.status().is_success() {
            return Err(format!("import preview: {} {}", response.status(), response.text().await?).into());
        }
        let preview: ImportPreview = response.json().await?;
        let ready: Vec<ImportRow> =
            preview.rows.into_iter().filter(|r| r.status == RowStatus::Ready).map(|r| r.row).collect();
        for (part, chunk) in ready.chunks(COMMIT_PART_ROWS).enumerate() {
            if Instant::now() >= deadline {
                return Ok(committed);
            }
            let request = CommitRequest {
                batch: format!("bench-{run}-{round}"),
                part: u32::try_from(part)?,
                rows: chunk.to_vec(),
                send_activation: false,
            };
            let response = http.post(format!("{base}/api/import/commit")).json(&request).send().await?;
            if !response.status().is_success() {
                return Err(format!("import part {part}: {} {}", response.status(), response.text().await?).into());
            }
            committed += response.json::<CommitReport>().await?.created.len();
        }
    }
    Ok(committed)
}

/// What one 60-second run measured.
struct Phase {
    stats: Stats,
    seconds: f64,
    imported: usize,
}

impl Phase {
    fn write_p99(&self) -> f64 {
        load::percentile(&self.stats.of(&Op::WRITES).ms, 0.99)
    }
}

/// The clients' traffic for `seconds`, with the demo company's imports alongside if asked.
/// Each run's sign-ins come from addresses of their own (`addresses` onwards), so that the
/// limit per address, reached by the runs before, does not turn them into cheap 429s.
async fn phase(
    base: &str,
    signed: &[Vec<Tenant>],
    password: &str,
    seconds: u64,
    import: bool,
    addresses: Option<usize>,
) -> Res<Phase> {
    let run = load::seed();
    let password: Arc<str> = Arc::from(password);
    let mut workers = Vec::new();
    for (index, tenants) in signed.iter().enumerate() {
        let anon = load::client(addresses.and_then(|first| load::client_address(true, first + index)), None)?;
        workers.push(Worker::new(anon, base, password.clone(), tenants.clone(), index, run));
    }
    let importer = import.then(|| {
        let deadline = Instant::now() + Duration::from_secs(seconds);
        tokio::spawn(import_until(base.to_owned(), password.to_string(), run, deadline))
    });
    let (stats, seconds) = load::drive(workers, seconds).await?;
    let imported = match importer {
        Some(task) => task.await??,
        None => 0,
    };
    Ok(Phase { stats, seconds, imported })
}

/// One setup of the servers, quiet then with imports.
struct Setup {
    name: &'static str,
    quiet: Phase,
    busy: Phase,
    /// Whether its write p99 ratio is held to the budget (not the old platform-wide lock's).
    held: bool,
    /// Each process's peak memory, MiB.
    memory: Vec<u64>,
}

impl Setup {
    fn ratio(&self) -> f64 {
        self.busy.write_p99() / self.quiet.write_p99().max(0.001)
    }
}

async fn start_servers(root: &Path, dir: &Path, url: &str, count: usize, platform_lock: bool) -> Res<Vec<Server>> {
    let mut servers = Vec::new();
    for n in 0..count {
        let mut env = vec![("ESPACE_TRUSTED_PROXIES", "127.0.0.1".to_owned())];
        if platform_lock {
            env.push(("ESPACE_WRITE_LOCK", "platform".to_owned()));
        }
        let launch = Launch { name: format!("espace{n}"), database_url: url.to_owned(), seed_demo: n == 0, env };
        servers.push(Server::launch(root, dir, launch).await?);
    }
    Ok(servers)
}

#[tokio::main]
async fn main() -> Res<()> {
    let companies = usize::try_from(env_number("BENCH_COMPANIES", 200, 10_000)?)?;
    let per_company = usize::try_from(env_number("BENCH_COMPANY_USERS", 5_000, 1_000_000)?)?;
    let clients = usize::try_from(env_number("BENCH_CLIENTS", 32, 1_000)?)?.min(companies);
    let seconds = env_number("BENCH_SECONDS", 60, 3_600)?;
    let admin_url = std::env::var("ESPACE_TEST_POSTGRES")
        .map_err(|_| "no PostgreSQL: run under scripts/with-postgres.sh (`make bench-tenants` does)")?;
    let root = workspace_root();
    let dir = tempfile::tempdir()?;
    let url = create_database(&admin_url).await?;

    // The first process migrates and seeds the demo company, whose administrator's password
    // every seeded administrator shares.
    let first = start_servers(&root, dir.path(), &url, 1, false).await?;
    let password = std::fs::read_to_string(dir.path().join("demo.txt"))?.trim().to_owned();
    let seeded = seed(&url, companies, per_company).await?;
    drop(first);

    let front = free_port()?;
    let base = format!("http://127.0.0.1:{front}");
    let mut setups = Vec::new();
    let mut signed = Vec::new();
    let mut reads = Vec::new();
    let mut aliases = false;
    let plan: [(&'static str, usize, bool); 3] = [
        ("two processes, lock by company", 2, false),
        ("one process, lock by company", 1, false),
        ("two processes, one platform lock (before)", 2, true),
    ];
    let mut failures = 0;
    for (name, count, platform_lock) in plan {
        let servers = start_servers(&root, dir.path(), &url, count, platform_lock).await?;
        let proxy = haproxy(dir.path(), front, &servers.iter().collect::<Vec<_>>()).await?;
        if signed.is_empty() {
            aliases = load::loopback_aliases(&base).await;
            let started = Instant::now();
            signed = sign_in_all(&base, &url, &seeded, clients, &password, aliases).await?;
            println!(
                "{} administrators signed in through the proxy in {:.1} s{}",
                seeded.len(),
                started.elapsed().as_secs_f64(),
                if aliases { "" } else { " (every client from 127.0.0.1: no loopback aliases)" }
            );
            let tenant = signed.first().and_then(|t| t.first()).ok_or("no company")?;
            if let Some(server) = servers.first() {
                reads = time_reads(server, tenant, per_company).await?;
            }
        }
        println!("\n{name}: {clients} clients over {} companies, {seconds} s quiet…", seeded.len());
        let run_addresses = |n: usize| aliases.then_some((1 + setups.len() * 2 + n) * clients);
        let quiet = phase(&base, &signed, &password, seconds, false, run_addresses(0)).await?;
        println!("{name}: {seconds} s with the demo company's imports…");
        let busy = phase(&base, &signed, &password, seconds, true, run_addresses(1)).await?;
        let memory: Vec<u64> = servers.iter().filter_map(Server::peak_memory_mib).collect();
        drop(proxy);
        for server in &servers {
            if quiet.stats.failures() + busy.stats.failures() > 0 {
                server.print_log(false);
            }
        }
        drop(servers);
        setups.push(Setup { name, quiet, busy, held: !platform_lock, memory });
    }

    let users = companies * per_company;
    for setup in &setups {
        for (when, phase) in [("quiet", &setup.quiet), ("with imports", &setup.busy)] {
            println!("\n{}, {when} ({:.1} s):", setup.name, phase.seconds);
            phase.stats.print(phase.seconds);
            if phase.imported > 0 {
                println!(
                    "the demo company imported {} rows ({:.0} rows/s)",
                    phase.imported,
                    phase.imported as f64 / phase.seconds
                );
            }
            failures += phase.stats.failures();
        }
    }
    println!("\n{companies} companies × {per_company} users = {users} users; {clients} clients; {seconds} s per run\n");
    println!(
        "{:<44} {:>10} {:>14} {:>14} {:>7} {:>6}  peak memory",
        "setup", "req/s", "writes p99 ms", "with import", "ratio", "5xx"
    );
    let mut over = Vec::new();
    for setup in &setups {
        let requests: f64 = setup.quiet.stats.of(&Op::ALL).ms.len() as f64 / setup.quiet.seconds;
        let errors = setup.quiet.stats.server_errors() + setup.busy.stats.server_errors();
        let ratio = setup.ratio();
        let memory: Vec<String> = setup.memory.iter().map(|m| format!("{m} MiB")).collect();
        println!(
            "{:<44} {:>10.1} {:>14.1} {:>14.1} {:>7.2} {:>6}  {}",
            setup.name,
            requests,
            setup.quiet.write_p99(),
            setup.busy.write_p99(),
            ratio,
            errors,
            memory.join(", ")
        );
        if setup.held && ratio > RATIO_BUDGET {
            over.push(format!("{}: other companies' write p99 ratio {ratio:.2} > {RATIO_BUDGET}", setup.name));
        }
    }
    println!("\nreads in a {per_company}-user company among {users} users (one process, medians):");
    for (name, ms) in &reads {
        println!("  {name:<36} {ms:8.1} ms   ≤ {BUDGET_MS}");
        if *ms > BUDGET_MS {
            over.push(format!("{name}: {ms:.1} ms > {BUDGET_MS}"));
        }
    }
    if failures > 0 {
        over.push(format!("{failures} requests answered 5xx or not at all"));
    }
    if !over.is_empty() {
        eprintln!("\nbench-tenants:\n  {}", over.join("\n  "));
        std::process::exit(1);
    }
    Ok(())
}

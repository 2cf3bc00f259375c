//! `make bench-users`: `USERS` users (default 10,000) in a temporary database on the engine the
//! harness is given (SQLite, or PostgreSQL under `scripts/with-postgres.sh`), then medians of
//! the server's answers (HTTP on loopback, cookie included) to searches, an empty search and a
//! deep page of every sort, and, in headless Chromium, the time from a search being issued to
//! the filtered page painted. Targets on the 2-core reference machine: searches and deep pages
//! ≤ 20 ms, issued → painted ≤ 100 ms.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)] // a measurement run: any failure aborts it

use std::time::{Duration, Instant};

use espace_e2e::{Browser, Harness};
use tokio::io::{AsyncReadExt, AsyncWriteExt};

const DEFAULT_USERS: usize = 10_000;
/// Rows per INSERT while seeding (9 values each: within both engines' parameter limits).
const BATCH: usize = 500;
const SURNAMES: [&str; 20] = [
    "Martin", "Bernard", "Thomas", "Petit", "Robert", "Richard", "Durand", "Dubois", "Moreau", "Laurent", "Simon",
    "Michel", "Lefèvre", "Leroy", "Roux", "David", "Bertrand", "Morel", "Fournier", "Girard",
];
const FIRST: [&str; 10] = ["Hélène", "Jean", "Émilie", "Luc", "Zoë", "Marc", "Chloé", "Noé", "Inès", "Théo"];
const TERMS: [&str; 10] =
    ["lefevre", "zoe dub", "chloe", "noe mor", "ines 42", "theo", "emilie roux", "helene 7", "girard 1", "jean bert"];

fn median(mut v: Vec<f64>) -> f64 {
    v.sort_by(f64::total_cmp);
    v[v.len() / 2]
}

async fn seed(h: &Harness, users: usize) {
    let pool = &h.server.state.pool;
    let company: i64 = sqlx::query_scalar("SELECT id FROM companies").fetch_one(pool).await.expect("company");
    // Spread over the demo company's entities, as real people are.
    let entities: Vec<i64> =
        sqlx::query_scalar("SELECT id FROM entities ORDER BY id").fetch_all(pool).await.expect("entities");
    let started = Instant::now();
    let mut tx = pool.begin().await.expect("tx");
    for start in (0..users).step_by(BATCH) {
        let rows: Vec<usize> = (start..users.min(start + BATCH)).collect();
        let values: Vec<String> = (0..rows.len())
            .map(|r| {
                let p = |k: usize| format!("${}", r * 10 + k);
                format!(
                    "({}, {}, {}, {}, {}, 'fr', 'user', 'active', 0, {}, {}, {}, {}, {})",
                    p(1),
                    p(2),
                    p(3),
                    p(4),
                    p(5),
                    p(6),
                    p(7),
                    p(8),
                    p(9),
                    p(10)
                )
            })
            .collect();
        let sql = format!(
            "INSERT INTO users (company_id, first_name, last_name, email, email_norm, language, role, status,
                 status_changed_at, created_at, last_sign_in_at, search_text, sort_name, entity_id) VALUES {}",
            values.join(", ")
        );
        let mut query = sqlx::query(&sql);
        for i in rows {
            let (first, last) =
                (FIRST[i % FIRST.len()], format!("{} {i}", SURNAMES[(i / FIRST.len()) % SURNAMES.len()]));
            let email = format!("user{i}@bench.example");
            // One in ten never signed in: the last-sign-in sort has its nulls to place.
            let last_sign_in = (i % 10 != 0).then_some((i * 7919 % 100_000) as i64);
            query = query
                .bind(company)
                .bind(first)
                .bind(last.clone())
                .bind(email.clone())
                .bind(email.clone())
                .bind(i as i64)
                .bind(last_sign_in)
                .bind(espace_server::users::fold::search_text(first, &last, &email))
                .bind(espace_server::users::fold::sort_name(first, &last))
                .bind(entities.get(i % entities.len().max(1)).copied().unwrap_or_default());
        }
        query.execute(&mut *tx).await.expect("insert");
    }
    tx.commit().await.expect("commit");
    let seeded = started.elapsed();
    // As the import and the hourly job do: the count deltas folded into their rows.
    let mut tx = pool.begin().await.expect("tx");
    let company_id = espace_api::CompanyId(company);
    espace_server::store::users::fold_counts(&mut tx, company_id).await.expect("counts folded");
    tx.commit().await.expect("commit");
    println!(
        "seeded {users} users in one transaction in {:.1} s (counts folded in {:.1} s)",
        seeded.as_secs_f64(),
        started.elapsed().as_secs_f64() - seeded.as_secs_f64()
    );
    // What autovacuum does on a live PostgreSQL (statistics, and the visibility map that lets
    // counts read the index alone); SQLite gathers statistics.
    let maintenance =
        if std::env::var("ESPACE_TEST_POSTGRES").is_ok_and(|v| !v.is_empty()) { "VACUUM ANALYZE" } else { "ANALYZE" };
    sqlx::query(maintenance).execute(pool).await.expect("statistics");
}

/// The median server time of `GET path`, over `rounds` tries after one warm-up.
async fn server_median(h: &Harness, cookie: &str, paths: &[String], rounds: usize) -> f64 {
    let mut ms = Vec::new();
    for round in 0..=rounds {
        for path in paths {
            let t0 = Instant::now();
            let response = raw_http(h, "GET", path, cookie, "").await;
            let elapsed = t0.elapsed().as_secs_f64() * 1000.0;
            assert!(response.starts_with("HTTP/1.1 200"), "{path}: {}", response.lines().next().unwrap_or_default());
            if round > 0 {
                ms.push(elapsed);
            }
        }
    }
    median(ms)
}

async fn session_cookie(h: &Harness) -> String {
    let body = format!(r#"{{"email":"{}","password":"{}"}}"#, h.demo.email, h.demo.password);
    let response = raw_http(h, "POST", "/api/session", "", &body).await;
    let line = response.lines().find(|l| l.to_ascii_lowercase().starts_with("set-cookie:")).expect("cookie");
    line.split_once(':').map(|(_, v)| v.trim().split(';').next().unwrap_or_default().to_owned()).unwrap_or_default()
}

async fn raw_http(h: &Harness, method: &str, path: &str, cookie: &str, body: &str) -> String {
    let mut stream = tokio::net::TcpStream::connect(h.server.addr).await.expect("connect");
    let request = format!(
        "{method} {path} HTTP/1.1\r\nHost: {}\r\nCookie: {cookie}\r\nContent-Type: application/json\r\nContent-Length: {}\r\nConnection: close\r\n\r\n{body}",
        h.server.addr,
        body.len()
    );
    stream.write_all(request.as_bytes()).await.expect("write");
    let mut out = String::new();
    stream.read_to_string(&mut out).await.expect("read");
    out
}

#[tokio::main]
async fn main() {
    let users: usize = std::env::var("USERS").ok().and_then(|u| u.parse().ok()).unwrap_or(DEFAULT_USERS);
    let engine =
        if std::env::var("ESPACE_TEST_POSTGRES").is_ok_and(|v| !v.is_empty()) { "PostgreSQL" } else { "SQLite" };
    let h = Harness::start(Browser::French).await;
    let started = Instant::now();
    seed(&h, users).await;
    println!("{engine}: seeded {users} users in {:.1} s", started.elapsed().as_secs_f64());

    let cookie = session_cookie(&h).await;
    let searches: Vec<String> =
        TERMS.iter().map(|t| format!("/api/users?q={}&sort=name", t.replace(' ', "%20"))).collect();
    let search = server_median(&h, &cookie, &searches, 4).await;
    let empty = server_median(&h, &cookie, &["/api/users".to_owned()], 10).await;
    // Page 3,000 of 25 (75,000 rows in), or the last page when there are fewer users.
    let deep = (users / 25).clamp(1, 3000);
    let mut deep_pages = Vec::new();
    for sort in ["name", "created", "last-sign-in"] {
        for desc in [false, true] {
            let path = format!("/api/users?sort={sort}&desc={desc}&page={deep}&size=25");
            deep_pages.push((
                format!("{sort}{}", if desc { " desc" } else { "" }),
                server_median(&h, &cookie, &[path], 5).await,
            ));
        }
    }

    h.goto("/sign-in?next=%2Fusers").await;
    h.sign_in(&h.demo.email, &h.demo.password).await;
    h.wait_for_any(".result-count").await;
    let mut paint_ms = Vec::new();
    for term in TERMS.iter().chain(TERMS.iter()) {
        // Measured in the page: from the keystroke, and from the search leaving the box (the
        // URL changes), to the frame after the table shows only matching rows.
        let script = r#"
            const [term, done] = arguments;
            const input = document.querySelector('#users-search');
            const before = document.querySelector('.result-count')?.textContent;
            let issued = null;
            const words = term.split(' ');
            const original = history.replaceState.bind(history);
            history.replaceState = (...a) => { issued ??= performance.now(); return original(...a); };
            input.value = term;
            input.dispatchEvent(new Event('input', { bubbles: true }));
            const typed = performance.now();
            const check = () => {
                const rows = [...document.querySelectorAll('[data-testid=users-table] tbody tr')];
                const count = document.querySelector('.result-count')?.textContent;
                const fold = s => s.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
                if (issued && count !== before && rows.length && rows.every(r => words.every(w => fold(r.textContent).includes(w)))) {
                    requestAnimationFrame(() => setTimeout(() => {
                        history.replaceState = original;
                        done([performance.now() - issued, performance.now() - typed]);
                    }, 0));
                } else {
                    setTimeout(check, 2);
                }
            };
            check();
        "#;
        let ret = h.driver.execute_async(script, vec![serde_json::json!(term)]).await.expect("measure");
        let [issued, typed]: [f64; 2] = ret.convert().expect("two numbers");
        paint_ms.push((issued, typed));
        tokio::time::sleep(Duration::from_millis(100)).await;
    }
    let after_issue = median(paint_ms.iter().map(|p| p.0).collect());
    let after_typing = median(paint_ms.iter().map(|p| p.1).collect());
    println!();
    println!("{engine}, {users} users (medians, ms)        measured   target");
    println!("  search, server ({} terms)                {search:8.1}   ≤ 20", TERMS.len());
    println!("  empty search, first page, server          {empty:8.1}   ≤ 20");
    for (sort, ms) in deep_pages {
        println!("  page {deep} by {sort:<18}, server  {ms:8.1}   ≤ 20");
    }
    println!("  search issued → page painted              {after_issue:8.1}   ≤ 100");
    println!("  keystroke → page painted (no debounce)     {after_typing:8.1}   ≤ 100");
    println!();
    h.stop().await;
}

//! `make bench-users`: 10,000 users in a temporary database, then the medians of
//! (1) the server's time to answer a search (HTTP on loopback, cookie included), and
//! (2) in headless Chromium, the time from a search being issued to the filtered page painted.
//! Targets on the 2-core reference machine: under 20 ms and under 100 ms.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)] // a measurement run: any failure aborts it

use std::time::{Duration, Instant};

use espace_e2e::{Browser, Harness};
use tokio::io::{AsyncReadExt, AsyncWriteExt};

const USERS: usize = 10_000;
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

async fn seed(h: &Harness) {
    let pool = &h.server.state.pool;
    let company: i64 = sqlx::query_scalar("SELECT id FROM companies").fetch_one(pool).await.expect("company");
    let mut tx = pool.begin().await.expect("tx");
    for i in 0..USERS {
        let (first, last) = (FIRST[i % FIRST.len()], SURNAMES[(i / FIRST.len()) % SURNAMES.len()]);
        let email = format!("user{i}@bench.example");
        sqlx::query(
            "INSERT INTO users (company_id, first_name, last_name, email, email_norm, language, role, status,
                 status_changed_at, created_at, last_sign_in_at, search_text, sort_name)
             VALUES ($1, $2, $3, $4, $5, 'fr', 'user', 'active', 0, $6, $7, $8, $9)",
        )
        .bind(company)
        .bind(first)
        .bind(format!("{last} {i}"))
        .bind(&email)
        .bind(&email)
        .bind(i as i64)
        .bind((i * 7919 % 100_000) as i64)
        .bind(espace_server::users::fold::search_text(first, &format!("{last} {i}"), &email))
        .bind(espace_server::users::fold::sort_name(first, &format!("{last} {i}")))
        .execute(&mut *tx)
        .await
        .expect("insert");
    }
    tx.commit().await.expect("commit");
    sqlx::query("ANALYZE").execute(pool).await.expect("analyze");
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
    let h = Harness::start(Browser::French).await;
    let started = Instant::now();
    seed(&h).await;
    println!("seeded {USERS} users in {:.1} s", started.elapsed().as_secs_f64());

    let cookie = session_cookie(&h).await;
    let mut server_ms = Vec::new();
    for round in 0..5 {
        for term in TERMS {
            let path = format!("/api/users?q={}&sort=name", term.replace(' ', "%20"));
            let t0 = Instant::now();
            let response = raw_http(&h, "GET", &path, &cookie, "").await;
            let elapsed = t0.elapsed().as_secs_f64() * 1000.0;
            assert!(response.starts_with("HTTP/1.1 200"), "{}", response.lines().next().unwrap_or_default());
            if round > 0 {
                server_ms.push(elapsed);
            }
        }
    }
    let t0 = Instant::now();
    raw_http(&h, "GET", "/api/users?page=200&size=50", &cookie, "").await;
    let deep_page = t0.elapsed().as_secs_f64() * 1000.0;

    h.goto("/sign-in?next=%2Fusers").await;
    h.sign_in(&h.demo.email, &h.demo.password).await;
    h.wait_contains(".result-count", "10").await;
    let mut paint_ms = Vec::new();
    for term in TERMS.iter().chain(TERMS.iter()) {
        // Measured in the page: from the debounced search leaving the box (the URL changes)
        // to the frame after the table shows only matching rows.
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
    println!("search request, server (median of {}): {:.1} ms   target < 20 ms", server_ms.len(), median(server_ms));
    println!("page 200 of 50 users, server: {deep_page:.1} ms");
    println!("search issued -> filtered page painted (median): {after_issue:.1} ms   target < 100 ms");
    println!("keystroke -> filtered page painted, incl. the search box debounce (median): {after_typing:.1} ms");
    h.stop().await;
}

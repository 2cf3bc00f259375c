//! `make bench-import`: the release server on a temporary SQLite database with the demo
//! company; a 10,000-row CSV (French headers, `;`) previewed, committed in the app's parts,
//! then the 10,000 users exported as CSV and XLSX. Prints each figure against its budget
//! (preview ≤ 3 s, commit ≤ 15 s, export ≤ 2 s) and fails when one is over.

use std::time::{Duration, Instant};

use espace_api::import::{CommitReport, CommitRequest, ImportPreview, ImportRow, COMMIT_PART_ROWS};
use espace_e2e::release::{env_number, workspace_root, Res, Server};
use reqwest::Client;
use serde_json::json;

const ADMIN_EMAIL: &str = "camille.martin@acme.example";

fn csv(rows: usize) -> String {
    let mut text = String::from("Prénom;Nom;E-mail de connexion;Rôle;Entité;Langue;Services\r\n");
    for i in 0..rows {
        // A few ask for a service: the seats are counted over the whole batch.
        let service = if i % 2_000 == 0 { "VoIP line" } else { "" };
        text.push_str(&format!(
            "Prénom{i};Nom{i};person{i}@bench.example;Utilisateur;Agence de Lyon;Français;{service}\r\n"
        ));
    }
    text
}

fn seconds(d: Duration) -> f64 {
    d.as_secs_f64()
}

async fn run(server: &Server, password: &str, rows: usize) -> Res<Vec<(&'static str, f64, f64)>> {
    let http = Client::builder().no_proxy().cookie_store(true).timeout(Duration::from_secs(300)).build()?;
    let base = &server.base;
    let signed = http
        .post(format!("{base}/api/session"))
        .json(&json!({ "email": ADMIN_EMAIL, "password": password }))
        .send()
        .await?;
    if !signed.status().is_success() {
        return Err(format!("sign-in: {}", signed.status()).into());
    }
    let file = csv(rows);
    println!("file: {rows} rows, {} KB", file.len() / 1024);

    let started = Instant::now();
    let response = http.post(format!("{base}/api/import/file")).body(file).send().await?;
    if !response.status().is_success() {
        return Err(format!("preview: {} {}", response.status(), response.text().await?).into());
    }
    let preview: ImportPreview = response.json().await?;
    let preview_time = started.elapsed();
    println!("preview: {} ready, {} errors, {} existing", preview.ready, preview.errors, preview.existing);

    let ready: Vec<ImportRow> =
        preview.rows.into_iter().filter(|r| r.status == espace_api::import::RowStatus::Ready).map(|r| r.row).collect();
    let started = Instant::now();
    let mut created = 0;
    for (part, chunk) in ready.chunks(COMMIT_PART_ROWS).enumerate() {
        let request = CommitRequest {
            batch: "bench".into(),
            part: u32::try_from(part)?,
            rows: chunk.to_vec(),
            send_activation: true,
        };
        let response = http.post(format!("{base}/api/import/commit")).json(&request).send().await?;
        if !response.status().is_success() {
            return Err(format!("commit part {part}: {} {}", response.status(), response.text().await?).into());
        }
        created += response.json::<CommitReport>().await?.created.len();
    }
    let commit_time = started.elapsed();
    println!("commit: {created} users created with their activation e-mails, in parts of {COMMIT_PART_ROWS}");

    let mut figures = vec![("preview", seconds(preview_time), 3.0), ("commit", seconds(commit_time), 15.0)];
    for (name, format) in [("export CSV", "csv"), ("export XLSX", "xlsx")] {
        let started = Instant::now();
        let response = http.get(format!("{base}/api/users/export.{format}?lang=fr")).send().await?;
        let status = response.status();
        let bytes = response.bytes().await?;
        if !status.is_success() {
            return Err(format!("{name}: {status}").into());
        }
        figures.push((name, seconds(started.elapsed()), 2.0));
        println!("{name}: {} KB", bytes.len() / 1024);
    }
    Ok(figures)
}

#[tokio::main]
async fn main() -> Res<()> {
    let rows = usize::try_from(env_number("BENCH_ROWS", 10_000, 10_000)?)?;
    let dir = tempfile::tempdir()?;
    let mut server = Server::start(&workspace_root(), dir.path()).await?;
    let password = std::fs::read_to_string(dir.path().join("demo.txt"))?;
    println!("release server at {} (SQLite in {})", server.base, dir.path().display());
    let outcome = run(&server, password.trim(), rows).await;
    server.stop().await;
    let figures = match outcome {
        Ok(figures) => figures,
        Err(e) => {
            server.print_log(false);
            return Err(e);
        }
    };
    println!("\n{:<12} {:>9} {:>9}", "step", "seconds", "budget");
    let mut over = 0;
    for (name, took, budget) in &figures {
        let flag = if took > budget { "  OVER" } else { "" };
        if took > budget {
            over += 1;
        }
        println!("{name:<12} {took:>9.2} {budget:>9.1}{flag}");
    }
    if over > 0 {
        eprintln!("\nbench-import: {over} step(s) over budget");
        std::process::exit(1);
    }
    Ok(())
}

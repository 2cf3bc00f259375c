//! The release server as a child process, for the benchmarks (`make bench-*`): started on a
//! temporary SQLite database with the demo company, stopped with its log summarised.

use std::net::{Ipv4Addr, SocketAddr, TcpListener};
use std::path::{Path, PathBuf};
use std::process::Stdio;
use std::time::{Duration, Instant};

use reqwest::Client;
use tokio::process::{Child, Command};

pub type BoxError = Box<dyn std::error::Error + Send + Sync>;
pub type Res<T> = Result<T, BoxError>;

const START_TIMEOUT: Duration = Duration::from_secs(60);

pub fn env_number(name: &str, default: u64, max: u64) -> Res<u64> {
    match std::env::var(name) {
        Err(_) => Ok(default),
        Ok(text) => match text.trim().parse::<u64>() {
            Ok(n) if (1..=max).contains(&n) => Ok(n),
            _ => Err(format!("{name}={text}: expected a whole number from 1 to {max}").into()),
        },
    }
}

pub fn workspace_root() -> PathBuf {
    let root = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../..");
    root.canonicalize().unwrap_or(root)
}

pub fn server_binary(root: &Path) -> Res<PathBuf> {
    let target = match std::env::var_os("CARGO_TARGET_DIR") {
        Some(dir) => std::env::current_dir()?.join(dir),
        None => root.join("target"),
    };
    let bin = target.join("release").join("espace-server");
    if bin.is_file() {
        Ok(bin)
    } else {
        Err(format!(
            "no release server at {}: `make bench-load` builds it (cargo build --release -p espace-server)",
            bin.display()
        )
        .into())
    }
}

pub fn free_port() -> Res<u16> {
    Ok(TcpListener::bind("127.0.0.1:0")?.local_addr()?.port())
}

/// The release server as a child process, with its log in a file of the temporary directory.
pub struct Server {
    child: Child,
    pub base: String,
    log: PathBuf,
}

/// How to start a server: on which database, with what more in its environment.
pub struct Launch {
    /// Names its log file (`<name>.log`) in the temporary directory.
    pub name: String,
    pub database_url: String,
    /// Seed the demo company (into an empty database) and write its password to `demo.txt`.
    pub seed_demo: bool,
    pub env: Vec<(&'static str, String)>,
}

impl Launch {
    /// The demo company on a SQLite database in `dir`.
    pub fn sqlite_demo(dir: &Path) -> Launch {
        Launch {
            name: "server".into(),
            database_url: format!("sqlite://{}", dir.join("bench.db").display()),
            seed_demo: true,
            env: Vec::new(),
        }
    }
}

impl Server {
    /// The demo company on a SQLite database in `dir`.
    pub async fn start(root: &Path, dir: &Path) -> Res<Server> {
        Server::launch(root, dir, Launch::sqlite_demo(dir)).await
    }

    pub async fn launch(root: &Path, dir: &Path, launch: Launch) -> Res<Server> {
        let bin = server_binary(root)?;
        let addr = SocketAddr::from((Ipv4Addr::LOCALHOST, free_port()?));
        let log = dir.join(format!("{}.log", launch.name));
        let out = std::fs::File::create(&log)?;
        let err = out.try_clone()?;
        let mut command = Command::new(&bin);
        command
            .current_dir(root)
            .env("ESPACE_ADDR", addr.to_string())
            .env("ESPACE_DATABASE_URL", &launch.database_url)
            .env("ESPACE_SEED_DEMO", if launch.seed_demo { "1" } else { "0" })
            .env("ESPACE_DEMO_CREDENTIALS", dir.join("demo.txt"))
            .env("ESPACE_SECRET_KEY_FILE", dir.join("secret.key"))
            .env("ESPACE_OUTBOX_DIR", dir.join("outbox"))
            .env("ESPACE_DIST_DIR", "dist")
            .env("ESPACE_LOG", "warn")
            .env("NO_COLOR", "1")
            .env_remove("ESPACE_PUBLIC_URL")
            .env_remove("ESPACE_SMTP_URL")
            .env_remove("ESPACE_DEV_MAILBOX");
        for (name, value) in &launch.env {
            command.env(name, value);
        }
        let child = command
            .stdin(Stdio::null())
            .stdout(out)
            .stderr(err)
            .kill_on_drop(true)
            .spawn()
            .map_err(|e| format!("cannot start {}: {e}", bin.display()))?;
        let mut server = Server { child, base: format!("http://{addr}"), log };
        if let Err(e) = server.wait_healthy().await {
            server.stop().await;
            server.print_log(true);
            return Err(e);
        }
        Ok(server)
    }

    async fn wait_healthy(&mut self) -> Res<()> {
        let http = Client::builder().no_proxy().timeout(Duration::from_secs(2)).build()?;
        let url = format!("{}/api/health", self.base);
        let deadline = Instant::now() + START_TIMEOUT;
        loop {
            if let Some(status) = self.child.try_wait()? {
                return Err(format!("the server exited at start ({status})").into());
            }
            if let Ok(response) = http.get(&url).send().await {
                if response.status().as_u16() == 200 {
                    return Ok(());
                }
            }
            if Instant::now() > deadline {
                return Err(format!("GET {url} did not answer 200 within {} s", START_TIMEOUT.as_secs()).into());
            }
            tokio::time::sleep(Duration::from_millis(100)).await;
        }
    }

    /// The most memory the process has held (its peak resident set, `VmHWM`), in MiB.
    pub fn peak_memory_mib(&self) -> Option<u64> {
        let status = std::fs::read_to_string(format!("/proc/{}/status", self.child.id()?)).ok()?;
        let line = status.lines().find(|l| l.starts_with("VmHWM:"))?;
        let kib: u64 = line.split_whitespace().nth(1)?.parse().ok()?;
        Some(kib / 1024)
    }

    pub async fn stop(&mut self) {
        // Already gone is fine; kill_on_drop covers a panic.
        let _ = self.child.kill().await;
    }

    /// What the server logged, each distinct message once with its count (timestamps,
    /// references and latencies left out): only warnings and errors unless `everything`.
    pub fn print_log(&self, everything: bool) {
        let text = std::fs::read_to_string(&self.log).unwrap_or_default();
        let mut messages: Vec<(String, usize)> = Vec::new();
        for line in text.lines() {
            let mut words = line.split_whitespace().peekable();
            if words.peek().is_some_and(|w| w.len() > 20 && w.ends_with('Z')) {
                words.next();
            }
            let mut kept = Vec::new();
            while let Some(word) = words.next() {
                if word.starts_with("reference=") {
                    continue;
                }
                if word.starts_with("latency=") {
                    words.next_if_eq(&"ms");
                    continue;
                }
                kept.push(word);
            }
            let important = kept.first().is_some_and(|level| *level == "ERROR" || *level == "WARN");
            if kept.is_empty() || !(everything || important) {
                continue;
            }
            let message = kept.join(" ");
            match messages.iter_mut().find(|(m, _)| *m == message) {
                Some((_, count)) => *count += 1,
                None => messages.push((message, 1)),
            }
        }
        if messages.is_empty() {
            return;
        }
        println!("\nthe server logged:");
        for (message, count) in messages.iter().take(20) {
            println!("  {count:>6} x {message}");
        }
        if messages.len() > 20 {
            println!("  … and {} other messages", messages.len() - 20);
        }
    }
}

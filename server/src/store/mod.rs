//! The one layer that owns SQL: a module per aggregate, each returning typed rows. Nothing
//! above it writes a statement. Contract enums (status, role, language…) are decoded by sqlx,
//! so an unknown value in storage is an error, never a silent default.
//!
//! The engine is named once, here (`Db`, `Pool`, `Conn`): the statements are plain SQL that
//! both SQLite and PostgreSQL accept, except where a function says otherwise, so a second
//! engine plugs in behind these same functions.

pub mod audit;
pub mod companies;
pub mod consents;
pub mod idempotency;
pub mod outbox;
pub mod seed;
pub mod services;
pub mod sessions;
pub mod tokens;
pub mod users;

use std::str::FromStr;
use std::time::Duration;

use sqlx::sqlite::{SqliteConnectOptions, SqliteJournalMode, SqlitePoolOptions, SqliteSynchronous};

pub type Db = sqlx::Sqlite;
pub type Pool = sqlx::SqlitePool;
pub type Conn = sqlx::SqliteConnection;
pub type Tx = sqlx::Transaction<'static, Db>;

/// How long a statement waits for another connection's write lock before failing. Writes are
/// short (no hashing or mail inside a transaction), so this is only reached under a stall.
const BUSY_TIMEOUT: Duration = Duration::from_secs(15);

/// Opens (creating the file and its folder if needed) and migrates the database.
pub async fn connect(url: &str, max_connections: u32) -> Result<Pool, sqlx::Error> {
    let options = SqliteConnectOptions::from_str(url)?
        .create_if_missing(true)
        .foreign_keys(true)
        .journal_mode(SqliteJournalMode::Wal)
        .synchronous(SqliteSynchronous::Normal)
        .busy_timeout(BUSY_TIMEOUT);
    if let Some(parent) = std::path::Path::new(options.get_filename()).parent() {
        if !parent.as_os_str().is_empty() {
            std::fs::create_dir_all(parent)?;
        }
    }
    let pool = SqlitePoolOptions::new()
        .max_connections(max_connections)
        .acquire_timeout(BUSY_TIMEOUT + Duration::from_secs(5))
        .connect_with(options)
        .await?;
    sqlx::migrate!("./migrations").run(&pool).await?;
    Ok(pool)
}

/// A transaction that will write. It takes the write lock up front (SQLite's `BEGIN
/// IMMEDIATE`), so what it reads cannot change before it writes, and two writers queue
/// (within the busy timeout) instead of one failing with "database is locked" when a read
/// lock cannot be upgraded.
pub async fn write(pool: &Pool) -> Result<Tx, sqlx::Error> {
    pool.begin_with("BEGIN IMMEDIATE").await
}

/// Whether the database answers.
pub async fn ping(pool: &Pool) -> Result<(), sqlx::Error> {
    sqlx::query("SELECT 1").execute(pool).await.map(|_| ())
}

/// Unix seconds: every time in the database is one.
pub fn now() -> i64 {
    std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map(|d| i64::try_from(d.as_secs()).unwrap_or(i64::MAX))
        .unwrap_or_default()
}

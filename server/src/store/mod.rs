//! The one layer that owns SQL: a module per aggregate, each returning typed rows. Nothing
//! above it writes a statement. Contract enums (status, role, language…) are decoded by sqlx,
//! so an unknown value in storage is an error, never a silent default.
//!
//! Both engines go through sqlx's `Any` driver with `$n` placeholders (SQLite reads them too):
//! one statement serves both, except where a function picks by `Engine` (write locks, search).

pub mod api_tokens;
pub mod audit;
pub mod catalogue;
pub mod companies;
pub mod consents;
pub mod devices;
pub mod domains;
pub mod email_changes;
pub mod entities;
pub mod erasure;
pub mod idempotency;
pub mod imports;
pub mod jobs;
pub mod limits;
pub mod operator_tokens;
pub mod operators;
pub mod orders;
pub mod outbox;
pub mod passkeys;
pub mod policies;
pub mod scim;
mod scope;
pub mod second_step;
pub mod seed;
pub mod services;
pub mod sessions;
pub mod sso;
pub mod support;
pub mod tokens;
pub mod users;
pub mod webhooks;

pub use scope::Scope;

use std::time::Duration;

use sqlx::any::AnyPoolOptions;
use sqlx::migrate::Migrator;
use sqlx::Executor;

pub type Db = sqlx::Any;
pub type Pool = sqlx::AnyPool;
pub type Conn = sqlx::AnyConnection;
pub type Tx = sqlx::Transaction<'static, Db>;

/// `$first, $first+1, …`: `count` numbered placeholders for an `IN (…)` list.
fn placeholders(first: usize, count: usize) -> String {
    (first..first + count).map(|n| format!("${n}")).collect::<Vec<_>>().join(", ")
}

/// The two engines behind the store: SQLite (one file, one process: the default) and
/// PostgreSQL (shared by several instances).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Engine {
    Sqlite,
    Postgres,
}

impl Engine {
    pub fn of_url(url: &str) -> Option<Engine> {
        if url.starts_with("sqlite:") {
            Some(Engine::Sqlite)
        } else if url.starts_with("postgres:") || url.starts_with("postgresql:") {
            Some(Engine::Postgres)
        } else {
            None
        }
    }

    pub fn of_conn(conn: &Conn) -> Engine {
        if conn.backend_name().eq_ignore_ascii_case("sqlite") {
            Engine::Sqlite
        } else {
            Engine::Postgres
        }
    }

    pub fn of_pool(pool: &Pool) -> Engine {
        Engine::of_url(pool.connect_options().database_url.as_str()).unwrap_or(Engine::Sqlite)
    }

    /// Both engines' migrations describe the same schema, each in its own dialect.
    pub fn migrator(self) -> &'static Migrator {
        static SQLITE: Migrator = sqlx::migrate!("./migrations/sqlite");
        static POSTGRES: Migrator = sqlx::migrate!("./migrations/postgres");
        match self {
            Engine::Sqlite => &SQLITE,
            Engine::Postgres => &POSTGRES,
        }
    }
}

/// How long a statement waits for another connection's write lock before failing. Writes are
/// short (no hashing or mail inside a transaction), so this is only reached under a stall.
const BUSY_TIMEOUT: Duration = Duration::from_secs(15);

#[derive(Debug, thiserror::Error)]
pub enum ConnectError {
    #[error("ESPACE_DATABASE_URL must start with sqlite: or postgres: ({0})")]
    UnknownEngine(String),
    #[error("{0}")]
    Database(#[from] sqlx::Error),
    #[error("migrations: {0}")]
    Migrate(#[from] sqlx::migrate::MigrateError),
    #[error("{0}")]
    Io(#[from] std::io::Error),
}

/// How long a request waits for a free connection before it is answered 503 with
/// `Retry-After`, unless the configuration says otherwise: past SQLite's busy timeout, so that
/// a queue of writers is waited out rather than refused.
pub const ACQUIRE_TIMEOUT: Duration = Duration::from_secs(BUSY_TIMEOUT.as_secs() + 5);

/// Opens and migrates the database: a SQLite file (created with its folder if needed), or a
/// PostgreSQL database. `acquire`: how long a request waits for a free connection.
pub async fn connect(url: &str, max_connections: u32, acquire: Duration) -> Result<Pool, ConnectError> {
    sqlx::any::install_default_drivers();
    let engine = Engine::of_url(url).ok_or_else(|| ConnectError::UnknownEngine(url.to_owned()))?;
    let options = AnyPoolOptions::new().max_connections(max_connections).acquire_timeout(acquire);
    let pool = match engine {
        Engine::Sqlite => {
            let path = url.trim_start_matches("sqlite://").trim_start_matches("sqlite:");
            let path = path.split('?').next().unwrap_or_default();
            if let Some(parent) = std::path::Path::new(path).parent() {
                if !parent.as_os_str().is_empty() && path != ":memory:" {
                    std::fs::create_dir_all(parent)?;
                }
            }
            let url = if url.contains("mode=") {
                url.to_owned()
            } else {
                format!("{url}{}mode=rwc", if url.contains('?') { '&' } else { '?' })
            };
            options
                .after_connect(|conn, _| {
                    Box::pin(async move {
                        conn.execute(
                            "PRAGMA journal_mode = WAL; PRAGMA synchronous = NORMAL; PRAGMA foreign_keys = ON;
                             PRAGMA busy_timeout = 15000;",
                        )
                        .await?;
                        Ok(())
                    })
                })
                .connect(&url)
                .await?
        }
        Engine::Postgres => options.connect(url).await?,
    };
    engine.migrator().run(&pool).await?;
    Ok(pool)
}

/// Whether a list query with a company, search words and filters is kept as a prepared
/// statement: no. PostgreSQL plans a kept statement once for any arguments after five runs (a
/// generic plan), and the right plan depends on them: a two-letter word cannot use the trigram
/// index, a company of 10 people and one of 200,000 want different paths. Measured at 1,000,000
/// users (`make bench-tenants`): the generic plan of a search for "ma" read the trigram index
/// of every company, 290 ms; planned with its arguments, 1.4 ms. Planning each time costs a
/// fraction of a millisecond.
pub const FILTERED: bool = false;

/// What a write transaction locks on PostgreSQL, up front.
///
/// A company's writes queue behind each other and never behind another company's: one
/// company's import does not hold up the others. What spans companies or belongs to none (the
/// provider's tables, the jobs that sweep expired rows everywhere, the outbox) takes the
/// platform's lock instead. A transaction takes one of them, never both, so no two can wait
/// on each other. What must be unique across companies (a sign-in e-mail) is kept so by the
/// database's unique indexes, whatever the locks: a conflict there is the field's `taken`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Lock {
    Company(espace_api::CompanyId),
    Platform,
}

/// The advisory locks' class: the first key of a company's lock, the key of the platform's.
const LOCK_CLASS: i32 = 7_307_021;

/// Every write takes the platform's lock, as every write did before locks by company
/// (`ESPACE_WRITE_LOCK=platform`). Kept to measure what locks by company changed
/// (`make bench-tenants` runs both); never a reason to set it in production.
static PLATFORM_LOCK_ONLY: std::sync::atomic::AtomicBool = std::sync::atomic::AtomicBool::new(false);

/// Sets, for the whole process, whether every write takes the platform's lock.
pub fn lock_platform_only(on: bool) {
    PLATFORM_LOCK_ONLY.store(on, std::sync::atomic::Ordering::Relaxed);
}

/// A transaction that will write. It takes its write lock up front, so what it reads cannot
/// change before it writes, and writers queue (within the busy timeout) instead of failing:
/// SQLite's `BEGIN IMMEDIATE` (one writer at a time, whatever `lock` says: one file, one
/// process); on PostgreSQL, a transaction-scoped advisory lock, by company (`Lock`), so that
/// several instances keep the same guarantees as one process.
pub async fn write(pool: &Pool, lock: Lock) -> Result<Tx, sqlx::Error> {
    match Engine::of_pool(pool) {
        Engine::Sqlite => pool.begin_with("BEGIN IMMEDIATE").await,
        Engine::Postgres => {
            let mut tx = pool.begin().await?;
            let lock =
                if PLATFORM_LOCK_ONLY.load(std::sync::atomic::Ordering::Relaxed) { Lock::Platform } else { lock };
            match lock {
                // Two keys: the class and the company id folded into an `int4`. Two companies
                // sharing a fold share a queue, nothing worse.
                Lock::Company(id) => {
                    sqlx::query("SELECT pg_advisory_xact_lock($1, CAST($2 % 2147483647 AS INTEGER))")
                        .bind(LOCK_CLASS)
                        .bind(id.0)
                        .execute(&mut *tx)
                        .await?
                }
                // One `bigint` key: a space apart from the two-key locks.
                Lock::Platform => {
                    sqlx::query("SELECT pg_advisory_xact_lock($1)")
                        .bind(i64::from(LOCK_CLASS))
                        .execute(&mut *tx)
                        .await?
                }
            };
            Ok(tx)
        }
    }
}

/// `write` locked by the company of `user_id` (a user never changes company, so reading it
/// before the lock is safe); the platform's lock when no such user exists.
pub async fn write_for_user(pool: &Pool, user_id: espace_api::UserId) -> Result<Tx, sqlx::Error> {
    let company: Option<espace_api::CompanyId> =
        sqlx::query_scalar("SELECT company_id FROM users WHERE id = $1").bind(user_id).fetch_optional(pool).await?;
    write(pool, company.map_or(Lock::Platform, Lock::Company)).await
}

/// Whether every migration this build knows has been applied (and none it does not know).
pub async fn migrations_current(pool: &Pool) -> Result<bool, sqlx::Error> {
    let latest = Engine::of_pool(pool).migrator().iter().map(|m| m.version).max().unwrap_or_default();
    let applied: Option<i64> =
        sqlx::query_scalar("SELECT MAX(version) FROM _sqlx_migrations WHERE success").fetch_one(pool).await?;
    Ok(applied == Some(latest))
}

/// A consistent copy of a SQLite database into a new file (`VACUUM INTO`), while the server
/// runs. PostgreSQL is backed up with its own tools (`pg_dump`, see the README).
pub async fn backup(pool: &Pool, file: &std::path::Path) -> Result<(), BackupError> {
    if Engine::of_pool(pool) != Engine::Sqlite {
        return Err(BackupError::UsePgDump);
    }
    if file.exists() {
        return Err(BackupError::Exists(file.display().to_string()));
    }
    sqlx::query("VACUUM INTO $1").bind(file.display().to_string()).execute(pool).await?;
    Ok(())
}

#[derive(Debug, thiserror::Error)]
pub enum BackupError {
    #[error("on PostgreSQL, back up with pg_dump (see the README's Backups section)")]
    UsePgDump,
    #[error("{0} already exists: choose a new file")]
    Exists(String),
    #[error("{0}")]
    Database(#[from] sqlx::Error),
}

/// A day in the database's unit of time.
pub const DAY_SECS: i64 = 86_400;

/// The UTC day of a Unix time as `YYYY-MM-DD`: how orders' days are kept and compared.
pub fn day_of(at: i64) -> String {
    jiff::Timestamp::from_second(at)
        .map(|t| t.to_zoned_datetime(jiff::tz::TimeZone::UTC).date().to_string())
        .unwrap_or_else(|_| "2000-01-01".to_owned())
}

/// The start (UTC midnight) of a `YYYY-MM-DD` day, in Unix seconds.
pub fn day_start(day: &str) -> Option<i64> {
    espace_api::catalogue::day(day).ok()?;
    let number = |range: std::ops::Range<usize>| day.get(range).and_then(|s| s.parse::<i64>().ok());
    let (y, m, d) = (number(0..4)?, number(5..7)?, number(8..10)?);
    // Days from 1970-01-01 to a civil date (proleptic Gregorian), after Howard Hinnant.
    let y = if m <= 2 { y - 1 } else { y };
    let era = y.div_euclid(400);
    let yoe = y - era * 400;
    let doy = (153 * (if m > 2 { m - 3 } else { m + 9 }) + 2) / 5 + d - 1;
    let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    Some((era * 146_097 + doe - 719_468) * DAY_SECS)
}

/// Unix seconds: every time in the database is one.
pub fn now() -> i64 {
    std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map(|d| i64::try_from(d.as_secs()).unwrap_or(i64::MAX))
        .unwrap_or_default()
}

/// `%`, `_` and `\` typed in the search box are matched literally.
pub(crate) fn like_pattern(word: &str) -> String {
    let mut pattern = String::with_capacity(word.len() + 2);
    pattern.push('%');
    for c in word.chars() {
        if matches!(c, '%' | '_' | '\\') {
            pattern.push('\\');
        }
        pattern.push(c);
    }
    pattern.push('%');
    pattern
}

#[cfg(test)]
mod like_tests {
    #[test]
    fn like_patterns_escape_wildcards() {
        assert_eq!(super::like_pattern("a%b_c\\"), "%a\\%b\\_c\\\\%");
    }
}

#[cfg(test)]
mod day_tests {
    use super::*;

    #[test]
    fn a_day_starts_at_utc_midnight_and_reads_back() {
        assert_eq!(day_start("2000-01-01"), Some(946_684_800));
        for day in ["2000-02-29", "2026-12-07", "2027-03-01", "2099-12-31"] {
            let start = day_start(day).unwrap();
            assert_eq!(day_of(start), day);
            assert_eq!(day_of(start - 1), day_of(start - DAY_SECS));
        }
        assert_eq!(day_start("2027-02-30"), None);
    }
}

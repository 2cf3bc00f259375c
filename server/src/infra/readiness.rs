//! Whether this instance should take traffic (`/api/ready`), answered quickly even when every
//! database connection is busy.
//!
//! A load balancer's health check gives up after a second or so. Checked inline, readiness
//! waited for a connection behind the requests: under load both instances of
//! `make bench-tenants` were marked down at once and every request got the proxy's 503 — a busy
//! instance is not a broken one. So the check runs in a task of its own (one at a time); a
//! request waits for it a little, and otherwise takes the last verdict if it is recent.

use std::sync::atomic::{AtomicBool, AtomicI64, AtomicU8, Ordering};
use std::sync::Arc;
use std::time::Duration;

use tokio::sync::Notify;

use crate::store::{self, Pool};

/// How long a request waits for the check it started (or found running).
const WAIT: Duration = Duration::from_millis(250);
/// How old a verdict may be and still answer for a check that has not finished.
const FRESH_MS: i64 = 10_000;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Verdict {
    /// The database answers and carries exactly this build's migrations.
    Ready,
    /// The database answers with other migrations (a newer build migrated it).
    OtherMigrations,
    /// The database did not answer, or no check finished recently.
    Unknown,
}

#[derive(Default)]
pub struct Readiness {
    /// Milliseconds since the epoch of the last finished check, 0 before the first.
    checked_at: AtomicI64,
    verdict: AtomicU8,
    checking: AtomicBool,
    done: Notify,
}

impl Readiness {
    fn record(&self, verdict: Verdict) {
        let code = match verdict {
            Verdict::Ready => 1,
            Verdict::OtherMigrations => 2,
            Verdict::Unknown => 0,
        };
        self.verdict.store(code, Ordering::SeqCst);
        self.checked_at.store(now_ms(), Ordering::SeqCst);
    }

    fn last(&self) -> Verdict {
        if now_ms().saturating_sub(self.checked_at.load(Ordering::SeqCst)) > FRESH_MS {
            return Verdict::Unknown;
        }
        match self.verdict.load(Ordering::SeqCst) {
            1 => Verdict::Ready,
            2 => Verdict::OtherMigrations,
            _ => Verdict::Unknown,
        }
    }

    /// The database checked now if it answers within `WAIT`, else the last recent verdict.
    pub async fn check(self: &Arc<Self>, pool: &Pool) -> Verdict {
        let finished = self.done.notified();
        tokio::pin!(finished);
        finished.as_mut().enable();
        if !self.checking.swap(true, Ordering::SeqCst) {
            let (me, pool) = (self.clone(), pool.clone());
            tokio::spawn(async move {
                let verdict = match store::migrations_current(&pool).await {
                    Ok(true) => Verdict::Ready,
                    Ok(false) => {
                        tracing::warn!("database migrations are not those of this build");
                        Verdict::OtherMigrations
                    }
                    Err(e) => {
                        tracing::warn!(error = %e, "readiness: the database did not answer");
                        Verdict::Unknown
                    }
                };
                me.record(verdict);
                me.checking.store(false, Ordering::SeqCst);
                me.done.notify_waiters();
            });
        }
        let _ = tokio::time::timeout(WAIT, finished).await;
        self.last()
    }
}

fn now_ms() -> i64 {
    std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map_or(0, |d| i64::try_from(d.as_millis()).unwrap_or(i64::MAX))
}

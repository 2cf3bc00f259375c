//! Attempts counted per client address and per account, in fixed windows, in memory.
//!
//! Only failures spend a sign-in budget: a ticket is taken before the attempt (so parallel
//! guesses cannot overrun the limit) and given back when the password was right. The
//! address budget stops one client from guessing many accounts; the account budget stops
//! many clients from guessing one account (and bounds what a locked account reveals).

use std::collections::HashMap;
use std::sync::Mutex;
use std::time::{Duration, Instant};

use crate::error::AppError;

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Bucket {
    /// Failed sign-ins (and wrong current passwords) from one client address.
    SignInAddress,
    /// Failed sign-ins and wrong current passwords for one account (its normalised e-mail).
    Account,
    /// Link use and renewal, forgotten-password requests, from one client address.
    LinkAddress,
    /// Password e-mails asked for one address: no one can flood a mailbox.
    ForgotAccount,
}

impl Bucket {
    /// (attempts, window)
    pub fn limit(self) -> (u32, Duration) {
        match self {
            Bucket::SignInAddress => (30, Duration::from_secs(600)),
            Bucket::Account => (20, Duration::from_secs(900)),
            Bucket::LinkAddress => (30, Duration::from_secs(600)),
            Bucket::ForgotAccount => (3, Duration::from_secs(3600)),
        }
    }
}

#[derive(Debug, Clone, PartialEq, Eq, Hash)]
struct Key(Bucket, String);

/// One attempt counted; give it back when the attempt turned out right.
#[must_use]
#[derive(Debug)]
pub struct Ticket {
    key: Key,
    window_start: Instant,
}

#[derive(Default)]
pub struct RateLimiter {
    windows: Mutex<HashMap<Key, (Instant, u32)>>,
}

impl RateLimiter {
    /// Counts one attempt; over the limit, `RateLimited` with the seconds until the window ends.
    pub fn take(&self, bucket: Bucket, key: &str, now: Instant) -> Result<Ticket, AppError> {
        let (max, window) = bucket.limit();
        let mut windows = self.windows.lock().unwrap_or_else(std::sync::PoisonError::into_inner);
        if windows.len() > 100_000 {
            windows.retain(|k, (start, _)| now.duration_since(*start) < k.0.limit().1);
        }
        let key = Key(bucket, key.to_owned());
        let entry = windows.entry(key.clone()).or_insert((now, 0));
        if now.duration_since(entry.0) >= window {
            *entry = (now, 0);
        }
        if entry.1 >= max {
            let wait = window.saturating_sub(now.duration_since(entry.0)).as_secs().max(1);
            return Err(AppError::RateLimited { retry_after_secs: wait });
        }
        entry.1 += 1;
        Ok(Ticket { key, window_start: entry.0 })
    }

    /// The attempt did not count after all (a right password).
    pub fn give_back(&self, ticket: Ticket) {
        let mut windows = self.windows.lock().unwrap_or_else(std::sync::PoisonError::into_inner);
        if let Some(entry) = windows.get_mut(&ticket.key) {
            if entry.0 == ticket.window_start {
                entry.1 = entry.1.saturating_sub(1);
            }
        }
    }

    /// Forgets the count (the account's owner proved themselves through a link).
    pub fn clear(&self, bucket: Bucket, key: &str) {
        let mut windows = self.windows.lock().unwrap_or_else(std::sync::PoisonError::into_inner);
        windows.remove(&Key(bucket, key.to_owned()));
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn counts_per_key_gives_back_and_forgets_after_the_window() {
        let limiter = RateLimiter::default();
        let t0 = Instant::now();
        let (max, window) = Bucket::SignInAddress.limit();
        for _ in 0..max {
            let _ = limiter.take(Bucket::SignInAddress, "10.0.0.1", t0).unwrap();
        }
        let refused = limiter.take(Bucket::SignInAddress, "10.0.0.1", t0).unwrap_err();
        assert!(matches!(refused, AppError::RateLimited { retry_after_secs: 600 }), "{refused:?}");
        assert!(limiter.take(Bucket::SignInAddress, "10.0.0.2", t0).is_ok(), "another address has its own count");
        assert!(limiter.take(Bucket::Account, "10.0.0.1", t0).is_ok(), "another bucket has its own count");
        assert!(limiter.take(Bucket::SignInAddress, "10.0.0.1", t0 + window).is_ok(), "a new window starts afresh");

        let ticket = limiter.take(Bucket::ForgotAccount, "a@b.c", t0).unwrap();
        limiter.give_back(ticket);
        for _ in 0..Bucket::ForgotAccount.limit().0 {
            let _ = limiter.take(Bucket::ForgotAccount, "a@b.c", t0).unwrap();
        }
        assert!(limiter.take(Bucket::ForgotAccount, "a@b.c", t0).is_err());
        limiter.clear(Bucket::ForgotAccount, "a@b.c");
        assert!(limiter.take(Bucket::ForgotAccount, "a@b.c", t0).is_ok());
    }
}

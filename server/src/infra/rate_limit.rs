//! Attempts counted per client address and per account, in fixed windows kept in the
//! database: every instance on it counts the same attempts.
//!
//! Only failures spend a sign-in budget: a ticket is taken before the attempt (so parallel
//! guesses cannot overrun the limit) and given back when the password was right. The
//! address budget stops one client from guessing many accounts; the account budget stops
//! many clients from guessing one account (and bounds what a locked account reveals).

use crate::error::AppError;
use crate::store::{self, Pool};

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Bucket {
    /// Failed sign-ins (and wrong current passwords) from one client address.
    SignInAddress,
    /// Failed sign-ins and wrong current passwords for one account (its normalised e-mail).
    Account,
    /// Failed sign-ins from a browser that has signed in to the account before (its device
    /// cookie): they count here instead of against the address, so one client failing
    /// behind an office's shared address does not shut its colleagues out.
    SignInDevice,
    /// Link use and renewal, forgotten-password requests, from one client address.
    LinkAddress,
    /// Password e-mails asked for one address: no one can flood a mailbox.
    ForgotAccount,
    /// Changes of sign-in e-mail asked for by one person: each sends a link to an address they
    /// choose, so nobody signed in can flood someone else's mailbox.
    EmailChange,
    /// Password-less passkey sign-ins started from one client address: each keeps a challenge
    /// for a few minutes, and the sign-in page starts one as it opens.
    PasskeySignIn,
    /// Calls with one API token: a runaway script slows itself down, not the others.
    ApiToken,
}

impl Bucket {
    /// (attempts, window in seconds)
    pub fn limit(self) -> (i64, i64) {
        match self {
            Bucket::SignInAddress | Bucket::LinkAddress => (30, 600),
            // Above the lock's ten, so a person who mistypes meets the lock first.
            Bucket::Account | Bucket::SignInDevice => (20, 900),
            Bucket::ForgotAccount | Bucket::EmailChange => (3, 3600),
            Bucket::PasskeySignIn => (60, 600),
            // The public API's limit, which its reference page states (`espace_api::v1`).
            Bucket::ApiToken => (i64::from(espace_api::v1::CALLS_PER_MINUTE), 60),
        }
    }

    fn name(self) -> &'static str {
        match self {
            Bucket::SignInAddress => "sign-in-address",
            Bucket::Account => "account",
            Bucket::SignInDevice => "sign-in-device",
            Bucket::LinkAddress => "link-address",
            Bucket::ForgotAccount => "forgot-account",
            Bucket::EmailChange => "email-change",
            Bucket::PasskeySignIn => "passkey-sign-in",
            Bucket::ApiToken => "api-token",
        }
    }

    /// The longest window: counts older than this are forgotten by the hourly purge.
    pub const LONGEST_WINDOW_SECS: i64 = 3600;
}

/// One attempt counted; give it back when the attempt turned out right.
#[must_use]
#[derive(Debug)]
pub struct Ticket {
    key: String,
    window_start: i64,
}

/// Counts one attempt; over the limit, `RateLimited` with the seconds until the window ends.
pub async fn take(pool: &Pool, bucket: Bucket, key: &str) -> Result<Ticket, AppError> {
    let (max, window) = bucket.limit();
    let key = format!("{}:{key}", bucket.name());
    let now = store::now();
    let (count, window_start) = store::limits::hit(pool, &key, now, window).await?;
    if count > max {
        let wait = u64::try_from(window_start + window - now).unwrap_or_default().max(1);
        return Err(AppError::RateLimited { retry_after_secs: wait });
    }
    Ok(Ticket { key, window_start })
}

/// The attempt did not count after all (a right password).
pub async fn give_back(pool: &Pool, ticket: Ticket) -> Result<(), AppError> {
    Ok(store::limits::give_back(pool, &ticket.key, ticket.window_start).await?)
}

/// Forgets the count (the account's owner proved themselves through a link).
pub async fn clear(pool: &Pool, bucket: Bucket, key: &str) -> Result<(), AppError> {
    Ok(store::limits::clear(pool, &format!("{}:{key}", bucket.name())).await?)
}

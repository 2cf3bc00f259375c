//! The numbers people read in messages ("locked after 10 wrong passwords", "after 90 days
//! without signing in"), kept here so the server that applies them and the app that explains
//! them agree. Messages take them as Fluent variables, never as words.

/// Wrong passwords in a row that lock an account (the reference's DENIED).
pub const MAX_FAILED_SIGN_INS: i64 = 10;

/// Days without signing in after which an account is deactivated.
pub const INACTIVE_AFTER_DAYS: i64 = 90;

/// These numbers as the Fluent variables messages name them (`$days`, `$attempts`, and the
/// password lengths `$min`, `$max`); a message takes the ones it names.
pub fn message_args() -> Vec<(&'static str, i64)> {
    vec![
        ("days", INACTIVE_AFTER_DAYS),
        ("attempts", MAX_FAILED_SIGN_INS),
        ("min", count(crate::password::MIN_CHARS)),
        ("max", count(crate::password::MAX_CHARS)),
    ]
}

/// A count as a Fluent number.
pub(crate) fn count(n: usize) -> i64 {
    i64::try_from(n).unwrap_or(i64::MAX)
}

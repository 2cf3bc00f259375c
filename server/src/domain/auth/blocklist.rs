//! The common passwords the server refuses: 20,000 entries shipped in `data/`.

use std::collections::HashSet;
use std::sync::LazyLock;

static COMMON: LazyLock<HashSet<&'static str>> =
    LazyLock::new(|| include_str!("../../../data/common-passwords.txt").lines().filter(|l| !l.is_empty()).collect());

/// `password` is expected lower-cased and trimmed, as the shared rules pass it.
pub fn is_common(password: &str) -> bool {
    COMMON.contains(password)
}

pub fn len() -> usize {
    COMMON.len()
}

#[cfg(test)]
mod tests {
    #[test]
    fn holds_at_least_ten_thousand_entries() {
        assert!(super::len() >= 10_000);
        assert!(super::is_common("password"));
        assert!(super::is_common("qwerty123456"));
        assert!(!super::is_common("a sentence nobody else would pick"));
    }
}

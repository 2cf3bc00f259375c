use argon2::password_hash::{rand_core::OsRng, PasswordHash, PasswordHasher, PasswordVerifier, SaltString};
use argon2::Argon2;

use espace_api::validation::normalize_password;

use crate::error::AppError;

/// Argon2id (the crate's default: v19, m=19 MiB, t=2, p=1, OWASP's recommendation), of the
/// password in NFKC (NIST SP 800-63B), so the same password typed elsewhere still matches.
pub fn hash(password: &str) -> Result<String, AppError> {
    let salt = SaltString::generate(&mut OsRng);
    Argon2::default()
        .hash_password(normalize_password(password).as_bytes(), &salt)
        .map(|h| h.to_string())
        .map_err(|e| AppError::Hashing(e.to_string()))
}

pub fn verify(password: &str, stored: &str) -> bool {
    PasswordHash::new(stored)
        .map(|parsed| Argon2::default().verify_password(normalize_password(password).as_bytes(), &parsed).is_ok())
        .unwrap_or(false)
}

/// Hashes computed at once: one per core. Each holds 19 MiB while it runs; unbounded, a burst
/// of sign-ins (or a flood from many addresses) held hundreds of them: 32 clients signing in
/// together took a server to 1.8 GB (`make bench-tenants`), for no gain, the work being bound
/// by the cores. The rest wait their turn.
static HASHING: std::sync::LazyLock<tokio::sync::Semaphore> = std::sync::LazyLock::new(|| {
    tokio::sync::Semaphore::new(std::thread::available_parallelism().map_or(2, std::num::NonZeroUsize::get))
});

/// Runs a hash or a verification on a blocking thread (it is deliberately slow: off the async
/// workers), once a core is free for it.
async fn on_a_core<T: Send + 'static>(work: impl FnOnce() -> T + Send + 'static) -> Result<T, AppError> {
    let _turn = HASHING.acquire().await.map_err(|e| AppError::Hashing(e.to_string()))?;
    Ok(tokio::task::spawn_blocking(work).await?)
}

pub async fn hash_blocking(password: String) -> Result<String, AppError> {
    on_a_core(move || hash(&password)).await?
}

/// Verifies against `stored`, or against a fixed dummy hash when there is no user, so that an
/// unknown e-mail takes as long as a wrong password and timing reveals nothing.
pub async fn verify_blocking(password: String, stored: Option<String>) -> Result<bool, AppError> {
    static DUMMY: std::sync::OnceLock<String> = std::sync::OnceLock::new();
    let dummy = DUMMY.get_or_init(|| hash("espace-dummy-password").unwrap_or_default()).clone();
    let exists = stored.is_some();
    let target = stored.unwrap_or(dummy);
    let ok = on_a_core(move || verify(&password, &target)).await?;
    Ok(exists && ok)
}

/// A password a person can type: 20 characters from an alphabet without look-alikes.
pub fn generate() -> String {
    use rand::seq::SliceRandom;
    const ALPHABET: &[u8] = b"abcdefghijkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789";
    let mut rng = rand::thread_rng();
    (0..20).filter_map(|_| ALPHABET.choose(&mut rng).map(|&b| b as char)).collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn hashes_are_argon2id_salted_and_verify() {
        let a = hash("correct horse battery staple").unwrap();
        let b = hash("correct horse battery staple").unwrap();
        assert!(a.starts_with("$argon2id$"));
        assert_ne!(a, b, "each hash has its own salt");
        assert!(verify("correct horse battery staple", &a));
        assert!(!verify("correct horse battery stapler", &a));
        assert!(!verify("anything", "not a hash"));
    }

    #[test]
    fn passwords_match_whatever_their_unicode_form() {
        let composed = hash("mot de passe \u{e9}t\u{e9} 2026").unwrap();
        assert!(verify("mot de passe e\u{301}te\u{301} 2026", &composed));
    }

    #[test]
    fn generated_passwords_are_long_and_different() {
        let a = generate();
        assert_eq!(a.chars().count(), 20);
        assert_ne!(a, generate());
    }
}

//! Secrets at rest (SSO client secrets, authenticator app secrets): sealed with the server's
//! key (XChaCha20-Poly1305, a random nonce each time), so a copy of the database alone does not
//! yield them.

use base64::engine::general_purpose::STANDARD;
use base64::Engine;
use chacha20poly1305::aead::{Aead, AeadCore, KeyInit, OsRng};
use chacha20poly1305::{XChaCha20Poly1305, XNonce};
use thiserror::Error;

use crate::config::Secret;

const PREFIX: &str = "v1:";
const NONCE_LEN: usize = 24;

#[derive(Debug, Error, PartialEq, Eq)]
pub enum SealError {
    /// ESPACE_SECRET_KEY is not 32 bytes in base64.
    #[error("the secret key is not 32 bytes of base64")]
    BadKey,
    /// Sealed with another key, or altered.
    #[error("the sealed value does not open with this server's key")]
    Unreadable,
}

fn cipher(key: &Secret) -> Result<XChaCha20Poly1305, SealError> {
    let bytes = STANDARD.decode(key.expose().trim()).map_err(|_| SealError::BadKey)?;
    XChaCha20Poly1305::new_from_slice(&bytes).map_err(|_| SealError::BadKey)
}

/// A new random key, in the form ESPACE_SECRET_KEY takes.
pub fn new_key() -> Secret {
    Secret::new(STANDARD.encode(XChaCha20Poly1305::generate_key(&mut OsRng)))
}

pub fn seal(key: &Secret, plain: &str) -> Result<String, SealError> {
    let nonce = XChaCha20Poly1305::generate_nonce(&mut OsRng);
    let sealed = cipher(key)?.encrypt(&nonce, plain.as_bytes()).map_err(|_| SealError::Unreadable)?;
    let mut bytes = nonce.to_vec();
    bytes.extend_from_slice(&sealed);
    Ok(format!("{PREFIX}{}", STANDARD.encode(bytes)))
}

pub fn open(key: &Secret, sealed: &str) -> Result<Secret, SealError> {
    let bytes = sealed.strip_prefix(PREFIX).and_then(|b| STANDARD.decode(b).ok()).ok_or(SealError::Unreadable)?;
    if bytes.len() < NONCE_LEN {
        return Err(SealError::Unreadable);
    }
    let (nonce, sealed) = bytes.split_at(NONCE_LEN);
    let plain = cipher(key)?.decrypt(XNonce::from_slice(nonce), sealed).map_err(|_| SealError::Unreadable)?;
    String::from_utf8(plain).map(Secret::new).map_err(|_| SealError::Unreadable)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sealed_secrets_open_with_their_key_only() {
        let key = new_key();
        let sealed = seal(&key, "client-secret-42").unwrap();
        assert!(!sealed.contains("client-secret-42"));
        assert_ne!(sealed, seal(&key, "client-secret-42").unwrap(), "a new nonce each time");
        assert_eq!(open(&key, &sealed).unwrap().expose(), "client-secret-42");
        assert_eq!(open(&new_key(), &sealed).unwrap_err(), SealError::Unreadable);
        let mut altered = sealed.clone();
        altered.pop();
        altered.push('A');
        assert!(open(&key, &altered).is_err());
        assert_eq!(seal(&Secret::new("short".into()), "x").unwrap_err(), SealError::BadKey);
    }
}

//! Signing as the Standard Webhooks specification says: the key is the secret's base64 after
//! `whsec_`; the signed content is `<webhook-id>.<webhook-timestamp>.<body>`; the signature is
//! `v1,<base64 of HMAC-SHA256>`, several separated by spaces while two keys are valid.

use base64::engine::general_purpose::STANDARD;
use base64::Engine;
use espace_api::webhooks::SECRET_PREFIX;
use hmac::{Hmac, Mac};
use rand::RngCore;
use sha2::Sha256;

/// Bytes of a new key (the specification asks for 24 to 64).
const KEY_BYTES: usize = 32;

#[derive(Debug, thiserror::Error, PartialEq, Eq)]
#[error("not a webhook secret")]
pub struct BadSecret;

/// A new secret, `whsec_` and a random key in base64.
pub fn new_secret() -> String {
    let mut key = [0u8; KEY_BYTES];
    rand::thread_rng().fill_bytes(&mut key);
    format!("{SECRET_PREFIX}{}", STANDARD.encode(key))
}

/// `v1,<signature>` of one message with one secret.
pub fn sign(secret: &str, message_id: &str, timestamp: i64, body: &str) -> Result<String, BadSecret> {
    let key = STANDARD.decode(secret.strip_prefix(SECRET_PREFIX).ok_or(BadSecret)?).map_err(|_| BadSecret)?;
    let mut mac = Hmac::<Sha256>::new_from_slice(&key).map_err(|_| BadSecret)?;
    mac.update(format!("{message_id}.{timestamp}.{body}").as_bytes());
    Ok(format!("v1,{}", STANDARD.encode(mac.finalize().into_bytes())))
}

/// The `webhook-signature` header: one signature per valid secret.
pub fn header(secrets: &[&str], message_id: &str, timestamp: i64, body: &str) -> Result<String, BadSecret> {
    let signatures: Result<Vec<String>, BadSecret> =
        secrets.iter().map(|secret| sign(secret, message_id, timestamp, body)).collect();
    Ok(signatures?.join(" "))
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The example of the specification's reference libraries.
    #[test]
    fn the_specifications_example() {
        let signature = sign(
            "whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw",
            "msg_p5jXN8AQM9LWM0D4loKWxJek",
            1614265330,
            r#"{"test": 2432232314}"#,
        );
        assert_eq!(signature.unwrap(), "v1,g0hM9SsE+OTPJTGt/tmIKtSyZlE3uFJELVlNIOLJ1OE=");
    }

    #[test]
    fn new_secrets_sign_and_differ() {
        let (a, b) = (new_secret(), new_secret());
        assert_ne!(a, b);
        assert!(a.starts_with("whsec_"));
        let both = header(&[&a, &b], "msg_1", 1, "{}").unwrap();
        assert_eq!(both.split(' ').count(), 2);
        assert_eq!(sign("esp_nope", "msg_1", 1, "{}"), Err(BadSecret));
    }
}

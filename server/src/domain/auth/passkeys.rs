//! Passkeys and security keys (WebAuthn through webauthn-rs): registered from the profile, used
//! as the second sign-in step. The relying party is this site: its id is the host of
//! `ESPACE_PUBLIC_URL` (or of the address the server listens on), its origin that URL.
//! Browsers refuse an IP address as relying party: open the space by its name (`localhost`
//! on a developer's machine).

use base64::engine::general_purpose::URL_SAFE_NO_PAD;
use base64::Engine;
use espace_api::{ErrorCode, UserId};
use sha2::{Digest, Sha256};
use webauthn_rs::prelude::{
    Passkey, PasskeyAuthentication, PasskeyRegistration, PublicKeyCredential, RegisterPublicKeyCredential,
    RequestChallengeResponse, Url, Uuid, Webauthn, WebauthnBuilder,
};

use crate::error::AppError;
use crate::state::AppState;
use crate::store::{self, Conn};

/// Time enough to touch a key or unlock a phone.
pub const CEREMONY_SECS: i64 = 5 * 60;

pub(super) fn webauthn(state: &AppState) -> Result<Webauthn, AppError> {
    let origin = state.config.public_url_or(state.config.addr);
    let url = Url::parse(&origin).map_err(|e| AppError::Secret(e.to_string()))?;
    let rp_id = url.host_str().unwrap_or("localhost").to_owned();
    WebauthnBuilder::new(&rp_id, &url).and_then(|b| b.rp_name("Espace").build()).map_err(|e| {
        // An address such as 127.0.0.1 cannot be a relying party: browsers would refuse the
        // ceremony anyway, so the person is told passkeys do not work here, not that it broke.
        tracing::warn!(%origin, error = %e, "passkeys need the space opened by its name (ESPACE_PUBLIC_URL)");
        AppError::Refused(ErrorCode::PasskeyRefused)
    })
}

/// The handle authenticators keep for the person: stable, and saying nothing of them.
pub(super) fn user_handle(user_id: UserId) -> Uuid {
    let digest = Sha256::digest(format!("espace-user-{user_id}").as_bytes());
    let mut bytes = [0u8; 16];
    bytes.copy_from_slice(&digest[..16]);
    Uuid::from_bytes(bytes)
}

fn credential_id(passkey: &Passkey) -> String {
    encoded_id(passkey.cred_id().as_ref())
}

/// A credential id as stored (base64url).
pub(super) fn encoded_id(bytes: &[u8]) -> String {
    URL_SAFE_NO_PAD.encode(bytes)
}

fn stored(rows: &[store::passkeys::Row]) -> Vec<(i64, Passkey)> {
    rows.iter().filter_map(|r| serde_json::from_str(&r.passkey).ok().map(|p| (r.id, p))).collect()
}

/// The options for the browser's `navigator.credentials.create`, the person's existing keys
/// excluded; the challenge's state is kept for `finish_registration`.
pub async fn start_registration(
    state: &AppState,
    user_id: UserId,
    email: &str,
    name: &str,
) -> Result<serde_json::Value, AppError> {
    let mut tx = store::write_for_user(&state.pool, user_id).await?;
    let existing = stored(&store::passkeys::of_user(&mut tx, user_id).await?);
    let exclude = existing.iter().map(|(_, p)| p.cred_id().clone()).collect();
    let (options, registration) = webauthn(state)?
        .start_passkey_registration(user_handle(user_id), email, name, Some(exclude))
        .map_err(|e| AppError::Secret(format!("webauthn: {e}")))?;
    let kept = serde_json::to_string(&registration)?;
    let mut options = serde_json::to_value(options)?;
    // Ask for a key the browser can offer without an e-mail first (a discoverable one) where the
    // authenticator can make one: webauthn-rs discourages it, and would then accept either.
    if let Some(selection) = options.pointer_mut("/publicKey/authenticatorSelection") {
        selection["residentKey"] = "preferred".into();
    }
    store::passkeys::set_registration(&mut tx, user_id, &kept, store::now() + CEREMONY_SECS).await?;
    tx.commit().await?;
    Ok(options)
}

/// Checks the browser's answer against the registration under way; the new passkey and its
/// credential id, or `None` when the answer does not hold (or the key is already registered).
pub async fn finish_registration(
    conn: &mut Conn,
    state: &AppState,
    user_id: UserId,
    answer: &serde_json::Value,
) -> Result<Option<(String, Passkey)>, AppError> {
    let Some(kept) = store::passkeys::take_registration(conn, user_id, store::now()).await? else { return Ok(None) };
    let registration: PasskeyRegistration = serde_json::from_str(&kept)?;
    let Ok(answer) = serde_json::from_value::<RegisterPublicKeyCredential>(answer.clone()) else { return Ok(None) };
    let Ok(passkey) = webauthn(state)?.finish_passkey_registration(&answer, &registration) else { return Ok(None) };
    let id = credential_id(&passkey);
    // An authenticator's credential belongs to one account.
    if store::passkeys::credential_known(conn, &id).await? {
        return Ok(None);
    }
    Ok(Some((id, passkey)))
}

/// The options for `navigator.credentials.get` in a sign-in under way (`challenge_hash`):
/// the person's keys; `None` when they have none.
pub async fn start_sign_in(
    state: &AppState,
    user_id: UserId,
    challenge_hash: &str,
) -> Result<Option<RequestChallengeResponse>, AppError> {
    let mut tx = store::write_for_user(&state.pool, user_id).await?;
    let keys: Vec<Passkey> =
        stored(&store::passkeys::of_user(&mut tx, user_id).await?).into_iter().map(|(_, p)| p).collect();
    if keys.is_empty() {
        return Ok(None);
    }
    let (options, authentication) =
        webauthn(state)?.start_passkey_authentication(&keys).map_err(|e| AppError::Secret(format!("webauthn: {e}")))?;
    store::passkeys::set_challenge_state(&mut tx, challenge_hash, &serde_json::to_string(&authentication)?).await?;
    tx.commit().await?;
    Ok(Some(options))
}

/// Whether the browser's answer proves one of the person's keys, for the sign-in under way;
/// the key's counter moves on. In the caller's write transaction.
pub async fn verify(
    conn: &mut Conn,
    state: &AppState,
    user_id: UserId,
    challenge_hash: &str,
    answer: &serde_json::Value,
) -> Result<bool, AppError> {
    let Some(kept) = store::passkeys::take_challenge_state(conn, challenge_hash, store::now()).await? else {
        return Ok(false);
    };
    let authentication: PasskeyAuthentication = serde_json::from_str(&kept)?;
    let Ok(answer) = serde_json::from_value::<PublicKeyCredential>(answer.clone()) else { return Ok(false) };
    let Ok(result) = webauthn(state)?.finish_passkey_authentication(&answer, &authentication) else {
        return Ok(false);
    };
    for (id, mut passkey) in stored(&store::passkeys::of_user(conn, user_id).await?) {
        if passkey.update_credential(&result).is_some() {
            store::passkeys::used(conn, id, &serde_json::to_string(&passkey)?, store::now()).await?;
            return Ok(true);
        }
    }
    Ok(false)
}

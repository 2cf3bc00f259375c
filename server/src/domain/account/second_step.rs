//! The person's own second step: setting up an authenticator app (a secret shown as a QR code
//! and as text, confirmed by a first code), their recovery codes, and removing it where the
//! company does not require one.

use espace_api::audit::{AuditAction, AuditChanges};
use espace_api::fields::Fields as _;
use espace_api::second_step::{
    grouped, AuthenticatorSetup, Code, CodeField, CodeRequest, PasskeyItem, PasskeyNameRequest, RecoveryCodes,
    SecondStepStatus, RECOVERY_ALPHABET, RECOVERY_CODES, RECOVERY_CODE_CHARS,
};
use espace_api::{ErrorCode, FieldErrorCode, UserId};
use rand::rngs::OsRng;
use rand::Rng;

use crate::auth::extract::CurrentUser;
use crate::auth::passkeys;
use crate::auth::second_step::{matching_step, new_app, open_secret, seal_secret};
use crate::auth::session::token_hash;
use crate::error::AppError;
use crate::state::AppState;
use crate::store::{self, Conn};

pub async fn status(state: &AppState, user: &CurrentUser) -> Result<SecondStepStatus, AppError> {
    let mut conn = state.pool.acquire().await?;
    let authenticator = store::second_step::has_app(&mut conn, user.id).await?;
    let left = store::second_step::recovery_codes_left(&mut conn, user.id).await?;
    let passkeys = store::passkeys::of_user(&mut conn, user.id)
        .await?
        .into_iter()
        .map(|p| PasskeyItem { id: p.id, name: p.name, created_at: p.created_at, last_used_at: p.last_used_at })
        .collect();
    Ok(SecondStepStatus {
        authenticator,
        passkeys,
        recovery_codes_left: u32::try_from(left).unwrap_or_default(),
        required: required(&mut conn, user).await?,
    })
}

/// Whether the company requires a second step of this person.
async fn required(conn: &mut Conn, user: &CurrentUser) -> Result<bool, AppError> {
    let company = store::companies::by_id(conn, user.company_id).await?.ok_or(AppError::NotFound)?;
    Ok(company.second_step_policy.requires(user.role))
}

/// A new secret to add to an app; it replaces no working app until a code confirms it.
pub async fn start_setup(state: &AppState, user: &CurrentUser) -> Result<AuthenticatorSetup, AppError> {
    let (secret, setup) = new_app(&user.email)?;
    let mut tx = store::write(&state.pool, store::Lock::Company(user.company_id)).await?;
    store::second_step::set_pending(&mut tx, user.id, &seal_secret(state, &secret)?).await?;
    tx.commit().await?;
    Ok(setup)
}

/// The first code from the app confirms the setup; the first second step of a person also
/// gets their recovery codes (shown this once).
pub async fn confirm_setup(
    state: &AppState,
    user: &CurrentUser,
    req: &CodeRequest,
) -> Result<Option<RecoveryCodes>, AppError> {
    AppError::check(req.validate())?;
    let wrong = || AppError::field(CodeField::Code.name(), FieldErrorCode::WrongCode);
    // Recovery codes are for signing in, not for proving a new app works.
    let Some(Code::App(digits)) = Code::parse(&req.code) else { return Err(wrong()) };
    let mut tx = store::write(&state.pool, store::Lock::Company(user.company_id)).await?;
    let found = store::second_step::authenticator(&mut tx, user.id).await?;
    let Some(pending) = found.as_ref().and_then(|a| a.pending_secret.clone()) else {
        // Confirmed already (another tab), or never started: start again.
        return Err(AppError::Conflict);
    };
    let step = matching_step(open_secret(state, &pending)?, &digits, store::now())?.ok_or_else(wrong)?;
    let first = !store::second_step::has_second_step(&mut tx, user.id).await?;
    store::second_step::confirm(&mut tx, user.id, step, store::now()).await?;
    let codes = if first { Some(new_recovery_codes(&mut tx, user.id).await?) } else { None };
    record_event(&mut tx, user, AuditAction::AuthenticatorAdded).await?;
    tx.commit().await?;
    Ok(codes)
}

/// Removes the app and the recovery codes; refused where the company requires a second step.
pub async fn remove(state: &AppState, user: &CurrentUser) -> Result<(), AppError> {
    let mut tx = store::write(&state.pool, store::Lock::Company(user.company_id)).await?;
    if required(&mut tx, user).await? {
        return Err(AppError::Refused(ErrorCode::SecondStepRequired));
    }
    if !store::second_step::has_second_step(&mut tx, user.id).await? {
        return Ok(());
    }
    store::second_step::remove_all(&mut tx, user.id).await?;
    record_event(&mut tx, user, AuditAction::AuthenticatorRemoved).await?;
    tx.commit().await?;
    Ok(())
}

/// The WebAuthn options to register a passkey named `req.name`.
pub async fn start_passkey(
    state: &AppState,
    user: &CurrentUser,
    req: &PasskeyNameRequest,
) -> Result<serde_json::Value, AppError> {
    AppError::check(req.validate())?;
    let display = format!("{} {}", user.first_name, user.last_name);
    passkeys::start_registration(state, user.id, &user.email, &display).await
}

/// Registers the passkey the browser made; the recovery codes when it is the person's first
/// second step. An answer that does not hold is refused without saving anything.
pub async fn add_passkey(
    state: &AppState,
    user: &CurrentUser,
    req: &PasskeyNameRequest,
    credential: &serde_json::Value,
) -> Result<Option<RecoveryCodes>, AppError> {
    AppError::check(req.validate())?;
    let mut tx = store::write(&state.pool, store::Lock::Company(user.company_id)).await?;
    let Some((credential_id, passkey)) = passkeys::finish_registration(&mut tx, state, user.id, credential).await?
    else {
        // The challenge was used up: keep that, and say the attempt did not work.
        tx.commit().await?;
        return Err(AppError::Refused(ErrorCode::PasskeyRefused));
    };
    let first = !store::second_step::has_second_step(&mut tx, user.id).await?;
    let record = serde_json::to_string(&passkey)?;
    let new = store::passkeys::NewPasskey {
        user_id: user.id,
        credential_id: &credential_id,
        name: req.name.trim(),
        passkey: &record,
        now: store::now(),
    };
    store::passkeys::insert(&mut tx, &new).await?;
    let codes = if first { Some(new_recovery_codes(&mut tx, user.id).await?) } else { None };
    record_event(&mut tx, user, AuditAction::PasskeyAdded).await?;
    tx.commit().await?;
    Ok(codes)
}

/// Renames one of the person's passkeys (another person's id is not found).
pub async fn rename_passkey(
    state: &AppState,
    user: &CurrentUser,
    id: i64,
    req: &PasskeyNameRequest,
) -> Result<(), AppError> {
    AppError::check(req.validate())?;
    let mut tx = store::write(&state.pool, store::Lock::Company(user.company_id)).await?;
    if !store::passkeys::rename(&mut tx, user.id, id, req.name.trim()).await? {
        return Err(AppError::NotFound);
    }
    tx.commit().await?;
    Ok(())
}

/// Removes one of the person's passkeys; refused when it is their last second step and the
/// company requires one.
pub async fn remove_passkey(state: &AppState, user: &CurrentUser, id: i64) -> Result<(), AppError> {
    let mut tx = store::write(&state.pool, store::Lock::Company(user.company_id)).await?;
    if !store::passkeys::delete(&mut tx, user.id, id).await? {
        return Err(AppError::NotFound);
    }
    if required(&mut tx, user).await? && !store::second_step::has_second_step(&mut tx, user.id).await? {
        return Err(AppError::Refused(ErrorCode::SecondStepRequired));
    }
    record_event(&mut tx, user, AuditAction::PasskeyRemoved).await?;
    tx.commit().await?;
    Ok(())
}

/// New recovery codes; the old ones stop working.
pub async fn renew_codes(state: &AppState, user: &CurrentUser) -> Result<RecoveryCodes, AppError> {
    let mut tx = store::write(&state.pool, store::Lock::Company(user.company_id)).await?;
    if !store::second_step::has_second_step(&mut tx, user.id).await? {
        return Err(AppError::Refused(ErrorCode::InvalidTransition));
    }
    let codes = new_recovery_codes(&mut tx, user.id).await?;
    record_event(&mut tx, user, AuditAction::RecoveryCodesRenewed).await?;
    tx.commit().await?;
    Ok(codes)
}

async fn new_recovery_codes(conn: &mut Conn, user_id: UserId) -> Result<RecoveryCodes, AppError> {
    let codes: Vec<String> = (0..RECOVERY_CODES)
        .map(|_| {
            (0..RECOVERY_CODE_CHARS)
                .map(|_| char::from(RECOVERY_ALPHABET[OsRng.gen_range(0..RECOVERY_ALPHABET.len())]))
                .collect()
        })
        .collect();
    let hashes: Vec<String> = codes.iter().map(|c| token_hash(c)).collect();
    store::second_step::replace_recovery_codes(conn, user_id, &hashes).await?;
    Ok(RecoveryCodes { codes: codes.iter().map(|c| grouped(c)).collect() })
}

async fn record_event(conn: &mut Conn, user: &CurrentUser, action: AuditAction) -> Result<(), AppError> {
    super::record_own(conn, user.id, action, &AuditChanges::default()).await
}

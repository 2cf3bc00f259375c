//! Password sign-in, with a lockout that cannot be turned against people: ten wrong passwords
//! in a row lock the account (new password sign-ins stop; open sessions go on), the person is
//! e-mailed a link that unlocks it, and a locked account with a wrong password answers
//! exactly like an unknown one.

use std::net::IpAddr;

use espace_api::policy::MAX_FAILED_SIGN_INS;
use espace_api::session::SignInRequest;
use espace_api::users::UserStatus;
use espace_api::validation::normalize_email;
use espace_api::{ErrorCode, UserId};

use crate::auth::device::{self, Device};
use crate::auth::session::{token_hash, Opened};
use crate::auth::{password, second_step, session};
use crate::error::AppError;
use crate::rate_limit::{self, Bucket, Ticket};
use crate::state::AppState;
use crate::store::{self, Conn};
use crate::users::lifecycle::{self, Actor, Transition};

/// The address's (or the known browser's) and the account's budgets for one password check:
/// taken before (parallel guesses cannot overrun them), given back when the password was right.
pub struct Attempt<'a> {
    state: &'a AppState,
    tickets: Vec<Ticket>,
}

impl<'a> Attempt<'a> {
    pub async fn start(state: &'a AppState, ip: IpAddr, account: &str) -> Result<Attempt<'a>, AppError> {
        Self::counted(state, (Bucket::SignInAddress, ip.to_string()), account).await
    }

    /// The same for a sign-in: from a browser that has signed in to this account before, its
    /// device budget stands in for the address's (OWASP's device cookies).
    pub async fn sign_in(state: &'a AppState, device: &Device, account: &str) -> Result<Attempt<'a>, AppError> {
        if let Some(cookie) = &device.cookie {
            let hash = token_hash(cookie);
            let known = store::devices::known_for_email(&mut *state.pool.acquire().await?, account, &hash).await?;
            if known {
                return Self::counted(state, (Bucket::SignInDevice, hash), account).await;
            }
        }
        Self::start(state, device.address, account).await
    }

    async fn counted(
        state: &'a AppState,
        (bucket, key): (Bucket, String),
        account: &str,
    ) -> Result<Attempt<'a>, AppError> {
        let by_address = rate_limit::take(&state.pool, bucket, &key).await?;
        match rate_limit::take(&state.pool, Bucket::Account, account).await {
            Ok(by_account) => Ok(Attempt { state, tickets: vec![by_address, by_account] }),
            Err(e) => {
                rate_limit::give_back(&state.pool, by_address).await?;
                Err(e)
            }
        }
    }

    /// The sign-in holds (password, code or passkey): in `tx`, the sign-in recorded, a session
    /// opened and the browser recognised; committed; the attempt costs nothing.
    pub async fn open_session(
        self,
        mut tx: store::Tx,
        user: &store::users::User,
        device: &Device,
    ) -> Result<Opened, AppError> {
        store::users::record_sign_in(&mut tx, user.id, store::now()).await?;
        let token = session::open(&mut tx, &self.state.config, user.id, device).await?;
        let device_cookie = device::recognise(&mut tx, self.state, user, device).await?;
        tx.commit().await?;
        self.succeeded().await?;
        Ok(Opened { session: token, device: device_cookie, user_id: user.id })
    }

    /// The password was right: the attempt costs nothing.
    pub async fn succeeded(self) -> Result<(), AppError> {
        for ticket in self.tickets {
            rate_limit::give_back(&self.state.pool, ticket).await?;
        }
        Ok(())
    }
}

/// One more wrong password for `user_id`, read again under the write lock; the tenth in a
/// row locks an active account through the lifecycle.
pub async fn record_failure(conn: &mut Conn, state: &AppState, user_id: UserId) -> Result<(), AppError> {
    let Some(user) = store::users::by_id(conn, user_id).await? else { return Ok(()) };
    if user.status != UserStatus::Active {
        return Ok(());
    }
    let failed = store::users::record_failed_sign_in(conn, user_id).await?;
    if failed >= MAX_FAILED_SIGN_INS {
        lifecycle::apply(conn, &state.config, &user, Transition::Lock, Actor::System).await?;
        tracing::info!(user = %user_id, "account locked after wrong passwords");
    }
    Ok(())
}

/// What a right password leads to.
#[derive(Debug)]
pub enum Outcome {
    /// A session.
    Opened(Opened),
    /// The person has a second step: the challenge cookie's value, which a code or a passkey
    /// completes (`second_step::complete`), and whether they have a passkey to offer.
    SecondStep { challenge: String, passkey: bool },
}

/// Checks the e-mail and password; on success opens a session, or starts the second step.
pub async fn sign_in(state: &AppState, device: &Device, req: SignInRequest) -> Result<Outcome, AppError> {
    AppError::check(req.validate())?;
    let account = normalize_email(&req.email);
    let attempt = Attempt::sign_in(state, device, &account).await?;
    let mut conn = state.pool.acquire().await?;
    let user = store::users::by_email(&mut conn, &account).await?;
    // Whoever's company signs in through its provider goes there (its break-glass
    // administrators excepted); known before any password is checked.
    if crate::sso::sign_in::password_closed(&mut conn, &account, user.as_ref()).await? {
        attempt.succeeded().await?;
        return Err(AppError::Refused(ErrorCode::SsoRequired));
    }
    // No company's person has this address: it may be an operator's, who signs in here too.
    let operator = match &user {
        None => store::operators::by_email(&mut conn, &account).await?,
        Some(_) => None,
    };
    drop(conn);
    let stored = user
        .as_ref()
        .and_then(|u| u.password_hash.clone())
        .or_else(|| operator.as_ref().and_then(|o| o.password_hash.clone()));
    let password_ok = password::verify_blocking(req.password, stored).await?;
    if let Some(operator) = operator {
        let challenge = crate::operators::account::after_password(state, &operator, password_ok).await?;
        attempt.succeeded().await?;
        return Ok(Outcome::SecondStep { challenge, passkey: false });
    }
    let Some(user) = user else { return Err(AppError::InvalidCredentials) };
    match (user.status, password_ok) {
        (UserStatus::Active, true) => {
            let mut tx = store::write(&state.pool, store::Lock::Company(user.company_id)).await?;
            if store::second_step::has_second_step(&mut tx, user.id).await? {
                let challenge = second_step::challenge(&mut tx, user.id).await?;
                let passkey = store::passkeys::any(&mut tx, user.id).await?;
                tx.commit().await?;
                attempt.succeeded().await?;
                return Ok(Outcome::SecondStep { challenge, passkey });
            }
            Ok(Outcome::Opened(attempt.open_session(tx, &user, device).await?))
        }
        // Only someone who knows the password learns the account is locked (and was e-mailed).
        (UserStatus::Locked, true) => {
            attempt.succeeded().await?;
            Err(AppError::AccountLocked)
        }
        (UserStatus::Active, false) => {
            let mut tx = store::write(&state.pool, store::Lock::Company(user.company_id)).await?;
            record_failure(&mut tx, state, user.id).await?;
            tx.commit().await?;
            Err(AppError::InvalidCredentials)
        }
        // Not yet activated, deactivated, or locked with a wrong password: as if unknown.
        _ => Err(AppError::InvalidCredentials),
    }
}

//! Activation and password links: look at one (without using it), ask for a fresh one, or use
//! it to set a password, which signs the person in. Also "forgotten password".

use espace_api::fields::Fields as _;
use espace_api::links::{plausible_token, LinkInfo, LinkPurpose, LinkState, SetPasswordField, SetPasswordRequest};
use espace_api::password::{broken_rules, Personal};
use espace_api::users::UserStatus;
use espace_api::validation::normalize_email;
use espace_api::ErrorCode;

use crate::auth::device::{self, Device};
use crate::auth::session::{self, token_hash, Opened};
use crate::auth::{blocklist, password};
use crate::error::AppError;
use crate::rate_limit::{self, Bucket};
use crate::state::AppState;
use crate::store::tokens::Link;
use crate::store::users::User;
use crate::store::{self, Conn};
use crate::users::lifecycle::{self, Actor, Transition};

fn state_of(link: &Link, user: &User, now: i64) -> LinkState {
    let eligible = match link.purpose {
        LinkPurpose::Activation => user.status == UserStatus::Invited,
        LinkPurpose::Reset | LinkPurpose::EmailUndo => matches!(user.status, UserStatus::Active | UserStatus::Locked),
    };
    if link.used_at.is_some() || (link.purpose == LinkPurpose::Activation && user.status == UserStatus::Active) {
        LinkState::Used
    } else if link.revoked_at.is_some() && link.newer_usable != 0 {
        LinkState::Replaced
    } else if !eligible {
        LinkState::Unknown
    } else if link.revoked_at.is_some() {
        LinkState::Withdrawn
    } else if link.expires_at <= now {
        LinkState::Expired
    } else {
        LinkState::Valid
    }
}

async fn find(conn: &mut Conn, token: &str) -> Result<Option<(Link, User)>, sqlx::Error> {
    if !plausible_token(token) {
        return Ok(None);
    }
    let hash = token_hash(token);
    let link = match store::tokens::find(conn, &hash, store::now()).await? {
        Some(link) => link,
        // The old address's link after a change of sign-in e-mail, kept apart.
        None => match store::email_changes::find(conn, &hash, store::email_changes::Kind::Undo).await? {
            Some(undo) => Link {
                user_id: undo.user_id,
                purpose: LinkPurpose::EmailUndo,
                expires_at: undo.expires_at,
                used_at: undo.used_at,
                revoked_at: None,
                newer_usable: 0,
            },
            None => return Ok(None),
        },
    };
    Ok(store::users::by_id(conn, link.user_id).await?.map(|user| (link, user)))
}

pub async fn inspect(state: &AppState, token: &str) -> Result<LinkInfo, AppError> {
    let found = find(&mut *state.pool.acquire().await?, token).await?;
    let Some((link, user)) = found else {
        return Ok(LinkInfo { state: LinkState::Unknown, purpose: None, person: None, company: None });
    };
    let link_state = state_of(&link, &user, store::now());
    let valid = link_state == LinkState::Valid;
    Ok(LinkInfo {
        state: link_state,
        purpose: Some(link.purpose),
        company: valid.then(|| user.company_name.clone()),
        person: valid.then_some(Personal { email: user.email, first_name: user.first_name, last_name: user.last_name }),
    })
}

/// "Send me a new link" from an expired, replaced or withdrawn link: a new one goes to the same address.
/// The answer is the same whatever happened, so it tells nothing about the address.
pub async fn renew(state: &AppState, token: &str) -> Result<(), AppError> {
    // The link's person tells which company's lock to take; read again under it.
    let lock = match find(&mut *state.pool.acquire().await?, token).await? {
        Some((_, user)) => store::Lock::Company(user.company_id),
        None => return Ok(()),
    };
    let mut tx = store::write(&state.pool, lock).await?;
    if let Some((link, user)) = find(&mut tx, token).await? {
        let renewable = matches!(
            state_of(&link, &user, store::now()),
            LinkState::Expired | LinkState::Replaced | LinkState::Withdrawn
        );
        if renewable && !crate::sso::sign_in::enforced(&mut tx, &user).await? {
            let transition = match link.purpose {
                LinkPurpose::Activation => Some(Transition::ResendInvitation),
                LinkPurpose::Reset => Some(Transition::SendPasswordReset),
                // Only the change it undoes could make another: it is not renewed.
                LinkPurpose::EmailUndo => None,
            };
            if let Some(transition) = transition {
                lifecycle::apply(&mut tx, &state.config, &user, transition, Actor::Person).await?;
            }
        }
    }
    tx.commit().await?;
    Ok(())
}

/// Sets the password through a valid link and opens a session; returns its cookie value and
/// the user's id. The link and the account are checked again inside the write transaction
/// that uses them: a deactivation or a second submission in between wins.
pub async fn complete(state: &AppState, device: &Device, req: SetPasswordRequest) -> Result<Opened, AppError> {
    let now = store::now();
    let found = find(&mut *state.pool.acquire().await?, &req.token).await?;
    let Some((_, user)) = found.filter(|(link, user)| state_of(link, user, now) == LinkState::Valid) else {
        return Err(AppError::Refused(ErrorCode::InvalidLink));
    };
    let personal =
        Personal { email: user.email.clone(), first_name: user.first_name.clone(), last_name: user.last_name.clone() };
    if let Some(rule) = broken_rules(&req.password, &personal, blocklist::is_common).first() {
        return Err(AppError::password(SetPasswordField::Password.name(), *rule));
    }
    // Hashing is slow: done before taking the write lock.
    let hash = password::hash_blocking(req.password).await?;

    let mut tx = store::write(&state.pool, store::Lock::Company(user.company_id)).await?;
    let Some((link, user)) = find(&mut tx, &req.token).await?.filter(|(l, u)| state_of(l, u, now) == LinkState::Valid)
    else {
        return Err(AppError::Refused(ErrorCode::InvalidLink));
    };
    // A link sent before the company turned SSO on: a password would be a way around it.
    if crate::sso::sign_in::enforced(&mut tx, &user).await? {
        return Err(AppError::Refused(ErrorCode::SsoRequired));
    }
    let used = match link.purpose {
        LinkPurpose::EmailUndo => crate::account::email::undo(&mut tx, &user, &token_hash(&req.token)).await?,
        LinkPurpose::Activation | LinkPurpose::Reset => {
            store::tokens::mark_used(&mut tx, &token_hash(&req.token), now).await?
        }
    };
    if !used {
        return Err(AppError::Refused(ErrorCode::InvalidLink));
    }
    // The address back in place: the password is set for the person as they are now.
    let user = store::users::by_id(&mut tx, user.id).await?.ok_or(AppError::Refused(ErrorCode::InvalidLink))?;
    let transition = Transition::CompleteLink { purpose: link.purpose, password_hash: hash };
    lifecycle::apply(&mut tx, &state.config, &user, transition, Actor::Person).await?;
    let token = session::open(&mut tx, &state.config, user.id, device).await?;
    let device_cookie = device::recognise(&mut tx, state, &user, device).await?;
    tx.commit().await?;
    // The owner proved themselves: wrong guesses by others no longer hold them back.
    rate_limit::clear(&state.pool, Bucket::Account, &normalize_email(&user.email)).await?;
    Ok(Opened { session: token, device: device_cookie, user_id: user.id })
}

/// Sends a password link to an active or locked account with this e-mail (not on SSO); the
/// answer is the same in every case. A few per address and hour at most: nobody can flood a mailbox.
pub async fn forgot(state: &AppState, email: &str) -> Result<(), AppError> {
    let account = normalize_email(email);
    match rate_limit::take(&state.pool, Bucket::ForgotAccount, &account).await {
        Ok(_counted) => {}
        Err(AppError::RateLimited { .. }) => return Ok(()),
        Err(e) => return Err(e),
    }
    // The person tells which company's lock to take; read again under it.
    let Some(found) = store::users::by_email(&mut *state.pool.acquire().await?, &account).await? else {
        return Ok(());
    };
    let mut tx = store::write(&state.pool, store::Lock::Company(found.company_id)).await?;
    if let Some(user) = store::users::by_email(&mut tx, &account).await? {
        // Nothing for whoever signs in through their company's provider; the answer is the same.
        let eligible = matches!(user.status, UserStatus::Active | UserStatus::Locked);
        if eligible && !crate::sso::sign_in::enforced(&mut tx, &user).await? {
            lifecycle::apply(&mut tx, &state.config, &user, Transition::SendPasswordReset, Actor::Person).await?;
        }
    }
    tx.commit().await?;
    Ok(())
}

//! The one writer of a user's status. Admin actions, the sign-in lock, link completion and
//! the inactivity job (and later import, the API and SSO) all come through `apply`, in the
//! caller's write transaction: it checks the transition, writes the status and its reason,
//! ends sessions and revokes links where the transition calls for it, records the history
//! and queues the e-mail, so all of it happens or none of it.

use espace_api::audit::{AuditAction, AuditChanges};
use espace_api::links::LinkPurpose;
use espace_api::mail::EmailKind;
use espace_api::policy::MAX_FAILED_SIGN_INS;
use espace_api::users::{ActionRequest, Role, StatusReason, UserAction, UserStatus};
use espace_api::{ErrorCode, UserId};

use crate::audit;
use crate::auth::extract::CurrentUser;
use crate::auth::session::{new_token, token_hash};
use crate::config::Config;
use crate::error::AppError;
use crate::mail::render::{admin_locked, link_email, second_step_reset, LinkEmail};
use crate::mail::{self, Email};
use crate::state::AppState;
use crate::store::users::User;
use crate::store::{self, Conn};
use crate::users::reach;

pub use crate::audit::Actor;

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Transition {
    /// Created → invited: the activation e-mail.
    Invite,
    /// Invited: a new activation link; older ones stop working.
    ResendInvitation,
    /// Active, created or invited → deactivated: sessions end, links stop working.
    Deactivate(StatusReason),
    Reactivate,
    /// Active → locked by wrong passwords: new password sign-ins stop (open sessions go on),
    /// the person gets a link to choose a new password, the other admins are told if they
    /// were an admin.
    Lock,
    /// Locked → active, with or without a link to choose a new password.
    Unlock {
        send_reset: bool,
    },
    /// A link to choose a new password (active, or locked: the link unlocks).
    SendPasswordReset,
    /// A never-activated account removed.
    Delete,
    /// A first sign-in through the company's identity provider, which vouched for the
    /// address: created or invited → active (no password is ever set).
    ActivateBySso,
    /// A password set through a link: activation, or a reset (which also unlocks).
    CompleteLink {
        purpose: LinkPurpose,
        password_hash: String,
    },
    /// The person's authenticator app and recovery codes removed (a lost phone): they set up
    /// a new one at their next sign-in where the company requires one, and are e-mailed.
    ResetSecondStep,
}

impl Transition {
    fn allowed_from(&self) -> &'static [UserStatus] {
        use UserStatus::{Active, Created, Deactivated, Invited, Locked};
        match self {
            Transition::Invite => &[Created],
            Transition::ResendInvitation => &[Invited],
            Transition::Deactivate(_) => &[Active, Created, Invited],
            Transition::Lock => &[Active],
            Transition::Reactivate => &[Deactivated],
            Transition::Unlock { .. } => &[Locked],
            Transition::SendPasswordReset => &[Active, Locked],
            // A deactivated invitation too: `apply` checks it never activated.
            Transition::Delete => &[Created, Invited, Deactivated],
            Transition::ActivateBySso => &[Created, Invited],
            Transition::CompleteLink { purpose: LinkPurpose::Activation, .. } => &[Invited],
            Transition::CompleteLink { purpose: LinkPurpose::Reset | LinkPurpose::EmailUndo, .. } => &[Active, Locked],
            Transition::ResetSecondStep => &[Active, Locked],
        }
    }

    /// Whether the user loses access: refused on oneself and on the last active admin.
    fn removes_access(&self) -> bool {
        matches!(self, Transition::Deactivate(_) | Transition::Delete)
    }

    /// The event the audit log records.
    fn audit_action(&self, from: UserStatus, actor: Actor) -> AuditAction {
        match self {
            Transition::Invite => AuditAction::Activate,
            Transition::ResendInvitation => AuditAction::ResendActivation,
            Transition::Deactivate(StatusReason::Inactivity) => AuditAction::DeactivateInactivity,
            Transition::Deactivate(_) => AuditAction::Deactivate,
            Transition::Reactivate => AuditAction::Reactivate,
            Transition::Lock => AuditAction::Lock,
            Transition::Unlock { send_reset: false } => AuditAction::Unlock,
            Transition::Unlock { send_reset: true } => AuditAction::UnlockAndReset,
            Transition::SendPasswordReset if matches!(actor, Actor::Admin(_)) => AuditAction::SendPasswordReset,
            Transition::SendPasswordReset => AuditAction::ResetRequested,
            Transition::Delete => AuditAction::Delete,
            Transition::ActivateBySso => AuditAction::ActivatedBySso,
            Transition::CompleteLink { purpose: LinkPurpose::Activation, .. } => AuditAction::Activated,
            Transition::CompleteLink { .. } if from == UserStatus::Locked => AuditAction::UnlockedByReset,
            Transition::CompleteLink { .. } => AuditAction::PasswordReset,
            Transition::ResetSecondStep => AuditAction::SecondStepReset,
        }
    }
}

/// The administrator behind an invitation, told when it expires unused.
fn inviter(actor: Actor) -> Option<UserId> {
    match actor {
        Actor::Admin(id) => Some(id),
        Actor::Token(_) | Actor::Person | Actor::System => None,
    }
}

/// Applies `transition` to `user` (read in this same transaction) on behalf of `actor`.
pub async fn apply(
    conn: &mut Conn,
    config: &Config,
    user: &User,
    transition: Transition,
    actor: Actor,
) -> Result<(), AppError> {
    if !transition.allowed_from().contains(&user.status) {
        return Err(AppError::Refused(ErrorCode::InvalidTransition));
    }
    if transition.removes_access() {
        if actor == Actor::Admin(user.id) {
            return Err(AppError::Refused(ErrorCode::SelfAction));
        }
        if user.role == Role::Admin
            && user.status == UserStatus::Active
            && store::users::count_other_active_admins(conn, user.company_id, user.id).await? == 0
        {
            return Err(AppError::Refused(ErrorCode::LastAdmin));
        }
    }
    let now = store::now();
    let action = transition.audit_action(user.status, actor);
    match transition {
        Transition::Invite => {
            store::users::set_status(conn, user.id, UserStatus::Invited, None, now).await?;
            store::users::set_invited_at(conn, user.id, now).await?;
            store::users::set_invited_by(conn, user.id, inviter(actor)).await?;
            send_link(conn, config, user, LinkPurpose::Activation, EmailKind::Activation).await?;
        }
        Transition::ResendInvitation => {
            store::users::bump_version(conn, user.id).await?;
            // The person asking for a new link themselves leaves the inviter as it was.
            if let Some(by) = inviter(actor) {
                store::users::set_invited_by(conn, user.id, Some(by)).await?;
            }
            send_link(conn, config, user, LinkPurpose::Activation, EmailKind::Activation).await?;
        }
        Transition::Deactivate(reason) => {
            store::users::set_status(conn, user.id, UserStatus::Deactivated, Some(reason), now).await?;
            store::sessions::delete_for_user(conn, user.id).await?;
            store::tokens::revoke(conn, user.id, None, now).await?;
        }
        Transition::Reactivate => {
            // Someone who never activated goes back to "not activated": a new invitation follows.
            let status = if user.activated_at.is_some() { UserStatus::Active } else { UserStatus::Created };
            store::users::set_status(conn, user.id, status, None, now).await?;
        }
        Transition::Lock => {
            store::users::set_status(conn, user.id, UserStatus::Locked, Some(StatusReason::FailedSignIns), now).await?;
            send_link(conn, config, user, LinkPurpose::Reset, EmailKind::Locked).await?;
            if user.role == Role::Admin {
                tell_admins_of_lock(conn, user).await?;
            }
        }
        Transition::Unlock { send_reset } => {
            store::users::set_status(conn, user.id, UserStatus::Active, None, now).await?;
            if send_reset {
                send_link(conn, config, user, LinkPurpose::Reset, EmailKind::Reset).await?;
            }
        }
        Transition::SendPasswordReset => {
            store::users::bump_version(conn, user.id).await?;
            let kind = if user.status == UserStatus::Locked { EmailKind::Locked } else { EmailKind::Reset };
            send_link(conn, config, user, LinkPurpose::Reset, kind).await?;
        }
        Transition::Delete => {
            // Belt and braces: the status rule already excludes anyone who ever activated.
            if user.activated_at.is_some() {
                return Err(AppError::Refused(ErrorCode::InvalidTransition));
            }
            // Recorded first: the event keeps the person's name once the account is gone.
            audit::record_user(conn, actor, user, action, &AuditChanges::default()).await?;
            store::users::delete(conn, user.id).await?;
            tracing::info!(?actor, user = %user.id, "user deleted");
            return Ok(());
        }
        Transition::ActivateBySso => {
            store::users::set_status(conn, user.id, UserStatus::Active, None, now).await?;
            store::users::set_activated_by_provider(conn, user.id, now).await?;
            // The activation links sent earlier are no longer needed.
            store::tokens::revoke(conn, user.id, None, now).await?;
        }
        Transition::CompleteLink { password_hash, .. } => {
            store::users::set_password_from_link(conn, user.id, &password_hash, now).await?;
            if user.status != UserStatus::Active {
                store::users::set_status(conn, user.id, UserStatus::Active, None, now).await?;
            }
            // A new password ends every session opened with the old one, and every other link.
            store::sessions::delete_for_user(conn, user.id).await?;
            store::tokens::revoke(conn, user.id, None, now).await?;
        }
        Transition::ResetSecondStep => {
            // Nothing to reset is not an action: refused, so a stale page learns it.
            if !store::second_step::has_second_step(conn, user.id).await? {
                return Err(AppError::Refused(ErrorCode::InvalidTransition));
            }
            store::second_step::remove_all(conn, user.id).await?;
            store::users::bump_version(conn, user.id).await?;
            let link = config.page_url("/profile");
            let (subject, text) = second_step_reset(user.language, &user.company_name, &user.first_name, &link);
            let email = Email {
                user_id: Some(user.id),
                kind: EmailKind::SecondStepReset,
                to: user.mail_to().to_owned(),
                language: user.language,
                subject,
                text,
                link: None,
            };
            mail::queue(conn, &email).await?;
        }
    }
    audit::record_user(conn, actor, user, action, &AuditChanges::default()).await?;
    Ok(())
}

/// An admin's action on a user in their scope, in one write transaction: the version they
/// saw, whether their scope covers the user's power, the actions the status allows, then the
/// lifecycle.
pub async fn admin_action(
    state: &AppState,
    admin: &CurrentUser,
    user_id: UserId,
    req: ActionRequest,
) -> Result<(), AppError> {
    let mut tx = store::write(&state.pool, store::Lock::Company(admin.company_id)).await?;
    admin_action_in(&mut tx, &state.config, admin, user_id, req).await?;
    tx.commit().await?;
    Ok(())
}

/// The action in the caller's write transaction (SCIM applies a whole PATCH in one).
pub async fn admin_action_in(
    tx: &mut Conn,
    config: &Config,
    admin: &CurrentUser,
    user_id: UserId,
    req: ActionRequest,
) -> Result<(), AppError> {
    let user =
        store::users::in_scope(&mut *tx, admin.company_id, &admin.scope, user_id).await?.ok_or(AppError::NotFound)?;
    reach::ensure_manages(&mut *tx, admin, &user).await?;
    if user.version != req.version {
        return Err(AppError::Conflict);
    }
    if !user.status.actions().contains(&req.action) {
        return Err(AppError::Refused(ErrorCode::InvalidTransition));
    }
    let transition = match req.action {
        UserAction::Activate => Transition::Invite,
        UserAction::ResendActivation => Transition::ResendInvitation,
        UserAction::Deactivate => Transition::Deactivate(StatusReason::Admin),
        UserAction::Reactivate => Transition::Reactivate,
        UserAction::Unlock => Transition::Unlock { send_reset: false },
        UserAction::UnlockAndReset => Transition::Unlock { send_reset: true },
        UserAction::SendPasswordReset => Transition::SendPasswordReset,
        UserAction::Delete => Transition::Delete,
        UserAction::ResetSecondStep => Transition::ResetSecondStep,
    };
    // In person or through an API token they made: nobody removes their own access (the
    // token would end with it). `apply` knows the person only when they act in person.
    if transition.removes_access() && admin.id == user.id {
        return Err(AppError::Refused(ErrorCode::SelfAction));
    }
    apply(tx, config, &user, transition, admin.actor()).await
}

/// Removes an account that never activated, whatever its status now (a directory removing
/// someone it had deprovisioned first); one that was ever used is refused.
pub async fn delete_never_activated(state: &AppState, actor: &CurrentUser, user_id: UserId) -> Result<(), AppError> {
    let mut tx = store::write(&state.pool, store::Lock::Company(actor.company_id)).await?;
    let user =
        store::users::in_scope(&mut tx, actor.company_id, &actor.scope, user_id).await?.ok_or(AppError::NotFound)?;
    reach::ensure_manages(&mut tx, actor, &user).await?;
    apply(&mut tx, &state.config, &user, Transition::Delete, actor.actor()).await?;
    tx.commit().await?;
    Ok(())
}

/// A new single-use link (revoking older ones of its purpose), e-mailed to the user. None for
/// someone whose company signs them in through its provider: a password would be a way around
/// it (its break-glass administrators excepted).
async fn send_link(
    conn: &mut Conn,
    config: &Config,
    user: &User,
    purpose: LinkPurpose,
    kind: EmailKind,
) -> Result<(), AppError> {
    if crate::sso::sign_in::enforced(conn, user).await? {
        return Err(AppError::Refused(ErrorCode::SsoRequired));
    }
    let expires_at = store::now() + config.activation_ttl_secs;
    send_link_until(conn, config, user, purpose, kind, expires_at).await?;
    Ok(())
}

/// The day-before reminder of an invitation nobody used: a fresh link that stops working when
/// the one it replaces would have (a reminder does not lengthen the invitation), marked so that
/// it is sent once. `false`, and nothing sent, for someone no longer invited or whose company
/// signs them in through its provider.
pub async fn remind_invitation(
    conn: &mut Conn,
    config: &Config,
    user: &User,
    expires_at: i64,
) -> Result<bool, AppError> {
    if user.status != UserStatus::Invited || crate::sso::sign_in::enforced(conn, user).await? {
        return Ok(false);
    }
    let hash =
        send_link_until(conn, config, user, LinkPurpose::Activation, EmailKind::InvitationReminder, expires_at).await?;
    store::tokens::mark_reminded(conn, &hash, store::now()).await?;
    Ok(true)
}

/// A new link of `purpose` working until `expires_at` (older ones of its purpose revoked),
/// e-mailed as `kind`; the new link's hash.
async fn send_link_until(
    conn: &mut Conn,
    config: &Config,
    user: &User,
    purpose: LinkPurpose,
    kind: EmailKind,
    expires_at: i64,
) -> Result<String, AppError> {
    let now = store::now();
    store::tokens::revoke(conn, user.id, Some(purpose), now).await?;
    let token = new_token();
    let hash = token_hash(&token);
    store::tokens::insert(conn, &hash, user.id, purpose, now, expires_at).await?;
    let path = match purpose {
        LinkPurpose::Activation => "activate",
        LinkPurpose::Reset => "reset-password",
        LinkPurpose::EmailUndo => "undo-email-change",
    };
    let base = config.public_url.as_deref().unwrap_or("http://localhost");
    // The token rides in the fragment: it never reaches server logs or Referer headers.
    let link = format!("{base}/{path}#t={token}");
    let (subject, text) = link_email(
        kind,
        &LinkEmail {
            language: user.language,
            company: &user.company_name,
            time_zone: &user.company_time_zone,
            first_name: &user.first_name,
            link: &link,
            expires_at,
            attempts: MAX_FAILED_SIGN_INS,
        },
    );
    let email = Email {
        user_id: Some(user.id),
        kind,
        // The person's own sign-in address, never the notification address (`User::mail_to`).
        to: user.email.clone(),
        language: user.language,
        subject,
        text,
        link: Some(link),
    };
    mail::queue(conn, &email).await?;
    Ok(hash)
}

/// Each other active admin of the company, in their own language.
async fn tell_admins_of_lock(conn: &mut Conn, locked: &User) -> Result<(), AppError> {
    mail::to_admins(conn, locked.company_id, locked.id, EmailKind::AdminLocked, |admin| {
        admin_locked(
            admin.language,
            &admin.company_name,
            &admin.first_name,
            [&locked.first_name, &locked.last_name, &locked.email],
            MAX_FAILED_SIGN_INS,
        )
    })
    .await?;
    Ok(())
}

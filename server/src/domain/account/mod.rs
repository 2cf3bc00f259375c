//! The signed-in person's own things: who they are, their settings, their consent.

pub mod email;
pub mod second_step;
pub mod sessions;

use std::net::IpAddr;

use espace_api::audit::{AuditAction, AuditChanges};
use espace_api::entities::EntityRef;
use espace_api::fields::Fields as _;
use espace_api::links::{Consent, ConsentRequest};
use espace_api::password::{broken_rules, Personal};
use espace_api::session::{ChangePasswordRequest, Me, MeCompany, MeUser, PasswordField};
use espace_api::validation::normalize_email;
use espace_api::{CompanyId, ErrorCode, FieldErrorCode, Language, UserId};

use crate::audit::{self, Actor};
use crate::auth::extract::CurrentUser;
use crate::auth::sign_in::{record_failure, Attempt};
use crate::auth::{blocklist, password};
use crate::error::AppError;
use crate::state::AppState;
use crate::store;

pub async fn me(state: &AppState, user: CurrentUser) -> Result<Me, AppError> {
    let mut conn = state.pool.acquire().await?;
    let company = store::companies::by_id(&mut conn, user.company_id).await?.ok_or(AppError::NotFound)?;
    let scope = if user.role == espace_api::users::Role::TeamAdmin {
        store::entities::scope_names(&mut conn, user.id).await?
    } else {
        Vec::new()
    };
    let consent = user.consent_version.clone().zip(user.consent_at).map(|(version, at)| Consent { version, at });
    Ok(Me {
        consent_required: user.consent_required(),
        second_step_required: user.second_step_missing,
        activation_hours: state.config.activation_ttl_secs / 3600,
        user: MeUser {
            id: user.id,
            first_name: user.first_name,
            last_name: user.last_name,
            email: user.email,
            role: user.role,
            scope: scope.into_iter().map(|(id, name)| EntityRef { id, name }).collect(),
            language: user.language,
        },
        company: MeCompany {
            id: company.id,
            name: company.name,
            language: company.language,
            sso_enabled: company.sso_enabled != 0,
        },
        consent,
    })
}

/// The person behind a session just opened, as `/api/me` shows them.
pub async fn me_by_id(state: &AppState, user_id: UserId) -> Result<Me, AppError> {
    let mut conn = state.pool.acquire().await?;
    let user = store::users::by_id(&mut conn, user_id).await?.ok_or(AppError::Unauthenticated)?;
    let company = store::companies::by_id(&mut conn, user.company_id).await?.ok_or(AppError::NotFound)?;
    // Opened with a password (activation, sign-in): the company's rule applies.
    let second_step_missing = company.second_step_policy.requires(user.role)
        && !store::second_step::has_second_step(&mut conn, user.id).await?;
    let policy_version = crate::privacy::current_version(&mut conn, store::now()).await?;
    drop(conn);
    me(state, CurrentUser { second_step_missing, policy_version, ..CurrentUser::from(user) }).await
}

pub async fn set_language(state: &AppState, user: CurrentUser, language: Language) -> Result<Me, AppError> {
    store::users::set_language(&mut *state.pool.acquire().await?, user.id, language).await?;
    me(state, CurrentUser { language, ..user }).await
}

/// Records the acceptance of the privacy policy version the person read: who, which version,
/// in which language, when.
pub async fn accept_policy(
    state: &AppState,
    user: CurrentUser,
    language: Language,
    req: ConsentRequest,
) -> Result<Me, AppError> {
    AppError::check(req.validate())?;
    if req.version != user.policy_version {
        // The policy changed while they were reading: they must read the new one.
        return Err(AppError::Refused(ErrorCode::Conflict));
    }
    let now = store::now();
    let mut tx = store::write(&state.pool, store::Lock::Company(user.company_id)).await?;
    store::consents::insert(&mut tx, user.id, &req.version, language, now).await?;
    store::users::set_consent(&mut tx, user.id, &req.version, now).await?;
    tx.commit().await?;
    me(state, CurrentUser { consent_version: Some(req.version), consent_at: Some(now), ..user }).await
}

/// Checks the current password (a wrong one counts like a wrong sign-in: limited, and the
/// tenth in a row locks), applies the same rules as activation, and ends every other session
/// of this person (this one stays).
pub async fn change_password(
    state: &AppState,
    user: &CurrentUser,
    ip: IpAddr,
    this_session_hash: &str,
    req: ChangePasswordRequest,
) -> Result<(), AppError> {
    AppError::check(req.validate())?;
    let attempt = Attempt::start(state, ip, &normalize_email(&user.email)).await?;
    let stored = store::users::by_id(&mut *state.pool.acquire().await?, user.id).await?.and_then(|u| u.password_hash);
    if !password::verify_blocking(req.current, stored).await? {
        let mut tx = store::write(&state.pool, store::Lock::Company(user.company_id)).await?;
        record_failure(&mut tx, state, user.id).await?;
        tx.commit().await?;
        return Err(AppError::field(PasswordField::Current.name(), FieldErrorCode::WrongPassword));
    }
    attempt.succeeded().await?;
    let personal =
        Personal { email: user.email.clone(), first_name: user.first_name.clone(), last_name: user.last_name.clone() };
    if let Some(rule) = broken_rules(&req.new, &personal, blocklist::is_common).first() {
        return Err(AppError::password(PasswordField::New.name(), *rule));
    }
    let hash = password::hash_blocking(req.new).await?;
    let mut tx = store::write(&state.pool, store::Lock::Company(user.company_id)).await?;
    store::users::set_password(&mut tx, user.id, &hash).await?;
    store::sessions::delete_others(&mut tx, user.id, this_session_hash).await?;
    record_own(&mut tx, user.id, AuditAction::PasswordChanged, &AuditChanges::default()).await?;
    tx.commit().await?;
    Ok(())
}

/// An event the person did to their own account, named as they are now (read in the caller's
/// transaction, after the change).
pub(crate) async fn record_own(
    conn: &mut store::Conn,
    user_id: UserId,
    action: AuditAction,
    changes: &AuditChanges,
) -> Result<(), AppError> {
    let subject = store::users::by_id(conn, user_id).await?.ok_or(AppError::Unauthenticated)?;
    audit::record_user(conn, Actor::Person, &subject, action, changes).await?;
    Ok(())
}

/// A user sees the services assigned to them; whoever manages users sees the whole catalogue
/// with its seats (seats are the company's, whoever holds them) and the pending activations
/// of their scope.
pub async fn space(state: &AppState, user: &CurrentUser) -> Result<espace_api::services::MySpace, AppError> {
    use espace_api::services::MySpace;
    let count = |n: i64| u32::try_from(n).unwrap_or(u32::MAX);
    let mut conn = state.pool.acquire().await?;
    if user.role.manages_users() {
        let services = catalogue(&mut conn, user.company_id).await?;
        // On the connection already held: a second one from the pool could wait forever under load.
        let pending = store::users::count_pending_activation(&mut conn, user.company_id, &user.scope).await?;
        return Ok(MySpace { services, pending_activation: Some(count(pending)) });
    }
    let services = store::services::cards_of_user(&mut conn, user.company_id, user.id)
        .await?
        .into_iter()
        .map(|card| service_card(card, None))
        .collect();
    Ok(MySpace { services, pending_activation: None })
}

/// The company's services with their seats, by name.
pub async fn catalogue(
    conn: &mut store::Conn,
    company_id: CompanyId,
) -> Result<Vec<espace_api::services::ServiceCard>, AppError> {
    Ok(store::services::catalogue(conn, company_id)
        .await?
        .into_iter()
        .map(|s| service_card(s.card, Some((s.seats_used, s.seats_total))))
        .collect())
}

/// A service as the app shows it, with `(used, total)` seats for whoever manages users.
fn service_card(card: store::services::Card, seats: Option<(i64, i64)>) -> espace_api::services::ServiceCard {
    let count = |n: i64| u32::try_from(n.max(0)).unwrap_or(u32::MAX);
    espace_api::services::ServiceCard {
        id: card.id,
        name: card.name,
        words: espace_api::services::ServiceWords {
            name_en: card.name_en,
            name_fr: card.name_fr,
            description_en: card.description_en,
            description_fr: card.description_fr,
        },
        url: card.url,
        seats_used: seats.map(|(used, _)| count(used)),
        seats_total: seats.map(|(_, total)| count(total)),
    }
}

/// The outbox for people trying the demo without a mail server.
pub async fn mailbox(state: &AppState) -> Result<Vec<espace_api::dev::MailboxMessage>, AppError> {
    let rows = store::outbox::recent(&mut *state.pool.acquire().await?, 100).await?;
    let base = state.config.public_url.clone().unwrap_or_default();
    Ok(rows
        .into_iter()
        .map(|r| espace_api::dev::MailboxMessage {
            id: r.id,
            to: r.to_address,
            subject: r.subject,
            text: r.body_text,
            link: r.link.map(|l| l.strip_prefix(&base).map(str::to_owned).unwrap_or(l)),
            created_at: r.created_at,
        })
        .collect())
}

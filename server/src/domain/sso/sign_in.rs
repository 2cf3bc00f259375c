//! Signing in through the company's provider: identifier first, then the authorization code
//! flow with PKCE, `state` (bound to the browser that started it) and `nonce`, then the
//! account: matched by the provider's subject, linked by e-mail the first time, or made.

use espace_api::audit::AuditAction;
use espace_api::mail::EmailKind;
use espace_api::sso::{email_domain, SignInMethod, SsoError};
use espace_api::users::{Role, UserStatus};
use espace_api::validation::{normalize_email, normalize_name, Limits};
use espace_api::{Language, ServiceId, UserId};

use openidconnect::url::form_urlencoded;

use super::provider::{self, Failure, Identity};
use crate::auth::device::Device;
use crate::auth::session::{self, token_hash};
use crate::error::AppError;
use crate::mail::{self, render};
use crate::state::AppState;
use crate::store::{self, Conn};
use crate::users::create::{self, Person};
use crate::users::lifecycle::{self, Actor, Transition};

/// How long a person has at their provider before the sign-in must start again.
const LOGIN_TTL_SECS: i64 = 600;

/// A sign-in that failed, with the address it was for (the error page shows both).
#[derive(Debug)]
pub struct Failed {
    pub failure: Failure,
    pub email: String,
}

/// Or the server itself failed (the database): a 500 like any other.
pub type Outcome<T> = Result<Result<T, Failed>, AppError>;

/// The provider that signs this address in. An existing account follows its own company
/// only, and only when that company verified the address's domain and turned SSO on: another
/// company's claim on a domain never changes how someone signs in. An address with no account
/// follows the company that verified its domain (its first sign-in makes the account).
pub async fn provider_for(conn: &mut Conn, email: &str) -> Result<Option<store::sso::Provider>, AppError> {
    if email_domain(email).is_none() {
        return Ok(None);
    }
    let user = store::users::by_email(conn, &normalize_email(email)).await?;
    provider_of(conn, email, user.as_ref()).await
}

/// `provider_for` when the account behind `email`, if any, is already read.
async fn provider_of(
    conn: &mut Conn,
    email: &str,
    user: Option<&store::users::User>,
) -> Result<Option<store::sso::Provider>, AppError> {
    let Some(domain) = email_domain(email) else { return Ok(None) };
    Ok(match user {
        Some(user) => store::sso::provider_for_account(conn, user.id, &domain).await?,
        None => store::sso::provider_for_domain(conn, &domain).await?,
    })
}

/// The first step: SSO when a provider signs this address in (`provider_for`).
pub async fn method(state: &AppState, email: &str) -> Result<SignInMethod, AppError> {
    let covered = provider_for(&mut *state.pool.acquire().await?, email).await?;
    Ok(match covered {
        None => SignInMethod::Password,
        Some(_) => {
            let query = form_urlencoded::Serializer::new(String::new()).append_pair("email", email.trim()).finish();
            SignInMethod::Sso { start: format!("/api/sso/start?{query}") }
        }
    })
}

/// Whether password sign-in is closed to this address, whose account (if any) the caller
/// read: a provider signs it in and the account is not one of its company's break-glass
/// administrators.
pub async fn password_closed(
    conn: &mut Conn,
    email: &str,
    user: Option<&store::users::User>,
) -> Result<bool, AppError> {
    if provider_of(conn, email, user).await?.is_none() {
        return Ok(false);
    }
    Ok(match user {
        Some(user) => !store::sso::is_break_glass(conn, user.id).await?,
        None => true,
    })
}

/// Whether this account must sign in through its company's provider: no password, and so no
/// password link, is any use to it.
pub async fn enforced(conn: &mut Conn, user: &store::users::User) -> Result<bool, AppError> {
    password_closed(conn, &user.email, Some(user)).await
}

/// Starts a sign-in at the provider covering `email`; returns where to send the browser.
/// `browser` is the random value of the cookie that ties the way back to this browser.
pub async fn start(state: &AppState, email: &str, browser: &str) -> Outcome<String> {
    let failed = |failure| Ok(Err(Failed { failure, email: email.trim().to_owned() }));
    let found = provider_for(&mut *state.pool.acquire().await?, email).await?;
    let Some(p) = found else {
        return failed(Failure::new(SsoError::DomainNotCovered, email_domain(email).unwrap_or_default()));
    };
    let secret = match super::client_secret(state, &p.client_secret) {
        Ok(secret) => secret,
        Err(failure) => return failed(failure),
    };
    let metadata = match state.discoveries.get(&state.http, &p.issuer).await {
        Ok(metadata) => metadata,
        Err(failure) => return failed(failure),
    };
    let client = match provider::client(&metadata, &p.client_id, &secret, &super::redirect_uri(state)) {
        Ok(client) => client,
        Err(failure) => return failed(failure),
    };
    let authorization = provider::authorization(&client, email.trim());
    let now = store::now();
    let mut tx = store::write(&state.pool, store::Lock::Company(p.company_id)).await?;
    store::sso::insert_login(
        &mut tx,
        &token_hash(&authorization.state),
        &store::sso::Login {
            browser_hash: token_hash(browser),
            company_id: p.company_id,
            nonce: authorization.nonce,
            pkce_verifier: authorization.pkce_verifier,
            login_hint: email.trim().to_owned(),
            expires_at: now + LOGIN_TTL_SECS,
        },
        now,
    )
    .await?;
    tx.commit().await?;
    Ok(Ok(authorization.url))
}

/// What the provider sent back to the redirect URI.
#[derive(Debug, Clone, Default, serde::Deserialize)]
pub struct CallbackParams {
    #[serde(default)]
    pub code: Option<String>,
    #[serde(default)]
    pub state: Option<String>,
    #[serde(default)]
    pub error: Option<String>,
    #[serde(default)]
    pub error_description: Option<String>,
}

/// A session opened for the person the provider vouched for: (cookie value, user id).
pub async fn callback(
    state: &AppState,
    params: CallbackParams,
    browser: Option<&str>,
    device: &Device,
) -> Outcome<(String, UserId)> {
    let mismatch = |email: String| Ok(Err(Failed { failure: Failure::new(SsoError::StateMismatch, ""), email }));
    let Some(state_value) = params.state.as_deref().filter(|s| !s.is_empty()) else { return mismatch(String::new()) };
    let login = {
        // Whose login it is, only the row says: taken once, under no company's lock.
        let mut tx = store::write(&state.pool, store::Lock::Platform).await?;
        let login = store::sso::take_login(&mut tx, &token_hash(state_value)).await?;
        tx.commit().await?;
        login
    };
    let Some(login) = login else { return mismatch(String::new()) };
    let email = login.login_hint.clone();
    let failed = |failure| Ok(Err(Failed { failure, email: email.clone() }));
    if login.expires_at <= store::now() || browser.map(token_hash).as_deref() != Some(login.browser_hash.as_str()) {
        return mismatch(email.clone());
    }
    if let Some(error) = params.error.filter(|e| !e.is_empty()) {
        return failed(Failure {
            code: SsoError::ProviderRefused,
            error,
            detail: params.error_description.unwrap_or_default(),
        });
    }
    let Some(code) = params.code.filter(|c| !c.is_empty()) else {
        return failed(Failure::new(SsoError::Misconfigured, "no code"));
    };
    let found = store::sso::provider(&mut *state.pool.acquire().await?, login.company_id).await?;
    let Some(p) = found.filter(|p| p.enabled != 0) else {
        return failed(Failure::new(SsoError::Misconfigured, "single sign-on is off"));
    };
    let identity = match identify(state, &p, &code, &login).await {
        Ok(identity) => identity,
        Err(failure) => return failed(failure),
    };
    let Some(address) = identity.email.clone().filter(|e| espace_api::validation::email(e).is_ok()) else {
        return failed(Failure::new(SsoError::Misconfigured, "no email claim"));
    };
    let failed = |failure| Ok(Err(Failed { failure, email: address.clone() }));
    if !identity.email_verified {
        return failed(Failure::new(SsoError::EmailNotVerified, ""));
    }
    let mut tx = store::write(&state.pool, store::Lock::Company(p.company_id)).await?;
    // Only a domain the company proved it holds: a claim alone vouches for nobody.
    let domains = store::domains::verified(&mut tx, p.company_id).await?;
    if !email_domain(&address).is_some_and(|d| domains.contains(&d)) {
        return failed(Failure::new(SsoError::DomainNotCovered, email_domain(&address).unwrap_or_default()));
    }
    let user_id = match account(&mut tx, state, &p, &identity, &address).await? {
        Ok(id) => id,
        Err(failure) => return failed(failure),
    };
    store::users::record_sign_in(&mut tx, user_id, store::now()).await?;
    let token = session::open(&mut tx, &state.config, user_id, device).await?;
    store::sso::mark_session(&mut tx, &token_hash(&token), &identity.amr.join(",")).await?;
    tx.commit().await?;
    tracing::info!(user = %user_id, company = %p.company_id, "signed in through SSO");
    Ok(Ok((token, user_id)))
}

async fn identify(
    state: &AppState,
    p: &store::sso::Provider,
    code: &str,
    login: &store::sso::Login,
) -> Result<Identity, Failure> {
    let secret = super::client_secret(state, &p.client_secret)?;
    let metadata = state.discoveries.get(&state.http, &p.issuer).await?;
    let client = provider::client(&metadata, &p.client_id, &secret, &super::redirect_uri(state))?;
    let identity = provider::identity(&state.http, &client, code, &login.pkce_verifier, &login.nonce).await;
    if identity.as_ref().is_err_and(|f| f.code == SsoError::Misconfigured) {
        // Perhaps the provider rotated its keys since they were fetched.
        state.discoveries.forget(&p.issuer);
    }
    identity
}

/// The account the identity belongs to, in the caller's write transaction: by subject; else by
/// address (an account made by hand, import or SCIM, tied to the subject from now on); else a
/// new one. A deactivated or locked account stays out.
async fn account(
    tx: &mut Conn,
    state: &AppState,
    p: &store::sso::Provider,
    identity: &Identity,
    address: &str,
) -> Result<Result<UserId, Failure>, AppError> {
    let by_subject = store::sso::user_by_subject(tx, p.company_id, &identity.subject).await?;
    let user = match by_subject {
        Some(id) => store::users::by_id(tx, id).await?,
        None => match store::users::by_email(tx, &normalize_email(address)).await? {
            Some(user) if user.company_id != p.company_id => {
                return Ok(Err(Failure::new(SsoError::AccountConflict, "another company")));
            }
            Some(user) => {
                if store::sso::subject_of(tx, user.id).await?.is_some() {
                    return Ok(Err(Failure::new(SsoError::AccountConflict, "another subject")));
                }
                store::sso::set_subject(tx, user.id, &identity.subject).await?;
                Some(user)
            }
            None => None,
        },
    };
    let Some(user) = user else { return Ok(Ok(create_account(tx, state, p, identity, address).await?)) };
    match user.status {
        UserStatus::Active => Ok(Ok(user.id)),
        UserStatus::Created | UserStatus::Invited => {
            lifecycle::apply(tx, &state.config, &user, Transition::ActivateBySso, Actor::Person).await?;
            Ok(Ok(user.id))
        }
        UserStatus::Deactivated => Ok(Err(Failure::new(SsoError::AccountDeactivated, ""))),
        UserStatus::Locked => Ok(Err(Failure::new(SsoError::AccountLocked, ""))),
    }
}

/// A new account: User, the default entity, the default services that still have a seat (the
/// administrators are told of the others), names and language from the provider.
async fn create_account(
    tx: &mut Conn,
    state: &AppState,
    p: &store::sso::Provider,
    identity: &Identity,
    address: &str,
) -> Result<UserId, AppError> {
    let company = store::companies::by_id(tx, p.company_id).await?.ok_or(AppError::NotFound)?;
    let mut granted = Vec::new();
    let mut left_out = Vec::new();
    for service in store::sso::default_services(tx, p.company_id).await? {
        match store::services::seats(tx, p.company_id, service).await? {
            Some((total, used)) if used < total => granted.push(service),
            Some(_) => left_out.push(service),
            None => {}
        }
    }
    let language = match identity.locale.as_deref().map(str::to_lowercase) {
        Some(l) if l.starts_with("fr") => Language::Fr,
        Some(l) if l.starts_with("en") => Language::En,
        _ => company.language,
    };
    let local_part = address.split('@').next().unwrap_or(address);
    let name = |claim: &Option<String>, fallback: &str| {
        let name = normalize_name(claim.as_deref().unwrap_or(fallback));
        name.chars().take(Limits::NAME_MAX).collect::<String>()
    };
    let (first, last) = (name(&identity.given_name, local_part), name(&identity.family_name, ""));
    let person = Person {
        first_name: &first,
        last_name: &last,
        email: address.trim(),
        notification_email: "",
        language,
        role: Role::User,
        entity_id: p.default_entity_id,
        scope: Vec::new(),
        service_ids: &granted,
    };
    let user =
        create::insert(tx, state, (p.company_id, Actor::Person), &person, AuditAction::CreatedBySso, false).await?;
    store::sso::set_subject(tx, user.id, &identity.subject).await?;
    lifecycle::apply(tx, &state.config, &user, Transition::ActivateBySso, Actor::Person).await?;
    if !left_out.is_empty() {
        tell_admins_of_missing_seats(tx, &user, &left_out).await?;
    }
    tracing::info!(user = %user.id, company = %p.company_id, "account created at first SSO sign-in");
    Ok(user.id)
}

async fn tell_admins_of_missing_seats(
    tx: &mut Conn,
    user: &store::users::User,
    services: &[ServiceId],
) -> Result<(), AppError> {
    let catalogue = store::services::catalogue(tx, user.company_id).await?;
    let names: Vec<&str> =
        catalogue.iter().filter(|s| services.contains(&s.card.id)).map(|s| s.card.name.as_str()).collect();
    let names = names.join(", ");
    mail::to_admins(tx, user.company_id, user.id, EmailKind::SsoNoSeat, |admin| {
        render::sso_no_seat(
            admin.language,
            &admin.company_name,
            &admin.first_name,
            [&user.first_name, &user.last_name, &user.email],
            &names,
        )
    })
    .await?;
    Ok(())
}

/// The provider's end-session address for a session it opened, with where to come back.
pub async fn provider_sign_out(state: &AppState, session_token: &str) -> Result<Option<String>, AppError> {
    let mut conn = state.pool.acquire().await?;
    let Some(company_id) = store::sso::session_company(&mut conn, &token_hash(session_token)).await? else {
        return Ok(None);
    };
    let Some(p) = store::sso::provider(&mut conn, company_id).await? else { return Ok(None) };
    drop(conn);
    let Ok(metadata) = state.discoveries.get(&state.http, &p.issuer).await else { return Ok(None) };
    let Some(end) = provider::end_session(&metadata) else { return Ok(None) };
    let Ok(mut url) = openidconnect::url::Url::parse(&end) else { return Ok(None) };
    let back = super::sign_out_return(state);
    url.query_pairs_mut().append_pair("client_id", &p.client_id).append_pair("post_logout_redirect_uri", &back);
    Ok(Some(url.to_string()))
}

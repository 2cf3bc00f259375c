//! Single sign-on through each company's OpenID Connect provider: its settings (with a
//! connection test), identifier-first sign-in, accounts made at first sign-in, and sign-out.

pub mod provider;
pub mod sign_in;

use espace_api::audit::{AuditAction, AuditChanges};
use espace_api::fields::Fields as _;
use espace_api::sso::{
    Check, CheckStep, Choice, Choices, Person, SsoField, SsoSettings, SsoSettingsRequest, TestReport, CALLBACK_PATH,
};
use espace_api::users::Role;
use espace_api::{CompanyId, ErrorCode, FieldError, FieldErrorCode, UserId};

use crate::audit;
use crate::auth::extract::CurrentUser;
use crate::config::Secret;
use crate::error::AppError;
use crate::seal;
use crate::state::AppState;
use crate::store::{self, Conn};

/// Where the provider sends people back: to register at the provider.
pub fn redirect_uri(state: &AppState) -> String {
    state.config.page_url(CALLBACK_PATH)
}

/// Where the provider sends people after signing them out: to register at the provider.
pub fn sign_out_return(state: &AppState) -> String {
    state.config.page_url("/sign-in")
}

/// The server's key for secrets at rest.
pub fn key(state: &AppState) -> Result<&Secret, AppError> {
    state.config.secret_key.as_ref().ok_or(AppError::Refused(ErrorCode::Internal))
}

/// The provider's client secret, opened with this server's key.
pub fn client_secret(state: &AppState, sealed: &str) -> Result<Secret, provider::Failure> {
    let key = key(state).map_err(|_| provider::Failure::new(espace_api::sso::SsoError::Misconfigured, "no key"))?;
    seal::open(key, sealed).map_err(|e| provider::Failure::new(espace_api::sso::SsoError::Misconfigured, e.to_string()))
}

pub async fn settings(state: &AppState, admin: &CurrentUser) -> Result<SsoSettings, AppError> {
    let mut conn = state.pool.acquire().await?;
    settings_in(&mut conn, state, admin.company_id).await
}

async fn choices(conn: &mut Conn, company_id: CompanyId) -> Result<Choices, AppError> {
    let entities = store::entities::list(conn, company_id, &store::Scope::Company).await?;
    let services = store::services::catalogue(conn, company_id).await?;
    let administrators = store::users::other_active_admins(conn, company_id, UserId(0)).await?;
    Ok(Choices {
        entities: entities.into_iter().map(|e| Choice { id: e.id, name: e.name }).collect(),
        services: services.into_iter().map(|s| Choice { id: s.card.id, name: s.card.name }).collect(),
        administrators: administrators
            .into_iter()
            .map(|u| Person { id: u.id, first_name: u.first_name, last_name: u.last_name, email: u.email })
            .collect(),
    })
}

async fn settings_in(conn: &mut Conn, state: &AppState, company_id: CompanyId) -> Result<SsoSettings, AppError> {
    let redirect_uri = redirect_uri(state);
    let post_logout_redirect_uri = sign_out_return(state);
    let choices = choices(conn, company_id).await?;
    let claims = store::domains::of_company(conn, company_id).await?;
    let domain_status = claims.iter().map(crate::domains::status).collect();
    let Some(p) = store::sso::provider(conn, company_id).await? else {
        return Ok(SsoSettings {
            redirect_uri,
            post_logout_redirect_uri,
            choices,
            domain_status,
            ..SsoSettings::default()
        });
    };
    Ok(SsoSettings {
        enabled: p.enabled != 0,
        issuer: p.issuer,
        client_id: p.client_id,
        has_client_secret: !p.client_secret.is_empty(),
        domains: claims.into_iter().map(|d| d.domain).collect(),
        default_entity_id: Some(p.default_entity_id),
        default_service_ids: store::sso::default_services(conn, company_id).await?,
        break_glass_user_ids: store::sso::break_glass(conn, company_id).await?,
        redirect_uri,
        post_logout_redirect_uri,
        choices,
        domain_status,
    })
}

/// An issuer on a private or loopback address, as typed, is a field error: it could never be
/// reached (every outbound request goes to public addresses only), and saying so beats a 200
/// whose report fails.
fn refuse_private_issuer(state: &AppState, req: &SsoSettingsRequest) -> Result<(), AppError> {
    if crate::outbound::names_private_host(&req.issuer, state.config.allow_loopback_urls) {
        return Err(AppError::field(
            espace_api::sso::SsoField::Issuer.name(),
            espace_api::FieldErrorCode::PrivateAddress,
        ));
    }
    Ok(())
}

/// Saves the settings in one write transaction: domains another company verified, an entity
/// or service that is not the company's, and break-glass accounts that are not administrators
/// are refused field by field. New domains are claims, each with its TXT challenge: they
/// cover nobody until verified (`domains::check`).
pub async fn save(state: &AppState, admin: &CurrentUser, req: SsoSettingsRequest) -> Result<SsoSettings, AppError> {
    AppError::check(req.validate())?;
    refuse_private_issuer(state, &req)?;
    let domains = req.normalized_domains();
    let company_id = admin.company_id;
    let mut tx = store::write(&state.pool, store::Lock::Company(company_id)).await?;
    let stored = store::sso::provider(&mut tx, company_id).await?;
    let mut errors = Vec::new();
    if !store::domains::verified_by_others(&mut tx, company_id, &domains).await?.is_empty() {
        errors.push(FieldError { field: SsoField::Domains.name().into(), code: FieldErrorCode::Taken, max: None });
    }
    let entity_id = req.default_entity_id.unwrap_or_default();
    if store::entities::in_company(&mut tx, company_id, entity_id).await?.is_none() {
        errors.push(FieldError { field: "default_entity_id".into(), code: FieldErrorCode::Unknown, max: None });
    }
    let catalogue = store::services::catalogue(&mut tx, company_id).await?;
    if req.default_service_ids.iter().any(|id| !catalogue.iter().any(|s| s.card.id == *id)) {
        errors.push(FieldError { field: "default_service_ids".into(), code: FieldErrorCode::Unknown, max: None });
    }
    for id in &req.break_glass_user_ids {
        let user = store::users::by_id(&mut tx, *id).await?;
        if !user.is_some_and(|u| u.company_id == company_id && u.role == Role::Admin) {
            let field = SsoField::BreakGlass.name().into();
            errors.push(FieldError { field, code: FieldErrorCode::Unknown, max: None });
            break;
        }
    }
    let secret = match (req.client_secret.trim(), &stored) {
        ("", Some(p)) if keeps_secret(p, &req) => p.client_secret.clone(),
        ("", _) => {
            errors.push(FieldError { field: "client_secret".into(), code: FieldErrorCode::Required, max: None });
            String::new()
        }
        (typed, _) => seal::seal(key(state)?, typed).map_err(|_| AppError::Refused(ErrorCode::Internal))?,
    };
    AppError::check(errors)?;
    store::sso::save_provider(
        &mut tx,
        &store::sso::NewProvider {
            company_id,
            issuer: req.issuer.trim(),
            client_id: req.client_id.trim(),
            client_secret: &secret,
            default_entity_id: entity_id,
            now: store::now(),
        },
    )
    .await?;
    store::domains::set_claims(&mut tx, company_id, &domains, store::now(), crate::domains::new_challenge).await?;
    store::sso::set_default_services(&mut tx, company_id, &req.default_service_ids).await?;
    store::sso::set_break_glass(&mut tx, company_id, &req.break_glass_user_ids).await?;
    store::sso::set_enabled(&mut tx, company_id, req.enabled).await?;
    audit::record_company(&mut tx, admin, AuditAction::SsoSettingsChanged, &AuditChanges::default()).await?;
    let saved = settings_in(&mut tx, state, company_id).await?;
    tx.commit().await?;
    tracing::info!(company = %company_id, enabled = req.enabled, "SSO settings saved");
    Ok(saved)
}

/// An OAuth error code (`invalid_client`): shown as it is; anything else a provider says is not.
fn is_oauth_code(text: &str) -> bool {
    (1..=64).contains(&text.len()) && text.bytes().all(|b| b.is_ascii_lowercase() || b == b'_')
}

/// Whether an empty secret field keeps the stored secret: only for the same issuer and client
/// id. A secret is the provider's; sent to another issuer's token endpoint, it would leak.
fn keeps_secret(stored: &store::sso::Provider, req: &SsoSettingsRequest) -> bool {
    !stored.client_secret.is_empty()
        && stored.issuer.trim() == req.issuer.trim()
        && stored.client_id.trim() == req.client_id.trim()
}

/// "Test the connection": the settings as typed (the stored secret when none is typed), step
/// by step, each saying what it found. Nothing is saved.
pub async fn test(state: &AppState, admin: &CurrentUser, req: SsoSettingsRequest) -> Result<TestReport, AppError> {
    AppError::check(req.validate_connection())?;
    refuse_private_issuer(state, &req)?;
    let secret = if req.client_secret.trim().is_empty() {
        let stored = store::sso::provider(&mut *state.pool.acquire().await?, admin.company_id).await?;
        stored.filter(|p| keeps_secret(p, &req)).and_then(|p| client_secret(state, &p.client_secret).ok())
    } else {
        Some(Secret::new(req.client_secret.trim().to_owned()))
    };
    let mut checks: Vec<Check> = CheckStep::ALL.iter().map(|&step| Check { step, ok: None, detail: None }).collect();
    let mut mark = |step: CheckStep, result: Result<Option<String>, String>| {
        if let Some(check) = checks.iter_mut().find(|c| c.step == step) {
            let ok = result.is_ok();
            check.ok = Some(ok);
            check.detail = result.unwrap_or_else(Some);
        }
    };
    let metadata = match provider::discover(&state.http, &req.issuer).await {
        Ok(metadata) => {
            mark(CheckStep::Discovery, Ok(None));
            mark(CheckStep::Issuer, Ok(Some(metadata.issuer().to_string())));
            metadata
        }
        Err(failure) if failure.code == espace_api::sso::SsoError::ProviderUnreachable => {
            mark(CheckStep::Discovery, Err(failure.detail));
            return Ok(TestReport { checks });
        }
        Err(failure) => {
            mark(CheckStep::Discovery, Ok(None));
            mark(CheckStep::Issuer, Err(failure.detail));
            return Ok(TestReport { checks });
        }
    };
    let offered = serde_json::to_value(metadata.response_types_supported()).unwrap_or_default();
    let code_flow = offered.as_array().is_some_and(|types| types.iter().any(|t| t.as_str() == Some("code")));
    mark(CheckStep::CodeFlow, if code_flow { Ok(None) } else { Err(offered.to_string()) });
    let keys = metadata.jwks().keys().len();
    mark(CheckStep::Keys, if keys > 0 { Ok(None) } else { Err(metadata.jwks_uri().to_string()) });
    let client_result = match secret {
        None => Err("no client secret".to_owned()),
        Some(secret) => match provider::client(&metadata, req.client_id.trim(), &secret, &redirect_uri(state)) {
            Err(failure) => Err(failure.detail),
            // The provider's OAuth error code (`invalid_client`), never its free text.
            Ok(client) => provider::check_client(&state.http, &client).await.map(|()| None).map_err(|f| match f.code {
                espace_api::sso::SsoError::ProviderRefused if is_oauth_code(&f.error) => f.error,
                espace_api::sso::SsoError::ProviderRefused => "refused".to_owned(),
                // Otherwise the detail is one of Espace's own categories.
                _ => f.detail,
            }),
        },
    };
    mark(CheckStep::Client, client_result);
    Ok(TestReport { checks })
}

//! Companies as operators see them: the list across companies, a new company with its first
//! administrator (invited at once), and its access suspended and restored. Each change is in
//! the operators' audit log.

use espace_api::audit::AuditAction;
use espace_api::company::TimeZone;
use espace_api::fields::Fields as _;
use espace_api::operator::{
    CompanyQuery, CompanyRow, CompanyStatus, NewCompanyField, NewCompanyRequest, OperatorAction, OperatorEvent,
    COMPANY_PAGE,
};
use espace_api::users::Role;
use espace_api::validation::normalize_email;
use espace_api::{CompanyId, FieldErrorCode};

use crate::auth::session::token_hash;
use crate::error::AppError;
use crate::state::AppState;
use crate::store::operators::{Entry, Operator};
use crate::store::{self};
use crate::users::create::{self, Person};
use crate::users::fold::fold;
use crate::users::lifecycle::Actor;

pub async fn list(state: &AppState, query: &CompanyQuery) -> Result<Vec<CompanyRow>, AppError> {
    let folded = query.q.trim().to_lowercase();
    let limit = i64::try_from(COMPANY_PAGE).unwrap_or(200);
    Ok(store::operators::companies(&mut *state.pool.acquire().await?, &folded, query.status, limit).await?)
}

/// A company, its first entity (named after it) and its first administrator, who is sent the
/// invitation e-mail in the company's language; all or nothing.
pub async fn create(state: &AppState, operator: &Operator, req: &NewCompanyRequest) -> Result<CompanyRow, AppError> {
    AppError::check(req.validate())?;
    let time_zone =
        TimeZone::parse(&req.time_zone).map_err(|v| AppError::field(NewCompanyField::TimeZone.name(), v.code))?;
    let name = req.name.trim();
    let now = store::now();
    // A company that does not exist yet: nothing of it to queue behind.
    let mut tx = store::write(&state.pool, store::Lock::Platform).await?;
    // The request as understood (not its bytes): the same one sent again matches.
    let request_hash = token_hash(&serde_json::to_string(req).unwrap_or_default());
    let key = req.idempotency_key.as_deref().map(str::trim);
    if let Some(key) = key {
        if let Some((earlier, hash)) = store::operators::idempotent(&mut tx, key).await? {
            if hash != request_hash {
                return Err(AppError::Refused(espace_api::ErrorCode::IdempotencyKeyReused));
            }
            return store::operators::company(&mut tx, earlier).await?.ok_or(AppError::NotFound);
        }
    }
    if store::users::email_taken(&mut tx, &normalize_email(&req.admin_email)).await? {
        return Err(AppError::field(NewCompanyField::AdminEmail.name(), FieldErrorCode::Taken));
    }
    let company_id = store::operators::insert_company(&mut tx, name, req.language, &time_zone, now).await?;
    let entity_id = store::entities::insert(&mut tx, company_id, name, &fold(name), now).await?;
    let person = Person {
        first_name: &req.admin_first_name,
        last_name: &req.admin_last_name,
        email: req.admin_email.trim(),
        notification_email: "",
        language: req.language,
        role: Role::Admin,
        entity_id,
        scope: Vec::new(),
        service_ids: &[],
    };
    create::insert(&mut tx, state, (company_id, Actor::System), &person, AuditAction::Create, true).await?;
    if let Some(key) = key {
        store::operators::keep_idempotent(&mut tx, key, &request_hash, company_id, now).await?;
    }
    let entry = Entry::new(OperatorAction::CompanyCreated, (Some(company_id), name));
    store::operators::record(&mut tx, Some(operator), entry, now).await?;
    tx.commit().await?;
    tracing::info!(company = %company_id, operator = operator.id, "company created");
    let row = CompanyRow {
        id: company_id,
        name: name.to_owned(),
        status: CompanyStatus::Active,
        language: req.language,
        users: 1,
        sso: false,
        created_at: now,
        closes_at: None,
    };
    Ok(row)
}

/// Suspends or restores a company's access. Suspending ends every session of its people at
/// once; their sign-ins, tokens and SCIM are refused from then on (`company-suspended`).
pub async fn set_status(
    state: &AppState,
    operator: &Operator,
    company_id: CompanyId,
    status: CompanyStatus,
) -> Result<(), AppError> {
    let now = store::now();
    let mut tx = store::write(&state.pool, store::Lock::Company(company_id)).await?;
    let (name, current) = store::operators::company_status(&mut tx, company_id).await?.ok_or(AppError::NotFound)?;
    if current == status {
        return Ok(());
    }
    store::operators::set_company_status(&mut tx, company_id, status, now).await?;
    let action = match status {
        CompanyStatus::Suspended => {
            let ended = store::operators::end_company_sessions(&mut tx, company_id).await?;
            tracing::info!(company = %company_id, sessions = ended, "company suspended");
            OperatorAction::CompanySuspended
        }
        CompanyStatus::Active => OperatorAction::CompanyReactivated,
    };
    store::operators::record(&mut tx, Some(operator), Entry::new(action, (Some(company_id), &name)), now).await?;
    tx.commit().await?;
    Ok(())
}

/// The operators' latest actions.
pub async fn events(state: &AppState) -> Result<Vec<OperatorEvent>, AppError> {
    Ok(store::operators::recent(&mut *state.pool.acquire().await?, 50).await?)
}

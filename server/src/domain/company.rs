//! The company's own settings, which its administrators change: the time zone its e-mails
//! and exported files write times in.

use espace_api::audit::{AuditAction, AuditChanges, Change};
use espace_api::company::{CompanySettings, CompanySettingsRequest};
use espace_api::CompanyId;

use crate::audit;
use crate::auth::extract::CurrentUser;
use crate::clock::Clock;
use crate::error::AppError;
use crate::state::AppState;
use crate::store::{self, Pool};

pub async fn settings(state: &AppState, admin: &CurrentUser) -> Result<CompanySettings, AppError> {
    let company = store::companies::by_id(&mut *state.pool.acquire().await?, admin.company_id)
        .await?
        .ok_or(AppError::NotFound)?;
    Ok(CompanySettings { time_zone: company.time_zone, second_step: company.second_step_policy })
}

/// The clock the company's exports write times on: its time zone setting.
pub async fn clock(pool: &Pool, company_id: CompanyId) -> Result<Clock, AppError> {
    let company = store::companies::by_id(&mut *pool.acquire().await?, company_id).await?.ok_or(AppError::NotFound)?;
    Ok(Clock::of(&company.time_zone))
}

/// Saves the settings and records the event, in one write transaction. E-mails already queued
/// keep the times they were written with.
pub async fn save(
    state: &AppState,
    admin: &CurrentUser,
    req: &CompanySettingsRequest,
) -> Result<CompanySettings, AppError> {
    let parsed = req.parse().map_err(AppError::Validation)?;
    let mut tx = store::write(&state.pool, store::Lock::Company(admin.company_id)).await?;
    let current = store::companies::by_id(&mut tx, admin.company_id).await?.ok_or(AppError::NotFound)?;
    // A client that leaves the policy out keeps it as it is.
    let settings = CompanySettings {
        second_step: req.second_step.unwrap_or(current.second_step_policy),
        time_zone: parsed.time_zone,
    };
    // Each change is its own event; saving what is already saved records nothing.
    if current.time_zone != settings.time_zone {
        store::companies::set_time_zone(&mut tx, admin.company_id, &settings.time_zone).await?;
        let time_zone = Change { from: current.time_zone.to_string(), to: settings.time_zone.to_string() };
        let changes = AuditChanges { time_zone: Some(time_zone), ..Default::default() };
        audit::record_company(&mut tx, admin, AuditAction::CompanySettingsChanged, &changes).await?;
    }
    if current.second_step_policy != settings.second_step {
        store::companies::set_second_step_policy(&mut tx, admin.company_id, settings.second_step).await?;
        let second_step = Change { from: current.second_step_policy, to: settings.second_step };
        let changes = AuditChanges { second_step: Some(second_step), ..Default::default() };
        audit::record_company(&mut tx, admin, AuditAction::SecondStepPolicyChanged, &changes).await?;
    }
    tx.commit().await?;
    tracing::info!(company = %admin.company_id, time_zone = %settings.time_zone, second_step = settings.second_step.as_str(), "company settings saved");
    Ok(settings)
}

//! Closing a company: first its data as one ZIP of CSV files (its people, its audit log, its
//! import reports), then the closure: suspended at once, erased by the hourly job once the
//! grace period (`CLOSURE_GRACE_DAYS`) is over. Reactivating it within the grace period
//! cancels the closure.

use std::io::Write as _;

use espace_api::audit::AuditQuery;
use espace_api::operator::{OperatorAction, CLOSURE_GRACE_DAYS};
use espace_api::users::{Role, UserListQuery};
use espace_api::{CompanyId, EntityId, Language, UserId};
use zip::write::SimpleFileOptions;

use crate::auth::extract::CurrentUser;
use crate::error::AppError;
use crate::spreadsheet::{self, Kind};
use crate::state::AppState;
use crate::store::operators::{Entry, Operator};
use crate::store::{self, Scope};

/// The whole company, as its administrators see it: whom the exports are read as.
fn whole_company(company_id: CompanyId, language: Language) -> CurrentUser {
    CurrentUser {
        id: UserId(0),
        company_id,
        entity_id: EntityId(0),
        scope: Scope::Company,
        first_name: String::new(),
        last_name: String::new(),
        email: String::new(),
        role: Role::Admin,
        language,
        consent_version: None,
        consent_at: None,
        policy_version: String::new(),
        second_step_missing: false,
        token: None,
    }
}

/// The company's data, one CSV per part, in `lang`: `users.csv`, `audit-log.csv`,
/// `import-reports.csv`.
pub async fn export(state: &AppState, company_id: CompanyId, lang: Language) -> Result<Vec<u8>, AppError> {
    let mut conn = state.pool.acquire().await?;
    store::companies::by_id(&mut conn, company_id).await?.ok_or(AppError::NotFound)?;
    let reports = store::operators::import_reports(&mut conn, company_id).await?;
    drop(conn);
    let reader = whole_company(company_id, lang);
    let users =
        crate::users::export::export(&state.pool, &reader, UserListQuery::default(), None, (lang, Kind::Csv)).await?;
    let audit = crate::audit::csv(&state.pool, &reader, AuditQuery::default(), lang).await?;
    let clock = crate::company::clock(&state.pool, company_id).await?;
    let mut rows = vec![["batch", "part", "at", "report"].map(str::to_owned).to_vec()];
    rows.extend(
        reports
            .into_iter()
            .map(|(batch, part, at, report)| vec![batch, part.to_string(), clock.spreadsheet_time(at), report]),
    );
    let imports = spreadsheet::csv(lang, rows)?;
    let mut zip = zip::ZipWriter::new(std::io::Cursor::new(Vec::new()));
    let options = SimpleFileOptions::default().compression_method(zip::CompressionMethod::Deflated);
    for (name, bytes) in [("users.csv", users), ("audit-log.csv", audit), ("import-reports.csv", imports)] {
        zip.start_file(name, options).map_err(|e| AppError::Export(e.to_string()))?;
        zip.write_all(&bytes).map_err(|e| AppError::Export(e.to_string()))?;
    }
    Ok(zip.finish().map_err(|e| AppError::Export(e.to_string()))?.into_inner())
}

/// Closes the company: suspended at once (its sessions end), erased after the grace period.
pub async fn close(state: &AppState, operator: &Operator, company_id: CompanyId) -> Result<(), AppError> {
    let now = store::now();
    let mut tx = store::write(&state.pool, store::Lock::Company(company_id)).await?;
    let (name, _) = store::operators::company_status(&mut tx, company_id).await?.ok_or(AppError::NotFound)?;
    store::operators::set_closing(&mut tx, company_id, now, now + CLOSURE_GRACE_DAYS * store::DAY_SECS).await?;
    store::operators::end_company_sessions(&mut tx, company_id).await?;
    let entry = Entry::new(OperatorAction::CompanyClosed, (Some(company_id), &name));
    store::operators::record(&mut tx, Some(operator), entry, now).await?;
    tx.commit().await?;
    tracing::info!(company = %company_id, operator = operator.id, "company closed");
    Ok(())
}

/// Erases every company whose grace period is over (the hourly job); how many.
pub async fn erase_due(state: &AppState, now: i64) -> Result<usize, AppError> {
    let due = store::operators::due_for_erasure(&mut *state.pool.acquire().await?, now).await?;
    for (company_id, name) in &due {
        let mut tx = store::write(&state.pool, store::Lock::Company(*company_id)).await?;
        store::erasure::erase(&mut tx, *company_id).await?;
        store::operators::record(&mut tx, None, Entry::new(OperatorAction::CompanyErased, (None, name)), now).await?;
        tx.commit().await?;
        tracing::info!(company = %company_id, "company erased after its closure");
    }
    Ok(due.len())
}

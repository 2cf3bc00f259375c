//! A company's e-mail domains: claimed on the single sign-on page, proven with a TXT record
//! (`_espace-challenge.<domain>` holding the claim's challenge), then checked again every day.
//! Only a verified domain routes sign-ins or vouches for the accounts SSO makes; one company
//! at most has a given domain verified; public mail domains are never claimed.

pub mod dns;

use espace_api::audit::AuditAction;
use espace_api::mail::EmailKind;
use espace_api::sso::{challenge_name, DomainCheck, DomainCheckOutcome, DomainState, DomainStatus};
use espace_api::UserId;

use crate::audit;
use crate::auth::extract::CurrentUser;
use crate::error::AppError;
use crate::mail::{self, render};
use crate::state::AppState;
use crate::store::domains::Domain;
use crate::store::{self, Conn, DAY_SECS};
use dns::LookupError;

/// What a claim's TXT record must hold: random, so that nobody else's record can prove it.
pub fn new_challenge() -> String {
    use rand::RngCore;
    let mut bytes = [0u8; 16];
    rand::thread_rng().fill_bytes(&mut bytes);
    let hex: String = bytes.iter().map(|b| format!("{b:02x}")).collect();
    format!("espace-verification={hex}")
}

pub fn status(domain: &Domain) -> DomainStatus {
    let state = match (domain.verified_at, domain.lost_at) {
        (Some(_), _) => DomainState::Verified,
        (None, Some(_)) => DomainState::Lost,
        (None, None) => DomainState::Pending,
    };
    DomainStatus {
        domain: domain.domain.clone(),
        state,
        record_name: challenge_name(&domain.domain),
        record_value: domain.challenge.clone(),
        verified_at: domain.verified_at,
        checked_at: domain.checked_at,
    }
}

/// Whether the TXT record holds the challenge: `Ok(false)` when DNS answered without it.
async fn record_found(state: &AppState, domain: &Domain) -> Result<bool, LookupError> {
    match state.dns.txt(&challenge_name(&domain.domain)).await {
        Ok(values) => Ok(values.iter().any(|v| v.trim() == domain.challenge)),
        Err(LookupError::NotFound) => Ok(false),
        Err(e) => Err(e),
    }
}

/// "Check now" on the settings page: looks for the record and records what it found.
pub async fn check(state: &AppState, admin: &CurrentUser, domain: &str) -> Result<DomainCheck, AppError> {
    let domain = domain.trim().trim_end_matches('.').to_lowercase();
    let claim = store::domains::find(&mut *state.pool.acquire().await?, admin.company_id, &domain).await?;
    let claim = claim.ok_or(AppError::NotFound)?;
    // The lookup runs before the write lock: DNS can take seconds.
    let found = record_found(state, &claim).await;
    let mut tx = store::write(&state.pool, store::Lock::Company(admin.company_id)).await?;
    let claim = store::domains::find(&mut tx, admin.company_id, &domain).await?.ok_or(AppError::NotFound)?;
    let outcome = match found {
        Err(_) => DomainCheckOutcome::Unreachable,
        Ok(true) => {
            if !store::domains::verified_by_others(&mut tx, admin.company_id, std::slice::from_ref(&domain))
                .await?
                .is_empty()
            {
                DomainCheckOutcome::Taken
            } else {
                if claim.verified_at.is_none() {
                    audit::record_domain(&mut tx, admin.company_id, Some(admin), &domain, AuditAction::DomainVerified)
                        .await?;
                    tracing::info!(company = %admin.company_id, domain, "domain verified");
                }
                store::domains::mark_verified(&mut tx, admin.company_id, &domain, store::now()).await?;
                DomainCheckOutcome::Verified
            }
        }
        Ok(false) => {
            if claim.verified_at.is_some() {
                lose(&mut tx, &claim, Some(admin)).await?;
            }
            DomainCheckOutcome::NotFound
        }
    };
    let after = store::domains::find(&mut tx, admin.company_id, &domain).await?.ok_or(AppError::NotFound)?;
    tx.commit().await?;
    Ok(DomainCheck { outcome, status: status(&after) })
}

/// A verified domain whose record is gone: a claim again, recorded, and the company's
/// administrators told (in the caller's write transaction).
async fn lose(tx: &mut Conn, domain: &Domain, actor: Option<&CurrentUser>) -> Result<(), AppError> {
    store::domains::mark_lost(tx, domain.company_id, &domain.domain, store::now()).await?;
    audit::record_domain(tx, domain.company_id, actor, &domain.domain, AuditAction::DomainLost).await?;
    mail::to_admins(tx, domain.company_id, UserId(0), EmailKind::DomainLost, |admin| {
        render::domain_lost(admin.language, &admin.company_name, &admin.first_name, &domain.domain)
    })
    .await?;
    tracing::warn!(company = %domain.company_id, domain = domain.domain, "domain no longer verified");
    Ok(())
}

/// What a daily pass did.
#[derive(Debug, Default, PartialEq, Eq)]
pub struct Recheck {
    pub confirmed: usize,
    pub lost: usize,
    /// DNS did not answer: tried again at the next pass.
    pub unanswered: usize,
}

/// Verified domains checked at least a day ago, looked up again. Only an answer without the
/// record loses a domain; a DNS server that does not answer changes nothing.
pub async fn recheck_due(state: &AppState, now: i64) -> Result<Recheck, AppError> {
    /// Domains looked up in one pass: the rest wait for the next one, an hour later.
    const PER_PASS: i64 = 500;
    let due = store::domains::due(&mut *state.pool.acquire().await?, now - DAY_SECS, PER_PASS).await?;
    let mut report = Recheck::default();
    for domain in due {
        let found = record_found(state, &domain).await;
        let mut tx = store::write(&state.pool, store::Lock::Company(domain.company_id)).await?;
        // Read again under the lock: an administrator may have changed it since.
        let Some(current) = store::domains::find(&mut tx, domain.company_id, &domain.domain).await? else { continue };
        if current.verified_at.is_none() || current.challenge != domain.challenge {
            continue;
        }
        match found {
            Ok(true) => {
                store::domains::mark_verified(&mut tx, domain.company_id, &domain.domain, now).await?;
                report.confirmed += 1;
            }
            Ok(false) => {
                lose(&mut tx, &current, None).await?;
                report.lost += 1;
            }
            Err(_) => report.unanswered += 1,
        }
        tx.commit().await?;
    }
    Ok(report)
}

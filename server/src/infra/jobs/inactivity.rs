//! Users who have not signed in for 90 days are deactivated (reason "inactivity"); 14 days
//! before, they get a warning e-mail. Signing in resets the clock. The last active admin of a
//! company is never deactivated this way: the company would be locked out. The same hourly
//! pass forgets sessions and links that can no longer be used.

use espace_api::mail::EmailKind;
use espace_api::users::StatusReason;
use espace_api::ErrorCode;
use tokio_util::sync::CancellationToken;

use crate::error::AppError;
use crate::mail::render::{inactivity_warning, InactivityWarning};
use crate::mail::{self, Email};
use crate::state::AppState;
use crate::store::{self, DAY_SECS};
use crate::users::lifecycle::{self, Actor, Transition};

pub const INACTIVE_AFTER_SECS: i64 = espace_api::policy::INACTIVE_AFTER_DAYS * DAY_SECS;
pub const WARN_BEFORE_SECS: i64 = 14 * DAY_SECS;
/// Spent links and idempotency keys are kept this long (a link page can still say "already
/// used" or "expired" instead of "unknown").
pub const KEEP_SPENT_SECS: i64 = 7 * DAY_SECS;

#[derive(Debug, Default, PartialEq, Eq)]
pub struct Report {
    pub warned: usize,
    pub deactivated: usize,
}

#[derive(Debug, Default, PartialEq, Eq)]
pub struct Purged {
    pub sessions: u64,
    pub rate_limits: u64,
    pub links: u64,
    pub idempotency_keys: u64,
    pub devices: u64,
    /// Sign-ins that never got their second step.
    pub challenges: u64,
    /// Error answers kept for support past their 30 days.
    pub errors: u64,
    /// Webhook messages delivered or given up more than 30 days ago.
    pub webhook_messages: u64,
}

/// One pass at time `now` (a parameter, so tests can move the clock). Each user is handled in
/// a write transaction of its own, so the pass never holds the lock for long.
pub async fn run(state: &AppState, now: i64) -> Result<Report, AppError> {
    let mut report = Report::default();
    let idle = store::users::idle(&mut *state.pool.acquire().await?, now - INACTIVE_AFTER_SECS, false).await?;
    for candidate in idle {
        let mut tx = store::write(&state.pool, store::Lock::Company(candidate.company_id)).await?;
        // Read again under the lock: they may have signed in since.
        let Some(user) = store::users::by_id(&mut tx, candidate.id).await? else { continue };
        let activity = user.last_sign_in_at.or(user.activated_at).unwrap_or(user.created_at);
        if activity > now - INACTIVE_AFTER_SECS {
            continue;
        }
        let transition = Transition::Deactivate(StatusReason::Inactivity);
        match lifecycle::apply(&mut tx, &state.config, &user, transition, Actor::System).await {
            Ok(()) => report.deactivated += 1,
            Err(AppError::Refused(ErrorCode::LastAdmin | ErrorCode::InvalidTransition)) => continue,
            Err(e) => return Err(e),
        }
        tx.commit().await?;
    }
    let warn_before = now - (INACTIVE_AFTER_SECS - WARN_BEFORE_SECS);
    let to_warn = store::users::idle(&mut *state.pool.acquire().await?, warn_before, true).await?;
    let sign_in = state.config.page_url("/sign-in");
    for user in to_warn {
        let last_activity = user.last_sign_in_at.or(user.activated_at).unwrap_or(user.created_at);
        let (subject, text) = inactivity_warning(&InactivityWarning {
            language: user.language,
            company: &user.company_name,
            time_zone: &user.company_time_zone,
            first_name: &user.first_name,
            deadline: last_activity + INACTIVE_AFTER_SECS,
            days: espace_api::policy::INACTIVE_AFTER_DAYS,
            link: &sign_in,
        });
        let mut tx = store::write(&state.pool, store::Lock::Company(user.company_id)).await?;
        let email = Email {
            user_id: Some(user.id),
            kind: EmailKind::InactivityWarning,
            to: user.mail_to().to_owned(),
            language: user.language,
            subject,
            text,
            link: Some(sign_in.clone()),
        };
        mail::queue(&mut tx, &email).await?;
        store::users::mark_inactivity_warned(&mut tx, user.id, now).await?;
        tx.commit().await?;
        report.warned += 1;
    }
    Ok(report)
}

/// Forgets sessions past their lifetime or idle timeout, links and idempotency keys spent for
/// a week, browsers unseen for longer than their device cookie lives, sign-ins whose
/// second step never came, and error answers kept for support past 30 days.
pub async fn purge(state: &AppState, now: i64) -> Result<Purged, AppError> {
    // Expired rows of every company, none of which anyone reads again.
    let mut tx = store::write(&state.pool, store::Lock::Platform).await?;
    let purged = Purged {
        sessions: store::sessions::purge(&mut tx, now, now - state.config.session_idle_secs).await?,
        rate_limits: store::limits::purge(&mut tx, now - crate::rate_limit::Bucket::LONGEST_WINDOW_SECS).await?,
        links: store::tokens::purge(&mut tx, now - KEEP_SPENT_SECS).await?,
        idempotency_keys: store::idempotency::purge(&mut tx, now - KEEP_SPENT_SECS).await?
            + store::operators::purge_idempotent(&mut tx, now - KEEP_SPENT_SECS).await?,
        devices: store::devices::purge(&mut tx, now - crate::auth::device::DEVICE_COOKIE_DAYS * store::DAY_SECS)
            .await?,
        challenges: store::second_step::purge_challenges(&mut tx, now).await?,
        errors: store::support::purge(&mut tx, now - crate::operators::support::KEEP_SECS).await?,
        webhook_messages: store::webhooks::purge(&mut tx, now - espace_api::webhooks::KEEP_SECS).await?,
    };
    tx.commit().await?;
    // The user counts' deltas, folded into their rows company by company.
    let companies = store::users::counts_to_fold(&mut *state.pool.acquire().await?).await?;
    for company_id in companies {
        let mut tx = store::write(&state.pool, store::Lock::Company(company_id)).await?;
        store::users::fold_counts(&mut tx, company_id).await?;
        tx.commit().await?;
    }
    Ok(purged)
}

/// The hourly pass, if no instance on this database ran it in the last hour: `true` when this
/// one did.
pub async fn run_if_due(state: &AppState, now: i64) -> Result<bool, AppError> {
    let claimed = {
        let mut tx = store::write(&state.pool, store::Lock::Platform).await?;
        let claimed = store::jobs::claim(&mut tx, "hourly", now, now - HOUR_SECS).await?;
        tx.commit().await?;
        claimed
    };
    if claimed {
        match run(state, now).await {
            Ok(report) if report != Report::default() => tracing::info!(?report, "inactivity pass"),
            Ok(_) => {}
            Err(e) => tracing::error!(error = %e, "inactivity pass failed"),
        }
        match purge(state, now).await {
            Ok(purged) if purged != Purged::default() => tracing::info!(?purged, "purge"),
            Ok(_) => {}
            Err(e) => tracing::error!(error = %e, "purge failed"),
        }
        // Closed companies at the end of their grace period.
        match crate::operators::closure::erase_due(state, now).await {
            Ok(0) => {}
            Ok(erased) => tracing::info!(erased, "closed companies erased"),
            Err(e) => tracing::error!(error = %e, "erasing closed companies failed"),
        }
        // Invitations about to expire unused: the person is reminded once.
        match crate::users::reminders::remind_expiring(state, now).await {
            Ok(0) => {}
            Ok(reminded) => tracing::info!(reminded, "invitations recalled"),
            Err(e) => tracing::error!(error = %e, "invitation reminders failed"),
        }
        // Invitations that expired unused: whoever sent them is told, once a day.
        match crate::users::invitations::send_digests(state, now).await {
            Ok(0) => {}
            Ok(sent) => tracing::info!(sent, "expired invitations told"),
            Err(e) => tracing::error!(error = %e, "expired invitation digests failed"),
        }
        // Orders about to end: their companies' administrators are told once.
        match crate::operators::orders::tell_endings(state, now).await {
            Ok(0) => {}
            Ok(told) => tracing::info!(told, "orders ending told"),
            Err(e) => tracing::error!(error = %e, "telling of orders ending failed"),
        }
        // Each verified domain comes due once a day.
        match crate::domains::recheck_due(state, now).await {
            Ok(report) if report != crate::domains::Recheck::default() => tracing::info!(?report, "domain checks"),
            Ok(_) => {}
            Err(e) => tracing::error!(error = %e, "domain checks failed"),
        }
    }
    Ok(claimed)
}

const HOUR_SECS: i64 = 3600;

/// Looks every few minutes whether the hourly pass is due, until `stop`: whichever instance
/// claims it first runs it, once per hour across all instances on the database.
pub fn spawn_hourly(state: AppState, stop: CancellationToken) -> tokio::task::JoinHandle<()> {
    tokio::spawn(async move {
        let mut interval = tokio::time::interval(std::time::Duration::from_secs(300));
        loop {
            tokio::select! {
                () = stop.cancelled() => break,
                _ = interval.tick() => {}
            }
            if let Err(e) = run_if_due(&state, store::now()).await {
                tracing::error!(error = %e, "hourly pass could not be claimed");
            }
        }
    })
}

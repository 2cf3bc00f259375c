//! Invitations that expired unused: told to whoever sent them in a daily digest, and renewed
//! at once from the list's "Invitation expired" filter, each person through the lifecycle (a
//! new link, the old ones revoked, the audit entry), within the reader's reach.

use espace_api::mail::EmailKind;
use espace_api::users::{RenewReport, Role, UserStatus};

use crate::auth::extract::CurrentUser;
use crate::error::AppError;
use crate::mail::render;
use crate::mail::{self, Email};
use crate::state::AppState;
use crate::store;
use crate::users::lifecycle::{self, Transition};
use crate::users::reach;

/// The most people one request renews: the rest are left for the next (the filter still
/// lists them), so that one transaction never holds the company's lock for long.
pub const RENEW_MAX: i64 = 500;

pub async fn renew_expired(state: &AppState, actor: &CurrentUser) -> Result<RenewReport, AppError> {
    let mut tx = store::write(&state.pool, store::Lock::Company(actor.company_id)).await?;
    let ids =
        store::users::expired_invitations(&mut tx, actor.company_id, &actor.scope, store::now(), RENEW_MAX).await?;
    let mut report = RenewReport::default();
    for id in ids {
        let Some(user) = store::users::in_scope(&mut tx, actor.company_id, &actor.scope, id).await? else {
            continue;
        };
        // Checked first, so that a person left aside leaves nothing written.
        let manageable = reach::ensure_manages(&mut tx, actor, &user).await.is_ok();
        if !manageable || crate::sso::sign_in::enforced(&mut tx, &user).await? {
            report.skipped += 1;
            continue;
        }
        lifecycle::apply(&mut tx, &state.config, &user, Transition::ResendInvitation, actor.actor()).await?;
        report.renewed += 1;
    }
    tx.commit().await?;
    Ok(report)
}

/// How far back a digest looks: invitations that expired before were never told.
const DIGEST_LOOKBACK_SECS: i64 = 7 * store::DAY_SECS;
/// People named in one digest at most; the rest are counted in the total.
const DIGEST_NAMES: usize = 20;

/// Once a day across instances: each administrator whose invitations expired unused since is
/// e-mailed the list, with a link to the list filtered to them (where one action renews them
/// all). Each expired invitation is told once; to an inviter who no longer manages people,
/// never. The number of digests sent.
pub async fn send_digests(state: &AppState, now: i64) -> Result<usize, AppError> {
    let claimed = {
        let mut tx = store::write(&state.pool, store::Lock::Platform).await?;
        let claimed = store::jobs::claim(&mut tx, "invitation-digest", now, now - store::DAY_SECS).await?;
        tx.commit().await?;
        claimed
    };
    if !claimed {
        return Ok(0);
    }
    let expired =
        store::tokens::expired_untold(&mut *state.pool.acquire().await?, now - DIGEST_LOOKBACK_SECS, now).await?;
    let link = state.config.page_url("/users?invitation=expired");
    let mut sent = 0;
    for group in expired.chunk_by(|a, b| a.inviter_id == b.inviter_id) {
        let Some(first) = group.first() else { continue };
        let mut tx = store::write_for_user(&state.pool, first.inviter_id).await?;
        let inviter = store::users::by_id(&mut tx, first.inviter_id).await?;
        if let Some(inviter) = inviter.filter(|i| i.status == UserStatus::Active && i.role != Role::User) {
            let mut people: Vec<String> = group
                .iter()
                .take(DIGEST_NAMES)
                .map(|p| format!("- {} {} ({})", p.first_name, p.last_name, p.email))
                .collect();
            if group.len() > DIGEST_NAMES {
                people.push("- …".to_owned());
            }
            let (subject, text) = render::invitation_digest(
                inviter.language,
                &inviter.company_name,
                &inviter.first_name,
                group.len(),
                &people.join("\n"),
                &link,
            );
            let email = Email {
                user_id: Some(inviter.id),
                kind: EmailKind::InvitationDigest,
                to: inviter.mail_to().to_owned(),
                language: inviter.language,
                subject,
                text,
                link: Some(link.clone()),
            };
            mail::queue(&mut tx, &email).await?;
            sent += 1;
        }
        for person in group {
            store::tokens::mark_expiry_told(&mut tx, &person.hash, now).await?;
        }
        tx.commit().await?;
    }
    Ok(sent)
}

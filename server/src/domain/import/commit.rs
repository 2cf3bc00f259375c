//! One part of an import, committed in one write transaction: checked again there (what the
//! preview said may have changed), each ready row added through the same path as the wizard
//! (`users::create::insert`, the lifecycle for the activation e-mail), the report kept so the
//! same part sent again creates nobody twice.

use espace_api::audit::AuditAction;
use espace_api::import::{CommitReport, CommitRequest, CreatedRow, SkippedRow};
use espace_api::users::Role;
use espace_api::ErrorCode;

use crate::auth::extract::CurrentUser;
use crate::auth::session::token_hash;
use crate::error::AppError;
use crate::import::check;
use crate::state::AppState;
use crate::store;
use crate::users::create::{self, Person};

pub async fn commit(state: &AppState, actor: &CurrentUser, req: CommitRequest) -> Result<CommitReport, AppError> {
    // At most `COMMIT_PART_ROWS` rows: the whole part runs in one write transaction.
    AppError::check(req.validate())?;
    let request_hash = token_hash(&serde_json::to_string(&req).unwrap_or_default());
    let batch = req.batch.trim().to_owned();
    let part = i64::from(req.part);
    let mut tx = store::write(&state.pool, store::Lock::Company(actor.company_id)).await?;
    let company = store::companies::by_id(&mut tx, actor.company_id).await?.ok_or(AppError::NotFound)?;
    if company.sso_enabled != 0 {
        return Err(AppError::Refused(ErrorCode::SsoManaged));
    }
    if let Some(earlier) = store::imports::find(&mut tx, actor.company_id, &batch, part).await? {
        if earlier.request_hash == request_hash && earlier.actor_id == Some(actor.id) {
            return Ok(serde_json::from_str(&earlier.report)?);
        }
        return Err(AppError::Refused(ErrorCode::IdempotencyKeyReused));
    }
    let (preview, ready) = check::check(&mut tx, actor, req.rows).await?;
    let mut report = CommitReport::default();
    for (checked, ready) in preview.rows.into_iter().zip(ready) {
        let Some(ready) = ready else {
            report.skipped.push(SkippedRow {
                line: checked.row.line,
                email: checked.row.email.trim().to_owned(),
                status: checked.status,
                errors: checked.errors,
            });
            continue;
        };
        let person = Person {
            first_name: &checked.row.first_name,
            last_name: &checked.row.last_name,
            email: &ready.email,
            notification_email: checked.row.notification_email.trim(),
            language: ready.language,
            role: ready.role,
            entity_id: ready.entity_id,
            // A team administrator imported manages the entity they are imported into.
            scope: if ready.role == Role::TeamAdmin { vec![ready.entity_id] } else { Vec::new() },
            service_ids: &ready.service_ids,
        };
        let user = create::insert(
            &mut tx,
            state,
            (actor.company_id, actor.actor()),
            &person,
            AuditAction::CreatedByImport,
            req.send_activation,
        )
        .await?;
        report.created.push(CreatedRow { line: checked.row.line, id: user.id, email: user.email });
    }
    let stored = serde_json::to_string(&report)?;
    store::imports::insert(
        &mut tx,
        &store::imports::NewPart {
            company_id: actor.company_id,
            batch: &batch,
            part,
            actor_id: actor.id,
            request_hash: &request_hash,
            report: &stored,
            now: store::now(),
        },
    )
    .await?;
    tx.commit().await?;
    // A part adds up to a thousand users: their count deltas are folded at once, so that the
    // list's counts never sum many.
    let mut tx = store::write(&state.pool, store::Lock::Company(actor.company_id)).await?;
    store::users::fold_counts(&mut tx, actor.company_id).await?;
    tx.commit().await?;
    Ok(report)
}

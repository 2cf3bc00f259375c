//! The company's audit log. Every administrative path records its event here, in its own
//! write transaction, with the names of the moment; readers get the events of their scope.

use espace_api::audit::{AuditAction, AuditChanges, AuditEntry, AuditPage, AuditQuery, AUDIT_PAGE_SIZE};
use espace_api::second_step::SecondStepPolicy;
use espace_api::users::Role;
use espace_api::{CompanyId, EntityId, Language, TokenId, UserId};

use crate::auth::extract::CurrentUser;
use crate::clock::Clock;
use crate::error::AppError;
use crate::i18n;
use crate::spreadsheet;
use crate::store::users::User;
use crate::store::{self, Conn, Pool};
use crate::users::fold::fold;

/// Who causes an event.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Actor {
    /// A team administrator or an administrator, by id.
    Admin(UserId),
    /// An API token, by id (it acts with its creator's rights, but it is what did it).
    Token(TokenId),
    /// The user themselves (through a link, or asking for one).
    Person,
    /// The server on its own (wrong passwords, inactivity).
    System,
}

/// An event about a user, placed in the user's entity as it is now (in this transaction).
pub async fn record_user(
    conn: &mut Conn,
    actor: Actor,
    subject: &User,
    action: AuditAction,
    changes: &AuditChanges,
) -> Result<(), AppError> {
    let subject_name = format!("{} {}", subject.first_name, subject.last_name);
    let actor_name = match actor {
        Actor::Admin(id) if id == subject.id => Some(subject_name.clone()),
        Actor::Admin(id) => store::users::name_of(conn, id).await?.map(|(f, l)| format!("{f} {l}")),
        Actor::Token(id) => store::api_tokens::name_of(conn, id).await?,
        Actor::Person => Some(subject_name.clone()),
        Actor::System => None,
    };
    let changes = encode(changes)?;
    write(
        conn,
        &store::audit::NewEvent {
            company_id: subject.company_id,
            at: store::now(),
            action,
            actor_id: match actor {
                Actor::Admin(id) => Some(id),
                Actor::Person => Some(subject.id),
                Actor::Token(_) | Actor::System => None,
            },
            actor_name: actor_name.as_deref(),
            actor_key: &actor_name.as_deref().map(fold).unwrap_or_default(),
            actor_token: matches!(actor, Actor::Token(_)),
            subject_id: Some(subject.id),
            subject_name: Some(&subject_name),
            subject_email: Some(&subject.email),
            subject_key: &fold(&format!("{subject_name} {}", subject.email)),
            entity_id: Some(subject.entity_id),
            entity_name: Some(&subject.entity_name),
            changes: changes.as_deref(),
        },
    )
    .await?;
    Ok(())
}

/// An event about an API token (created, revoked): the token is what it happened to.
pub async fn record_token(
    conn: &mut Conn,
    actor: &CurrentUser,
    token_name: &str,
    action: AuditAction,
) -> Result<(), AppError> {
    record(conn, actor, (None, None), Some(token_name), action, &AuditChanges::default()).await
}

/// An event about a webhook endpoint (added, changed, removed, secret renewed): its address is
/// what it happened to.
pub async fn record_webhook(
    conn: &mut Conn,
    actor: &CurrentUser,
    url: &str,
    action: AuditAction,
) -> Result<(), AppError> {
    record(conn, actor, (None, None), Some(url), action, &AuditChanges::default()).await
}

/// An event about one of the company's domains (verified, lost): found by an administrator's
/// "Check now", or by the daily check (`actor` `None`).
pub async fn record_domain(
    conn: &mut Conn,
    company_id: CompanyId,
    actor: Option<&CurrentUser>,
    domain: &str,
    action: AuditAction,
) -> Result<(), AppError> {
    if let Some(actor) = actor {
        return record(conn, actor, (None, None), Some(domain), action, &AuditChanges::default()).await;
    }
    write(
        conn,
        &store::audit::NewEvent {
            company_id,
            at: store::now(),
            action,
            actor_id: None,
            actor_name: None,
            actor_key: "",
            actor_token: false,
            subject_id: None,
            subject_name: Some(domain),
            subject_email: None,
            subject_key: &fold(domain),
            entity_id: None,
            entity_name: None,
            changes: None,
        },
    )
    .await?;
    Ok(())
}

/// An event about an entity (created, renamed, removed), by an administrator.
pub async fn record_entity(
    conn: &mut Conn,
    actor: &CurrentUser,
    entity: (Option<EntityId>, &str),
    action: AuditAction,
    changes: &AuditChanges,
) -> Result<(), AppError> {
    record(conn, actor, (entity.0, Some(entity.1)), None, action, changes).await
}

/// An event about the company's own settings (single sign-on), by an administrator.
pub async fn record_company(
    conn: &mut Conn,
    actor: &CurrentUser,
    action: AuditAction,
    changes: &AuditChanges,
) -> Result<(), AppError> {
    record(conn, actor, (None, None), None, action, changes).await
}

/// An event done by a signed-in person about something other than a user.
async fn record(
    conn: &mut Conn,
    actor: &CurrentUser,
    entity: (Option<EntityId>, Option<&str>),
    subject: Option<&str>,
    action: AuditAction,
    changes: &AuditChanges,
) -> Result<(), AppError> {
    let actor_name = format!("{} {}", actor.first_name, actor.last_name);
    let changes = encode(changes)?;
    write(
        conn,
        &store::audit::NewEvent {
            company_id: actor.company_id,
            at: store::now(),
            action,
            actor_id: Some(actor.id),
            actor_name: Some(&actor_name),
            actor_key: &fold(&actor_name),
            actor_token: false,
            subject_id: None,
            subject_name: subject,
            subject_email: None,
            subject_key: &subject.map(fold).unwrap_or_default(),
            entity_id: entity.0,
            entity_name: entity.1,
            changes: changes.as_deref(),
        },
    )
    .await?;
    Ok(())
}

/// Every event is written here: in the log, and queued for the company's webhooks in the same
/// transaction (no event without its change, no change without its event).
async fn write(conn: &mut Conn, event: &store::audit::NewEvent<'_>) -> Result<(), AppError> {
    let id = store::audit::record(conn, event).await?;
    crate::webhooks::events::enqueue(conn, event, id).await
}

fn encode(changes: &AuditChanges) -> Result<Option<String>, AppError> {
    if changes.is_empty() {
        return Ok(None);
    }
    Ok(Some(serde_json::to_string(changes)?))
}

fn entry(e: store::audit::Event, reader_reaches: impl Fn(EntityId) -> bool) -> Result<AuditEntry, AppError> {
    let changes = match e.changes.as_deref() {
        Some(json) => serde_json::from_str(json)?,
        None => AuditChanges::default(),
    };
    Ok(AuditEntry {
        id: e.id,
        at: e.at,
        action: e.action,
        actor: e.actor_name,
        by_token: e.actor_token != 0,
        subject: e.subject_name,
        subject_email: e.subject_email,
        subject_id: e.subject_id.filter(|_| e.subject_entity_id.is_some_and(&reader_reaches)),
        entity: e.entity_name,
        changes,
        batch: e.batch,
    })
}

/// A user's history, newest first (the reader already reaches the user).
pub async fn history(conn: &mut Conn, user_id: UserId) -> Result<Vec<AuditEntry>, AppError> {
    store::audit::history(conn, user_id).await?.into_iter().map(|e| entry(e, |_| true)).collect()
}

/// A page of the log as the reader may see it.
pub async fn page(pool: &Pool, reader: &CurrentUser, query: AuditQuery) -> Result<AuditPage, AppError> {
    let query = query.normalized();
    let size = i64::from(AUDIT_PAGE_SIZE);
    let offset = i64::from(query.page.saturating_sub(1)) * size;
    let (person, actor) = (fold(&query.person), fold(&query.actor));
    let (rows, total) =
        store::audit::page(pool, reader.company_id, &reader.scope, &query, (&person, &actor), (size, offset)).await?;
    let events = rows.into_iter().map(|e| entry(e, |id| reader.scope.reaches(id))).collect::<Result<_, _>>()?;
    Ok(AuditPage { events, total: u32::try_from(total).unwrap_or(u32::MAX), page: query.page, size: AUDIT_PAGE_SIZE })
}

/// At most this many events in one export: far above a company's year, far below a risk.
const EXPORT_MAX: i64 = 100_000;
const EXPORT_BATCH: i64 = 1_000;

/// Every matching event as CSV in the reader's language (see `spreadsheet::csv`). Times are on
/// the company's clock, which the header names.
pub async fn csv(pool: &Pool, reader: &CurrentUser, query: AuditQuery, lang: Language) -> Result<Vec<u8>, AppError> {
    let query = query.normalized();
    let (person, actor) = (fold(&query.person), fold(&query.actor));
    let clock = crate::company::clock(pool, reader.company_id).await?;
    let header = [
        "audit-csv-actor",
        "audit-csv-action",
        "audit-csv-person",
        "audit-csv-email",
        "audit-csv-entity",
        "audit-csv-role-before",
        "audit-csv-role-after",
        "audit-csv-scope-before",
        "audit-csv-scope-after",
        "audit-csv-entity-before",
        "audit-csv-entity-after",
        "audit-csv-name-before",
        "audit-csv-name-after",
        "audit-csv-time-zone-before",
        "audit-csv-time-zone-after",
        "audit-csv-second-step-before",
        "audit-csv-second-step-after",
        "audit-csv-email-before",
        "audit-csv-email-after",
    ];
    let at = i18n::t_args(lang, "audit-csv-at", &[("zone", clock.name.clone().into())]);
    let mut rows = vec![std::iter::once(at).chain(header.iter().map(|id| i18n::t(lang, id))).collect::<Vec<_>>()];
    let mut offset = 0;
    while offset < EXPORT_MAX {
        let (batch, _) = store::audit::page(
            pool,
            reader.company_id,
            &reader.scope,
            &query,
            (&person, &actor),
            (EXPORT_BATCH, offset),
        )
        .await?;
        let done = i64::try_from(batch.len()).unwrap_or(EXPORT_BATCH) < EXPORT_BATCH;
        for row in batch {
            rows.push(csv_row(&entry(row, |_| false)?, lang, &clock));
        }
        if done {
            break;
        }
        offset += EXPORT_BATCH;
    }
    spreadsheet::csv(lang, rows)
}

fn csv_row(e: &AuditEntry, lang: Language, clock: &Clock) -> Vec<String> {
    let role = |r: Role| i18n::t(lang, &r.message_id());
    let names = |list: &[String]| list.join("\n");
    let policy = |p: SecondStepPolicy| i18n::t(lang, &format!("company-second-step-{}", p.as_str()));
    let c = &e.changes;
    vec![
        clock.spreadsheet_time(e.at),
        match &e.actor {
            Some(name) if e.by_token => i18n::t_args(lang, "audit-by-token", &[("name", name.clone().into())]),
            Some(name) => name.clone(),
            None => i18n::t(lang, "audit-csv-system"),
        },
        i18n::t_policy(lang, &e.action.message_id()),
        e.subject.clone().unwrap_or_default(),
        e.subject_email.clone().unwrap_or_default(),
        e.entity.clone().unwrap_or_default(),
        c.role.as_ref().map(|ch| role(ch.from)).unwrap_or_default(),
        c.role.as_ref().map(|ch| role(ch.to)).unwrap_or_default(),
        c.scope.as_ref().map(|ch| names(&ch.from)).unwrap_or_default(),
        c.scope.as_ref().map(|ch| names(&ch.to)).unwrap_or_default(),
        c.entity.as_ref().map(|ch| ch.from.clone()).unwrap_or_default(),
        c.entity.as_ref().map(|ch| ch.to.clone()).unwrap_or_default(),
        c.name.as_ref().map(|ch| ch.from.clone()).unwrap_or_default(),
        c.name.as_ref().map(|ch| ch.to.clone()).unwrap_or_default(),
        c.time_zone.as_ref().map(|ch| ch.from.clone()).unwrap_or_default(),
        c.time_zone.as_ref().map(|ch| ch.to.clone()).unwrap_or_default(),
        c.second_step.as_ref().map(|ch| policy(ch.from)).unwrap_or_default(),
        c.second_step.as_ref().map(|ch| policy(ch.to)).unwrap_or_default(),
        c.email.as_ref().map(|ch| ch.from.clone()).unwrap_or_default(),
        c.email.as_ref().map(|ch| ch.to.clone()).unwrap_or_default(),
    ]
}

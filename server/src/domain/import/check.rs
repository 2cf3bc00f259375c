//! The dry run: every row resolved against the company (entities in scope, roles the importer
//! may give, languages, services), e-mails already taken or repeated in the batch, and the
//! seats over the whole batch. The commit runs the same check inside its write transaction.

use std::collections::{HashMap, HashSet};

use espace_api::import::{Column, ImportPreview, ImportRow, RowCheck, RowStatus, SeatUse};
use espace_api::users::Role;
use espace_api::validation::normalize_email;
use espace_api::{EntityId, FieldError, FieldErrorCode, Language, ServiceId};

use crate::auth::extract::CurrentUser;
use crate::error::AppError;
use crate::import::columns;
use crate::store::{self, Conn, Scope};

/// A row ready to become a user.
#[derive(Debug, Clone)]
pub struct Ready {
    pub email: String,
    pub role: Role,
    pub entity_id: EntityId,
    pub language: Language,
    pub service_ids: Vec<ServiceId>,
}

/// What a row needs resolved, read once per check.
struct Company {
    language: Language,
    /// (id, key, reachable by the importer)
    entities: Vec<(EntityId, String, bool)>,
    /// The company's one entity, when it has only one: rows that name none go there.
    only_entity: Option<String>,
    /// (id, name, free seats)
    services: Vec<(ServiceId, String, i64)>,
    service_keys: Vec<String>,
}

async fn company(conn: &mut Conn, actor: &CurrentUser) -> Result<Company, AppError> {
    let company = store::companies::by_id(conn, actor.company_id).await?.ok_or(AppError::NotFound)?;
    let listed = store::entities::list(conn, actor.company_id, &Scope::Company).await?;
    let only_entity = match listed.as_slice() {
        [one] => Some(one.name.clone()),
        _ => None,
    };
    let entities = listed.into_iter().map(|e| (e.id, columns::key(&e.name), actor.scope.reaches(e.id))).collect();
    let services: Vec<(ServiceId, String, i64)> = store::services::catalogue(conn, actor.company_id)
        .await?
        .into_iter()
        .map(|s| (s.card.id, s.card.name, (s.seats_total - s.seats_used).max(0)))
        .collect();
    let service_keys = services.iter().map(|(_, name, _)| columns::key(name)).collect();
    Ok(Company { language: company.language, entities, only_entity, services, service_keys })
}

fn error(errors: &mut Vec<FieldError>, column: Column, code: FieldErrorCode) {
    if !errors.iter().any(|e| e.field == column.field()) {
        errors.push(FieldError { field: column.field().to_owned(), code, max: None });
    }
}

/// Checks `rows` (blank ones left out) for `actor`; the second list holds, for each checked
/// row, what a ready one becomes.
pub async fn check(
    conn: &mut Conn,
    actor: &CurrentUser,
    rows: Vec<ImportRow>,
) -> Result<(ImportPreview, Vec<Option<Ready>>), AppError> {
    let company = company(conn, actor).await?;
    let rows: Vec<ImportRow> = rows.into_iter().filter(|r| !r.is_blank()).collect();
    let emails: Vec<String> = rows.iter().map(|r| normalize_email(&r.email)).collect();
    let taken: HashSet<String> = store::users::taken_emails(conn, &emails).await?.into_iter().collect();
    let mut seen = HashSet::new();
    let mut requested: HashMap<usize, u32> = HashMap::new();
    let mut used: HashMap<usize, i64> = HashMap::new();
    let mut checks = Vec::with_capacity(rows.len());
    let mut ready = Vec::with_capacity(rows.len());
    for (mut row, email) in rows.into_iter().zip(emails) {
        // A file without an entity column, in a company of one entity: nothing to choose.
        if let (true, Some(only)) = (row.entity.trim().is_empty(), &company.only_entity) {
            row.entity.clone_from(only);
        }
        let mut errors = row.validate();
        let role = columns::role(&row.role);
        match role {
            None if !row.role.trim().is_empty() => error(&mut errors, Column::Role, FieldErrorCode::Unknown),
            Some(Role::Admin) if actor.scope != Scope::Company => {
                error(&mut errors, Column::Role, FieldErrorCode::OutOfScope);
            }
            _ => {}
        }
        let entity_key = columns::key(&row.entity);
        let entity = company.entities.iter().find(|(_, key, _)| *key == entity_key);
        match entity {
            None if !entity_key.is_empty() => error(&mut errors, Column::Entity, FieldErrorCode::Unknown),
            Some((_, _, false)) => error(&mut errors, Column::Entity, FieldErrorCode::OutOfScope),
            _ => {}
        }
        let language =
            if row.language.trim().is_empty() { Some(company.language) } else { columns::language(&row.language) };
        if language.is_none() {
            error(&mut errors, Column::Language, FieldErrorCode::Unknown);
        }
        let (services, unknown) = columns::services(&row.services, &company.service_keys);
        if unknown {
            error(&mut errors, Column::Services, FieldErrorCode::Unknown);
        }
        let email_ok = !errors.iter().any(|e| e.field == Column::Email.field());
        if email_ok && !seen.insert(email.clone()) {
            error(&mut errors, Column::Email, FieldErrorCode::Duplicate);
        }
        let exists = email_ok && taken.contains(&email);
        let mut fit = None;
        if !exists && errors.is_empty() {
            for s in &services {
                *requested.entry(*s).or_default() += 1;
            }
            let short = services.iter().any(|s| {
                let left = company.services.get(*s).map_or(0, |(_, _, left)| *left);
                used.get(s).copied().unwrap_or_default() >= left
            });
            if short {
                error(&mut errors, Column::Services, FieldErrorCode::NoSeatsLeft);
            } else {
                for s in &services {
                    *used.entry(*s).or_default() += 1;
                }
                fit = Some(());
            }
        }
        let status = if exists {
            RowStatus::Exists
        } else if errors.is_empty() {
            RowStatus::Ready
        } else {
            RowStatus::Error
        };
        ready.push(match (fit, role, entity, language) {
            (Some(()), Some(role), Some((entity_id, _, true)), Some(language)) if status == RowStatus::Ready => {
                Some(Ready {
                    email: row.email.trim().to_owned(),
                    role,
                    entity_id: *entity_id,
                    language,
                    service_ids: services
                        .iter()
                        .filter_map(|s| company.services.get(*s).map(|(id, _, _)| *id))
                        .collect(),
                })
            }
            _ => None,
        });
        checks.push(RowCheck { row, status, errors: if exists { Vec::new() } else { errors } });
    }
    let count = |status: RowStatus| {
        u32::try_from(checks.iter().filter(|c: &&RowCheck| c.status == status).count()).unwrap_or(u32::MAX)
    };
    let mut seats: Vec<SeatUse> = requested
        .into_iter()
        .filter_map(|(i, n)| {
            company.services.get(i).map(|(id, name, left)| SeatUse {
                service_id: *id,
                name: name.clone(),
                requested: n,
                left: u32::try_from(*left).unwrap_or(u32::MAX),
            })
        })
        .collect();
    seats.sort_by(|a, b| a.name.cmp(&b.name));
    let preview = ImportPreview {
        ready: count(RowStatus::Ready),
        errors: count(RowStatus::Error),
        existing: count(RowStatus::Exists),
        rows: checks,
        seats,
    };
    Ok((preview, ready))
}

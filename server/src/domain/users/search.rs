use espace_api::bulk::{SelectionIds, SELECTION_MAX};
use espace_api::entities::EntityRef;
use espace_api::users::{UserListQuery, UserPage, UserRow};

use crate::auth::extract::CurrentUser;
use crate::error::AppError;
use crate::store::{self, Pool};
use crate::users::fold::fold;

/// A page of the users the reader reaches.
pub async fn list(pool: &Pool, reader: &CurrentUser, query: UserListQuery) -> Result<UserPage, AppError> {
    let query = query.normalized();
    let words: Vec<String> = fold(&query.q).split_whitespace().map(str::to_owned).collect();
    let page = store::users::list(pool, reader.company_id, &reader.scope, &words, &query).await?;
    let count = |n: i64| u32::try_from(n).unwrap_or(u32::MAX);
    let users = page
        .rows
        .into_iter()
        .map(|r| UserRow {
            id: r.id,
            first_name: r.first_name,
            last_name: r.last_name,
            email: r.email,
            role: r.role,
            status: r.status,
            entity: EntityRef { id: r.entity_id, name: r.entity_name },
            email_verified: r.email_verified != 0,
            services: count(r.services),
            last_sign_in_at: r.last_sign_in_at,
            version: r.version,
            invitation_expired: r.invitation_expired != 0,
            consent_version: r.consent_version,
            consent_at: r.consent_at,
            policy_outdated: r.policy_outdated != 0,
        })
        .collect();
    Ok(UserPage {
        users,
        total: count(page.total),
        page: query.page,
        size: query.size,
        company_total: count(page.company_total),
    })
}

/// Every user the list's query matches (not only a page), up to the selection's maximum.
pub async fn matching_ids(pool: &Pool, reader: &CurrentUser, query: UserListQuery) -> Result<SelectionIds, AppError> {
    let query = query.normalized();
    let words: Vec<String> = fold(&query.q).split_whitespace().map(str::to_owned).collect();
    let (ids, total) =
        store::users::matching_ids(pool, reader.company_id, &reader.scope, &words, &query, SELECTION_MAX).await?;
    Ok(SelectionIds { ids, total: u32::try_from(total).unwrap_or(u32::MAX) })
}

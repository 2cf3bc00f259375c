//! The users list as it is filtered and sorted, every page (or the people selected on it), as
//! a spreadsheet: the import's
//! columns first (so the file imports back, every row "already exists"), then status, e-mail
//! verified and dates.

use std::collections::HashMap;

use espace_api::import::Column;
use espace_api::users::UserListQuery;
use espace_api::{Language, UserId};

use crate::auth::extract::CurrentUser;
use crate::error::AppError;
use crate::i18n;
use crate::spreadsheet::{self, Kind};
use crate::store::{self, Pool};
use crate::users::fold::fold;

pub async fn export(
    pool: &Pool,
    reader: &CurrentUser,
    query: UserListQuery,
    only: Option<&[UserId]>,
    (lang, kind): (Language, Kind),
) -> Result<Vec<u8>, AppError> {
    let query = query.normalized();
    let words: Vec<String> = fold(&query.q).split_whitespace().map(str::to_owned).collect();
    let users = store::users::export(pool, reader.company_id, &reader.scope, &words, &query, only).await?;
    let mut services: HashMap<UserId, Vec<String>> = HashMap::new();
    for (user, name) in store::services::names_by_user(&mut *pool.acquire().await?, reader.company_id).await? {
        services.entry(user).or_default().push(name);
    }
    let clock = crate::company::clock(pool, reader.company_id).await?;
    let zone = [("zone", clock.name.clone().into())];
    let mut header: Vec<String> = Column::ALL.iter().map(|c| i18n::t(lang, &c.message_id())).collect();
    for id in ["users-export-status", "users-export-verified"] {
        header.push(i18n::t(lang, id));
    }
    for id in ["users-export-created", "users-export-last-sign-in"] {
        header.push(i18n::t_args(lang, id, &zone));
    }
    header.push(i18n::t(lang, "users-export-policy"));
    header.push(i18n::t_args(lang, "users-export-policy-accepted", &zone));
    let mut rows = Vec::with_capacity(users.len() + 1);
    rows.push(header);
    for u in users {
        rows.push(vec![
            u.first_name,
            u.last_name,
            u.email,
            u.notification_email.unwrap_or_default(),
            i18n::t(lang, &u.role.message_id()),
            u.entity_name,
            i18n::t(lang, &format!("language-{}", u.language.as_str())),
            services.remove(&u.id).unwrap_or_default().join("; "),
            i18n::t(lang, &format!("users-status-{}", u.status.as_str())),
            i18n::t(lang, if u.email_verified != 0 { "users-yes" } else { "users-export-no" }),
            clock.spreadsheet_time(u.created_at),
            u.last_sign_in_at.map(|at| clock.spreadsheet_time(at)).unwrap_or_default(),
            u.consent_version.unwrap_or_default(),
            u.consent_at.map(|at| clock.spreadsheet_time(at)).unwrap_or_default(),
        ]);
    }
    match kind {
        Kind::Csv => spreadsheet::csv(lang, rows),
        Kind::Xlsx => spreadsheet::xlsx(&[(&i18n::t(lang, "users-export-sheet"), rows)]),
    }
}

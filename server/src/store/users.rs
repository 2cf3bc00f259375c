//! The `users` table. `set_status` is called by the lifecycle only (`users::lifecycle`).

use super::{Conn, Engine, Pool, Scope};
use espace_api::company::TimeZone;
use espace_api::users::{Invitation, PolicyFilter, Role, SortKey, StatusReason, UserListQuery, UserStatus};
use espace_api::{CompanyId, EntityId, Language, UserId};

/// A user with their company's name and clock: what the domain needs to decide and to write
/// e-mails.
#[derive(Debug, Clone, sqlx::FromRow)]
pub struct User {
    pub id: UserId,
    pub company_id: CompanyId,
    pub company_name: String,
    pub company_time_zone: TimeZone,
    pub entity_id: EntityId,
    pub entity_name: String,
    pub first_name: String,
    pub last_name: String,
    pub email: String,
    pub notification_email: Option<String>,
    pub language: Language,
    pub role: Role,
    pub status: UserStatus,
    pub status_reason: Option<StatusReason>,
    pub status_changed_at: i64,
    /// 0 or 1 (flags are integers on both engines).
    pub email_verified: i64,
    pub password_hash: Option<String>,
    pub failed_sign_ins: i64,
    pub consent_version: Option<String>,
    pub consent_at: Option<i64>,
    pub version: i64,
    pub created_at: i64,
    pub invited_at: Option<i64>,
    pub activated_at: Option<i64>,
    pub last_sign_in_at: Option<i64>,
    /// The company directory's id for the person (SCIM `externalId`).
    pub external_id: Option<String>,
    /// The directory's `userName` when it is not the sign-in e-mail.
    pub scim_user_name: Option<String>,
    /// How the directory labels the sign-in address (`type`, and `primary` as 0/1).
    pub scim_email_type: Option<String>,
    pub scim_email_primary: Option<i64>,
    /// 1 when the person has a second sign-in step set up.
    pub has_second_step: i64,
}

impl User {
    /// Where their notices go: the notification address if they have one. Links that sign in
    /// (activation, new password) go to the sign-in address only (`email`): whoever may edit
    /// the notification address must not be able to receive them.
    pub fn mail_to(&self) -> &str {
        self.notification_email.as_deref().unwrap_or(&self.email)
    }
}

pub(crate) const SELECT_USER: &str =
    "SELECT u.id, u.company_id, c.name AS company_name, c.time_zone AS company_time_zone, u.entity_id, e.name AS entity_name,
        u.first_name, u.last_name, u.email,
        u.notification_email, u.language, u.role, u.status, u.status_reason, u.status_changed_at, u.email_verified,
        u.password_hash, u.failed_sign_ins, u.consent_version, u.consent_at, u.version, u.created_at, u.invited_at,
        u.activated_at, u.last_sign_in_at, u.external_id, u.scim_user_name, u.scim_email_type,
        u.scim_email_primary,
        CASE WHEN EXISTS (SELECT 1 FROM authenticators a WHERE a.user_id = u.id AND a.secret IS NOT NULL)
                       OR EXISTS (SELECT 1 FROM passkeys p WHERE p.user_id = u.id)
             THEN 1 ELSE 0 END AS has_second_step
    FROM users u JOIN companies c ON c.id = u.company_id JOIN entities e ON e.id = u.entity_id";

pub async fn by_id(conn: &mut Conn, id: UserId) -> Result<Option<User>, sqlx::Error> {
    sqlx::query_as(&format!("{SELECT_USER} WHERE u.id = $1")).bind(id).fetch_optional(conn).await
}

/// A user of this company within `scope` only: anyone else is as good as absent.
pub async fn in_scope(
    conn: &mut Conn,
    company_id: CompanyId,
    scope: &Scope,
    id: UserId,
) -> Result<Option<User>, sqlx::Error> {
    sqlx::query_as(&format!("{SELECT_USER} WHERE u.id = $1 AND u.company_id = $2{}", scope.sql("u.entity_id")))
        .bind(id)
        .bind(company_id)
        .fetch_optional(conn)
        .await
}

/// First and last name, for the audit log.
pub async fn name_of(conn: &mut Conn, id: UserId) -> Result<Option<(String, String)>, sqlx::Error> {
    sqlx::query_as("SELECT first_name, last_name FROM users WHERE id = $1").bind(id).fetch_optional(conn).await
}

pub async fn by_email(conn: &mut Conn, email_norm: &str) -> Result<Option<User>, sqlx::Error> {
    sqlx::query_as(&format!("{SELECT_USER} WHERE u.email_norm = $1")).bind(email_norm).fetch_optional(conn).await
}

pub async fn email_taken(conn: &mut Conn, email_norm: &str) -> Result<bool, sqlx::Error> {
    let count: i64 =
        sqlx::query_scalar("SELECT COUNT(*) FROM users WHERE email_norm = $1").bind(email_norm).fetch_one(conn).await?;
    Ok(count > 0)
}

/// Which of these normalized e-mails already sign someone in (any company).
pub async fn taken_emails(conn: &mut Conn, emails: &[String]) -> Result<Vec<String>, sqlx::Error> {
    let mut taken = Vec::new();
    for chunk in emails.chunks(500) {
        let sql = format!("SELECT email_norm FROM users WHERE email_norm IN ({})", super::placeholders(1, chunk.len()));
        let mut query = sqlx::query_scalar::<_, String>(&sql);
        for email in chunk {
            query = query.bind(email);
        }
        taken.extend(query.fetch_all(&mut *conn).await?);
    }
    Ok(taken)
}

pub struct NewUser<'a> {
    pub company_id: CompanyId,
    pub entity_id: EntityId,
    pub first_name: &'a str,
    pub last_name: &'a str,
    pub email: &'a str,
    pub email_norm: &'a str,
    pub notification_email: Option<&'a str>,
    pub language: Language,
    pub role: Role,
    pub search_text: &'a str,
    pub sort_name: &'a str,
    pub now: i64,
}

/// A new user, `created` (not invited yet).
pub async fn insert(conn: &mut Conn, u: &NewUser<'_>) -> Result<UserId, sqlx::Error> {
    sqlx::query_scalar(
        "INSERT INTO users (company_id, first_name, last_name, email, email_norm, notification_email, language, role,
             status, status_changed_at, created_at, search_text, sort_name, entity_id)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14) RETURNING id",
    )
    .bind(u.company_id)
    .bind(u.first_name)
    .bind(u.last_name)
    .bind(u.email)
    .bind(u.email_norm)
    .bind(u.notification_email)
    .bind(u.language)
    .bind(u.role)
    .bind(UserStatus::Created)
    .bind(u.now)
    .bind(u.now)
    .bind(u.search_text)
    .bind(u.sort_name)
    .bind(u.entity_id)
    .fetch_one(conn)
    .await
}

pub struct Profile<'a> {
    pub first_name: &'a str,
    pub last_name: &'a str,
    pub entity_id: EntityId,
    pub notification_email: Option<&'a str>,
    pub language: Language,
    pub search_text: &'a str,
    pub sort_name: &'a str,
}

/// What an admin edits; the version moves on so other open forms see the change.
pub async fn update_profile(conn: &mut Conn, id: UserId, p: &Profile<'_>) -> Result<(), sqlx::Error> {
    sqlx::query(
        "UPDATE users SET first_name = $1, last_name = $2, entity_id = $3, notification_email = $4, language = $5,
             search_text = $6, sort_name = $7, version = version + 1 WHERE id = $8",
    )
    .bind(p.first_name)
    .bind(p.last_name)
    .bind(p.entity_id)
    .bind(p.notification_email)
    .bind(p.language)
    .bind(p.search_text)
    .bind(p.sort_name)
    .bind(id)
    .execute(conn)
    .await?;
    Ok(())
}

/// Moves the person to another entity (a bulk move, one by one through the lifecycle's
/// checks); the version moves on.
pub async fn set_entity(conn: &mut Conn, id: UserId, entity_id: EntityId) -> Result<(), sqlx::Error> {
    sqlx::query("UPDATE users SET entity_id = $1, version = version + 1 WHERE id = $2")
        .bind(entity_id)
        .bind(id)
        .execute(conn)
        .await?;
    Ok(())
}

/// A new sign-in e-mail (and the search text that holds it); the version moves on.
pub async fn set_email(
    conn: &mut Conn,
    id: UserId,
    email: &str,
    email_norm: &str,
    search: &str,
) -> Result<(), sqlx::Error> {
    sqlx::query("UPDATE users SET email = $1, email_norm = $2, search_text = $3, version = version + 1 WHERE id = $4")
        .bind(email)
        .bind(email_norm)
        .bind(search)
        .bind(id)
        .execute(conn)
        .await?;
    Ok(())
}

pub struct DirectoryIds<'a> {
    pub external_id: Option<&'a str>,
    pub user_name: Option<&'a str>,
    pub email_type: Option<&'a str>,
    pub email_primary: Option<bool>,
}

/// What the company's directory calls the person (`externalId`, and a `userName` that is not
/// the sign-in e-mail); the version moves on.
pub async fn set_directory_ids(conn: &mut Conn, id: UserId, ids: &DirectoryIds<'_>) -> Result<(), sqlx::Error> {
    sqlx::query(
        "UPDATE users SET external_id = $1, scim_user_name = $2, scim_email_type = $3, scim_email_primary = $4,
             version = version + 1 WHERE id = $5",
    )
    .bind(ids.external_id)
    .bind(ids.user_name)
    .bind(ids.email_type)
    .bind(ids.email_primary.map(i64::from))
    .bind(id)
    .execute(conn)
    .await?;
    Ok(())
}

/// The level (the scope is `entities::set_scope`'s); the version moves on. Any change of level
/// ends break-glass access: it was granted to that administrator, not to whatever they become.
pub async fn set_role(conn: &mut Conn, id: UserId, role: Role) -> Result<(), sqlx::Error> {
    sqlx::query(
        "UPDATE users SET break_glass = CASE WHEN role = $1 THEN break_glass ELSE 0 END, role = $1,
             version = version + 1 WHERE id = $2",
    )
    .bind(role)
    .bind(id)
    .execute(conn)
    .await?;
    Ok(())
}

/// The status, its reason and when it changed; wrong-password count back to zero. Only the
/// lifecycle calls this.
pub async fn set_status(
    conn: &mut Conn,
    id: UserId,
    status: UserStatus,
    reason: Option<StatusReason>,
    now: i64,
) -> Result<(), sqlx::Error> {
    sqlx::query(
        "UPDATE users SET status = $1, status_reason = $2, status_changed_at = $3, failed_sign_ins = 0,
             version = version + 1 WHERE id = $4",
    )
    .bind(status)
    .bind(reason)
    .bind(now)
    .bind(id)
    .execute(conn)
    .await?;
    Ok(())
}

pub async fn set_invited_at(conn: &mut Conn, id: UserId, now: i64) -> Result<(), sqlx::Error> {
    sqlx::query("UPDATE users SET invited_at = $1 WHERE id = $2").bind(now).bind(id).execute(conn).await?;
    Ok(())
}

/// Who sent the person's latest invitation (an administrator; `None` for a token or the server).
pub async fn set_invited_by(conn: &mut Conn, id: UserId, by: Option<UserId>) -> Result<(), sqlx::Error> {
    sqlx::query("UPDATE users SET invited_by = $1 WHERE id = $2").bind(by).bind(id).execute(conn).await?;
    Ok(())
}

/// Something about the user changed that an open form must notice (a new link, say).
pub async fn bump_version(conn: &mut Conn, id: UserId) -> Result<(), sqlx::Error> {
    sqlx::query("UPDATE users SET version = version + 1 WHERE id = $1").bind(id).execute(conn).await?;
    Ok(())
}

/// A password chosen through a link: the address is proven, the person is signed in.
pub async fn set_password_from_link(conn: &mut Conn, id: UserId, hash: &str, now: i64) -> Result<(), sqlx::Error> {
    sqlx::query(
        "UPDATE users SET password_hash = $1, email_verified = 1, failed_sign_ins = 0,
             activated_at = COALESCE(activated_at, $2), last_sign_in_at = $3, version = version + 1
         WHERE id = $4",
    )
    .bind(hash)
    .bind(now)
    .bind(now)
    .bind(id)
    .execute(conn)
    .await?;
    Ok(())
}

/// The provider vouched for the address at a first SSO sign-in: the account is activated.
pub async fn set_activated_by_provider(conn: &mut Conn, id: UserId, now: i64) -> Result<(), sqlx::Error> {
    sqlx::query(
        "UPDATE users SET email_verified = 1, activated_at = COALESCE(activated_at, $1), version = version + 1
         WHERE id = $2",
    )
    .bind(now)
    .bind(id)
    .execute(conn)
    .await?;
    Ok(())
}

pub async fn set_password(conn: &mut Conn, id: UserId, hash: &str) -> Result<(), sqlx::Error> {
    sqlx::query("UPDATE users SET password_hash = $1, failed_sign_ins = 0 WHERE id = $2")
        .bind(hash)
        .bind(id)
        .execute(conn)
        .await?;
    Ok(())
}

/// One more wrong password in a row; returns the new count.
pub async fn record_failed_sign_in(conn: &mut Conn, id: UserId) -> Result<i64, sqlx::Error> {
    sqlx::query_scalar("UPDATE users SET failed_sign_ins = failed_sign_ins + 1 WHERE id = $1 RETURNING failed_sign_ins")
        .bind(id)
        .fetch_one(conn)
        .await
}

pub async fn record_sign_in(conn: &mut Conn, id: UserId, now: i64) -> Result<(), sqlx::Error> {
    sqlx::query("UPDATE users SET failed_sign_ins = 0, last_sign_in_at = $1 WHERE id = $2")
        .bind(now)
        .bind(id)
        .execute(conn)
        .await?;
    Ok(())
}

pub async fn set_language(conn: &mut Conn, id: UserId, language: Language) -> Result<(), sqlx::Error> {
    sqlx::query("UPDATE users SET language = $1, version = version + 1 WHERE id = $2")
        .bind(language)
        .bind(id)
        .execute(conn)
        .await?;
    Ok(())
}

pub async fn set_consent(conn: &mut Conn, id: UserId, version: &str, at: i64) -> Result<(), sqlx::Error> {
    sqlx::query("UPDATE users SET consent_version = $1, consent_at = $2 WHERE id = $3")
        .bind(version)
        .bind(at)
        .bind(id)
        .execute(conn)
        .await?;
    Ok(())
}

pub async fn delete(conn: &mut Conn, id: UserId) -> Result<(), sqlx::Error> {
    sqlx::query("DELETE FROM users WHERE id = $1").bind(id).execute(conn).await?;
    Ok(())
}

/// Active admins of the company other than `except`.
pub async fn other_active_admins(
    conn: &mut Conn,
    company_id: CompanyId,
    except: UserId,
) -> Result<Vec<User>, sqlx::Error> {
    sqlx::query_as(&format!(
        "{SELECT_USER} WHERE u.company_id = $1 AND u.role = $2 AND u.status = $3 AND u.id <> $4 ORDER BY u.id"
    ))
    .bind(company_id)
    .bind(Role::Admin)
    .bind(UserStatus::Active)
    .bind(except)
    .fetch_all(conn)
    .await
}

pub async fn count_other_active_admins(
    conn: &mut Conn,
    company_id: CompanyId,
    except: UserId,
) -> Result<i64, sqlx::Error> {
    sqlx::query_scalar("SELECT COUNT(*) FROM users WHERE company_id = $1 AND role = $2 AND status = $3 AND id <> $4")
        .bind(company_id)
        .bind(Role::Admin)
        .bind(UserStatus::Active)
        .bind(except)
        .fetch_one(conn)
        .await
}

/// Active users whose last activity (sign-in, else activation, else creation) is at or before
/// `before`; with `unwarned_only`, those not warned since that activity.
pub async fn idle(conn: &mut Conn, before: i64, unwarned_only: bool) -> Result<Vec<User>, sqlx::Error> {
    let activity = "COALESCE(u.last_sign_in_at, u.activated_at, u.created_at)";
    let unwarned = if unwarned_only {
        format!(" AND (u.inactivity_warned_at IS NULL OR u.inactivity_warned_at < {activity})")
    } else {
        String::new()
    };
    sqlx::query_as(&format!("{SELECT_USER} WHERE u.status = $1 AND {activity} <= $2{unwarned} ORDER BY u.id"))
        .bind(UserStatus::Active)
        .bind(before)
        .fetch_all(conn)
        .await
}

pub async fn mark_inactivity_warned(conn: &mut Conn, id: UserId, now: i64) -> Result<(), sqlx::Error> {
    sqlx::query("UPDATE users SET inactivity_warned_at = $1 WHERE id = $2").bind(now).bind(id).execute(conn).await?;
    Ok(())
}

pub async fn count_pending_activation(
    conn: &mut Conn,
    company_id: CompanyId,
    scope: &Scope,
) -> Result<i64, sqlx::Error> {
    sqlx::query_scalar(&format!(
        "SELECT COUNT(*) FROM users WHERE company_id = $1 AND status IN ($2, $3){}",
        scope.sql("entity_id")
    ))
    .bind(company_id)
    .bind(UserStatus::Created)
    .bind(UserStatus::Invited)
    .fetch_one(conn)
    .await
}

/// A line of the users list.
#[derive(Debug, sqlx::FromRow)]
pub struct ListRow {
    pub id: UserId,
    pub first_name: String,
    pub last_name: String,
    pub email: String,
    pub role: Role,
    pub status: UserStatus,
    pub entity_id: EntityId,
    pub entity_name: String,
    /// 0 or 1.
    pub email_verified: i64,
    pub services: i64,
    pub last_sign_in_at: Option<i64>,
    pub version: i64,
    /// With a search: how many rows match in all (the same on every row).
    pub matches: i64,
    /// 1 when invited and every activation link sent has expired unused, else 0.
    pub invitation_expired: i64,
    pub consent_version: Option<String>,
    pub consent_at: Option<i64>,
    /// 1 when the privacy policy in effect is not the one they accepted.
    pub policy_outdated: i64,
}

pub struct ListPage {
    pub rows: Vec<ListRow>,
    pub total: i64,
    pub company_total: i64,
}

/// The `WHERE` of a list query and its arguments, numbered from `$1`.
struct Filters {
    sql: String,
    args: Vec<String>,
    /// Whether anything but the scope narrows the list (then its total is counted).
    narrowed: bool,
}

impl Filters {
    fn arg(&mut self, value: String) -> String {
        self.args.push(value);
        format!("${}", self.args.len() + 1)
    }
}

/// Every word must match somewhere ("hel dub" finds Hélène Dubois), through the engine's
/// trigram index: FTS5 on SQLite (words of three characters or more; shorter ones read the
/// company's rows), `pg_trgm` on PostgreSQL. `$1` is the company.
fn filters(engine: Engine, scope: &Scope, words: &[String], query: &UserListQuery) -> Filters {
    let mut f = Filters {
        sql: format!(" WHERE u.company_id = $1{}", scope.sql("u.entity_id")),
        args: Vec::new(),
        narrowed: !words.is_empty()
            || query.status.is_some()
            || query.invitation.is_some()
            || query.role.is_some()
            || query.entity.is_some()
            || query.policy.is_some(),
    };
    let indexed = |word: &&String| engine == Engine::Sqlite && word.chars().count() >= 3;
    // One FTS5 query for every long word ("zoe" AND "dub"): the index intersects them itself.
    // A subquery per word built a list of each word's matches first: 8 ms instead of 0.7 for
    // "zoe dub" among 200,000 people.
    let phrases: Vec<String> =
        words.iter().filter(indexed).map(|word| format!("\"{}\"", word.replace('"', "\"\""))).collect();
    if !phrases.is_empty() {
        let n = f.arg(phrases.join(" AND "));
        f.sql.push_str(&format!(" AND u.id IN (SELECT rowid FROM users_search WHERE users_search MATCH {n})"));
    }
    for word in words.iter().filter(|w| !indexed(w)) {
        let n = f.arg(super::like_pattern(word));
        f.sql.push_str(&format!(" AND u.search_text LIKE {n} ESCAPE '\\'"));
    }
    if let Some(status) = query.status {
        let n = f.arg(status.as_str().to_owned());
        f.sql.push_str(&format!(" AND u.status = {n}"));
    }
    if let Some(invitation) = query.invitation {
        let waiting = if invitation == Invitation::Expired { "NOT EXISTS" } else { "EXISTS" };
        f.sql.push_str(&format!(" AND u.status = 'invited' AND {waiting} {}", working_invitation("u", super::now())));
    }
    if let Some(role) = query.role {
        let n = f.arg(role.as_str().to_owned());
        f.sql.push_str(&format!(" AND u.role = {n}"));
    }
    if let Some(entity) = query.entity {
        // The server's own integer: written into the statement, like the scope.
        f.sql.push_str(&format!(" AND u.entity_id = {entity}"));
    }
    if query.policy == Some(PolicyFilter::Outdated) {
        f.sql.push_str(&format!(
            " AND COALESCE(u.consent_version, '') <> {}",
            super::policies::current_sql(super::now())
        ));
    }
    f
}

/// An activation link of `t`'s that still works at `now` (the server's own integer, written into
/// the statement like the scope).
fn working_invitation(t: &str, now: i64) -> String {
    format!(
        "(SELECT 1 FROM tokens k WHERE k.user_id = {t}.id AND k.purpose = 'activation' AND k.used_at IS NULL
          AND k.revoked_at IS NULL AND k.expires_at > {now})"
    )
}

/// The ids of every user the list query matches within `scope`, in its order, at most
/// `limit`, and how many match in all: "select all matching".
pub async fn matching_ids(
    pool: &Pool,
    company_id: CompanyId,
    scope: &Scope,
    words: &[String],
    query: &UserListQuery,
    limit: usize,
) -> Result<(Vec<UserId>, i64), sqlx::Error> {
    let f = filters(Engine::of_pool(pool), scope, words, query);
    let sql = format!("SELECT u.id FROM users u{} ORDER BY {} LIMIT {limit}", f.sql, order_by(query, "u"));
    let mut ids = sqlx::query_scalar::<_, UserId>(&sql).persistent(super::FILTERED).bind(company_id);
    for arg in &f.args {
        ids = ids.bind(arg);
    }
    let ids = ids.fetch_all(pool).await?;
    let total = if ids.len() < limit { ids.len() as i64 } else { count(pool, company_id, &f).await? };
    Ok((ids, total))
}

/// Active people in `scope` who have not accepted the privacy policy in effect at `now`: those
/// not reminded since `since` (at most `limit`, read as `User`s), and how many were.
pub async fn policy_outdated(
    conn: &mut Conn,
    company_id: CompanyId,
    scope: &Scope,
    now: i64,
    since: i64,
    limit: i64,
) -> Result<(Vec<User>, usize), sqlx::Error> {
    let outdated = format!(
        "u.company_id = $1{} AND u.status = 'active' AND COALESCE(u.consent_version, '') <> {}",
        scope.sql("u.entity_id"),
        super::policies::current_sql(now),
    );
    let due: Vec<User> = sqlx::query_as(&format!(
        "{SELECT_USER} WHERE {outdated} AND (u.policy_reminded_at IS NULL OR u.policy_reminded_at <= $2)
         ORDER BY u.id LIMIT {limit}"
    ))
    .bind(company_id)
    .bind(since)
    .fetch_all(&mut *conn)
    .await?;
    let recent: i64 =
        sqlx::query_scalar(&format!("SELECT COUNT(*) FROM users u WHERE {outdated} AND u.policy_reminded_at > $2"))
            .bind(company_id)
            .bind(since)
            .fetch_one(conn)
            .await?;
    Ok((due, usize::try_from(recent).unwrap_or_default()))
}

pub async fn mark_policy_reminded(conn: &mut Conn, id: UserId, now: i64) -> Result<(), sqlx::Error> {
    sqlx::query("UPDATE users SET policy_reminded_at = $1 WHERE id = $2").bind(now).bind(id).execute(conn).await?;
    Ok(())
}

/// Invited people in `scope` whose activation links all expired unused (or were never kept),
/// oldest first, at most `limit`.
pub async fn expired_invitations(
    conn: &mut Conn,
    company_id: CompanyId,
    scope: &Scope,
    now: i64,
    limit: i64,
) -> Result<Vec<UserId>, sqlx::Error> {
    sqlx::query_scalar(&format!(
        "SELECT u.id FROM users u WHERE u.company_id = $1{} AND u.status = 'invited' AND NOT EXISTS {}
         ORDER BY u.id LIMIT {limit}",
        scope.sql("u.entity_id"),
        working_invitation("u", now),
    ))
    .bind(company_id)
    .fetch_all(conn)
    .await
}

/// A user as the list's export shows them (services apart: `services::names_by_user`).
#[derive(Debug, sqlx::FromRow)]
pub struct ExportRow {
    pub id: UserId,
    pub consent_version: Option<String>,
    pub consent_at: Option<i64>,
    pub first_name: String,
    pub last_name: String,
    pub email: String,
    pub notification_email: Option<String>,
    pub role: Role,
    pub entity_name: String,
    pub language: Language,
    pub status: UserStatus,
    /// 0 or 1.
    pub email_verified: i64,
    pub created_at: i64,
    pub last_sign_in_at: Option<i64>,
}

/// Every user the list query matches within `scope`, in its order (no pages): the export.
/// With `only`, just those of them (a selection).
pub async fn export(
    pool: &Pool,
    company_id: CompanyId,
    scope: &Scope,
    words: &[String],
    query: &UserListQuery,
    only: Option<&[UserId]>,
) -> Result<Vec<ExportRow>, sqlx::Error> {
    let mut f = filters(Engine::of_pool(pool), scope, words, query);
    if let Some(ids) = only {
        // Typed integers, written into the statement like the scope; never an empty `IN ()`.
        let list: Vec<String> = ids.iter().map(|id| id.0.to_string()).collect();
        f.sql.push_str(&format!(" AND u.id IN ({})", if list.is_empty() { "NULL".to_owned() } else { list.join(",") }));
    }
    let sql = format!(
        "SELECT u.id, u.first_name, u.last_name, u.email, u.notification_email, u.role, e.name AS entity_name,
                u.language, u.status, u.email_verified, u.created_at, u.last_sign_in_at, u.consent_version, u.consent_at
         FROM users u JOIN entities e ON e.id = u.entity_id{} ORDER BY {}",
        f.sql,
        order_by(query, "u"),
    );
    let mut rows = sqlx::query_as::<_, ExportRow>(&sql).persistent(super::FILTERED).bind(company_id);
    for arg in &f.args {
        rows = rows.bind(arg);
    }
    rows.fetch_all(pool).await
}

/// Never-signed-in users go last whichever the direction; the id keeps pages stable. Each
/// order has its index (migrations 0003), so a deep page walks an index, not a sort.
fn order_by(query: &UserListQuery, t: &str) -> String {
    let dir = if query.descending() { "DESC" } else { "ASC" };
    match query.sort {
        SortKey::Name => format!("{t}.sort_name {dir}, {t}.id {dir}"),
        SortKey::LastSignIn => format!("{t}.last_sign_in_at {dir} NULLS LAST, {t}.id {dir}"),
        SortKey::Created => format!("{t}.created_at {dir}, {t}.id {dir}"),
    }
}

/// A company's users: its row's count plus the deltas not yet folded into it (migration 0022).
pub(super) const COMPANY_COUNT: &str = "(user_count + COALESCE((SELECT CAST(SUM(d.delta) AS BIGINT)
    FROM user_count_deltas d WHERE d.company_id = companies.id), 0))";

/// Folds the company's count deltas into its row and its entities' rows, in one statement (a
/// reader sees the counts before or after, never half). Nothing to do on SQLite, whose row
/// triggers keep the rows themselves.
pub async fn fold_counts(conn: &mut Conn, company_id: CompanyId) -> Result<(), sqlx::Error> {
    if super::Engine::of_conn(conn) == super::Engine::Sqlite {
        return Ok(());
    }
    sqlx::query(
        "WITH gone AS (DELETE FROM user_count_deltas WHERE company_id = $1 RETURNING entity_id, delta),
              by_entity AS (SELECT entity_id, SUM(delta) AS n FROM gone GROUP BY entity_id),
              entities_done AS (UPDATE entities e SET user_count = e.user_count + CAST(b.n AS BIGINT)
                                FROM by_entity b WHERE e.id = b.entity_id RETURNING e.id)
         UPDATE companies SET user_count = user_count + CAST(COALESCE((SELECT SUM(delta) FROM gone), 0) AS BIGINT)
         WHERE id = $1",
    )
    .bind(company_id)
    .execute(conn)
    .await?;
    Ok(())
}

/// The companies with deltas to fold.
pub async fn counts_to_fold(conn: &mut Conn) -> Result<Vec<CompanyId>, sqlx::Error> {
    sqlx::query_scalar("SELECT DISTINCT company_id FROM user_count_deltas").fetch_all(conn).await
}

/// How many users the filters match.
async fn count(pool: &Pool, company_id: CompanyId, f: &Filters) -> Result<i64, sqlx::Error> {
    let sql = format!("SELECT COUNT(*) FROM users u{}", f.sql);
    let mut count = sqlx::query_scalar(&sql).persistent(super::FILTERED).bind(company_id);
    for arg in &f.args {
        count = count.bind(arg);
    }
    count.fetch_one(pool).await
}

/// A page of the company's users within `scope`. `words` are the folded search words (see
/// `users::fold`).
pub async fn list(
    pool: &Pool,
    company_id: CompanyId,
    scope: &Scope,
    words: &[String],
    query: &UserListQuery,
) -> Result<ListPage, sqlx::Error> {
    // Kept by triggers (migrations 0004, 0005, 0022): no count of the company's rows on every page.
    let company_total: i64 = match scope {
        Scope::Company => sqlx::query_scalar(&format!("SELECT {COMPANY_COUNT} FROM companies WHERE id = $1"))
            .bind(company_id)
            .fetch_optional(pool)
            .await?
            .unwrap_or_default(),
        Scope::Entities(_) => super::entities::user_total(&mut *pool.acquire().await?, company_id, scope).await?,
    };
    let order = |t: &str| order_by(query, t);
    // On SQLite a search counts its matches in the same pass that pages them (one trigram
    // lookup, not two). PostgreSQL would then read every match in the sort's order instead of
    // stopping at the page: there the count is its own query, answered from the trigram index,
    // and it comes first because it picks the page's path (below).
    let engine = Engine::of_pool(pool);
    let searching = !words.is_empty() && engine == Engine::Sqlite;
    let f = filters(engine, scope, words, query);
    let counted =
        if !words.is_empty() && engine == Engine::Postgres { Some(count(pool, company_id, &f).await?) } else { None };
    let window = if searching { ", COUNT(*) OVER () AS matches" } else { ", 0 AS matches" };
    // Numbers the server computed, written into the statement: a planner that sees the limit
    // walks the sort's index and stops, where a parameter could make it plan for any limit.
    let (limit, offset) = (i64::from(query.size), i64::from(query.page.saturating_sub(1)) * i64::from(query.size));
    // Few matches (under one in twenty): they are gathered through the trigram index and
    // sorted, rather than found by walking the sort's index, which reads every row sorting
    // before them. A common surname among 200,000 people sits 66,000 rows deep in the name
    // order: 30 ms walking, 13 gathered.
    let page = match counted {
        Some(matches) if matches.saturating_mul(20) < company_total => format!(
            "WITH m AS MATERIALIZED (SELECT u.id, u.sort_name, u.created_at, u.last_sign_in_at FROM users u{})
             SELECT m.id, 0 AS matches FROM m ORDER BY {} LIMIT {limit} OFFSET {offset}",
            f.sql,
            order("m"),
        ),
        _ => format!("SELECT u.id{window} FROM users u{} ORDER BY {} LIMIT {limit} OFFSET {offset}", f.sql, order("u")),
    };
    // Only the page's ids are found in order; the columns and the services count are read
    // for those 25 rows alone.
    let sql = format!(
        "SELECT u.id, u.first_name, u.last_name, u.email, u.role, u.status, u.entity_id, e.name AS entity_name,
                u.email_verified, (SELECT COUNT(*) FROM user_services us WHERE us.user_id = u.id) AS services,
                u.last_sign_in_at, u.version, page.matches,
                CASE WHEN u.status = 'invited' AND NOT EXISTS {} THEN 1 ELSE 0 END AS invitation_expired,
                u.consent_version, u.consent_at,
                CASE WHEN COALESCE(u.consent_version, '') <> {} THEN 1 ELSE 0 END AS policy_outdated
         FROM ({page}) page
         JOIN users u ON u.id = page.id JOIN entities e ON e.id = u.entity_id
         ORDER BY {}",
        working_invitation("u", super::now()),
        super::policies::current_sql(super::now()),
        order("u"),
    );
    let mut rows = sqlx::query_as::<_, ListRow>(&sql).persistent(super::FILTERED).bind(company_id);
    for arg in &f.args {
        rows = rows.bind(arg);
    }
    let rows = rows.fetch_all(pool).await?;
    let total = match (counted, rows.first()) {
        (Some(matches), _) => matches,
        (None, Some(row)) if searching => row.matches,
        _ if !f.narrowed => company_total,
        // A filter without a search, or a page past the last match: counted apart.
        _ => count(pool, company_id, &f).await?,
    };
    Ok(ListPage { rows, total, company_total })
}

//! The provider's staff and what they do: `operators`, `operator_links`,
//! `operator_challenges`, `operator_sessions`, `operator_audit`; and the company rows only
//! operators read or write (the list across companies, a new company, its access).

use espace_api::company::TimeZone;
use espace_api::operator::{CompanyRow, CompanyStatus, OperatorAction, OperatorEvent, OperatorRow, OperatorStatus};
use espace_api::{CompanyId, Language};

use super::{Conn, Pool};

#[derive(Debug, Clone, sqlx::FromRow)]
pub struct Operator {
    pub id: i64,
    pub name: String,
    pub email: String,
    pub language: Language,
    pub status: OperatorStatus,
    pub password_hash: Option<String>,
    /// Sealed.
    pub totp_secret: Option<String>,
    /// Sealed; shown at activation, not yet confirmed.
    pub pending_secret: Option<String>,
    /// The operator token this request came through (`/api/operator/v1`), if any.
    #[sqlx(skip)]
    pub via_token: Option<i64>,
}

impl Operator {
    pub fn is_active(&self) -> bool {
        self.status == OperatorStatus::Active
    }
}

const COLUMNS: &str = "o.id, o.name, o.email, o.language, o.status, o.password_hash, o.totp_secret, o.pending_secret";

pub async fn by_email(conn: &mut Conn, email_norm: &str) -> Result<Option<Operator>, sqlx::Error> {
    sqlx::query_as(&format!("SELECT {COLUMNS} FROM operators o WHERE o.email_norm = $1"))
        .bind(email_norm)
        .fetch_optional(conn)
        .await
}

pub async fn by_id(conn: &mut Conn, id: i64) -> Result<Option<Operator>, sqlx::Error> {
    sqlx::query_as(&format!("SELECT {COLUMNS} FROM operators o WHERE o.id = $1")).bind(id).fetch_optional(conn).await
}

/// A new operator, invited; or the one with this e-mail, still invited (a new link replaces
/// the old). `None` when that operator is already active.
pub async fn invite(
    conn: &mut Conn,
    (name, email, email_norm): (&str, &str, &str),
    language: Language,
    now: i64,
) -> Result<Option<i64>, sqlx::Error> {
    if let Some(existing) = by_email(conn, email_norm).await? {
        if existing.status != OperatorStatus::Invited {
            return Ok(None);
        }
        sqlx::query("DELETE FROM operator_links WHERE operator_id = $1").bind(existing.id).execute(conn).await?;
        return Ok(Some(existing.id));
    }
    let id = sqlx::query_scalar(
        "INSERT INTO operators (name, email, email_norm, language, status, created_at)
         VALUES ($1, $2, $3, $4, 'invited', $5) RETURNING id",
    )
    .bind(name)
    .bind(email)
    .bind(email_norm)
    .bind(language)
    .bind(now)
    .fetch_one(conn)
    .await?;
    Ok(Some(id))
}

pub async fn insert_link(conn: &mut Conn, hash: &str, operator_id: i64, expires_at: i64) -> Result<(), sqlx::Error> {
    sqlx::query("INSERT INTO operator_links (hash, operator_id, expires_at) VALUES ($1, $2, $3)")
        .bind(hash)
        .bind(operator_id)
        .bind(expires_at)
        .execute(conn)
        .await?;
    Ok(())
}

/// The invited operator a live, unused link stands for.
pub async fn link_operator(conn: &mut Conn, hash: &str, now: i64) -> Result<Option<Operator>, sqlx::Error> {
    sqlx::query_as(&format!(
        "SELECT {COLUMNS} FROM operator_links l JOIN operators o ON o.id = l.operator_id
         WHERE l.hash = $1 AND l.expires_at > $2 AND l.used_at IS NULL AND o.status = 'invited'"
    ))
    .bind(hash)
    .bind(now)
    .fetch_optional(conn)
    .await
}

pub async fn set_pending_secret(conn: &mut Conn, id: i64, sealed: &str) -> Result<(), sqlx::Error> {
    sqlx::query("UPDATE operators SET pending_secret = $1 WHERE id = $2").bind(sealed).bind(id).execute(conn).await?;
    Ok(())
}

/// The link used: the password and the confirmed app are the operator's, who is active.
pub async fn activate(
    conn: &mut Conn,
    (id, link_hash): (i64, &str),
    password_hash: &str,
    step: i64,
    now: i64,
) -> Result<(), sqlx::Error> {
    sqlx::query(
        "UPDATE operators SET status = 'active', password_hash = $1, totp_secret = pending_secret,
                pending_secret = NULL, last_step = $2, last_sign_in_at = $3
         WHERE id = $4",
    )
    .bind(password_hash)
    .bind(step)
    .bind(now)
    .bind(id)
    .execute(&mut *conn)
    .await?;
    sqlx::query("UPDATE operator_links SET used_at = $1 WHERE hash = $2")
        .bind(now)
        .bind(link_hash)
        .execute(conn)
        .await?;
    Ok(())
}

/// Spends an app code's time step; false when it (or a later one) was used already.
pub async fn use_step(conn: &mut Conn, id: i64, step: i64) -> Result<bool, sqlx::Error> {
    let done =
        sqlx::query("UPDATE operators SET last_step = $1 WHERE id = $2 AND (last_step IS NULL OR last_step < $1)")
            .bind(step)
            .bind(id)
            .execute(conn)
            .await?;
    Ok(done.rows_affected() > 0)
}

pub async fn signed_in(conn: &mut Conn, id: i64, now: i64) -> Result<(), sqlx::Error> {
    sqlx::query("UPDATE operators SET last_sign_in_at = $1 WHERE id = $2").bind(now).bind(id).execute(conn).await?;
    Ok(())
}

pub async fn insert_challenge(
    conn: &mut Conn,
    hash: &str,
    operator_id: i64,
    expires_at: i64,
) -> Result<(), sqlx::Error> {
    sqlx::query("INSERT INTO operator_challenges (id_hash, operator_id, expires_at) VALUES ($1, $2, $3)")
        .bind(hash)
        .bind(operator_id)
        .bind(expires_at)
        .execute(conn)
        .await?;
    Ok(())
}

pub async fn challenge_operator(conn: &mut Conn, hash: &str, now: i64) -> Result<Option<i64>, sqlx::Error> {
    sqlx::query_scalar("SELECT operator_id FROM operator_challenges WHERE id_hash = $1 AND expires_at > $2")
        .bind(hash)
        .bind(now)
        .fetch_optional(conn)
        .await
}

pub async fn delete_challenge(conn: &mut Conn, hash: &str) -> Result<(), sqlx::Error> {
    sqlx::query("DELETE FROM operator_challenges WHERE id_hash = $1").bind(hash).execute(conn).await?;
    Ok(())
}

pub async fn insert_session(
    conn: &mut Conn,
    hash: &str,
    operator_id: i64,
    now: i64,
    expires_at: i64,
) -> Result<(), sqlx::Error> {
    sqlx::query(
        "INSERT INTO operator_sessions (id_hash, operator_id, created_at, last_seen_at, expires_at)
         VALUES ($1, $2, $3, $3, $4)",
    )
    .bind(hash)
    .bind(operator_id)
    .bind(now)
    .bind(expires_at)
    .execute(conn)
    .await?;
    Ok(())
}

/// The active operator of a live session, and when it was last seen.
pub async fn session_operator(
    pool: &Pool,
    hash: &str,
    now: i64,
    idle_since: i64,
) -> Result<Option<(Operator, i64)>, sqlx::Error> {
    #[derive(sqlx::FromRow)]
    struct Found {
        #[sqlx(flatten)]
        operator: Operator,
        last_seen_at: i64,
    }
    let found: Option<Found> = sqlx::query_as(&format!(
        "SELECT {COLUMNS}, s.last_seen_at FROM operator_sessions s JOIN operators o ON o.id = s.operator_id
         WHERE s.id_hash = $1 AND s.expires_at > $2 AND s.last_seen_at > $3 AND o.status = 'active'"
    ))
    .bind(hash)
    .bind(now)
    .bind(idle_since)
    .fetch_optional(pool)
    .await?;
    Ok(found.map(|f| (f.operator, f.last_seen_at)))
}

pub async fn touch_session(pool: &Pool, hash: &str, now: i64) -> Result<(), sqlx::Error> {
    sqlx::query("UPDATE operator_sessions SET last_seen_at = $1 WHERE id_hash = $2")
        .bind(now)
        .bind(hash)
        .execute(pool)
        .await?;
    Ok(())
}

pub async fn delete_session(pool: &Pool, hash: &str) -> Result<(), sqlx::Error> {
    sqlx::query("DELETE FROM operator_sessions WHERE id_hash = $1").bind(hash).execute(pool).await?;
    Ok(())
}

/// Every operator, by name.
pub async fn list(conn: &mut Conn) -> Result<Vec<OperatorRow>, sqlx::Error> {
    sqlx::query_as(
        "SELECT id, name, email, language, status, created_at, last_sign_in_at FROM operators ORDER BY LOWER(name), id",
    )
    .fetch_all(conn)
    .await
}

pub async fn row(conn: &mut Conn, id: i64) -> Result<Option<OperatorRow>, sqlx::Error> {
    sqlx::query_as("SELECT id, name, email, language, status, created_at, last_sign_in_at FROM operators WHERE id = $1")
        .bind(id)
        .fetch_optional(conn)
        .await
}

pub async fn set_status(conn: &mut Conn, id: i64, status: OperatorStatus) -> Result<(), sqlx::Error> {
    sqlx::query("UPDATE operators SET status = $2 WHERE id = $1").bind(id).bind(status).execute(conn).await?;
    Ok(())
}

/// Back to invited: no password, no app; every session and link of theirs gone.
pub async fn reset(conn: &mut Conn, id: i64) -> Result<(), sqlx::Error> {
    sqlx::query(
        "UPDATE operators SET status = 'invited', password_hash = NULL, totp_secret = NULL, pending_secret = NULL,
             last_step = NULL WHERE id = $1",
    )
    .bind(id)
    .execute(&mut *conn)
    .await?;
    sqlx::query("DELETE FROM operator_links WHERE operator_id = $1").bind(id).execute(&mut *conn).await?;
    end_sessions(conn, id).await
}

pub async fn end_sessions(conn: &mut Conn, id: i64) -> Result<(), sqlx::Error> {
    sqlx::query("DELETE FROM operator_sessions WHERE operator_id = $1").bind(id).execute(&mut *conn).await?;
    sqlx::query("DELETE FROM operator_challenges WHERE operator_id = $1").bind(id).execute(conn).await?;
    Ok(())
}

/// One line of the operators' log: the action, the company (its id while it exists, its
/// name always) and what else it was about (a service and its seats, a token's name).
pub struct Entry<'a> {
    pub action: OperatorAction,
    pub company_id: Option<CompanyId>,
    pub company: &'a str,
    pub detail: &'a str,
}

impl<'a> Entry<'a> {
    pub fn new(action: OperatorAction, (company_id, company): (Option<CompanyId>, &'a str)) -> Self {
        Entry { action, company_id, company, detail: "" }
    }

    pub fn about(self, detail: &'a str) -> Self {
        Entry { detail, ..self }
    }
}

/// Records an operator's action (`None`: the hourly job), and the token it came through.
pub async fn record(conn: &mut Conn, by: Option<&Operator>, entry: Entry<'_>, now: i64) -> Result<(), sqlx::Error> {
    sqlx::query(
        "INSERT INTO operator_audit (operator_id, token_id, action, company_id, company, detail, at)
         VALUES ($1, $2, $3, $4, $5, $6, $7)",
    )
    .bind(by.map(|o| o.id))
    .bind(by.and_then(|o| o.via_token))
    .bind(entry.action)
    .bind(entry.company_id)
    .bind(entry.company)
    .bind(entry.detail)
    .bind(now)
    .execute(conn)
    .await?;
    Ok(())
}

/// The latest operator actions, newest first.
pub async fn recent(conn: &mut Conn, limit: i64) -> Result<Vec<OperatorEvent>, sqlx::Error> {
    sqlx::query_as(
        "SELECT a.at, COALESCE(o.name, '') AS operator, a.action, a.company, a.detail, t.name AS token
         FROM operator_audit a LEFT JOIN operators o ON o.id = a.operator_id
         LEFT JOIN operator_tokens t ON t.id = a.token_id ORDER BY a.at DESC, a.id DESC LIMIT $1",
    )
    .bind(limit)
    .fetch_all(conn)
    .await
}

/// Companies whose name contains `folded` (lower-case), in a status if given, by name.
pub async fn companies(
    conn: &mut Conn,
    folded: &str,
    status: Option<CompanyStatus>,
    limit: i64,
) -> Result<Vec<CompanyRow>, sqlx::Error> {
    let pattern = format!("%{}%", folded.replace('\\', "\\\\").replace('%', "\\%").replace('_', "\\_"));
    let rows: Vec<CompanyListed> = sqlx::query_as(&format!(
        "{SELECT_COMPANY} WHERE LOWER(name) LIKE $1 ESCAPE '\\'
             AND (CAST($2 AS TEXT) IS NULL OR status = CAST($2 AS TEXT))
         ORDER BY LOWER(name), id LIMIT $3"
    ))
    .bind(pattern)
    .bind(status)
    .bind(limit)
    .fetch_all(conn)
    .await?;
    Ok(rows.into_iter().map(CompanyRow::from).collect())
}

/// One company as the console lists it.
pub async fn company(conn: &mut Conn, id: CompanyId) -> Result<Option<CompanyRow>, sqlx::Error> {
    let row: Option<CompanyListed> =
        sqlx::query_as(&format!("{SELECT_COMPANY} WHERE id = $1")).bind(id).fetch_optional(conn).await?;
    Ok(row.map(CompanyRow::from))
}

const SELECT_COMPANY: &str = "SELECT id, name, status, language, (user_count + COALESCE((SELECT CAST(SUM(d.delta) AS BIGINT)
        FROM user_count_deltas d WHERE d.company_id = companies.id), 0)) AS user_count, sso_enabled, created_at, closes_at
    FROM companies";

/// `SELECT_COMPANY`'s columns: SSO is stored as 0 or 1, which the `Any` driver reads as a number.
#[derive(sqlx::FromRow)]
struct CompanyListed {
    id: CompanyId,
    name: String,
    status: CompanyStatus,
    language: Language,
    user_count: i64,
    sso_enabled: i64,
    created_at: i64,
    closes_at: Option<i64>,
}

impl From<CompanyListed> for CompanyRow {
    fn from(r: CompanyListed) -> Self {
        CompanyRow {
            id: r.id,
            name: r.name,
            status: r.status,
            language: r.language,
            users: r.user_count,
            sso: r.sso_enabled != 0,
            created_at: r.created_at,
            closes_at: r.closes_at,
        }
    }
}

/// The company made earlier with this key, and the hash of the request that made it.
pub async fn idempotent(conn: &mut Conn, key: &str) -> Result<Option<(CompanyId, String)>, sqlx::Error> {
    sqlx::query_as("SELECT company_id, request_hash FROM operator_idempotency WHERE idem_key = $1")
        .bind(key)
        .fetch_optional(conn)
        .await
}

pub async fn keep_idempotent(
    conn: &mut Conn,
    key: &str,
    request_hash: &str,
    company_id: CompanyId,
    now: i64,
) -> Result<(), sqlx::Error> {
    sqlx::query(
        "INSERT INTO operator_idempotency (idem_key, request_hash, company_id, created_at) VALUES ($1, $2, $3, $4)",
    )
    .bind(key)
    .bind(request_hash)
    .bind(company_id)
    .bind(now)
    .execute(conn)
    .await?;
    Ok(())
}

pub async fn purge_idempotent(conn: &mut Conn, before: i64) -> Result<u64, sqlx::Error> {
    let done =
        sqlx::query("DELETE FROM operator_idempotency WHERE created_at <= $1").bind(before).execute(conn).await?;
    Ok(done.rows_affected())
}

pub async fn rename_company(conn: &mut Conn, id: CompanyId, name: &str) -> Result<(), sqlx::Error> {
    sqlx::query("UPDATE companies SET name = $2 WHERE id = $1").bind(id).bind(name).execute(conn).await?;
    Ok(())
}

pub async fn insert_company(
    conn: &mut Conn,
    name: &str,
    language: Language,
    time_zone: &TimeZone,
    now: i64,
) -> Result<CompanyId, sqlx::Error> {
    sqlx::query_scalar(
        "INSERT INTO companies (name, language, time_zone, created_at, status_changed_at) VALUES ($1, $2, $3, $4, $4)
         RETURNING id",
    )
    .bind(name)
    .bind(language)
    .bind(time_zone.as_str())
    .bind(now)
    .fetch_one(conn)
    .await
}

pub async fn company_status(conn: &mut Conn, id: CompanyId) -> Result<Option<(String, CompanyStatus)>, sqlx::Error> {
    sqlx::query_as("SELECT name, status FROM companies WHERE id = $1").bind(id).fetch_optional(conn).await
}

pub async fn set_company_status(
    conn: &mut Conn,
    id: CompanyId,
    status: CompanyStatus,
    now: i64,
) -> Result<(), sqlx::Error> {
    sqlx::query("UPDATE companies SET status = $1, status_changed_at = $2 WHERE id = $3")
        .bind(status)
        .bind(now)
        .bind(id)
        .execute(conn)
        .await?;
    Ok(())
}

/// Ends every session of the company's people at once.
pub async fn end_company_sessions(conn: &mut Conn, id: CompanyId) -> Result<u64, sqlx::Error> {
    let done = sqlx::query("DELETE FROM sessions WHERE user_id IN (SELECT id FROM users WHERE company_id = $1)")
        .bind(id)
        .execute(conn)
        .await?;
    Ok(done.rows_affected())
}

/// Whether the person's company is suspended.
pub async fn suspended_user(conn: &mut Conn, user_id: espace_api::UserId) -> Result<bool, sqlx::Error> {
    let n: i64 = sqlx::query_scalar(
        "SELECT COUNT(*) FROM users u JOIN companies c ON c.id = u.company_id WHERE u.id = $1 AND c.status = 'suspended'",
    )
    .bind(user_id)
    .fetch_one(conn)
    .await?;
    Ok(n > 0)
}

/// Whether the company is suspended.
pub async fn suspended(conn: &mut Conn, company_id: CompanyId) -> Result<bool, sqlx::Error> {
    let n: i64 = sqlx::query_scalar("SELECT COUNT(*) FROM companies WHERE id = $1 AND status = 'suspended'")
        .bind(company_id)
        .fetch_one(conn)
        .await?;
    Ok(n > 0)
}

/// Closes the company: suspended, and erased once `closes_at` has passed.
pub async fn set_closing(conn: &mut Conn, id: CompanyId, now: i64, closes_at: i64) -> Result<(), sqlx::Error> {
    sqlx::query("UPDATE companies SET status = 'suspended', status_changed_at = $1, closes_at = $2 WHERE id = $3")
        .bind(now)
        .bind(closes_at)
        .bind(id)
        .execute(conn)
        .await?;
    Ok(())
}

/// The companies whose grace period is over, and their names.
pub async fn due_for_erasure(conn: &mut Conn, now: i64) -> Result<Vec<(CompanyId, String)>, sqlx::Error> {
    sqlx::query_as("SELECT id, name FROM companies WHERE closes_at IS NOT NULL AND closes_at <= $1 ORDER BY id")
        .bind(now)
        .fetch_all(conn)
        .await
}

/// The company's import reports: batch, part, when, and the report as the app shows it (JSON).
pub async fn import_reports(conn: &mut Conn, id: CompanyId) -> Result<Vec<(String, i64, i64, String)>, sqlx::Error> {
    sqlx::query_as(
        "SELECT batch, part, created_at, report FROM import_parts WHERE company_id = $1 ORDER BY created_at, batch, part",
    )
    .bind(id)
    .fetch_all(conn)
    .await
}

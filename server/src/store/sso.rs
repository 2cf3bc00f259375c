//! Single sign-on: each company's provider, the sign-ins under way, and the people's subjects
//! at the provider. The domains a provider covers are the company's verified ones (`domains`).

use espace_api::users::Role;
use espace_api::{CompanyId, EntityId, ServiceId, UserId};

use super::Conn;

#[derive(Debug, Clone, sqlx::FromRow)]
pub struct Provider {
    pub company_id: CompanyId,
    pub issuer: String,
    pub client_id: String,
    /// Sealed (`sso::seal`).
    pub client_secret: String,
    pub default_entity_id: EntityId,
    /// 0 or 1: the company's `sso_enabled`.
    pub enabled: i64,
}

pub async fn provider(conn: &mut Conn, company_id: CompanyId) -> Result<Option<Provider>, sqlx::Error> {
    sqlx::query_as(&format!("{SELECT_PROVIDER} WHERE p.company_id = $1")).bind(company_id).fetch_optional(conn).await
}

const SELECT_PROVIDER: &str =
    "SELECT p.company_id, p.issuer, p.client_id, p.client_secret, p.default_entity_id, c.sso_enabled AS enabled
     FROM sso_providers p JOIN companies c ON c.id = p.company_id";

/// The enabled provider of the company that verified `domain`: for an address with no account.
pub async fn provider_for_domain(conn: &mut Conn, domain: &str) -> Result<Option<Provider>, sqlx::Error> {
    sqlx::query_as(&format!(
        "{SELECT_PROVIDER} JOIN company_domains d ON d.company_id = p.company_id
         WHERE d.domain = $1 AND d.verified_at IS NOT NULL AND c.sso_enabled = 1"
    ))
    .bind(domain)
    .fetch_optional(conn)
    .await
}

/// The enabled provider of the user's own company, when that company verified `domain` (the
/// domain of the user's sign-in address): another company's claims never route them.
pub async fn provider_for_account(
    conn: &mut Conn,
    user_id: UserId,
    domain: &str,
) -> Result<Option<Provider>, sqlx::Error> {
    sqlx::query_as(&format!(
        "{SELECT_PROVIDER} JOIN users u ON u.company_id = p.company_id
         JOIN company_domains d ON d.company_id = p.company_id AND d.domain = $2 AND d.verified_at IS NOT NULL
         WHERE u.id = $1 AND c.sso_enabled = 1"
    ))
    .bind(user_id)
    .bind(domain)
    .fetch_optional(conn)
    .await
}

pub struct NewProvider<'a> {
    pub company_id: CompanyId,
    pub issuer: &'a str,
    pub client_id: &'a str,
    pub client_secret: &'a str,
    pub default_entity_id: EntityId,
    pub now: i64,
}

pub async fn save_provider(conn: &mut Conn, p: &NewProvider<'_>) -> Result<(), sqlx::Error> {
    sqlx::query(
        "INSERT INTO sso_providers (company_id, issuer, client_id, client_secret, default_entity_id, updated_at)
         VALUES ($1, $2, $3, $4, $5, $6)
         ON CONFLICT (company_id) DO UPDATE SET issuer = $2, client_id = $3, client_secret = $4,
             default_entity_id = $5, updated_at = $6",
    )
    .bind(p.company_id)
    .bind(p.issuer)
    .bind(p.client_id)
    .bind(p.client_secret)
    .bind(p.default_entity_id)
    .bind(p.now)
    .execute(conn)
    .await?;
    Ok(())
}

pub async fn set_enabled(conn: &mut Conn, company_id: CompanyId, enabled: bool) -> Result<(), sqlx::Error> {
    sqlx::query("UPDATE companies SET sso_enabled = $1 WHERE id = $2")
        .bind(i64::from(enabled))
        .bind(company_id)
        .execute(conn)
        .await?;
    Ok(())
}

pub async fn default_services(conn: &mut Conn, company_id: CompanyId) -> Result<Vec<ServiceId>, sqlx::Error> {
    sqlx::query_scalar("SELECT service_id FROM sso_default_services WHERE company_id = $1 ORDER BY service_id")
        .bind(company_id)
        .fetch_all(conn)
        .await
}

/// Replaces the default services; each must be the company's (checked by the join).
pub async fn set_default_services(
    conn: &mut Conn,
    company_id: CompanyId,
    services: &[ServiceId],
) -> Result<(), sqlx::Error> {
    sqlx::query("DELETE FROM sso_default_services WHERE company_id = $1").bind(company_id).execute(&mut *conn).await?;
    for service in services {
        sqlx::query(
            "INSERT INTO sso_default_services (company_id, service_id)
             SELECT company_id, id FROM services WHERE id = $1 AND company_id = $2",
        )
        .bind(service)
        .bind(company_id)
        .execute(&mut *conn)
        .await?;
    }
    Ok(())
}

pub async fn break_glass(conn: &mut Conn, company_id: CompanyId) -> Result<Vec<UserId>, sqlx::Error> {
    sqlx::query_scalar("SELECT id FROM users WHERE company_id = $1 AND break_glass = 1 ORDER BY id")
        .bind(company_id)
        .fetch_all(conn)
        .await
}

/// Marks exactly `ids` (administrators of the company) as break-glass accounts.
pub async fn set_break_glass(conn: &mut Conn, company_id: CompanyId, ids: &[UserId]) -> Result<(), sqlx::Error> {
    sqlx::query("UPDATE users SET break_glass = 0 WHERE company_id = $1 AND break_glass = 1")
        .bind(company_id)
        .execute(&mut *conn)
        .await?;
    for id in ids {
        sqlx::query("UPDATE users SET break_glass = 1 WHERE id = $1 AND company_id = $2 AND role = $3")
            .bind(id)
            .bind(company_id)
            .bind(Role::Admin)
            .execute(&mut *conn)
            .await?;
    }
    Ok(())
}

/// Whether the user may still sign in with a password although their company is on SSO: the
/// flag counts only on an administrator (a demotion clears it too, `users::set_role`).
pub async fn is_break_glass(conn: &mut Conn, user_id: UserId) -> Result<bool, sqlx::Error> {
    let flag: Option<i64> = sqlx::query_scalar("SELECT break_glass FROM users WHERE id = $1 AND role = $2")
        .bind(user_id)
        .bind(Role::Admin)
        .fetch_optional(conn)
        .await?;
    Ok(flag == Some(1))
}

/// A sign-in under way at the provider.
#[derive(Debug, Clone, sqlx::FromRow)]
pub struct Login {
    pub browser_hash: String,
    pub company_id: CompanyId,
    pub nonce: String,
    pub pkce_verifier: String,
    pub login_hint: String,
    pub expires_at: i64,
}

pub async fn insert_login(conn: &mut Conn, state_hash: &str, login: &Login, now: i64) -> Result<(), sqlx::Error> {
    // Sign-ins left unfinished are cleared as new ones start.
    sqlx::query("DELETE FROM sso_logins WHERE expires_at <= $1").bind(now).execute(&mut *conn).await?;
    sqlx::query(
        "INSERT INTO sso_logins (state_hash, browser_hash, company_id, nonce, pkce_verifier, login_hint, expires_at)
         VALUES ($1, $2, $3, $4, $5, $6, $7)",
    )
    .bind(state_hash)
    .bind(&login.browser_hash)
    .bind(login.company_id)
    .bind(&login.nonce)
    .bind(&login.pkce_verifier)
    .bind(&login.login_hint)
    .bind(login.expires_at)
    .execute(conn)
    .await?;
    Ok(())
}

/// Takes the sign-in out: whatever happens next, its state cannot be used again.
pub async fn take_login(conn: &mut Conn, state_hash: &str) -> Result<Option<Login>, sqlx::Error> {
    let login: Option<Login> = sqlx::query_as(
        "SELECT browser_hash, company_id, nonce, pkce_verifier, login_hint, expires_at FROM sso_logins
         WHERE state_hash = $1",
    )
    .bind(state_hash)
    .fetch_optional(&mut *conn)
    .await?;
    sqlx::query("DELETE FROM sso_logins WHERE state_hash = $1").bind(state_hash).execute(conn).await?;
    Ok(login)
}

/// The company's user known at the provider by `subject`.
pub async fn user_by_subject(
    conn: &mut Conn,
    company_id: CompanyId,
    subject: &str,
) -> Result<Option<UserId>, sqlx::Error> {
    sqlx::query_scalar("SELECT id FROM users WHERE company_id = $1 AND sso_subject = $2")
        .bind(company_id)
        .bind(subject)
        .fetch_optional(conn)
        .await
}

pub async fn subject_of(conn: &mut Conn, user_id: UserId) -> Result<Option<String>, sqlx::Error> {
    let subject: Option<Option<String>> =
        sqlx::query_scalar("SELECT sso_subject FROM users WHERE id = $1").bind(user_id).fetch_optional(conn).await?;
    Ok(subject.flatten())
}

pub async fn set_subject(conn: &mut Conn, user_id: UserId, subject: &str) -> Result<(), sqlx::Error> {
    sqlx::query("UPDATE users SET sso_subject = $1 WHERE id = $2").bind(subject).bind(user_id).execute(conn).await?;
    Ok(())
}

/// Marks the session opened by the provider, with how it authenticated the person (`amr`,
/// comma-separated; empty when it did not say).
pub async fn mark_session(conn: &mut Conn, id_hash: &str, amr: &str) -> Result<(), sqlx::Error> {
    sqlx::query("UPDATE sessions SET via_sso = 1, amr = $1 WHERE id_hash = $2")
        .bind(amr)
        .bind(id_hash)
        .execute(conn)
        .await?;
    Ok(())
}

/// The company whose provider opened this session, if one did.
pub async fn session_company(conn: &mut Conn, id_hash: &str) -> Result<Option<CompanyId>, sqlx::Error> {
    sqlx::query_scalar(
        "SELECT u.company_id FROM sessions s JOIN users u ON u.id = s.user_id WHERE s.id_hash = $1 AND s.via_sso = 1",
    )
    .bind(id_hash)
    .fetch_optional(conn)
    .await
}

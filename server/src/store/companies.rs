//! Companies: the customer organisations whose users Espace manages.

use espace_api::company::TimeZone;
use espace_api::second_step::SecondStepPolicy;
use espace_api::{CompanyId, Language};

use super::Conn;

#[derive(Debug, Clone, sqlx::FromRow)]
pub struct Company {
    pub id: CompanyId,
    pub name: String,
    pub language: Language,
    /// 0 or 1.
    pub sso_enabled: i64,
    /// The clock its e-mails write times on.
    pub time_zone: TimeZone,
    /// Who must use a second sign-in step.
    pub second_step_policy: SecondStepPolicy,
}

pub async fn by_id(conn: &mut Conn, id: CompanyId) -> Result<Option<Company>, sqlx::Error> {
    sqlx::query_as("SELECT id, name, language, sso_enabled, time_zone, second_step_policy FROM companies WHERE id = $1")
        .bind(id)
        .fetch_optional(conn)
        .await
}

pub async fn count(conn: &mut Conn) -> Result<i64, sqlx::Error> {
    sqlx::query_scalar("SELECT COUNT(*) FROM companies").fetch_one(conn).await
}

pub async fn set_time_zone(conn: &mut Conn, id: CompanyId, time_zone: &TimeZone) -> Result<(), sqlx::Error> {
    sqlx::query("UPDATE companies SET time_zone = $1 WHERE id = $2")
        .bind(time_zone.as_str())
        .bind(id)
        .execute(conn)
        .await?;
    Ok(())
}

pub async fn set_second_step_policy(
    conn: &mut Conn,
    id: CompanyId,
    policy: SecondStepPolicy,
) -> Result<(), sqlx::Error> {
    sqlx::query("UPDATE companies SET second_step_policy = $1 WHERE id = $2")
        .bind(policy.as_str())
        .bind(id)
        .execute(conn)
        .await?;
    Ok(())
}

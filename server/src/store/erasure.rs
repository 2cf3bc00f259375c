//! Erasing a closed company: every row of it, in every table, in one transaction. The order
//! follows the references (what points at users and entities goes first). Tables whose rows
//! hang from a user (sessions, links, second steps, consents, devices, services given) go with
//! the user by `ON DELETE CASCADE`, and are deleted here as well so that nothing depends on
//! the engine enforcing it. The operators' own log keeps the company's name (who closed what
//! must survive), not its id.

use espace_api::CompanyId;

use super::Conn;

/// Every table a company's people hang from, by `user_id`.
const BY_USER: [&str; 14] = [
    "sessions",
    "tokens",
    "consents",
    "known_devices",
    "authenticators",
    "recovery_codes",
    "sign_in_challenges",
    "email_changes",
    "passkeys",
    "passkey_registrations",
    "admin_scopes",
    "user_services",
    "idempotency_keys",
    "outbox",
];

/// Every table that names the company itself, in the order they can go.
const BY_COMPANY: [&str; 14] = [
    "webhook_messages",
    "webhook_endpoints",
    "operator_idempotency",
    "sso_default_services",
    "service_orders",
    "sso_logins",
    "sso_providers",
    "company_domains",
    "import_parts",
    "idempotency_keys",
    "audit_log",
    "error_log",
    "api_tokens",
    "users",
];

const USERS: &str = "SELECT id FROM users WHERE company_id = $1";

pub async fn erase(conn: &mut Conn, company_id: CompanyId) -> Result<(), sqlx::Error> {
    // Counts kept under the people's addresses (the account and password-mail budgets).
    sqlx::query(
        "DELETE FROM rate_limits WHERE key IN (
             SELECT 'account:' || email_norm FROM users WHERE company_id = $1
             UNION SELECT 'forgot-account:' || email_norm FROM users WHERE company_id = $1)",
    )
    .bind(company_id)
    .execute(&mut *conn)
    .await?;
    sqlx::query(&format!("DELETE FROM error_log WHERE user_id IN ({USERS})"))
        .bind(company_id)
        .execute(&mut *conn)
        .await?;
    for table in BY_USER {
        sqlx::query(&format!("DELETE FROM {table} WHERE user_id IN ({USERS})"))
            .bind(company_id)
            .execute(&mut *conn)
            .await?;
    }
    sqlx::query("DELETE FROM api_token_scopes WHERE token_id IN (SELECT id FROM api_tokens WHERE company_id = $1)")
        .bind(company_id)
        .execute(&mut *conn)
        .await?;
    sqlx::query(
        "DELETE FROM webhook_endpoint_scopes WHERE endpoint_id IN (SELECT id FROM webhook_endpoints WHERE company_id = $1)",
    )
    .bind(company_id)
    .execute(&mut *conn)
    .await?;
    for table in BY_COMPANY {
        sqlx::query(&format!("DELETE FROM {table} WHERE company_id = $1")).bind(company_id).execute(&mut *conn).await?;
    }
    // What other tables hold of the services and entities goes with the users, above.
    sqlx::query("DELETE FROM services WHERE company_id = $1").bind(company_id).execute(&mut *conn).await?;
    sqlx::query("DELETE FROM entities WHERE company_id = $1").bind(company_id).execute(&mut *conn).await?;
    sqlx::query("UPDATE operator_audit SET company_id = NULL WHERE company_id = $1")
        .bind(company_id)
        .execute(&mut *conn)
        .await?;
    // The users' deletion above appended their count deltas.
    sqlx::query("DELETE FROM user_count_deltas WHERE company_id = $1").bind(company_id).execute(&mut *conn).await?;
    sqlx::query("DELETE FROM companies WHERE id = $1").bind(company_id).execute(conn).await?;
    Ok(())
}

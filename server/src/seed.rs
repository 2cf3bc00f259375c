//! The demo company seeded into an empty database, so `make run` shows a lived-in space.

use std::path::Path;

use espace_api::links::PRIVACY_POLICY_VERSION;
use sqlx::SqlitePool;

use crate::auth::password;
use crate::db;
use crate::error::AppError;
use crate::users::fold::{search_text, sort_name};

#[derive(Debug, Clone)]
pub struct DemoCredentials {
    pub email: String,
    pub password: String,
}

pub const DEMO_ADMIN_EMAIL: &str = "camille.martin@acme.example";

struct SeedUser {
    first: &'static str,
    last: &'static str,
    email: &'static str,
    language: &'static str,
    role: &'static str,
    status: &'static str,
    reason: Option<&'static str>,
    /// Days since their last sign-in, for those who ever signed in.
    last_sign_in_days: Option<i64>,
    services: &'static [usize],
}

const SERVICES: [(&str, i64); 4] = [
    ("Microsoft 365 Business Standard", 10),
    ("Exchange Online (Plan 1)", 25),
    ("Veeam Backup for Microsoft 365", 8),
    ("VoIP line", 4),
];

const USERS: [SeedUser; 6] = [
    SeedUser {
        first: "Hélène",
        last: "Dubois",
        email: "helene.dubois@acme.example",
        language: "fr",
        role: "user",
        status: "active",
        reason: None,
        last_sign_in_days: Some(2),
        services: &[0, 1],
    },
    SeedUser {
        first: "Emma",
        last: "Wilson",
        email: "emma.wilson@acme.example",
        language: "en",
        role: "user",
        status: "active",
        reason: None,
        last_sign_in_days: Some(20),
        services: &[1, 3],
    },
    SeedUser {
        first: "Jean",
        last: "Moreau",
        email: "jean.moreau@acme.example",
        language: "fr",
        role: "user",
        status: "invited",
        reason: None,
        last_sign_in_days: None,
        services: &[0],
    },
    SeedUser {
        first: "Sophie",
        last: "Laurent",
        email: "sophie.laurent@acme.example",
        language: "fr",
        role: "admin",
        status: "created",
        reason: None,
        last_sign_in_days: None,
        services: &[],
    },
    SeedUser {
        first: "Marc",
        last: "Petit",
        email: "marc.petit@acme.example",
        language: "fr",
        role: "user",
        status: "deactivated",
        reason: Some("inactivity"),
        last_sign_in_days: Some(95),
        services: &[2],
    },
    SeedUser {
        first: "Luc",
        last: "Bernard",
        email: "luc.bernard@acme.example",
        language: "en",
        role: "user",
        status: "locked",
        reason: Some("failed-sign-ins"),
        last_sign_in_days: Some(5),
        services: &[1],
    },
];

/// Seeds the demo company when the database has no company yet. Returns the admin's
/// credentials when it seeded, else those remembered in `remember` (if any).
pub async fn seed_demo(pool: &SqlitePool, remember: Option<&Path>) -> Result<Option<DemoCredentials>, AppError> {
    let companies: i64 = sqlx::query_scalar("SELECT COUNT(*) FROM companies").fetch_one(pool).await?;
    if companies > 0 {
        let remembered = remember.and_then(|p| std::fs::read_to_string(p).ok());
        return Ok(remembered
            .map(|password| DemoCredentials { email: DEMO_ADMIN_EMAIL.into(), password: password.trim().to_owned() }));
    }
    let now = db::now();
    let day = 86_400;
    let admin_password = password::generate();
    let admin_hash = password::hash_blocking(admin_password.clone()).await?;
    let mut tx = pool.begin().await?;
    let company_id: i64 =
        sqlx::query_scalar("INSERT INTO companies (name, language, created_at) VALUES ('Acme', 'fr', ?) RETURNING id")
            .bind(now - 400 * day)
            .fetch_one(&mut *tx)
            .await?;
    let mut service_ids = Vec::new();
    for (name, seats) in SERVICES {
        let id: i64 =
            sqlx::query_scalar("INSERT INTO services (company_id, name, seats_total) VALUES (?, ?, ?) RETURNING id")
                .bind(company_id)
                .bind(name)
                .bind(seats)
                .fetch_one(&mut *tx)
                .await?;
        service_ids.push(id);
    }
    let admin_id: i64 = sqlx::query_scalar(
        "INSERT INTO users (company_id, first_name, last_name, email, email_norm, language, role, status,
             status_changed_at, email_verified, password_hash, created_at, invited_at, activated_at, last_sign_in_at,
             search_text, sort_name, consent_version, consent_at)
         VALUES (?, 'Camille', 'Martin', ?, ?, 'fr', 'admin', 'active', ?, 1, ?, ?, ?, ?, ?, ?, ?, ?, ?)
         RETURNING id",
    )
    .bind(company_id)
    .bind(DEMO_ADMIN_EMAIL)
    .bind(DEMO_ADMIN_EMAIL)
    .bind(now - 365 * day)
    .bind(&admin_hash)
    .bind(now - 366 * day)
    .bind(now - 366 * day)
    .bind(now - 365 * day)
    // Signed in yesterday: the demo admin is not a candidate for the inactivity warning.
    .bind(now - day)
    .bind(search_text("Camille", "Martin", DEMO_ADMIN_EMAIL))
    .bind(sort_name("Camille", "Martin"))
    .bind(PRIVACY_POLICY_VERSION)
    // The policy in force was accepted at that last sign-in (it is this month's version).
    .bind(now - day)
    .fetch_one(&mut *tx)
    .await?;
    for (i, u) in USERS.iter().enumerate() {
        let created = now - (60 - i as i64 * 7) * day;
        let ever_active = u.last_sign_in_days.is_some();
        // Seeded people who have signed in get an unguessable password nobody knows.
        let hash = if ever_active { Some(password::hash_blocking(password::generate()).await?) } else { None };
        // This month's policy, accepted at a sign-in this month; the others will be asked at
        // their next sign-in.
        let consent_at = u.last_sign_in_days.filter(|d| *d <= 30).map(|d| now - d * day);
        let user_id: i64 = sqlx::query_scalar(
            "INSERT INTO users (company_id, first_name, last_name, email, email_norm, language, role, status,
                 status_reason, status_changed_at, email_verified, password_hash, failed_sign_ins,
                 created_at, invited_at, activated_at, last_sign_in_at, search_text, sort_name,
                 consent_version, consent_at)
             VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id",
        )
        .bind(company_id)
        .bind(u.first)
        .bind(u.last)
        .bind(u.email)
        .bind(u.email)
        .bind(u.language)
        .bind(u.role)
        .bind(u.status)
        .bind(u.reason)
        .bind(now - day)
        .bind(ever_active)
        .bind(hash)
        .bind(if u.status == "locked" { 10 } else { 0 })
        .bind(created)
        .bind((u.status != "created").then_some(created + 3600))
        .bind(ever_active.then_some(created + day))
        .bind(u.last_sign_in_days.map(|d| now - d * day))
        .bind(search_text(u.first, u.last, u.email))
        .bind(sort_name(u.first, u.last))
        .bind(consent_at.map(|_| PRIVACY_POLICY_VERSION))
        .bind(consent_at)
        .fetch_one(&mut *tx)
        .await?;
        let mut events = vec![(Some(admin_id), "create", created)];
        if u.status != "created" {
            events.push((Some(admin_id), "activate", created + 3600));
        }
        if u.status == "deactivated" {
            events.push((None, "deactivate-inactivity", now - day));
        }
        if u.status == "locked" {
            events.push((None, "lock", now - day));
        }
        for (actor, action, at) in events {
            sqlx::query("INSERT INTO audit_events (company_id, user_id, actor_id, action, at) VALUES (?, ?, ?, ?, ?)")
                .bind(company_id)
                .bind(user_id)
                .bind(actor)
                .bind(action)
                .bind(at)
                .execute(&mut *tx)
                .await?;
        }
        for &s in u.services {
            sqlx::query("INSERT INTO user_services (user_id, service_id) VALUES (?, ?)")
                .bind(user_id)
                .bind(service_ids[s])
                .execute(&mut *tx)
                .await?;
        }
    }
    tx.commit().await?;
    if let Some(path) = remember {
        remember_password(path, &admin_password);
    }
    Ok(Some(DemoCredentials { email: DEMO_ADMIN_EMAIL.into(), password: admin_password }))
}

/// Kept readable by the owner only; a convenience of the demo, never used for real companies.
fn remember_password(path: &Path, password: &str) {
    if let Some(parent) = path.parent() {
        let _ = std::fs::create_dir_all(parent);
    }
    let written = std::fs::write(path, password);
    #[cfg(unix)]
    if written.is_ok() {
        use std::os::unix::fs::PermissionsExt;
        let _ = std::fs::set_permissions(path, std::fs::Permissions::from_mode(0o600));
    }
    if let Err(e) = written {
        tracing::warn!(error = %e, "could not remember the demo password");
    }
}

//! The demo company seeded into an empty database, so `make run` shows a lived-in space.

use std::path::Path;

use espace_api::audit::AuditAction;
use espace_api::links::PRIVACY_POLICY_VERSION;
use espace_api::users::{Role, StatusReason, UserStatus};
use espace_api::Language;

use crate::auth::password;
use crate::error::AppError;
use crate::store::seed::PastUser;
use crate::store::{self, Pool};
use crate::users::fold::{fold, search_text, sort_name};

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
    language: Language,
    role: Role,
    status: UserStatus,
    reason: Option<StatusReason>,
    /// Index in `ENTITIES`.
    entity: usize,
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

/// Where the demo company's people work; the demo administrator is at head office.
const ENTITIES: [&str; 3] = ["Siège — Paris", "Agence de Lyon", "Agence de Bordeaux"];

const USERS: [SeedUser; 6] = [
    SeedUser {
        first: "Hélène",
        last: "Dubois",
        email: "helene.dubois@acme.example",
        language: Language::Fr,
        role: Role::User,
        status: UserStatus::Active,
        reason: None,
        entity: 0,
        last_sign_in_days: Some(2),
        services: &[0, 1],
    },
    SeedUser {
        first: "Emma",
        last: "Wilson",
        email: "emma.wilson@acme.example",
        language: Language::En,
        role: Role::User,
        status: UserStatus::Active,
        reason: None,
        entity: 1,
        last_sign_in_days: Some(20),
        services: &[1, 3],
    },
    SeedUser {
        first: "Jean",
        last: "Moreau",
        email: "jean.moreau@acme.example",
        language: Language::Fr,
        role: Role::User,
        status: UserStatus::Invited,
        reason: None,
        entity: 1,
        last_sign_in_days: None,
        services: &[0],
    },
    SeedUser {
        first: "Sophie",
        last: "Laurent",
        email: "sophie.laurent@acme.example",
        language: Language::Fr,
        role: Role::Admin,
        status: UserStatus::Created,
        reason: None,
        entity: 0,
        last_sign_in_days: None,
        services: &[],
    },
    SeedUser {
        first: "Marc",
        last: "Petit",
        email: "marc.petit@acme.example",
        language: Language::Fr,
        role: Role::User,
        status: UserStatus::Deactivated,
        reason: Some(StatusReason::Inactivity),
        entity: 2,
        last_sign_in_days: Some(95),
        services: &[2],
    },
    SeedUser {
        first: "Luc",
        last: "Bernard",
        email: "luc.bernard@acme.example",
        language: Language::En,
        role: Role::User,
        status: UserStatus::Locked,
        reason: Some(StatusReason::FailedSignIns),
        entity: 2,
        last_sign_in_days: Some(5),
        services: &[1],
    },
];

/// Seeds the demo company when the database has no company yet. Returns the admin's
/// credentials when it seeded, else those remembered in `remember` (if any).
pub async fn seed_demo(pool: &Pool, remember: Option<&Path>) -> Result<Option<DemoCredentials>, AppError> {
    let companies = store::companies::count(&mut *pool.acquire().await?).await?;
    if companies > 0 {
        let remembered = remember.and_then(|p| std::fs::read_to_string(p).ok());
        return Ok(remembered
            .map(|password| DemoCredentials { email: DEMO_ADMIN_EMAIL.into(), password: password.trim().to_owned() }));
    }
    let now = store::now();
    let day = store::DAY_SECS;
    let admin_password = password::generate();
    let admin_hash = password::hash_blocking(admin_password.clone()).await?;
    let mut hashes = Vec::new();
    for u in &USERS {
        // Seeded people who have signed in get an unguessable password nobody knows.
        let hash = match u.last_sign_in_days {
            Some(_) => Some(password::hash_blocking(password::generate()).await?),
            None => None,
        };
        hashes.push(hash);
    }
    let mut tx = store::write(pool, store::Lock::Platform).await?;
    let company_id = store::seed::insert_company(&mut tx, "Acme", Language::Fr, now - 400 * day).await?;
    let mut entity_ids = Vec::new();
    for name in ENTITIES {
        entity_ids.push(store::seed::insert_entity(&mut tx, company_id, name, &fold(name), now - 400 * day).await?);
    }
    let entity = |i: usize| entity_ids.get(i).copied().unwrap_or_default();
    let mut service_ids = Vec::new();
    for (name, seats) in SERVICES {
        service_ids.push(store::seed::insert_service(&mut tx, company_id, name, seats).await?);
    }
    let admin_id = store::seed::insert_user(
        &mut tx,
        &PastUser {
            company_id,
            entity_id: entity(0),
            first_name: "Camille",
            last_name: "Martin",
            email: DEMO_ADMIN_EMAIL,
            language: Language::Fr,
            role: Role::Admin,
            status: UserStatus::Active,
            status_reason: None,
            status_changed_at: now - 365 * day,
            email_verified: true,
            password_hash: Some(&admin_hash),
            failed_sign_ins: 0,
            created_at: now - 366 * day,
            invited_at: Some(now - 366 * day),
            activated_at: Some(now - 365 * day),
            // Signed in yesterday: the demo admin is not a candidate for the inactivity warning.
            last_sign_in_at: Some(now - day),
            search_text: &search_text("Camille", "Martin", DEMO_ADMIN_EMAIL),
            sort_name: &sort_name("Camille", "Martin"),
            consent_version: Some(PRIVACY_POLICY_VERSION),
            // The policy in force was accepted at that last sign-in (it is this month's version).
            consent_at: Some(now - day),
        },
    )
    .await?;
    for ((i, u), hash) in USERS.iter().enumerate().zip(&hashes) {
        let created = now - (60 - i64::try_from(i).unwrap_or_default() * 7) * day;
        let ever_active = u.last_sign_in_days.is_some();
        // This month's policy, accepted at a sign-in this month; the others will be asked at
        // their next sign-in.
        let consent_at = u.last_sign_in_days.filter(|d| *d <= 30).map(|d| now - d * day);
        let user_id = store::seed::insert_user(
            &mut tx,
            &PastUser {
                company_id,
                entity_id: entity(u.entity),
                first_name: u.first,
                last_name: u.last,
                email: u.email,
                language: u.language,
                role: u.role,
                status: u.status,
                status_reason: u.reason,
                status_changed_at: now - day,
                email_verified: ever_active,
                password_hash: hash.as_deref(),
                failed_sign_ins: if u.status == UserStatus::Locked { 10 } else { 0 },
                created_at: created,
                invited_at: (u.status != UserStatus::Created).then_some(created + 3600),
                activated_at: ever_active.then_some(created + day),
                last_sign_in_at: u.last_sign_in_days.map(|d| now - d * day),
                search_text: &search_text(u.first, u.last, u.email),
                sort_name: &sort_name(u.first, u.last),
                consent_version: consent_at.map(|_| PRIVACY_POLICY_VERSION),
                consent_at,
            },
        )
        .await?;
        let mut events = vec![(true, AuditAction::Create, created)];
        if u.status != UserStatus::Created {
            events.push((true, AuditAction::Activate, created + 3600));
        }
        if u.status == UserStatus::Deactivated {
            events.push((false, AuditAction::DeactivateInactivity, now - day));
        }
        if u.status == UserStatus::Locked {
            events.push((false, AuditAction::Lock, now - day));
        }
        let subject_name = format!("{} {}", u.first, u.last);
        let admin_key = fold("Camille Martin");
        let entity_name = ENTITIES.get(u.entity).copied().unwrap_or_default();
        for (by_admin, action, at) in events {
            let event = store::audit::NewEvent {
                company_id,
                at,
                action,
                actor_id: by_admin.then_some(admin_id),
                actor_name: by_admin.then_some("Camille Martin"),
                actor_key: if by_admin { &admin_key } else { "" },
                actor_token: false,
                subject_id: Some(user_id),
                subject_name: Some(&subject_name),
                subject_email: Some(u.email),
                subject_key: &fold(&format!("{subject_name} {}", u.email)),
                entity_id: Some(entity(u.entity)),
                entity_name: Some(entity_name),
                changes: None,
            };
            store::audit::record(&mut tx, &event).await?;
        }
        for &s in u.services {
            if let Some(&service) = service_ids.get(s) {
                store::services::assign(&mut tx, user_id, service).await?;
            }
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

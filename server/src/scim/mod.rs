//! SCIM 2.0 provisioning (RFC 7643, 7644) for company directories (Microsoft Entra ID, Okta,
//! Google): the same API tokens, scope, validation and lifecycle as the app and `/api/v1`.
//! `active: false` deactivates through the one lifecycle; the enterprise extension's
//! `department` is the entity; `externalId` is kept. What Entra and Okta send in practice
//! (capitalised operations, `"False"` as a string, attribute names in any case) is accepted.

pub mod filter;
pub mod meta;

use axum::http::StatusCode;
use axum::response::{IntoResponse, Response};
use espace_api::audit::AuditAction;
use espace_api::users::{ActionRequest, Role, UpdateUserRequest, UserAction, UserStatus};
use espace_api::validation::normalize_email;
use espace_api::{ErrorCode, FieldErrorCode, Language};
use serde_json::{json, Map, Value};

use crate::auth::extract::CurrentUser;
use crate::error::AppError;
use crate::i18n;
use crate::state::AppState;
use crate::store;
use crate::store::users::User;
use crate::users::create::{self, Person};
use crate::users::{edit, lifecycle, reach};

/// A SCIM error body (RFC 7644 §3.12).
#[derive(Debug)]
pub struct ScimError {
    pub status: StatusCode,
    pub scim_type: Option<&'static str>,
    pub detail: String,
}

impl ScimError {
    pub fn bad(scim_type: &'static str, detail: impl Into<String>) -> ScimError {
        ScimError { status: StatusCode::BAD_REQUEST, scim_type: Some(scim_type), detail: detail.into() }
    }
}

impl IntoResponse for ScimError {
    fn into_response(self) -> Response {
        let mut body =
            json!({ "schemas": [meta::ERROR], "status": self.status.as_u16().to_string(), "detail": self.detail });
        if let (Some(kind), Some(map)) = (self.scim_type, body.as_object_mut()) {
            map.insert("scimType".into(), kind.into());
        }
        if self.status.is_server_error() {
            tracing::error!(status = %self.status, detail = %self.detail, "SCIM request failed");
        }
        scim_json(self.status, &body)
    }
}

impl From<AppError> for ScimError {
    fn from(e: AppError) -> ScimError {
        let code = e.code();
        let detail = i18n::error_text(Language::En, code);
        let (status, scim_type) = match &e {
            AppError::Validation(fields) if fields.iter().any(|f| f.code == FieldErrorCode::Taken) => {
                (StatusCode::CONFLICT, Some("uniqueness"))
            }
            AppError::Validation(_) | AppError::Refused(ErrorCode::InvalidTransition) => {
                (StatusCode::BAD_REQUEST, Some("invalidValue"))
            }
            AppError::Conflict => (StatusCode::PRECONDITION_FAILED, None),
            _ => (StatusCode::from_u16(code.http_status()).unwrap_or(StatusCode::INTERNAL_SERVER_ERROR), None),
        };
        ScimError { status, scim_type, detail }
    }
}

/// A SCIM answer: JSON as `application/scim+json`.
pub fn scim_json(status: StatusCode, body: &Value) -> Response {
    let mut response = (status, axum::Json(body)).into_response();
    response.headers_mut().insert(
        axum::http::header::CONTENT_TYPE,
        axum::http::HeaderValue::from_static("application/scim+json; charset=utf-8"),
    );
    response
}

/// RFC 3339 in UTC: the spreadsheets' date and time with its `T` and `Z`.
fn rfc3339(unix: i64) -> String {
    format!("{}Z", crate::spreadsheet::utc(unix).replacen(' ', "T", 1))
}

/// A user as a SCIM resource.
pub fn resource(u: &User, base: &str) -> Value {
    let kind = u.scim_email_type.as_deref().unwrap_or("work");
    let primary = u.scim_email_primary.is_none_or(|p| p != 0);
    let mut emails = vec![json!({ "value": u.email, "type": kind, "primary": primary })];
    if let Some(n) = u.notification_email.as_deref().filter(|n| !n.eq_ignore_ascii_case(&u.email)) {
        emails.push(json!({ "value": n, "type": "other", "primary": false }));
    }
    let mut body = json!({
        "schemas": [meta::USER, meta::ENTERPRISE],
        "id": u.id.to_string(),
        "userName": u.scim_user_name.as_deref().unwrap_or(&u.email),
        "name": { "givenName": u.first_name, "familyName": u.last_name },
        "displayName": format!("{} {}", u.first_name, u.last_name),
        "emails": emails,
        "active": u.status != UserStatus::Deactivated,
        meta::ENTERPRISE: { "department": u.entity_name },
        "meta": {
            "resourceType": "User",
            "created": rfc3339(u.created_at),
            "lastModified": rfc3339(u.created_at.max(u.status_changed_at)),
            "location": format!("{base}/scim/v2/Users/{}", u.id),
            "version": format!("W/\"{}\"", u.version)
        }
    });
    if let (Some(external), Some(map)) = (&u.external_id, body.as_object_mut()) {
        map.insert("externalId".into(), external.clone().into());
    }
    body
}

/// An attribute of a JSON object by name, in any case (RFC 7643 §2.1).
fn get<'a>(object: &'a Map<String, Value>, name: &str) -> Option<&'a Value> {
    object.iter().find(|(k, _)| k.eq_ignore_ascii_case(name)).map(|(_, v)| v)
}

fn text(value: Option<&Value>) -> Option<String> {
    match value? {
        Value::String(s) => Some(s.clone()),
        Value::Number(n) => Some(n.to_string()),
        Value::Bool(b) => Some(b.to_string()),
        _ => None,
    }
}

/// `true`, `false`, or the strings Entra ID sends ("True", "False").
fn boolean(value: &Value) -> Result<bool, ScimError> {
    match value {
        Value::Bool(b) => Ok(*b),
        Value::String(s) if s.eq_ignore_ascii_case("true") => Ok(true),
        Value::String(s) if s.eq_ignore_ascii_case("false") => Ok(false),
        _ => Err(ScimError::bad("invalidValue", "active must be true or false")),
    }
}

/// What a person should look like after a request.
#[derive(Debug, Clone, PartialEq)]
struct Wanted {
    /// SCIM's `userName`: the sign-in e-mail, unless the directory uses something else.
    user_name: String,
    /// The sign-in e-mail (the work or primary e-mail, else `userName`).
    email: String,
    /// How the directory labels it in `emails`.
    email_type: Option<String>,
    email_primary: Option<bool>,
    first_name: String,
    last_name: String,
    notification_email: String,
    language: Language,
    department: Option<String>,
    active: bool,
    external_id: Option<String>,
}

impl Wanted {
    fn of(u: &User) -> Wanted {
        Wanted {
            user_name: u.scim_user_name.clone().unwrap_or_else(|| u.email.clone()),
            email: u.email.clone(),
            email_type: u.scim_email_type.clone(),
            email_primary: u.scim_email_primary.map(|p| p != 0),
            first_name: u.first_name.clone(),
            last_name: u.last_name.clone(),
            notification_email: u.notification_email.clone().unwrap_or_default(),
            language: u.language,
            department: Some(u.entity_name.clone()),
            active: u.status != UserStatus::Deactivated,
            external_id: u.external_id.clone(),
        }
    }

    /// Sets one attribute by its path (`name.givenName`, the enterprise `department`…).
    fn set(&mut self, path: &str, value: Option<&Value>) -> Result<(), ScimError> {
        let lower = path.to_ascii_lowercase();
        let enterprise = format!("{}:", meta::ENTERPRISE.to_ascii_lowercase());
        let core = format!("{}:", meta::USER.to_ascii_lowercase());
        let path = lower.strip_prefix(&core).unwrap_or(&lower);
        if let Some(attr) = path.strip_prefix(&enterprise) {
            if attr == "department" {
                self.department = value.and_then(|v| text(Some(v)));
            }
            return Ok(());
        }
        match path {
            "username" => self.user_name = text(value).unwrap_or_default(),
            "name.givenname" => self.first_name = text(value).unwrap_or_default(),
            "name.familyname" => self.last_name = text(value).unwrap_or_default(),
            "externalid" => self.external_id = text(value).filter(|v| !v.is_empty()),
            "preferredlanguage" => {
                if let Some(lang) = text(value).as_deref().and_then(language) {
                    self.language = lang;
                }
            }
            "active" => self.active = value.map(boolean).transpose()?.unwrap_or(true),
            "name" => {
                if let Some(Value::Object(name)) = value {
                    for (k, v) in name {
                        self.set(&format!("name.{k}"), Some(v))?;
                    }
                }
            }
            _ if path.starts_with("emails") => self.emails(path, value)?,
            "urn:ietf:params:scim:schemas:extension:enterprise:2.0:user" => {
                if let Some(Value::Object(ext)) = value {
                    for (k, v) in ext {
                        self.set(&format!("{enterprise}{k}"), Some(v))?;
                    }
                }
            }
            // Read-only or not kept (displayName is the names; meta, id, groups…).
            _ => {}
        }
        Ok(())
    }

    /// `emails`: the primary (else work, else first) one is the sign-in e-mail, another one
    /// receives the notifications.
    fn emails(&mut self, path: &str, value: Option<&Value>) -> Result<(), ScimError> {
        let Some(value) = value else {
            self.notification_email.clear();
            return Ok(());
        };
        if path != "emails" {
            // emails[type eq "work"].value and the like: a plain value for that address.
            if path.contains("other") {
                self.notification_email = text(Some(value)).unwrap_or_default();
            } else if let Some(v) = text(Some(value)) {
                self.email = v;
            }
            return Ok(());
        }
        let list = match value {
            Value::Array(list) => list.clone(),
            other => vec![other.clone()],
        };
        let mut addresses: Vec<(String, bool, bool)> = Vec::new();
        let mut labels: Vec<(Option<String>, Option<bool>)> = Vec::new();
        for email in list {
            let Value::Object(email) = email else { continue };
            let Some(address) = text(get(&email, "value")) else { continue };
            let kind = text(get(&email, "type"));
            let work = kind.as_deref().is_some_and(|t| t.eq_ignore_ascii_case("work"));
            let primary_given = get(&email, "primary").map(|p| boolean(p).unwrap_or(false));
            let primary = primary_given.unwrap_or(false);
            addresses.push((address, primary, work));
            labels.push((kind, primary_given));
        }
        let login = addresses
            .iter()
            .position(|(_, primary, _)| *primary)
            .or_else(|| addresses.iter().position(|(_, _, work)| *work))
            .or(if addresses.is_empty() { None } else { Some(0) });
        if let Some(login) = login {
            self.email = addresses[login].0.clone();
            (self.email_type, self.email_primary) = labels[login].clone();
            self.notification_email = addresses
                .iter()
                .enumerate()
                .find(|(i, (a, _, _))| *i != login && !a.eq_ignore_ascii_case(&self.email))
                .map(|(_, (a, _, _))| a.clone())
                .unwrap_or_default();
        }
        Ok(())
    }

    /// Every attribute of a full resource (POST, PUT).
    fn merge_resource(&mut self, body: &Map<String, Value>) -> Result<(), ScimError> {
        for (key, value) in body {
            if key.eq_ignore_ascii_case("schemas") || key.eq_ignore_ascii_case("meta") || key.eq_ignore_ascii_case("id")
            {
                continue;
            }
            self.set(key, Some(value))?;
        }
        Ok(())
    }
}

fn language(code: &str) -> Option<Language> {
    let lower = code.to_ascii_lowercase();
    Language::ALL.into_iter().find(|l| lower == l.as_str() || lower.starts_with(&format!("{}-", l.as_str())))
}

fn object(body: &Value) -> Result<&Map<String, Value>, ScimError> {
    body.as_object().ok_or_else(|| ScimError::bad("invalidSyntax", "a JSON object was expected"))
}

fn not_found() -> ScimError {
    ScimError { status: StatusCode::NOT_FOUND, scim_type: None, detail: "no such user".into() }
}

async fn user(state: &AppState, caller: &CurrentUser, id: &str) -> Result<User, ScimError> {
    let id: i64 = id.parse().map_err(|_| not_found())?;
    let mut conn = state.pool.acquire().await.map_err(AppError::from)?;
    store::users::in_scope(&mut conn, caller.company_id, &caller.scope, id)
        .await
        .map_err(AppError::from)?
        .ok_or_else(not_found)
}

/// `attributes` and `excludedAttributes` (RFC 7644 §3.4.2.5), as asked for.
#[derive(Debug, Clone, Default)]
pub struct Projection {
    pub attributes: Option<String>,
    pub excluded: Option<String>,
}

impl Projection {
    fn paths(list: Option<&str>) -> Vec<String> {
        list.map(|l| l.split(',').map(|p| p.trim().to_ascii_lowercase()).filter(|p| !p.is_empty()).collect())
            .unwrap_or_default()
    }

    /// `id`, `schemas` and `meta` are always returned.
    fn apply(&self, mut resource: Value) -> Value {
        let Some(map) = resource.as_object_mut() else { return resource };
        let enterprise = format!("{}:", meta::ENTERPRISE.to_ascii_lowercase());
        let core = format!("{}:", meta::USER.to_ascii_lowercase());
        let short = |p: &str| -> String {
            let p = p.strip_prefix(&core).unwrap_or(p);
            match p.strip_prefix(&enterprise) {
                Some(attr) => format!("{}.{attr}", meta::ENTERPRISE.to_ascii_lowercase()),
                None => p.to_owned(),
            }
        };
        let wanted: Vec<String> = Self::paths(self.attributes.as_deref()).iter().map(|p| short(p)).collect();
        let excluded: Vec<String> = Self::paths(self.excluded.as_deref()).iter().map(|p| short(p)).collect();
        let always = ["id", "schemas", "meta"];
        let keys: Vec<String> = map.keys().cloned().collect();
        for key in keys {
            let lower = key.to_ascii_lowercase();
            if always.contains(&lower.as_str()) {
                continue;
            }
            let keep_all = wanted.is_empty() || wanted.contains(&lower);
            let keep_some: Vec<String> =
                wanted.iter().filter_map(|w| w.strip_prefix(&format!("{lower}.")).map(str::to_owned)).collect();
            if excluded.contains(&lower) || (!keep_all && keep_some.is_empty()) {
                map.remove(&key);
                continue;
            }
            let drop_some: Vec<String> =
                excluded.iter().filter_map(|e| e.strip_prefix(&format!("{lower}.")).map(str::to_owned)).collect();
            if let Some(Value::Object(inner)) = map.get_mut(&key) {
                if !keep_all {
                    inner.retain(|k, _| keep_some.contains(&k.to_ascii_lowercase()));
                }
                inner.retain(|k, _| !drop_some.contains(&k.to_ascii_lowercase()));
            }
        }
        resource
    }
}

pub async fn get_user(
    state: &AppState,
    caller: &CurrentUser,
    id: &str,
    base: &str,
    p: &Projection,
) -> Result<Value, ScimError> {
    Ok(p.apply(resource(&user(state, caller, id).await?, base)))
}

pub async fn list(
    state: &AppState,
    caller: &CurrentUser,
    filter: Option<&str>,
    start: Option<i64>,
    count: Option<i64>,
    base: &str,
    projection: &Projection,
) -> Result<Value, ScimError> {
    let parsed = match filter.map(str::trim).filter(|f| !f.is_empty()) {
        Some(f) => Some(filter::parse(f).map_err(|e| ScimError::bad("invalidFilter", e.0))?),
        None => None,
    };
    let start = start.unwrap_or(1).max(1);
    let count = count.unwrap_or(meta::MAX_RESULTS).clamp(0, meta::MAX_RESULTS);
    let (rows, total) = store::scim::page(&state.pool, caller.company_id, &caller.scope, parsed.as_ref(), start, count)
        .await
        .map_err(AppError::from)?;
    Ok(meta::list(rows.iter().map(|u| projection.apply(resource(u, base))).collect(), total, start))
}

/// The entity a department names (in the caller's scope), or the caller's default one. A
/// department the company does not have yet becomes an entity when the token covers the whole
/// company (directories know their departments first); a scoped token is refused.
async fn entity(state: &AppState, caller: &CurrentUser, department: Option<&str>) -> Result<i64, ScimError> {
    let mut conn = state.pool.acquire().await.map_err(AppError::from)?;
    let entities = store::entities::list(&mut conn, caller.company_id, &caller.scope).await.map_err(AppError::from)?;
    drop(conn);
    match department.map(str::trim).filter(|d| !d.is_empty()) {
        Some(name) => {
            match entities.iter().find(|e| crate::users::fold::fold(&e.name) == crate::users::fold::fold(name)) {
                Some(e) => Ok(e.id),
                None if caller.scope == store::Scope::Company => {
                    let req = espace_api::entities::EntityRequest { name: name.to_owned() };
                    Ok(crate::entities::create(state, caller, req).await?.id)
                }
                None => Err(ScimError::bad("invalidValue", format!("no entity named {name} in this token's scope"))),
            }
        }
        None => entities
            .iter()
            .find(|e| e.id == caller.entity_id)
            .or_else(|| entities.first())
            .map(|e| e.id)
            .ok_or_else(|| ScimError::bad("invalidValue", "no entity in this token's scope")),
    }
}

fn check_fields(w: &Wanted) -> Result<(), ScimError> {
    let mut errors = Vec::new();
    espace_api::validation::names(&mut errors, &w.first_name, &w.last_name);
    if w.user_name.trim().is_empty() {
        return Err(ScimError::bad("invalidValue", "userName is required"));
    }
    espace_api::validation::check(&mut errors, "emails", espace_api::validation::email(&w.email));
    espace_api::validation::notification_email(&mut errors, &w.notification_email);
    match errors.first() {
        Some(e) => Err(ScimError::bad("invalidValue", format!("{}: {}", e.field, e.code.as_str()))),
        None => Ok(()),
    }
}

pub async fn create(state: &AppState, caller: &CurrentUser, body: &Value, base: &str) -> Result<Value, ScimError> {
    let mut wanted = Wanted {
        user_name: String::new(),
        email: String::new(),
        email_type: None,
        email_primary: None,
        first_name: String::new(),
        last_name: String::new(),
        notification_email: String::new(),
        language: Language::default(),
        department: None,
        active: true,
        external_id: None,
    };
    let body = object(body)?;
    let company = store::companies::by_id(&mut *state.pool.acquire().await.map_err(AppError::from)?, caller.company_id)
        .await
        .map_err(AppError::from)?
        .ok_or_else(not_found)?;
    wanted.language = company.language;
    wanted.merge_resource(body)?;
    if wanted.email.is_empty() {
        wanted.email = wanted.user_name.clone();
    }
    check_fields(&wanted)?;
    let entity_id = entity(state, caller, wanted.department.as_deref()).await?;
    let mut tx = store::write(&state.pool).await.map_err(AppError::from)?;
    let email = wanted.email.trim().to_owned();
    if store::users::email_taken(&mut tx, &normalize_email(&email)).await.map_err(AppError::from)? {
        return Err(ScimError {
            status: StatusCode::CONFLICT,
            scim_type: Some("uniqueness"),
            detail: "userName is taken".into(),
        });
    }
    let person = Person {
        first_name: &wanted.first_name,
        last_name: &wanted.last_name,
        email: &email,
        notification_email: wanted.notification_email.trim(),
        language: wanted.language,
        role: Role::User,
        entity_id,
        scope: Vec::new(),
        service_ids: &[],
    };
    // A company on single sign-on gets its people at their first SSO sign-in, and someone
    // created inactive is not invited: no e-mail then.
    let invite = company.sso_enabled == 0 && wanted.active;
    let created =
        create::insert(&mut tx, state, (caller.company_id, caller.actor()), &person, AuditAction::Create, invite)
            .await?;
    store::users::set_directory_ids(&mut tx, created.id, &directory_ids(&wanted)).await.map_err(AppError::from)?;
    if !wanted.active {
        // In the same transaction: the person never exists as active.
        let version = reread(&mut tx, caller, created.id).await?.version;
        let action = ActionRequest { action: UserAction::Deactivate, version };
        lifecycle::admin_action_in(&mut tx, &state.config, caller, created.id, action).await?;
    }
    tx.commit().await.map_err(AppError::from)?;
    Ok(resource(&user(state, caller, &created.id.to_string()).await?, base))
}

/// The `userName` to keep apart from the sign-in e-mail, when it is not that e-mail.
fn directory_user_name(w: &Wanted) -> Option<&str> {
    Some(w.user_name.trim()).filter(|u| normalize_email(u) != normalize_email(&w.email))
}

fn directory_ids(w: &Wanted) -> store::users::DirectoryIds<'_> {
    store::users::DirectoryIds {
        external_id: w.external_id.as_deref(),
        user_name: directory_user_name(w),
        email_type: w.email_type.as_deref(),
        email_primary: w.email_primary,
    }
}

/// The user as the transaction sees them now (each step moves the version on).
async fn reread(tx: &mut store::Conn, caller: &CurrentUser, id: i64) -> Result<User, ScimError> {
    store::users::in_scope(tx, caller.company_id, &caller.scope, id)
        .await
        .map_err(AppError::from)?
        .ok_or_else(not_found)
}

/// Brings a user to `wanted` through the same paths as the app (the lifecycle for `active`,
/// the edit for names, notification e-mail, language and entity), all in one write
/// transaction: a PATCH is atomic (RFC 7644 §3.5.2), nothing of it stays if a step fails.
async fn apply(
    state: &AppState,
    caller: &CurrentUser,
    current: User,
    wanted: Wanted,
    base: &str,
) -> Result<Value, ScimError> {
    check_fields(&wanted)?;
    let before = Wanted::of(&current);
    let fold = |d: &Option<String>| d.as_deref().map(crate::users::fold::fold);
    let profile_changes = wanted.first_name != before.first_name
        || wanted.last_name != before.last_name
        || wanted.notification_email.trim() != before.notification_email
        || wanted.language != before.language
        || fold(&wanted.department) != fold(&before.department);
    // Resolved first: a department the company lacks may become an entity (its own event).
    let entity_id = if profile_changes {
        Some(entity(state, caller, wanted.department.as_deref().or(Some(&current.entity_name))).await?)
    } else {
        None
    };
    let mut tx = store::write(&state.pool).await.map_err(AppError::from)?;
    let action = |action: UserAction, version: i64| ActionRequest { action, version };
    if normalize_email(&wanted.email) != normalize_email(&current.email) {
        // The directory renamed the person's address: they sign in with the new one.
        edit::change_email_in(&mut tx, caller, current.id, wanted.email.trim()).await?;
    }
    if wanted.active && !before.active {
        let now = reread(&mut tx, caller, current.id).await?;
        lifecycle::admin_action_in(&mut tx, &state.config, caller, now.id, action(UserAction::Reactivate, now.version))
            .await?;
    }
    if let Some(entity_id) = entity_id {
        let now = reread(&mut tx, caller, current.id).await?;
        let services = store::services::held_by(&mut tx, now.id).await.map_err(AppError::from)?;
        let req = UpdateUserRequest {
            first_name: wanted.first_name.clone(),
            last_name: wanted.last_name.clone(),
            entity_id,
            notification_email: wanted.notification_email.clone(),
            language: wanted.language,
            service_ids: services,
            version: now.version,
        };
        edit::update_in(&mut tx, caller, now.id, req, edit::Editable::Always).await?;
    }
    let ids_change = wanted.external_id != before.external_id
        || wanted.user_name != before.user_name
        || wanted.email_type != before.email_type
        || wanted.email_primary != before.email_primary;
    if ids_change {
        let now = reread(&mut tx, caller, current.id).await?;
        reach::ensure_manages(&mut tx, caller, &now).await?;
        store::users::set_directory_ids(&mut tx, now.id, &directory_ids(&wanted)).await.map_err(AppError::from)?;
    }
    if !wanted.active && before.active {
        let now = reread(&mut tx, caller, current.id).await?;
        if matches!(now.status, UserStatus::Active | UserStatus::Created | UserStatus::Invited) {
            lifecycle::admin_action_in(
                &mut tx,
                &state.config,
                caller,
                now.id,
                action(UserAction::Deactivate, now.version),
            )
            .await?;
        }
    }
    tx.commit().await.map_err(AppError::from)?;
    Ok(resource(&user(state, caller, &current.id.to_string()).await?, base))
}

pub async fn replace(
    state: &AppState,
    caller: &CurrentUser,
    id: &str,
    body: &Value,
    base: &str,
) -> Result<Value, ScimError> {
    let current = user(state, caller, id).await?;
    let mut wanted = Wanted::of(&current);
    // A replace sets what it sends; what it leaves out that may be cleared is cleared.
    wanted.notification_email.clear();
    wanted.external_id = None;
    wanted.active = true;
    wanted.merge_resource(object(body)?)?;
    apply(state, caller, current, wanted, base).await
}

pub async fn patch(
    state: &AppState,
    caller: &CurrentUser,
    id: &str,
    body: &Value,
    base: &str,
) -> Result<Value, ScimError> {
    let current = user(state, caller, id).await?;
    let mut wanted = Wanted::of(&current);
    let body = object(body)?;
    let ops = get(body, "Operations")
        .and_then(Value::as_array)
        .ok_or_else(|| ScimError::bad("invalidSyntax", "a PatchOp needs Operations"))?;
    for op in ops {
        let op = object(op)?;
        let kind = text(get(op, "op")).unwrap_or_default().to_ascii_lowercase();
        let path = text(get(op, "path"));
        let value = get(op, "value");
        match (kind.as_str(), path) {
            ("add" | "replace", Some(path)) => wanted.set(&path, value)?,
            ("add" | "replace", None) => match value {
                Some(Value::Object(values)) => wanted.merge_resource(values)?,
                _ => return Err(ScimError::bad("invalidValue", "a value object was expected")),
            },
            ("remove", Some(path)) => {
                let lower = path.to_ascii_lowercase();
                let required = ["username", "givenname", "familyname", "name", "active", "department", "emails"];
                if required.iter().any(|r| lower.ends_with(r))
                    || lower.starts_with(&meta::ENTERPRISE.to_ascii_lowercase())
                {
                    return Err(ScimError::bad("mutability", format!("{path} is required: it cannot be removed")));
                }
                wanted.set(&path, None)?;
            }
            ("remove", None) => return Err(ScimError::bad("noTarget", "remove needs a path")),
            _ => return Err(ScimError::bad("invalidSyntax", format!("unknown operation {kind}"))),
        }
    }
    apply(state, caller, current, wanted, base).await
}

/// Removes a person who never activated (as the app's delete, also once deactivated); an
/// account that was used is deactivated instead, its data kept.
pub async fn delete(state: &AppState, caller: &CurrentUser, id: &str) -> Result<(), ScimError> {
    let current = user(state, caller, id).await?;
    if current.activated_at.is_none() {
        lifecycle::delete_never_activated(state, caller, current.id).await?;
        return Ok(());
    }
    if current.status == UserStatus::Active {
        let request = ActionRequest { action: UserAction::Deactivate, version: current.version };
        lifecycle::admin_action(state, caller, current.id, request).await?;
    }
    Ok(())
}

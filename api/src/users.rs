use crate::fields::Fields;
use serde::{Deserialize, Serialize};

use crate::audit::AuditEntry;
use crate::entities::EntityRef;

/// The three levels of administration. The Fluent id is `role-<code>`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
#[cfg_attr(feature = "sqlx", derive(sqlx::Type), sqlx(type_name = "TEXT", rename_all = "kebab-case"))]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub enum Role {
    /// Sees their own space only.
    User,
    /// Manages the users of the entities in their scope.
    TeamAdmin,
    /// Manages the whole company, its entities included.
    Admin,
}

impl Role {
    pub const ALL: [Role; 3] = [Role::User, Role::TeamAdmin, Role::Admin];

    pub fn as_str(self) -> &'static str {
        match self {
            Role::User => "user",
            Role::TeamAdmin => "team-admin",
            Role::Admin => "admin",
        }
    }

    pub fn parse(s: &str) -> Option<Role> {
        Role::ALL.into_iter().find(|r| r.as_str() == s)
    }

    pub fn message_id(self) -> String {
        format!("role-{}", self.as_str())
    }

    /// Team administrators and administrators reach the users pages.
    pub fn manages_users(self) -> bool {
        matches!(self, Role::TeamAdmin | Role::Admin)
    }
}

/// One lifecycle for the whole product (see the users issue): the Fluent id is `user-status-<code>`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
#[cfg_attr(feature = "sqlx", derive(sqlx::Type), sqlx(type_name = "TEXT", rename_all = "lowercase"))]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub enum UserStatus {
    /// Added, not activated yet.
    Created,
    /// Activation e-mail sent, waiting for the user.
    Invited,
    Active,
    Deactivated,
    /// Too many wrong passwords in a row.
    Locked,
}

impl UserStatus {
    pub const ALL: [UserStatus; 5] =
        [UserStatus::Created, UserStatus::Invited, UserStatus::Active, UserStatus::Deactivated, UserStatus::Locked];

    pub fn as_str(self) -> &'static str {
        match self {
            UserStatus::Created => "created",
            UserStatus::Invited => "invited",
            UserStatus::Active => "active",
            UserStatus::Deactivated => "deactivated",
            UserStatus::Locked => "locked",
        }
    }

    pub fn parse(s: &str) -> Option<UserStatus> {
        UserStatus::ALL.into_iter().find(|st| st.as_str() == s)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn status_and_role_parse_their_own_names() {
        for st in UserStatus::ALL {
            assert_eq!(UserStatus::parse(st.as_str()), Some(st));
        }
        for role in Role::ALL {
            assert_eq!(Role::parse(role.as_str()), Some(role));
            assert_eq!(serde_json::to_string(&role).unwrap(), format!("\"{}\"", role.as_str()));
        }
        assert_eq!(Role::parse("Admin"), None);
    }
}

/// What an admin can do to a user. Which ones apply depends on the status; the server checks
/// again, with the rules below, on every request.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub enum UserAction {
    /// Sends the activation e-mail: `created` → `invited`.
    Activate,
    /// A new activation link; older ones stop working.
    ResendActivation,
    /// Ends access at once (sessions too); data is kept.
    Deactivate,
    Reactivate,
    Unlock,
    /// Unlocks and sends a link to choose a new password.
    UnlockAndReset,
    SendPasswordReset,
    /// Cancels an account that never activated; activated accounts are only deactivated.
    Delete,
    /// Removes the person's second sign-in step (a lost phone): they set one up again at
    /// their next sign-in if the company requires one.
    ResetSecondStep,
}

impl UserAction {
    pub const ALL: [UserAction; 9] = [
        UserAction::Activate,
        UserAction::ResendActivation,
        UserAction::Deactivate,
        UserAction::Reactivate,
        UserAction::Unlock,
        UserAction::UnlockAndReset,
        UserAction::SendPasswordReset,
        UserAction::Delete,
        UserAction::ResetSecondStep,
    ];

    pub fn as_str(self) -> &'static str {
        match self {
            UserAction::Activate => "activate",
            UserAction::ResendActivation => "resend-activation",
            UserAction::Deactivate => "deactivate",
            UserAction::Reactivate => "reactivate",
            UserAction::Unlock => "unlock",
            UserAction::UnlockAndReset => "unlock-and-reset",
            UserAction::SendPasswordReset => "send-password-reset",
            UserAction::Delete => "delete",
            UserAction::ResetSecondStep => "reset-second-step",
        }
    }

    /// Actions that change whether someone can get in are confirmed in a dialog first.
    pub fn needs_confirmation(self) -> bool {
        matches!(
            self,
            UserAction::Activate
                | UserAction::Deactivate
                | UserAction::Delete
                | UserAction::UnlockAndReset
                | UserAction::ResetSecondStep
        )
    }
}

impl UserStatus {
    /// The lifecycle: which actions each status allows (editing aside).
    pub fn actions(self) -> &'static [UserAction] {
        match self {
            // Deactivating an invitation stops it (its links too) and keeps the data, as for
            // anyone: what a directory does when it deprovisions someone not yet activated.
            UserStatus::Created => &[UserAction::Activate, UserAction::Deactivate, UserAction::Delete],
            UserStatus::Invited => &[UserAction::ResendActivation, UserAction::Deactivate, UserAction::Delete],
            UserStatus::Active => &[UserAction::Deactivate, UserAction::SendPasswordReset, UserAction::ResetSecondStep],
            UserStatus::Deactivated => &[UserAction::Reactivate],
            UserStatus::Locked => &[UserAction::Unlock, UserAction::UnlockAndReset, UserAction::ResetSecondStep],
        }
    }

    /// Deactivated and locked users keep their data but cannot be edited until restored.
    pub fn editable(self) -> bool {
        matches!(self, UserStatus::Created | UserStatus::Invited | UserStatus::Active)
    }
}

/// Why a user is deactivated or locked: the Fluent id is `users-reason-<code>`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
#[cfg_attr(feature = "sqlx", derive(sqlx::Type), sqlx(type_name = "TEXT", rename_all = "kebab-case"))]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub enum StatusReason {
    /// An administrator did it.
    Admin,
    /// No sign-in for the inactivity period.
    Inactivity,
    /// Too many wrong passwords in a row.
    FailedSignIns,
}

impl StatusReason {
    pub fn as_str(self) -> &'static str {
        match self {
            StatusReason::Admin => "admin",
            StatusReason::Inactivity => "inactivity",
            StatusReason::FailedSignIns => "failed-sign-ins",
        }
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub enum SortKey {
    #[default]
    Name,
    LastSignIn,
    Created,
}

impl SortKey {
    pub const ALL: [SortKey; 3] = [SortKey::Name, SortKey::LastSignIn, SortKey::Created];

    pub fn as_str(self) -> &'static str {
        match self {
            SortKey::Name => "name",
            SortKey::LastSignIn => "last-sign-in",
            SortKey::Created => "created",
        }
    }

    pub fn parse(s: &str) -> Option<SortKey> {
        SortKey::ALL.into_iter().find(|k| k.as_str() == s)
    }

    pub fn is_default(&self) -> bool {
        *self == SortKey::default()
    }
}

pub const PAGE_SIZES: [u32; 3] = [25, 50, 100];

/// Where the invitation of an invited person stands.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub enum Invitation {
    /// A link sent to them still works.
    Pending,
    /// Every link sent to them expired unused: someone must send a new one.
    Expired,
}

impl Invitation {
    pub fn as_str(self) -> &'static str {
        match self {
            Invitation::Pending => "pending",
            Invitation::Expired => "expired",
        }
    }
}

/// What `POST /api/users/invitations/renew` did: a new invitation for every invited person in
/// the reader's reach whose links all expired unused.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct RenewReport {
    /// Sent a new activation link.
    pub renewed: u32,
    /// Left as they were: the reader may not manage them (an administrator, for a team
    /// administrator), or their company signs them in through its identity provider.
    pub skipped: u32,
}

/// Whom the privacy policy filter keeps.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub enum PolicyFilter {
    /// Not accepted the version in effect (an earlier one, or none yet).
    Outdated,
}

/// `GET /api/users?…`: also the shape of the Users page's URL query.
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::IntoParams), into_params(parameter_in = Query))]
pub struct UserListQuery {
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub q: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub status: Option<UserStatus>,
    /// Invited people whose invitation is still pending, or expired.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub invitation: Option<Invitation>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub role: Option<Role>,
    /// Users of this entity only.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub entity: Option<crate::EntityId>,
    /// `outdated`: people who have not accepted the privacy policy in effect.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub policy: Option<PolicyFilter>,
    #[serde(default, skip_serializing_if = "SortKey::is_default")]
    pub sort: SortKey,
    /// Descending order; by default names sort A→Z and dates newest first.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub desc: Option<bool>,
    /// From 1; 0 reads as 1.
    #[serde(default = "first_page", skip_serializing_if = "is_first_page")]
    #[cfg_attr(feature = "openapi", param(value_type = u64))]
    pub page: u32,
    /// 25, 50 or 100; another value reads as 25.
    #[serde(default = "default_page_size", skip_serializing_if = "is_default_page_size")]
    #[cfg_attr(feature = "openapi", param(value_type = u64))]
    pub size: u32,
}

fn first_page() -> u32 {
    1
}

fn default_page_size() -> u32 {
    PAGE_SIZES[0]
}

// Defaults are left out of a written query: short, stable URLs.
pub(crate) fn is_first_page(page: &u32) -> bool {
    *page <= 1
}

fn is_default_page_size(size: &u32) -> bool {
    *size == default_page_size()
}

impl UserListQuery {
    /// Out-of-range values become the nearest sensible ones instead of errors: the query
    /// comes from a URL someone may have edited.
    pub fn normalized(mut self) -> UserListQuery {
        self.q = self.q.trim().chars().take(crate::validation::Limits::SEARCH_MAX).collect();
        self.page = self.page.max(1);
        if !PAGE_SIZES.contains(&self.size) {
            self.size = default_page_size();
        }
        self
    }

    pub fn descending(&self) -> bool {
        self.desc.unwrap_or(self.sort != SortKey::Name)
    }
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct UserRow {
    pub id: crate::UserId,
    pub first_name: String,
    pub last_name: String,
    pub email: String,
    pub role: Role,
    pub status: UserStatus,
    pub entity: EntityRef,
    pub email_verified: bool,
    pub services: u32,
    pub last_sign_in_at: Option<i64>,
    pub version: i64,
    /// Invited, and every link sent expired unused.
    #[serde(default)]
    pub invitation_expired: bool,
    /// The privacy policy version they accepted last, and when.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub consent_version: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub consent_at: Option<i64>,
    /// They have not accepted the version in effect.
    #[serde(default)]
    pub policy_outdated: bool,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct UserPage {
    pub users: Vec<UserRow>,
    /// Users matching the filters, across all pages.
    pub total: u32,
    pub page: u32,
    pub size: u32,
    /// Users in the reader's scope, whatever the filters: tells "no users yet" from "no match".
    pub company_total: u32,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct ServiceRef {
    pub id: crate::ServiceId,
    pub name: String,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct UserDetail {
    pub id: crate::UserId,
    pub first_name: String,
    pub last_name: String,
    pub email: String,
    pub notification_email: Option<String>,
    pub language: crate::Language,
    pub role: Role,
    /// A team administrator's entities (empty for other levels).
    #[serde(default)]
    pub scope: Vec<EntityRef>,
    pub entity: EntityRef,
    /// Whether the reader may act on this user: a team administrator sees the administrators
    /// of their entities but manages only the people their scope covers.
    pub manageable: bool,
    pub status: UserStatus,
    /// Why the user is deactivated or locked.
    pub status_reason: Option<StatusReason>,
    pub status_changed_at: i64,
    pub email_verified: bool,
    pub services: Vec<ServiceRef>,
    pub created_at: i64,
    pub invited_at: Option<i64>,
    /// When the latest activation link stops working, while the user is invited.
    pub invitation_expires_at: Option<i64>,
    pub activated_at: Option<i64>,
    pub last_sign_in_at: Option<i64>,
    /// Whether the person has a second sign-in step set up (an authenticator app).
    #[serde(default)]
    pub second_step: bool,
    pub version: i64,
    pub history: Vec<AuditEntry>,
    /// The latest e-mail to this user that could not be delivered, if it is the latest e-mail.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub undelivered_email: Option<crate::mail::UndeliveredEmail>,
}

/// `POST /api/users/:id/actions`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct ActionRequest {
    pub action: UserAction,
    /// The version the admin saw: a stale one gets 409.
    pub version: i64,
}

#[cfg(test)]
mod lifecycle_tests {
    use super::*;

    #[test]
    fn only_never_activated_users_can_be_deleted() {
        for status in UserStatus::ALL {
            let deletable = status.actions().contains(&UserAction::Delete);
            assert_eq!(deletable, matches!(status, UserStatus::Created | UserStatus::Invited), "{status:?}");
        }
    }

    #[test]
    fn queries_are_normalized() {
        let q = UserListQuery { q: "  hélène ".into(), page: 0, size: 7, ..Default::default() }.normalized();
        assert_eq!(q.q, "hélène");
        assert_eq!(q.page, 1);
        assert_eq!(q.size, 25);
        assert!(!q.descending());
        let q = UserListQuery { sort: SortKey::LastSignIn, ..Default::default() };
        assert!(q.descending());
    }

    #[test]
    fn actions_have_kebab_names() {
        for a in UserAction::ALL {
            assert_eq!(serde_json_name(a), a.as_str());
        }
    }

    fn serde_json_name(a: UserAction) -> String {
        serde_json::to_string(&a).unwrap().trim_matches('"').to_owned()
    }
}

crate::fields! {
    /// The edit form's fields, in its order.
    pub enum EditUserField {
        FirstName = "first_name",
        LastName = "last_name",
        NotificationEmail = "notification_email",
        EntityId = "entity_id",
    }
}

crate::fields! {
    /// The permissions dialog's fields.
    pub enum PermissionsField {
        Role = "role",
        Scope = "scope",
    }
}

/// `PATCH /api/users/:id`: what an admin can change. The login e-mail is the sign-in id and
/// stays as it is; the level and scope are the permissions' (`PermissionsRequest`).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct UpdateUserRequest {
    pub first_name: String,
    pub last_name: String,
    pub entity_id: crate::EntityId,
    /// Empty: notifications go to the login e-mail.
    #[serde(default)]
    pub notification_email: String,
    pub language: crate::Language,
    pub service_ids: Vec<crate::ServiceId>,
    pub version: i64,
}

impl UpdateUserRequest {
    pub fn validate(&self) -> Vec<crate::FieldError> {
        let mut errors = Vec::new();
        crate::validation::names(&mut errors, &self.first_name, &self.last_name);
        crate::validation::notification_email(&mut errors, &self.notification_email);
        errors
    }
}

#[cfg(test)]
mod update_tests {
    use super::*;
    use crate::{FieldErrorCode, Language};

    fn request() -> UpdateUserRequest {
        UpdateUserRequest {
            first_name: "Ada".into(),
            last_name: "Lovelace".into(),
            entity_id: crate::EntityId(1),
            notification_email: String::new(),
            language: Language::En,
            service_ids: vec![],
            version: 1,
        }
    }

    #[test]
    fn names_are_required_and_notification_email_optional_but_valid() {
        assert!(request().validate().is_empty());
        let mut r = request();
        r.first_name = " ".into();
        r.last_name = "x".repeat(101);
        r.notification_email = "assistant@".into();
        let errors = r.validate();
        let codes: Vec<_> = errors.iter().map(|e| (e.field.as_str(), e.code)).collect();
        assert_eq!(
            codes,
            [
                ("first_name", FieldErrorCode::Required),
                ("last_name", FieldErrorCode::TooLong),
                ("notification_email", FieldErrorCode::InvalidEmail)
            ]
        );
    }
}

/// `POST /api/users`: the add-user wizard's answers.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct CreateUserRequest {
    pub first_name: String,
    pub last_name: String,
    pub role: Option<Role>,
    /// The entity the person belongs to.
    #[serde(default)]
    pub entity_id: Option<crate::EntityId>,
    /// A team administrator's entities.
    #[serde(default)]
    pub scope: Vec<crate::EntityId>,
    /// The login e-mail: the person's sign-in id.
    pub email: String,
    /// Empty: notifications go to the login e-mail.
    #[serde(default)]
    pub notification_email: String,
    pub language: crate::Language,
    #[serde(default)]
    pub service_ids: Vec<crate::ServiceId>,
    pub send_activation: bool,
    /// Chosen once per wizard: a retry or a double click with the same key creates nobody new.
    pub idempotency_key: String,
}

crate::fields! {
    /// The add-user wizard's identity fields, in its order.
    pub enum UserField {
        FirstName = "first_name",
        LastName = "last_name",
        EntityId = "entity_id",
        Role = "role",
        Scope = "scope",
        Email = "email",
        NotificationEmail = "notification_email",
    }
}

impl CreateUserRequest {
    pub fn validate(&self) -> Vec<crate::FieldError> {
        use crate::validation;
        let mut errors = Vec::new();
        validation::names(&mut errors, &self.first_name, &self.last_name);
        if self.role.is_none() {
            validation::check(&mut errors, UserField::Role.name(), Err(crate::FieldErrorCode::Required.into()));
        }
        if self.entity_id.is_none() {
            validation::check(&mut errors, UserField::EntityId.name(), Err(crate::FieldErrorCode::Required.into()));
        }
        if let Some(role) = self.role {
            scope(&mut errors, role, &self.scope);
        }
        validation::check(&mut errors, UserField::Email.name(), validation::email(&self.email));
        validation::notification_email(&mut errors, &self.notification_email);
        errors
    }

    /// The key is the app's, not the person's: checked apart from what they typed.
    pub fn validate_key(&self) -> Vec<crate::FieldError> {
        use crate::validation;
        let mut errors = Vec::new();
        let rule = validation::required_text(&self.idempotency_key, validation::Limits::IDEMPOTENCY_KEY_MAX);
        validation::check(&mut errors, "idempotency_key", rule);
        errors
    }
}

#[cfg(test)]
mod create_tests {
    use super::*;
    use crate::FieldErrorCode;

    #[test]
    fn the_wizard_identity_rules() {
        let empty = CreateUserRequest::default().validate();
        let fields: Vec<_> = empty.iter().map(|e| (e.field.as_str(), e.code)).collect();
        assert_eq!(
            fields,
            [
                ("first_name", FieldErrorCode::Required),
                ("last_name", FieldErrorCode::Required),
                ("role", FieldErrorCode::Required),
                ("entity_id", FieldErrorCode::Required),
                ("email", FieldErrorCode::Required),
            ]
        );
        let ok = CreateUserRequest {
            first_name: "Zoë".into(),
            last_name: "O'Brien".into(),
            role: Some(Role::User),
            entity_id: Some(crate::EntityId(1)),
            email: "zoe@acme.fr".into(),
            notification_email: "zoe@acme.fr".into(),
            ..Default::default()
        };
        assert!(ok.validate().is_empty(), "the notification e-mail may equal the login e-mail");
        let bad = CreateUserRequest { notification_email: "assistant@".into(), ..ok };
        assert_eq!(bad.validate()[0].field, "notification_email");
    }
}

/// A team administrator needs at least one entity; other levels have none.
fn scope(errors: &mut Vec<crate::FieldError>, role: Role, scope: &[crate::EntityId]) {
    if role == Role::TeamAdmin && scope.is_empty() {
        crate::validation::check(errors, PermissionsField::Scope.name(), Err(crate::FieldErrorCode::Required.into()));
    }
}

/// `PUT /api/users/:id/permissions`: the level and, for a team administrator, the scope.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct PermissionsRequest {
    pub role: Role,
    /// The entities of a team administrator's scope; ignored for other levels.
    #[serde(default)]
    pub scope: Vec<crate::EntityId>,
    pub version: i64,
}

impl PermissionsRequest {
    pub fn validate(&self) -> Vec<crate::FieldError> {
        let mut errors = Vec::new();
        scope(&mut errors, self.role, &self.scope);
        errors
    }
}

#[cfg(test)]
mod permissions_tests {
    use super::*;

    #[test]
    fn a_team_administrator_needs_a_scope() {
        let mut req = PermissionsRequest { role: Role::TeamAdmin, scope: vec![], version: 1 };
        assert_eq!(req.validate()[0].field, "scope");
        req.scope = vec![crate::EntityId(3)];
        assert!(req.validate().is_empty());
        assert!(PermissionsRequest { role: Role::Admin, scope: vec![], version: 1 }.validate().is_empty());
    }
}

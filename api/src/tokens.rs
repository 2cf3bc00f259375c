//! API tokens: how other software (a directory, a script, an HR tool) manages users through
//! `/api/v1` and SCIM, within a scope and with a permission, until an expiry.

use serde::{Deserialize, Serialize};

use crate::entities::EntityRef;
use crate::fields::Fields;
use crate::validation;
use crate::{FieldError, FieldErrorCode};

/// The longest life of a token.
pub const MAX_DAYS: u32 = 366;

/// What a token may do. The Fluent id is `tokens-permission-<code>`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
#[cfg_attr(feature = "sqlx", derive(sqlx::Type), sqlx(type_name = "TEXT", rename_all = "kebab-case"))]
pub enum Permission {
    /// Lists and reads users, services and entities.
    Read,
    /// Also creates, edits and acts on users.
    Manage,
}

impl Permission {
    pub const ALL: [Permission; 2] = [Permission::Read, Permission::Manage];

    pub fn as_str(self) -> &'static str {
        match self {
            Permission::Read => "read",
            Permission::Manage => "manage",
        }
    }
}

/// A token as its list shows it; the secret itself is shown once, at creation.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct ApiToken {
    pub id: crate::TokenId,
    pub name: String,
    /// The secret's first characters, to recognise it (`esp_Ab3d…`).
    pub prefix: String,
    pub permission: Permission,
    /// `None`: the whole company; else these entities.
    pub scope: Option<Vec<EntityRef>>,
    pub created_at: i64,
    pub created_by: Option<String>,
    pub expires_at: i64,
    pub last_used_at: Option<i64>,
    pub revoked_at: Option<i64>,
}

crate::fields! {
    /// The creation form's fields, in its order.
    pub enum TokenField {
        Name = "name",
        Permission = "permission",
        Scope = "scope",
        Days = "days",
    }
}

/// `POST /api/tokens`.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct CreateTokenRequest {
    pub name: String,
    pub permission: Option<Permission>,
    /// `None`: the whole company (administrators only); else at least one entity.
    #[serde(default)]
    pub scope: Option<Vec<crate::EntityId>>,
    /// Days until it expires: required, at most `MAX_DAYS`.
    pub days: u32,
}

impl CreateTokenRequest {
    pub fn validate(&self) -> Vec<FieldError> {
        let mut errors = Vec::new();
        validation::check(&mut errors, TokenField::Name.name(), validation::name(&self.name));
        if self.permission.is_none() {
            validation::check(&mut errors, TokenField::Permission.name(), Err(FieldErrorCode::Required.into()));
        }
        if self.scope.as_ref().is_some_and(Vec::is_empty) {
            validation::check(&mut errors, TokenField::Scope.name(), Err(FieldErrorCode::Required.into()));
        }
        if self.days == 0 {
            validation::check(&mut errors, TokenField::Days.name(), Err(FieldErrorCode::Required.into()));
        } else if self.days > MAX_DAYS {
            let field = TokenField::Days.name().into();
            errors.push(FieldError { field, code: FieldErrorCode::TooLong, max: Some(MAX_DAYS) });
        }
        errors
    }
}

/// The answer to a creation: the secret, shown this once and never again.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct CreatedToken {
    pub token: ApiToken,
    pub secret: String,
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_token_needs_a_name_a_permission_and_a_bounded_life() {
        let fields: Vec<_> = CreateTokenRequest { scope: Some(vec![]), ..Default::default() }
            .validate()
            .into_iter()
            .map(|e| e.field)
            .collect();
        assert_eq!(fields, ["name", "permission", "scope", "days"]);
        let long = CreateTokenRequest { name: "HR".into(), permission: Some(Permission::Read), days: 400, scope: None };
        assert_eq!(long.validate()[0].max, Some(MAX_DAYS));
        assert!(CreateTokenRequest { days: 365, ..long }.validate().is_empty());
    }
}

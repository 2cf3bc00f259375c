//! A company's entities (subsidiaries, sites, departments): every user belongs to one, and a
//! team administrator's scope is a set of them.

use serde::{Deserialize, Serialize};

use crate::fields::Fields;
use crate::validation;
use crate::FieldError;

crate::fields! {
    /// The fields of the entity forms (add, rename).
    pub enum EntityField {
        Name = "name",
    }
}

/// An entity as lists show it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct Entity {
    pub id: crate::EntityId,
    /// Data typed by an administrator (e.g. "Siège — Paris"), not interface text.
    pub name: String,
    /// Its users, whatever their status.
    pub users: u32,
}

/// An entity named where it is used (a user's entity, a scope).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct EntityRef {
    pub id: crate::EntityId,
    pub name: String,
}

/// `POST /api/entities` and `PATCH /api/entities/:id`.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct EntityRequest {
    pub name: String,
}

impl EntityRequest {
    pub fn validate(&self) -> Vec<FieldError> {
        let mut errors = Vec::new();
        validation::check(&mut errors, EntityField::Name.name(), validation::name(&self.name));
        errors
    }
}

crate::fields! {
    /// The field of the dialog that removes an entity with users.
    pub enum RemoveEntityField {
        MoveTo = "move_to",
    }
}

/// `POST /api/entities/:id/remove`: an entity with users is removed only by moving them.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct RemoveEntityRequest {
    /// Where its users (and the team administrators' scopes) go.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub move_to: Option<crate::EntityId>,
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::FieldErrorCode;

    #[test]
    fn names_are_required_and_bounded() {
        assert!(EntityRequest { name: "Agence de Lyon".into() }.validate().is_empty());
        assert_eq!(EntityRequest { name: "  ".into() }.validate()[0].code, FieldErrorCode::Required);
        assert_eq!(EntityRequest { name: "x".repeat(101) }.validate()[0].code, FieldErrorCode::TooLong);
    }
}
